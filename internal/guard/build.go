package guard

import (
	"github.com/mcpshield/mcpshield/internal/detect/value"
	"github.com/mcpshield/mcpshield/internal/schema"
)

// Settings are the check settings for one upstream, resolved from the config
// (global values merged with the server's own).
type Settings struct {
	Mode     Mode
	FailOpen bool

	MaxRequestBytes  int64 // 0: no limit
	MaxResponseBytes int64 // 0: no limit

	// Method lists, applied in order: the global lists, then the server's.
	MethodLists []MethodList

	// Integrity pins and scans definitions and denies calls to what the
	// client was not shown; nil leaves it out.
	Integrity *IntegrityOptions
	// CallLimits bound calls per tool (rates, per session, sizes); nil
	// leaves them out.
	CallLimits *CallLimitOptions
	// Schema validates tools/call arguments against the listed inputSchema
	// (from Integrity's catalog); nil leaves it out. With SchemaReport, a
	// mismatch is recorded and the call forwarded.
	Schema       *schema.Validator
	SchemaReport bool
	// Guards restrict argument values per tool; empty leaves them out.
	Guards map[string][]*value.CompiledGuard
	// GuardsFrom, when set, gives the guards per tool on every call
	// instead of Guards (a reloadable config); the check is then always
	// in the chain, and costs a map lookup when there are none.
	GuardsFrom func() map[string][]*value.CompiledGuard
	// Policy runs the policy rules; nil leaves it out.
	Policy *PolicyOptions
	// Arguments guards tool arguments against data loss; nil leaves it out.
	Arguments *ArgumentOptions
	// Content guards what servers send back; nil leaves it out.
	Content *ContentOptions
}

// MethodList is one allow/deny pair of method patterns.
type MethodList struct {
	Allow, Deny []string
}

// Build returns the checks for one upstream, in the order they run.
func Build(s Settings) []Check {
	var checks []Check
	// 1. Size first: the cheapest check, and it keeps oversized messages away
	//    from every check that would read them.
	if s.MaxRequestBytes > 0 || s.MaxResponseBytes > 0 {
		checks = append(checks, NewSizeCheck(s.MaxRequestBytes, s.MaxResponseBytes))
	}
	// 2. Method lists: refuse what the session may not do before any content
	//    check spends time on it.
	for _, l := range s.MethodLists {
		if len(l.Allow) > 0 || len(l.Deny) > 0 {
			checks = append(checks, NewMethodCheck(l.Allow, l.Deny))
		}
	}
	// 3. Integrity: definitions are pinned, verified and scanned as they
	//    are listed, and calls are checked against what the client was
	//    shown, before any check reads a call's arguments.
	if s.Integrity != nil {
		checks = append(checks, NewIntegrityCheck(*s.Integrity))
	}
	// 4. Call limits: counting and sizes, before anything decodes the
	//    arguments.
	if s.CallLimits != nil {
		checks = append(checks, NewCallLimitCheck(*s.CallLimits))
	}
	// 5. The arguments must fit the schema the client was shown...
	if s.Schema != nil && s.Integrity != nil && s.Integrity.Catalog != nil {
		checks = append(checks, NewSchemaCheck(s.Schema, s.Integrity.Catalog, s.SchemaReport))
	}
	// 6. ...send value only to allowed recipients...
	switch {
	case s.GuardsFrom != nil:
		checks = append(checks, NewReloadableGuardCheck(s.GuardsFrom))
	case len(s.Guards) > 0:
		checks = append(checks, NewGuardCheck(s.Guards))
	}
	// 7. ...and pass the policy rules.
	if s.Policy != nil {
		po := *s.Policy
		if po.Catalog == nil && s.Integrity != nil {
			po.Catalog = s.Integrity.Catalog // annotations as listed
		}
		checks = append(checks, NewPolicyCheck(po))
	}
	// 8. Data loss in arguments: last on the way out, so a call that
	//    policy or the integrity check refuses is never scanned, and what
	//    is redacted is what the server receives.
	//    A check with every action off is left out: it would walk every
	//    call's arguments or every result only to find nothing to do.
	if s.Arguments != nil && s.Arguments.acts() {
		checks = append(checks, NewArgumentCheck(*s.Arguments))
	}
	// 9. Content on the way back: redaction, sanitising, injection.
	if s.Content != nil && s.Content.acts() {
		checks = append(checks, NewContentCheck(*s.Content))
	}
	return checks
}

// acts reports whether the argument check would look for anything.
func (o *ArgumentOptions) acts() bool {
	return o.Secrets != nil && o.OnSecret != DataOff || o.PII != nil && o.OnPII != DataOff
}

// acts reports whether the content check would look for or change
// anything. Without it, content that is not valid JSON is still refused:
// the envelope parser (jsonrpc.Parse) rejects it before any check runs.
func (o *ContentOptions) acts() bool {
	return o.Sanitize || o.Injection != nil && o.OnInjection != InjectionOff ||
		o.Secrets != nil && o.OnSecret != DataOff || o.PII != nil && o.OnPII != DataOff
}
