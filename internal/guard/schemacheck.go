package guard

import (
	"context"
	"errors"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/pin"
	"github.com/mcpshield/mcpshield/internal/schema"
)

// schemaCheck validates tools/call arguments against the inputSchema of the
// tool as the client was shown it (the integrity check's catalog). A schema
// the validator cannot use denies the call: the shield fails closed.
type schemaCheck struct {
	v       *schema.Validator
	catalog *Catalog
	report  bool // forward a call that does not fit, and record why
}

var _ Check = (*schemaCheck)(nil)

// NewSchemaCheck returns the argument validation check; catalog is the one
// the integrity check fills. With report, a call whose arguments do not
// fit (or whose schema cannot be used) is forwarded and the reason
// recorded, instead of denied.
func NewSchemaCheck(v *schema.Validator, catalog *Catalog, report bool) Check {
	return &schemaCheck{v: v, catalog: catalog, report: report}
}

func (c *schemaCheck) Name() string  { return "schema" }
func (c *schemaCheck) Kinds() []Kind { return []Kind{KindToolCall} }

func (c *schemaCheck) Inspect(ctx context.Context, ev *Event) (Decision, error) {
	l, ok := c.catalog.Get(pin.KindTool, ev.Tool)
	if !ok || l.Withheld != "" {
		return Allowed, nil // the integrity check decides about those
	}
	// The arguments as decoded once for every check; arguments that do
	// not decode are left to the validator, which says why.
	var err error
	if args, derr := ev.ArgsValue(); derr == nil {
		err = c.v.ValidateValue(ctx, l.InputSchema, args)
	} else {
		err = c.v.Validate(ctx, l.InputSchema, jsonrpc.Member(ev.Msg.Params, "arguments"))
	}
	var bad *schema.Error
	switch {
	case err == nil:
		return Allowed, nil
	case errors.As(err, &bad):
		if c.report {
			return Reported("%s (schema_validation: report, forwarded)", bad.Error()), nil
		}
		// An isError result: the model can read it and fix its call.
		return Denied(0, "%s", bad.Error()), nil
	case errors.Is(err, schema.ErrBadSchema):
		if c.report {
			return Reported("the inputSchema of tool %q cannot be used to check its arguments (schema_validation: report, forwarded): %v", ev.Tool, err), nil
		}
		return Denied(0, "the inputSchema of tool %q cannot be used to check its arguments, so the call is refused: %v", ev.Tool, err), nil
	}
	return Decision{}, err
}
