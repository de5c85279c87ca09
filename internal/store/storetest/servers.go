package storetest

import (
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

func testSeenServer(t *testing.T, s store.Store) {
	first := store.Server{ID: srv, Name: "pkg", InfoName: "pkg-server", InfoVersion: "1.0.0", FirstSeen: at(0), LastSeen: at(0)}
	second := store.Server{ID: srv, Name: "renamed", InfoName: "other", InfoVersion: "", FirstSeen: at(time.Hour), LastSeen: at(time.Hour)}
	third := store.Server{ID: srv, LastSeen: at(2 * time.Hour)}
	stored := func(s store.Server) store.Server {
		s.FirstSeen, s.LastSeen = ts(0), store.Timestamp(s.LastSeen)
		return s
	}
	steps := []struct {
		in        store.Server
		wantPrev  store.Server
		wantFound bool
	}{
		{first, store.Server{}, false},
		{second, stored(first), true},
		{third, stored(second), true},
	}
	for i, st := range steps {
		prev, found, err := s.SeenServer(t.Context(), st.in)
		if err != nil {
			t.Fatalf("SeenServer #%d: %v", i+1, err)
		}
		if found != st.wantFound {
			t.Errorf("SeenServer #%d found = %v; want %v", i+1, found, st.wantFound)
		}
		compareServer(t, "SeenServer prev", prev, st.wantPrev)
	}
	got, err := s.Servers(t.Context())
	if err != nil {
		t.Fatalf("Servers: %v", err)
	}
	compareServers(t, got, []store.Server{stored(third)})
}

func testServers(t *testing.T, s store.Store) {
	got, err := s.Servers(t.Context())
	if err != nil || len(got) != 0 {
		t.Fatalf("Servers on an empty store = %v, %v; want none", got, err)
	}
	var want []store.Server
	for i, id := range []string{"url:https://b.example", "b", "B", "a", "é"} {
		in := store.Server{ID: id, Name: "n" + id, LastSeen: at(time.Duration(i) * time.Second)}
		if _, found, err := s.SeenServer(t.Context(), in); err != nil || found {
			t.Fatalf("SeenServer(%q) = %v, %v; want false, nil", id, found, err)
		}
		// FirstSeen zero on the first call: it is LastSeen.
		want = append(want, store.Server{ID: id, Name: in.Name, FirstSeen: store.Timestamp(in.LastSeen), LastSeen: store.Timestamp(in.LastSeen)})
	}
	got, err = s.Servers(t.Context())
	if err != nil {
		t.Fatalf("Servers: %v", err)
	}
	sorted := []store.Server{want[2], want[3], want[1], want[0], want[4]}
	compareServers(t, got, sorted)
}

func compareServers(t *testing.T, got, want []store.Server) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d servers; want %d\ngot  %+v\nwant %+v", len(got), len(want), got, want)
		return
	}
	for i := range got {
		compareServer(t, "Servers", got[i], want[i])
	}
}

func compareServer(t *testing.T, what string, got, want store.Server) {
	t.Helper()
	same := got.ID == want.ID && got.Name == want.Name && got.InfoName == want.InfoName &&
		got.InfoVersion == want.InfoVersion && got.FirstSeen.Equal(want.FirstSeen) && got.LastSeen.Equal(want.LastSeen)
	if !same {
		t.Errorf("%s:\ngot  %+v\nwant %+v", what, got, want)
	}
	for _, tm := range []time.Time{got.FirstSeen, got.LastSeen} {
		if !tm.IsZero() && tm.Location() != time.UTC {
			t.Errorf("%s: time %v in %v; want UTC", what, tm, tm.Location())
		}
	}
}
