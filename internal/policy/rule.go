package policy

import "time"

// Action is what a matching rule does with a request.
type Action string

const (
	// Allow forwards the request; later rules are not evaluated.
	Allow Action = "allow"
	// Deny refuses the request with the rule's reason.
	Deny Action = "deny"
	// Redact forwards the request after redacting secrets and personal
	// data in its arguments; later rules are not evaluated.
	Redact Action = "redact"
	// Monitor records that the rule matched and decides nothing:
	// evaluation continues with the next rule.
	Monitor Action = "monitor"
)

func (a Action) valid() bool {
	switch a {
	case Allow, Deny, Redact, Monitor:
		return true
	}
	return false
}

// Rule is one policy rule as the configuration states it. It is plain data
// for the config package to decode.
type Rule struct {
	// Name identifies the rule in decisions, audit records and errors. It
	// must be unique within a policy.
	Name string
	// When is a CEL expression of type bool; see the package documentation
	// for its environment.
	When string
	// Action is what happens when When is true.
	Action Action
	// Reason is told to the client when the rule denies; it may be empty.
	Reason string
	// Line is the configuration line where the rule starts, for error
	// messages; 0 means unknown.
	Line int
}

// Options tune Compile. The zero value is ready to use.
type Options struct {
	// CostLimit bounds the work of one rule's evaluation, in CEL cost
	// units (about one per operation, more for string and list work);
	// a rule that goes over fails with an error. 0 means DefaultCostLimit.
	CostLimit uint64
}

// DefaultCostLimit is the cost limit when Options.CostLimit is 0: far above
// any sensible rule (a typical one costs under 100), low enough that a rule
// looping over a huge argument stops within a millisecond or so.
const DefaultCostLimit = 100_000

// Input is what a rule sees of a request. Fields map to the variables of
// the same names (see the package documentation).
type Input struct {
	Server, Tool, Method, Principal, Session string
	// Arguments are the tool call's arguments as encoding/json decodes them
	// into map[string]any (numbers as float64). nil means no arguments.
	Arguments map[string]any
	// Annotations are the tool's annotations as the server listed them.
	// Only readOnlyHint, destructiveHint, idempotentHint and openWorldHint
	// with boolean values reach the rules; other keys are dropped.
	Annotations               map[string]any
	ClientName, ClientVersion string
	// Now is the request's time; the zero Time means time.Now().
	Now time.Time
}

// Result is the outcome of Eval.
type Result struct {
	// Action is the decision: the first deciding rule's action, or Allow
	// when none decided. It is "" when Eval returns an error.
	Action Action
	// Rule names the deciding rule, "" when none decided. When Eval fails,
	// it names the rule whose evaluation failed.
	Rule string
	// Reason is the deciding rule's reason.
	Reason string
	// Monitored names the monitor rules that matched, in order.
	Monitored []string
}
