package limit

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultMaxKeys is the number of keys Rates and Counter keep when given 0:
// about 100 bytes each plus the key, a few MB in all.
const DefaultMaxKeys = 1 << 16

// Rates is a token bucket per key: each key may make burst calls at once,
// then perSecond calls per second. It is safe for concurrent use.
//
// At most maxKeys buckets are kept. When a new key comes and the table is
// full, the least recently used bucket is dropped: the most idle one, which
// has refilled longest and is usually full, so dropping it changes nothing.
// Only with more than maxKeys keys active at once does a dropped key come
// back with a fresh burst.
type Rates struct {
	rate  float64 // tokens per second; 0 means no limit
	burst float64
	now   func() time.Time

	mu      sync.Mutex
	buckets *lru[bucket]
}

type bucket struct {
	tokens float64
	last   time.Time // when tokens was computed
}

// NewRates returns a limit of perSecond calls per second per key, with
// bursts of burst calls (at least 1). perSecond <= 0, NaN or +Inf means no
// limit: Allow always says yes. now is the clock (nil means time.Now);
// maxKeys bounds the number of buckets (<= 0 means DefaultMaxKeys).
func NewRates(perSecond float64, burst int, now func() time.Time, maxKeys int) *Rates {
	if !(perSecond > 0) || math.IsInf(perSecond, 1) {
		perSecond = 0
	}
	if now == nil {
		now = time.Now
	}
	if maxKeys <= 0 {
		maxKeys = DefaultMaxKeys
	}
	return &Rates{
		rate:    perSecond,
		burst:   float64(max(burst, 1)),
		now:     now,
		buckets: newLRU[bucket](maxKeys),
	}
}

// Allow takes a token from key's bucket. If there is none, ok is false and
// retryAfter is how long until there will be one.
func (r *Rates) Allow(key string) (ok bool, retryAfter time.Duration) {
	if r.rate == 0 {
		return true, 0
	}
	t := r.now()
	r.mu.Lock()
	defer r.mu.Unlock()
	n := r.buckets.get(key)
	if n == nil {
		n = r.buckets.add(key)
		n.val = bucket{tokens: r.burst, last: t}
	} else if elapsed := t.Sub(n.val.last); elapsed > 0 {
		// A clock that goes back refills nothing until it passes last
		// again.
		n.val.tokens = min(r.burst, n.val.tokens+elapsed.Seconds()*r.rate)
		n.val.last = t
	}
	if n.val.tokens >= 1 {
		n.val.tokens--
		return true, 0
	}
	wait := math.Ceil((1 - n.val.tokens) / r.rate * float64(time.Second))
	if wait >= math.MaxInt64 {
		return false, math.MaxInt64
	}
	return false, time.Duration(wait)
}

// Len returns the number of buckets kept.
func (r *Rates) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.buckets.len()
}

// Key joins the parts of a key (principal, server, tool) so that different
// parts never make the same key: each part is prefixed by its length.
func Key(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(strconv.Itoa(len(p)))
		b.WriteByte(':')
		b.WriteString(p)
	}
	return b.String()
}
