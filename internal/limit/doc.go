// Package limit holds the gateway's rate limits and counters, in memory:
//
//   - Rates: a token bucket per key (principal, server and tool, joined by
//     the caller, for instance with Key), for "at most N calls per second,
//     bursts of B";
//   - Counter: a count per key (a session), for "at most N calls per
//     session".
//
// Both bound their memory by a number of keys, dropping the least recently
// used key when full, and take their clock as a parameter so tests need no
// sleeps. Both are safe for concurrent use and do not allocate when the key
// is already known.
//
// The state lives in one process. A fleet of gateway replicas behind a load
// balancer needs it shared; Limiter is the interface for that: Rates
// satisfies it through Rates.Limiter, and internal/store/redis keeps the
// buckets in Redis.
package limit
