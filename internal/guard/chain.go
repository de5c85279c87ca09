package guard

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// Mode says whether decisions are carried out.
type Mode uint8

const (
	// Enforce carries out every decision.
	Enforce Mode = iota
	// Monitor records what Enforce would have done and forwards the original
	// message.
	Monitor
)

func (m Mode) String() string {
	if m == Monitor {
		return "monitor"
	}
	return "enforce"
}

// Record is one decision as observed: what a check decided about an event,
// and whether it was carried out.
type Record struct {
	Event    *Event
	Decision Decision
	// Enforced is false when the chain is in monitor mode (or the decision
	// was an error that failed open) and the message went on unchanged.
	Enforced bool
	// Err is the check's error, if it failed.
	Err error
}

// Options configure a Chain.
type Options struct {
	Mode Mode
	// FailOpen lets a message through when a check returns an error. The
	// default, false, denies it (fail closed).
	FailOpen bool
	// Logger receives one line per decision other than allow; nil discards.
	Logger *slog.Logger
	// Observe, when not nil, is called for every decision other than allow,
	// synchronously, before the message goes on. It is where the audit trail
	// attaches; it must be safe for concurrent use.
	Observe func(ctx context.Context, r Record)
	// Audit, when not nil, is called like Observe, and also for every
	// tools/call the checks let through when AuditCalls is set. An error
	// means the record was not kept: in enforce mode the message is then
	// denied (-32083), unless AuditFailOpen.
	Audit         func(ctx context.Context, r Record) error
	AuditCalls    bool
	AuditFailOpen bool
}

// Chain runs checks in order. It is built once and is safe for concurrent use.
type Chain struct {
	byKind   [numKinds][]Check
	mode     Mode
	failOpen bool
	logger   *slog.Logger
	observe  func(context.Context, Record)

	audit         func(context.Context, Record) error
	auditCalls    bool
	auditFailOpen bool
}

// NewChain returns a chain running checks in the given order.
func NewChain(checks []Check, opts Options) *Chain {
	c := &Chain{mode: opts.Mode, failOpen: opts.FailOpen, logger: opts.Logger, observe: opts.Observe,
		audit: opts.Audit, auditCalls: opts.Audit != nil && opts.AuditCalls, auditFailOpen: opts.AuditFailOpen}
	if c.logger == nil {
		c.logger = slog.New(slog.DiscardHandler)
	}
	for _, ch := range checks {
		if kf, ok := ch.(KindFilter); ok {
			for _, k := range kf.Kinds() {
				c.byKind[k] = append(c.byKind[k], ch)
			}
			continue
		}
		for k := range c.byKind {
			c.byKind[k] = append(c.byKind[k], ch)
		}
	}
	return c
}

// Mode returns the chain's mode.
func (c *Chain) Mode() Mode { return c.mode }

// Wants reports whether any check looks at events of kind k. A caller may
// skip building the event (and decoding anything) when it returns false.
func (c *Chain) Wants(k Kind) bool {
	return c != nil && (len(c.byKind[k]) > 0 || c.auditCalls && k == KindToolCall)
}

// Run passes ev through the checks for its kind, in order. It returns Allow
// when the message goes on unchanged, Modify with the new message when checks
// changed it (later checks saw the change), or Deny with the reason of the
// first check that denied. In monitor mode it returns Allow whatever the
// checks said, after recording it.
func (c *Chain) Run(ctx context.Context, ev *Event) Decision {
	if c == nil {
		return Allowed
	}
	out := Allowed
	orig := ev.Msg
	for _, ch := range c.byKind[ev.Kind] {
		d, err := ch.Inspect(ctx, ev)
		d.Check = ch.Name()
		if err != nil {
			aerr := c.record(ctx, ev, d, err)
			if c.failOpen || c.mode == Monitor {
				if c.auditFails(aerr) {
					return c.auditDenied(aerr)
				}
				continue
			}
			return Decision{Verdict: Deny, Code: jsonrpc.CodeCheckFailed, Check: d.Check,
				Reason: fmt.Sprintf("check %s could not decide; the shield fails closed", d.Check)}
		}
		switch d.Verdict {
		case Allow:
			continue
		case Report:
			if aerr := c.record(ctx, ev, d, nil); c.auditFails(aerr) {
				return c.auditDenied(aerr)
			}
			continue
		case Modify:
			if d.Msg == nil {
				d = Decision{Verdict: Deny, Code: jsonrpc.CodeCheckFailed, Check: d.Check,
					Reason: fmt.Sprintf("check %s modified a message without a replacement", d.Check)}
				aerr := c.record(ctx, ev, d, nil)
				if c.mode == Monitor {
					if c.auditFails(aerr) {
						return c.auditDenied(aerr)
					}
					continue
				}
				return d
			}
			if aerr := c.record(ctx, ev, d, nil); c.auditFails(aerr) {
				return c.auditDenied(aerr)
			}
			if c.mode == Monitor {
				continue
			}
			ev.Msg = d.Msg
			out = d
		case Deny:
			if d.Code == 0 {
				d.Code = jsonrpc.CodeDenied
			}
			aerr := c.record(ctx, ev, d, nil)
			if c.mode == Monitor {
				if c.auditFails(aerr) {
					return c.auditDenied(aerr)
				}
				continue
			}
			ev.Msg = orig
			return d
		}
	}
	if c.auditCalls && ev.Kind == KindToolCall {
		// Every call the checks let through is in the audit log too.
		if aerr := c.audit(ctx, Record{Event: ev, Decision: Decision{Verdict: out.Verdict}, Enforced: c.mode == Enforce}); c.auditFails(aerr) {
			return c.auditDenied(aerr)
		}
	}
	if out.Verdict == Modify {
		out.Msg = ev.Msg
	}
	return out
}

// auditFails reports whether an audit error stops the message: in enforce
// mode, unless the audit log fails open.
func (c *Chain) auditFails(err error) bool {
	return err != nil && c.mode == Enforce && !c.auditFailOpen
}

// auditDenied is the decision for a message whose audit record could not
// be written.
func (c *Chain) auditDenied(err error) Decision {
	c.logger.Error("audit record not written; the message is denied", "error", err)
	return Decision{Verdict: Deny, Code: jsonrpc.CodeCheckFailed, Check: "audit",
		Reason: "the audit log could not be written; the shield fails closed"}
}

// record logs a decision and hands it to Observe and Audit; it returns the
// audit's error.
func (c *Chain) record(ctx context.Context, ev *Event, d Decision, err error) error {
	enforced := c.mode == Enforce && (err == nil || !c.failOpen)
	if c.logger.Enabled(ctx, slog.LevelInfo) {
		attrs := []slog.Attr{
			slog.String("check", d.Check), slog.String("verdict", d.Verdict.String()),
			slog.String("server", ev.Server), slog.String("kind", ev.Kind.String()),
			slog.String("method", ev.Method), slog.Bool("enforced", enforced),
		}
		if ev.Tool != "" {
			attrs = append(attrs, slog.String("tool", ev.Tool))
		}
		if d.Reason != "" {
			attrs = append(attrs, slog.String("reason", d.Reason))
		}
		level := slog.LevelInfo
		if err != nil {
			attrs = append(attrs, slog.Any("error", err))
			level = slog.LevelError
		}
		c.logger.LogAttrs(ctx, level, "check decision", attrs...)
	}
	r := Record{Event: ev, Decision: d, Enforced: enforced, Err: err}
	if c.observe != nil {
		c.observe(ctx, r)
	}
	if c.audit == nil {
		return nil
	}
	return c.audit(ctx, r)
}
