package limit

import (
	"context"
	"time"
)

// A Limiter decides whether one more call under a key may go now. It is what
// the gateway's rate-limit check depends on, so that the in-memory Rates
// (one gateway) and a shared implementation (a fleet of replicas) are
// interchangeable. Implementations are safe for concurrent use.
// internal/store/redis keeps each bucket in a Redis key updated by one Lua
// script (refill, take, expire).
type Limiter interface {
	// Allow takes a token from key's bucket. If there is none, ok is false
	// and retryAfter says how long until there will be one. An error means
	// the limiter could not decide (a shared store is unreachable, ctx is
	// done); the caller denies the call.
	Allow(ctx context.Context, key string) (ok bool, retryAfter time.Duration, err error)
}

// Limiter returns r as a Limiter.
func (r *Rates) Limiter() Limiter { return ratesLimiter{r} }

type ratesLimiter struct{ r *Rates }

var _ Limiter = ratesLimiter{}

// Allow ignores ctx: Rates never blocks.
func (l ratesLimiter) Allow(_ context.Context, key string) (bool, time.Duration, error) {
	ok, retry := l.r.Allow(key)
	return ok, retry, nil
}
