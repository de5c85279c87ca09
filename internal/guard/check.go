// Package guard is the check pipeline: the Check interface every security
// check implements, the typed Event checks see, the Decision they return, and
// the Chain that runs them in order.
//
// A check is one file in this package (or below it), tested alone on literal
// Events. Adding a check means writing that file and adding it to Build; the
// proxy never learns about individual checks.
package guard

import (
	"context"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// A Check inspects one event and decides. Implementations must be safe for
// concurrent use: one Check serves every session of its chain.
type Check interface {
	// Name identifies the check in decisions, logs and the audit trail.
	Name() string
	// Inspect decides about ev. A returned error denies the message unless the
	// chain is configured to fail open; the error is logged, not shown to the
	// client.
	Inspect(ctx context.Context, ev *Event) (Decision, error)
}

// KindFilter is implemented by checks that only look at some kinds of event;
// the chain then skips them for the others without calling Inspect.
type KindFilter interface {
	Kinds() []Kind
}

// Verdict is what a check decided.
type Verdict uint8

const (
	Allow  Verdict = iota // forward the message unchanged
	Modify                // forward Decision.Msg instead
	Deny                  // do not forward; answer the sender with the reason
	Report                // forward unchanged, and record the reason
)

func (v Verdict) String() string {
	switch v {
	case Allow:
		return "allow"
	case Modify:
		return "modify"
	case Deny:
		return "deny"
	case Report:
		return "report"
	}
	return "unknown"
}

// Decision is a check's answer about one event.
type Decision struct {
	Verdict Verdict
	// Reason is for people: shown to the client on deny, logged always.
	Reason string
	// Code is the JSON-RPC error code to deny with; 0 means jsonrpc.CodeDenied.
	Code int
	// Msg is the replacement message for Modify. It must answer or carry the
	// same id as the original.
	Msg *jsonrpc.Message
	// Check names the check that decided; the chain fills it in.
	Check string
}

// Allowed is the decision to forward unchanged.
var Allowed = Decision{Verdict: Allow}

// Denied returns a deny decision with a reason built like fmt.Sprintf.
func Denied(code int, format string, args ...any) Decision {
	return Decision{Verdict: Deny, Code: code, Reason: fmt.Sprintf(format, args...)}
}

// Reported returns a decision to forward unchanged and record why.
func Reported(format string, args ...any) Decision {
	return Decision{Verdict: Report, Reason: fmt.Sprintf(format, args...)}
}

// Modified returns a decision to forward msg instead of the original.
func Modified(msg *jsonrpc.Message, reason string) Decision {
	return Decision{Verdict: Modify, Msg: msg, Reason: reason}
}
