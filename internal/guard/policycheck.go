package guard

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/jsonwalk"
	"github.com/mcpshield/mcpshield/internal/pin"
	"github.com/mcpshield/mcpshield/internal/policy"
)

// PolicyOptions configure the policy check.
type PolicyOptions struct {
	Policy *policy.Policy
	// Current, when set, gives the policy for each call instead of Policy:
	// a reloaded config swaps it under live sessions. A nil policy from it
	// has no rules and allows.
	Current func() *policy.Policy
	// Catalog gives the tools' annotations as listed; nil: none.
	Catalog *Catalog
	// Redact redacts secrets and personal data in the arguments, for rules
	// whose action is redact; nil: such rules deny instead.
	Redact func(ctx context.Context, ev *Event) (Decision, error)
}

// policyCheck runs the policy rules on every tools/call. A rule that cannot
// be evaluated denies the call (the chain fails closed).
type policyCheck struct{ o PolicyOptions }

var _ Check = (*policyCheck)(nil)

// NewPolicyCheck returns the policy check.
func NewPolicyCheck(o PolicyOptions) Check { return &policyCheck{o} }

func (c *policyCheck) Name() string  { return "policy" }
func (c *policyCheck) Kinds() []Kind { return []Kind{KindToolCall} }

func (c *policyCheck) Inspect(ctx context.Context, ev *Event) (Decision, error) {
	pol := c.o.Policy
	if c.o.Current != nil {
		pol = c.o.Current()
	}
	if pol == nil {
		return Allowed, nil
	}
	args, err := ev.Args()
	if err != nil {
		return Denied(jsonrpc.CodeInvalidParams, "%v", err), nil
	}
	in := &policy.Input{Server: ev.Server, Tool: ev.Tool, Method: ev.Method, Principal: ev.Principal,
		Session: ev.Session, Arguments: args, ClientName: ev.Client, ClientVersion: ev.ClientVersion}
	if c.o.Catalog != nil {
		if l, ok := c.o.Catalog.Get(pin.KindTool, ev.Tool); ok && len(l.Annotations) > 0 {
			in.Annotations = annotations(l.Annotations)
		}
	}
	res, err := pol.Eval(ctx, in)
	if err != nil {
		return Decision{}, fmt.Errorf("policy rule %q: %w", res.Rule, err)
	}
	switch res.Action {
	case policy.Deny:
		return Denied(0, "denied by policy rule %q: %s", res.Rule, reasonOr(res.Reason, "no reason given")), nil
	case policy.Redact:
		if c.o.Redact == nil {
			return Denied(0, "policy rule %q requires redaction, which is not available: denied", res.Rule), nil
		}
		d, err := c.o.Redact(ctx, ev)
		if err != nil || d.Verdict == Allow {
			return d, err
		}
		d.Reason = fmt.Sprintf("policy rule %q: %s", res.Rule, d.Reason)
		return d, nil
	}
	if len(res.Monitored) > 0 {
		return Reported("policy rules matched (monitor): %s", strings.Join(res.Monitored, ", ")), nil
	}
	return Allowed, nil
}

// annotations decodes a tool's annotations for the policy, which reads
// only their boolean members: jsonwalk.Value gives those as encoding/json
// does, faster (encoding/json decides what Value does not nest as deep).
// Annotations that are not a JSON object read as none.
func annotations(raw []byte) map[string]any {
	if v, err := jsonwalk.Value(raw); err == nil {
		m, _ := v.(map[string]any)
		return m
	}
	var m map[string]any
	_ = json.Unmarshal(raw, &m)
	return m
}

func reasonOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
