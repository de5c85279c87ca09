// Package redis keeps the gateway's rate-limit buckets in Redis, so that
// every replica of a fleet draws on the same buckets: a principal allowed
// 60 calls a minute gets 60 in all, not 60 from each replica.
//
// Each bucket is one Redis hash (tokens left, when they were counted),
// read and written by one Lua script, so that replicas never interleave a
// refill and a take. The script reads Redis's own clock, not the
// replicas', so clocks that disagree between machines change nothing, and
// sets the key to expire once the bucket would be full again: an idle
// bucket costs Redis nothing.
package redis

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strconv"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/mcpshield/mcpshield/internal/limit"
)

// takeScript refills the bucket KEYS[1] at ARGV[1] tokens per second up
// to ARGV[2] tokens (a new bucket starts full), takes one token if there
// is one, and returns {1, 0} if it did, else {0, microseconds until
// there will be one}. Tokens are kept as a decimal string: Lua numbers
// are doubles, and a fraction of a token carries over.
const takeScript = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1])
local at = tonumber(b[2])
if tokens == nil or at == nil then
  tokens = burst
  at = now
elseif now > at then
  tokens = math.min(burst, tokens + (now - at) * rate / 1000000)
  at = now
end
local ok, wait = 0, 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
else
  wait = math.ceil((1 - tokens) / rate * 1000000)
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'at', string.format('%d', at))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate * 1000) + 1000)
return {ok, wait}
`

// Store is a connection pool to one Redis, and the buckets kept there.
type Store struct {
	c       *goredis.Client
	prefix  string
	timeout time.Duration
	take    *goredis.Script
}

// Options configure Open.
type Options struct {
	// Prefix starts every key the store writes; "" means "mcpshield:".
	Prefix string
	// Timeout bounds one round trip to Redis (on top of the caller's
	// context); 0 means 250ms.
	Timeout time.Duration
}

// Open connects to the Redis at url (redis://[user:password@]host:port/db,
// or rediss:// for TLS) and checks that it answers within ctx.
func Open(ctx context.Context, url string, o Options) (*Store, error) {
	opt, err := goredis.ParseURL(url)
	if err != nil {
		// ParseURL's errors may quote the URL, password included.
		return nil, errors.New("the Redis URL is not valid: want redis://[user:password@]host:port/db or rediss://…")
	}
	if o.Prefix == "" {
		o.Prefix = "mcpshield:"
	}
	if o.Timeout <= 0 {
		o.Timeout = 250 * time.Millisecond
	}
	s := newStore(opt, o)
	pctx, cancel := context.WithTimeout(ctx, 4*o.Timeout)
	defer cancel()
	if err := s.c.Ping(pctx).Err(); err != nil {
		s.c.Close()
		return nil, fmt.Errorf("connecting to Redis at %s: %w", opt.Addr, err)
	}
	if err := s.take.Load(pctx, s.c).Err(); err != nil {
		s.c.Close()
		return nil, fmt.Errorf("loading the rate-limit script into Redis at %s: %w", opt.Addr, err)
	}
	return s, nil
}

// newStore returns a store on the Redis opt names, not yet connected.
func newStore(opt *goredis.Options, o Options) *Store {
	quiet.Do(func() { goredis.SetLogger(discard{}) })
	opt.DialTimeout, opt.ReadTimeout, opt.WriteTimeout = o.Timeout, o.Timeout, o.Timeout
	// A call waits for one answer, not for retries: when Redis is away,
	// the call's decision (rate_limits.on_error) is due within Timeout.
	opt.MaxRetries, opt.DialerRetries = -1, 1
	return &Store{c: goredis.NewClient(opt), prefix: o.Prefix, timeout: o.Timeout, take: goredis.NewScript(takeScript)}
}

// go-redis writes its own log lines to stderr (dial failures, pool
// events) through a logger of the package's; every error it logs is also
// returned to the caller, which logs it with the decision it caused. The
// logger is set once, for the process.
var quiet sync.Once

type discard struct{}

func (discard) Printf(context.Context, string, ...any) {}

// Close closes the connection pool.
func (s *Store) Close() error { return s.c.Close() }

// Limiter returns a limit of perSecond calls per second per key, with
// bursts of burst calls (at least 1), kept in Redis. perSecond <= 0, NaN
// or +Inf means no limit. Limiters of different rates or bursts never
// share a bucket, even for the same key.
func (s *Store) Limiter(perSecond float64, burst int) limit.Limiter {
	if !(perSecond > 0) || math.IsInf(perSecond, 1) {
		return unlimited{}
	}
	burst = max(burst, 1)
	return &limiter{s: s, rate: strconv.FormatFloat(perSecond, 'g', -1, 64), burst: strconv.Itoa(burst)}
}

type limiter struct {
	s           *Store
	rate, burst string
}

var _ limit.Limiter = (*limiter)(nil)

// Allow takes a token from key's bucket in Redis. The error says why Redis
// did not decide (unreachable, too slow, ctx done); it never quotes the key.
func (l *limiter) Allow(ctx context.Context, key string) (bool, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, l.s.timeout)
	defer cancel()
	res, err := l.s.take.Run(ctx, l.s.c, []string{l.key(key)}, l.rate, l.burst).Int64Slice()
	if err != nil {
		return false, 0, fmt.Errorf("rate limit in Redis: %w", err)
	}
	if len(res) != 2 {
		return false, 0, fmt.Errorf("rate limit in Redis: the script returned %d values, want 2", len(res))
	}
	if res[0] == 1 {
		return true, 0, nil
	}
	return false, time.Duration(res[1]) * time.Microsecond, nil
}

// key names key's bucket: a hash of the limit and the key, so that keys
// of any length and content make keys of one size, and a principal's
// name or credential hash never appears in Redis.
func (l *limiter) key(key string) string {
	h := sha256.New()
	h.Write([]byte(limit.Key(l.rate, l.burst, key)))
	return l.s.prefix + "rate:" + hex.EncodeToString(h.Sum(nil)[:16])
}

type unlimited struct{}

func (unlimited) Allow(context.Context, string) (bool, time.Duration, error) { return true, 0, nil }
