package bench

import (
	"context"
	"sync"
	"time"
)

// driveResult is what conc workers did in one window.
type driveResult struct {
	samples  []time.Duration // per-call latencies, when recorded
	calls    int64           // calls answered correctly
	errors   int64           // calls that failed; each ends its worker for the window
	firstErr error
	bytes    int64         // response bytes of the answered calls
	wall     time.Duration // from the first call's start to the last one's end
}

// drive keeps conc calls of t in flight through cl for d: each worker starts a new call as
// soon as its last one is answered, until d has passed. Calls started before the end are
// waited for, and counted. A failing worker stops, so a broken setup cannot spin.
func drive(ctx context.Context, cl caller, t *callTemplate, conc int, d time.Duration, record bool) driveResult {
	start := time.Now()
	deadline := start.Add(d)
	cctx, cancel := context.WithDeadline(ctx, deadline.Add(callTimeout))
	defer cancel()
	parts := make([]driveResult, conc)
	var wg sync.WaitGroup
	for w := range parts {
		wg.Go(func() {
			r := &parts[w]
			for cctx.Err() == nil && time.Now().Before(deadline) {
				t0 := time.Now()
				n, err := cl.call(cctx, t)
				el := time.Since(t0)
				if err != nil {
					r.errors++
					r.firstErr = err
					return
				}
				r.calls++
				r.bytes += int64(n)
				if record {
					r.samples = append(r.samples, el)
				}
			}
		})
	}
	wg.Wait()
	out := driveResult{wall: time.Since(start)}
	for _, r := range parts {
		out.calls += r.calls
		out.errors += r.errors
		out.bytes += r.bytes
		out.samples = append(out.samples, r.samples...)
		if out.firstErr == nil {
			out.firstErr = r.firstErr
		}
	}
	return out
}
