package guard

import (
	"context"
	"strings"

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
// of characters (including none and including '/').
func globMatch(pattern, name string) bool {
	star := strings.IndexByte(pattern, '*')
	if star < 0 {
		return pattern == name
	}
	if !strings.HasPrefix(name, pattern[:star]) {
		return false
	}
	rest, name := pattern[star+1:], name[star:]
	if rest == "" {
		return true
	}
	for i := 0; i <= len(name); i++ {
		if globMatch(rest, name[i:]) {
			return true
		}
	}
	return false
}
