package storetest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/store"
)

// runConcurrent runs the concurrency checks with goroutines spread over
// stores (all on one database).
func runConcurrent(t *testing.T, stores []store.Store) {
	t.Run("FirstObserveRace", func(t *testing.T) { testFirstObserveRace(t, stores) })
	t.Run("ObserveOrders", func(t *testing.T) { testObserveOrders(t, stores) })
	t.Run("SeenServerRace", func(t *testing.T) { testSeenServerRace(t, stores) })
}

// testFirstObserveRace has N goroutines observe the same new name on a
// fresh server with PinNew, each with its own definition. Exactly one wins
// and is pinned; every other sees that pin, with its own definition pending.
func testFirstObserveRace(t *testing.T, stores []store.Store) {
	const n = 16
	for round := range 3 {
		server := fmt.Sprintf("race-%d", round)
		results := make([]store.Pin, n)
		errs := make([]error, n)
		defs := make([]store.Def, n)
		var wg sync.WaitGroup
		for i := range n {
			defs[i] = def(store.KindTool, "x", i)
			wg.Go(func() {
				s := stores[i%len(stores)]
				got, err := s.Observe(t.Context(), server, []store.Def{defs[i]}, store.PinNew, at(time.Duration(i)*time.Millisecond))
				if err == nil && len(got) != 1 {
					err = fmt.Errorf("got %d results; want 1", len(got))
				}
				if err == nil {
					results[i] = got[0]
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d: Observe #%d: %v", round, i, err)
			}
		}
		rows := mustPins(t, stores[0], server)
		if len(rows) != 1 {
			t.Fatalf("round %d: got %d rows; want 1\n%s", round, len(rows), fmtPins(rows))
		}
		row := rows[0]
		winners := 0
		for i, r := range results {
			if r.Hash != row.Hash {
				t.Errorf("round %d: Observe #%d saw pin %s; the row has %s", round, i, short(r.Hash), short(row.Hash))
			}
			switch {
			case r.Hash == defs[i].Hash && r.PendingHash == "":
				winners++
			case r.Hash != defs[i].Hash && r.PendingHash == defs[i].Hash:
			default:
				t.Errorf("round %d: Observe #%d returned %s; want its definition pinned or pending", round, i, fmtPin(r))
			}
		}
		if winners != 1 {
			t.Errorf("round %d: %d goroutines pinned their definition; want exactly 1", round, winners)
		}
		if row.PendingHash == "" || row.PendingHash == row.Hash {
			t.Errorf("round %d: final row %s; want the last loser's definition pending", round, fmtPin(row))
		}
	}
}

// testObserveOrders has goroutines observe the same names of one server in
// different orders, changing definitions, approving and resetting between:
// no call may fail (no deadlock, no busy error), and every row keeps the
// invariant of store.Pin.
func testObserveOrders(t *testing.T, stores []store.Store) {
	const (
		goroutines = 8
		rounds     = 20
		names      = 10
	)
	server := "orders"
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			s := stores[g%len(stores)]
			rng := rand.New(rand.NewPCG(uint64(g), 1))
			for r := range rounds {
				defs := make([]store.Def, names)
				for i, p := range rng.Perm(names) {
					defs[i] = def(store.KindTool, fmt.Sprint("n", p), rng.IntN(3))
				}
				now := at(time.Duration(r*goroutines+g) * time.Millisecond)
				mode := store.ObserveMode(rng.IntN(2))
				if _, err := s.Observe(t.Context(), server, defs, mode, now); err != nil {
					errs <- fmt.Errorf("goroutine %d round %d: Observe: %w", g, r, err)
					return
				}
				var err error
				switch r % 5 {
				case 1:
					_, err = s.Approve(t.Context(), server, store.KindTool, fmt.Sprint("n", rng.IntN(names)), now)
				case 3:
					_, err = s.Reset(t.Context(), server, store.KindTool, fmt.Sprint("n", rng.IntN(names)))
				case 4:
					_, err = s.Pins(t.Context(), server)
				}
				if r%5 != 4 && errors.Is(err, store.ErrNotFound) {
					// Another goroutine reset the name between this
					// one's Observe and its Approve or Reset.
					err = nil
				}
				if err != nil {
					errs <- fmt.Errorf("goroutine %d round %d: %w", g, r, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, p := range mustPins(t, stores[0], server) {
		if (p.Hash == "" && p.PendingHash == "") || p.Hash == p.PendingHash {
			t.Errorf("row breaks the invariant: %s", fmtPin(p))
		}
		if p.Hash == "" && !p.PinnedAt.IsZero() || p.PendingHash == "" && !p.PendingSince.IsZero() {
			t.Errorf("row has a time without its hash: %s", fmtPin(p))
		}
	}
}

// testSeenServerRace has N goroutines record the same new server: exactly
// one finds no previous record.
func testSeenServerRace(t *testing.T, stores []store.Store) {
	const n = 16
	found := make([]bool, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			s := stores[i%len(stores)]
			_, found[i], errs[i] = s.SeenServer(t.Context(), store.Server{ID: "seen-race", Name: fmt.Sprint(i), LastSeen: at(time.Duration(i) * time.Second)})
		})
	}
	wg.Wait()
	first := 0
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("SeenServer #%d: %v", i, errs[i])
		}
		if !found[i] {
			first++
		}
	}
	if first != 1 {
		t.Errorf("%d calls found no previous record; want exactly 1", first)
	}
}
