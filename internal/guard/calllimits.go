package guard

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/limit"
)

// CallLimits bound the calls to one tool; zero means no limit of a kind.
type CallLimits struct {
	PerMinute, Burst int // per principal, server and tool
	PerSession       int // calls to the tool in one session
	MaxArgumentBytes int64
	MaxResultBytes   int64
}

// CallLimitOptions configure the call limit check.
type CallLimitOptions struct {
	// For returns the limits of a tool. Tools that share settings share
	// their counters' tables.
	For func(tool string) CallLimits
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Limiter, when not nil, makes the rate limits: one Limiter per
	// distinct rate and burst. Nil keeps them in this process (limit.Rates).
	// A shared Limiter (Redis) lets the replicas of a fleet count together.
	Limiter func(perSecond float64, burst int) limit.Limiter
	// LimiterFailOpen lets a call through, reported, when the Limiter
	// cannot decide (its store is unreachable). The default, false,
	// returns the error: the chain denies the call (fail closed).
	LimiterFailOpen bool
}

// callLimitCheck enforces rate limits, calls per session, and argument and
// result sizes, per tool.
type callLimitCheck struct {
	o  CallLimitOptions
	mu sync.Mutex
	// One rate table and one session counter per distinct setting: their
	// number is bounded by the config, not by what clients send.
	rates    map[CallLimits]limit.Limiter
	sessions map[CallLimits]*limit.Counter
}

var _ Check = (*callLimitCheck)(nil)

// NewCallLimitCheck returns the call limit check.
func NewCallLimitCheck(o CallLimitOptions) Check {
	return &callLimitCheck{o: o, rates: map[CallLimits]limit.Limiter{}, sessions: map[CallLimits]*limit.Counter{}}
}

func (c *callLimitCheck) Name() string  { return "call-limits" }
func (c *callLimitCheck) Kinds() []Kind { return []Kind{KindToolCall, KindToolResult} }

func (c *callLimitCheck) tables(l CallLimits) (limit.Limiter, *limit.Counter) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.rates[l]
	if !ok && l.PerMinute > 0 {
		burst := l.Burst
		if burst <= 0 {
			burst = max(1, l.PerMinute/6)
		}
		if c.o.Limiter != nil {
			r = c.o.Limiter(float64(l.PerMinute)/60, burst)
		} else {
			r = limit.NewRates(float64(l.PerMinute)/60, burst, c.o.Now, 0).Limiter()
		}
		c.rates[l] = r
	}
	s, ok := c.sessions[l]
	if !ok && l.PerSession > 0 {
		s = limit.NewCounter(int64(l.PerSession), 0)
		c.sessions[l] = s
	}
	return r, s
}

func (c *callLimitCheck) Inspect(ctx context.Context, ev *Event) (Decision, error) {
	l := c.o.For(ev.Tool)
	if ev.Kind == KindToolResult {
		if l.MaxResultBytes > 0 && int64(len(ev.Msg.Result)) > l.MaxResultBytes {
			return Denied(jsonrpc.CodeTooLarge, "the result of tool %q is %d bytes, over its limit of %d", ev.Tool, len(ev.Msg.Result), l.MaxResultBytes), nil
		}
		return Allowed, nil
	}
	if l.MaxArgumentBytes > 0 {
		if n := len(jsonrpc.Member(ev.Msg.Params, "arguments")); int64(n) > l.MaxArgumentBytes {
			return Denied(jsonrpc.CodeTooLarge, "the arguments of tool %q are %d bytes, over its limit of %d", ev.Tool, n, l.MaxArgumentBytes), nil
		}
	}
	rates, sessions := c.tables(l)
	var unchecked error // the rate limit could not be checked (fail open)
	if rates != nil {
		ok, retry, err := rates.Allow(ctx, limit.Key(ev.Principal, ev.Server, ev.Tool))
		switch {
		case err != nil && !c.o.LimiterFailOpen:
			return Decision{}, fmt.Errorf("tool %q: %w", ev.Tool, err)
		case err != nil:
			unchecked = err
		case !ok:
			return Denied(jsonrpc.CodeRateLimited, "rate limit: tool %q allows %d call(s) per minute; retry in %s",
				ev.Tool, l.PerMinute, retry.Round(time.Millisecond)), nil
		}
	}
	if sessions != nil && ev.Session != StatelessSession {
		if n, ok := sessions.Add(limit.Key(ev.Session, ev.Tool)); !ok {
			return Denied(jsonrpc.CodeRateLimited, "tool %q allows %d call(s) per session; this would be call %d",
				ev.Tool, l.PerSession, n), nil
		}
	}
	if unchecked != nil {
		return Reported("rate limit of tool %q not checked, call let through (fail open): %v", ev.Tool, unchecked), nil
	}
	return Allowed, nil
}
