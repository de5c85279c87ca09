package guard

import (
	"context"

	"github.com/mcpshield/mcpshield/internal/detect/value"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// guardCheck restricts tool arguments to allowed values: the recipients a
// payment tool may pay, the hosts a fetch tool may reach. Against
// wallet-draining and payment-redirection attacks, a call sending value or
// data anywhere not on its tool's list is denied.
type guardCheck struct {
	byTool map[string][]*value.CompiledGuard
	from   func() map[string][]*value.CompiledGuard // nil: byTool
}

var _ Check = (*guardCheck)(nil)

// NewGuardCheck returns the argument guard check for the guards of each
// tool (by name).
func NewGuardCheck(byTool map[string][]*value.CompiledGuard) Check {
	return &guardCheck{byTool: byTool}
}

// NewReloadableGuardCheck returns the argument guard check that reads the
// guards of each tool from from on every call: a reloaded config swaps
// them under live sessions.
func NewReloadableGuardCheck(from func() map[string][]*value.CompiledGuard) Check {
	return &guardCheck{from: from}
}

func (c *guardCheck) Name() string  { return "argument-guards" }
func (c *guardCheck) Kinds() []Kind { return []Kind{KindToolCall} }

func (c *guardCheck) Inspect(_ context.Context, ev *Event) (Decision, error) {
	byTool := c.byTool
	if c.from != nil {
		byTool = c.from()
	}
	guards := byTool[ev.Tool]
	if len(guards) == 0 {
		return Allowed, nil
	}
	args, err := ev.Args()
	if err != nil {
		return Denied(jsonrpc.CodeInvalidParams, "%v", err), nil
	}
	for _, g := range guards {
		if err := g.Check(args); err != nil {
			return Denied(0, "tool %q: %v", ev.Tool, err), nil
		}
	}
	return Allowed, nil
}
