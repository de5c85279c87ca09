package guard

import (
	"context"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// methodCheck applies method allow and deny lists to requests and
// notifications, in both directions.
//
// An empty allow list allows every method. A method on the deny list is
// denied even when allowed. The lifecycle methods a session cannot work
// without (lifecycleMethods) are allowed unless a deny pattern names them.
type methodCheck struct {
	allow []string
	deny  []string
}

var _ Check = (*methodCheck)(nil)

// NewMethodCheck returns the method list check. Patterns are exact method
// names or globs where '*' matches any run of characters, '/' included
// ("resources/*", "notifications/*").
func NewMethodCheck(allow, deny []string) Check {
	return &methodCheck{allow: allow, deny: deny}
}

// lifecycleMethods keep a session alive; an allow list need not name them.
var lifecycleMethods = map[string]bool{
	"initialize": true, "notifications/initialized": true, "ping": true,
	"server/discover": true, "notifications/cancelled": true, "notifications/progress": true,
}

func (*methodCheck) Name() string { return "methods" }

func (*methodCheck) Kinds() []Kind {
	return []Kind{
		KindOther, KindInitialize, KindDiscover, KindToolsList, KindToolCall,
		KindResourcesList, KindResourceRead, KindPromptsList, KindPromptGet,
		KindServerRequest, KindNotification,
	}
}

func (c *methodCheck) Inspect(_ context.Context, ev *Event) (Decision, error) {
	m := ev.Msg.Method
	if m == "" {
		return Allowed, nil
	}
	for _, p := range c.deny {
		if globMatch(p, m) {
			return Denied(jsonrpc.CodeMethodNotFound, "method %q is denied by the shield's method list (pattern %q)", m, p), nil
		}
	}
	if len(c.allow) == 0 || lifecycleMethods[m] {
		return Allowed, nil
	}
	for _, p := range c.allow {
		if globMatch(p, m) {
			return Allowed, nil
		}
	}
	return Denied(jsonrpc.CodeMethodNotFound, "method %q is not on the shield's method allow list", m), nil
}

// globMatch reports whether name matches pattern, where '*' matches any run
// of characters (including none and including '/'). It runs in linear time
// per star (the usual backtracking to the last star), whatever the pattern.
func globMatch(pattern, name string) bool {
	p, n := 0, 0
	star, mark := -1, 0 // the last star seen, and where in name it began matching
	for n < len(name) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, n
			p++
		case p < len(pattern) && pattern[p] == name[n]:
			p++
			n++
		case star >= 0:
			mark++
			p, n = star+1, mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
