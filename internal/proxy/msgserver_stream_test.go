package proxy

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestMsStreamStandaloneQueue(t *testing.T) {
	st := newMsStream("", "2025-11-25", true, true, 0)
	// Nobody listens yet: the messages wait for a GET.
	st.deliver([]byte(`{"n":1}`), false, 0)
	st.deliver([]byte(`{"n":2}`), false, 0)

	first := httptest.NewRecorder()
	rel := st.attachGET(first, false, -1)
	if rel == nil {
		t.Fatal("GET not attached")
	}
	st.deliver([]byte(`{"n":3}`), false, 0)
	st.detach(rel)
	want := ": ok\n\nid: _0\nevent: message\ndata: {\"n\":1}\n\nid: _1\nevent: message\ndata: {\"n\":2}\n\nid: _2\nevent: message\ndata: {\"n\":3}\n\n"
	if got := first.Body.String(); got != want {
		t.Errorf("first GET: got %q; want %q", got, want)
	}

	// A new GET gets only what no GET carried; a resuming one, what came
	// after its last event.
	st.deliver([]byte(`{"n":4}`), false, 0)
	second := httptest.NewRecorder()
	st.detach(st.attachGET(second, false, -1))
	if got := second.Body.String(); strings.Count(got, "data:") != 1 || !strings.Contains(got, `{"n":4}`) {
		t.Errorf("second GET: got %q; want only n=4", got)
	}
	resumed := httptest.NewRecorder()
	st.detach(st.attachGET(resumed, true, 1))
	if got := resumed.Body.String(); strings.Count(got, "data:") != 2 || !strings.Contains(got, "id: _2\n") {
		t.Errorf("resumed GET: got %q; want n=3 and n=4", got)
	}
}

func TestMsStreamReplayBound(t *testing.T) {
	st := newMsStream("", "2025-11-25", true, true, 0)
	for i := range msReplayEvents + 10 {
		st.deliver(fmt.Appendf(nil, `{"n":%d}`, i), false, 0)
	}
	purged := httptest.NewRecorder()
	if st.attachGET(purged, true, 0) != nil || purged.Code != 400 {
		t.Errorf("resuming from a dropped event: got %d; want 400", purged.Code)
	}
	ok := httptest.NewRecorder()
	st.detach(st.attachGET(ok, true, 9))
	if got := strings.Count(ok.Body.String(), "data:"); got != msReplayEvents {
		t.Errorf("resuming from the oldest kept event: got %d events; want %d", got, msReplayEvents)
	}
}

func TestMsStreamPOST(t *testing.T) {
	tests := []struct {
		name    string
		version string
		status  int
		want    string
	}{
		{"2025-11-25 primes", "2025-11-25", 0, "id: 3_0\nevent: prime\ndata: \n\nid: 3_1\nevent: message\ndata: {\"id\":1}\n\n"},
		{"2025-06-18 numbers", "2025-06-18", 0, "id: 3_0\nevent: message\ndata: {\"id\":1}\n\n"},
		{"2026-07-28 no ids", "2026-07-28", 0, "event: message\ndata: {\"id\":1}\n\n"},
		{"2026-07-28 error status", "2026-07-28", 404, `{"id":1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newMsStream("3", tt.version, tt.version < msVersion20260728, false, 1)
			w := httptest.NewRecorder()
			rel := st.attachPOST(w)
			finished, keep := st.deliver([]byte(`{"id":1}`), true, tt.status)
			if !finished || keep {
				t.Errorf("deliver: finished %v, keep %v; want true, false", finished, keep)
			}
			select {
			case <-rel:
			default:
				t.Error("the response was not released")
			}
			if got := w.Body.String(); got != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
			if tt.status != 0 && w.Code != tt.status {
				t.Errorf("status: got %d; want %d", w.Code, tt.status)
			}
		})
	}
}
