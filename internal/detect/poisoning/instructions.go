package poisoning

import "github.com/mcpshield/mcpshield/internal/detect"

// usageRules are the rules that read guidance on how to use tools as
// poisoning. In a tool's description such guidance is suspect: a tool
// describes itself. A server's instructions (the initialize result's
// "instructions", which clients put in the model's system prompt) are that
// guidance by design: they speak to the model ("Use search before fetch"),
// send it to the server's tools for every request of a kind, prefer them
// over others ("Prefer this over web search"), script an answer, and name
// tools the scan cannot know as the server's own (the server lists them
// later). Every real server's instructions we read fired some of these
// rules (scripts/realtools). What is harmful there is what is harmful
// anywhere, and the other rules remain: secrets, files or the conversation
// sent away, things kept from the user, the user or the safety rules
// overridden, other servers' tools redirected to fixed addresses, lies.
var usageRules = map[string]bool{
	"marker": true, "address-note": true, "address-direct": true, "urgency": true,
	"hijack": true, "hijack-any": true, "hijack-always": true, "hijack-order": true,
	"restrict-tools": true, "scripted-answer": true, "call-other": true, "exec-instruct": true,
	"sh-subject": true, "sh-trigger": true, "sh-trigger-directive": true, "sh-trigger-called": true,
	"sh-address": true, "sh-supersede": true, "sh-supersede-this": true, "sh-any-named": true,
	"sh-rather": true, "sh-deprecate": true, "sh-forbid": true, "sh-forbid-i18n": true,
	"sh-instead": true, "sh-instead-always": true, "sh-scope": true, "sh-while-connected": true,
	"sh-priority": true, "sh-ignore-others": true, "sh-ignore-others-after": true, "sh-same-named": true,
	"sh-wrap": true, "sh-no-direct": true, "sh-discredit": true, "sh-discredit-server": true,
	"sh-supersede-i18n": true, "sh-supersede-same": true, "sh-prehook-data": true,
}

// ScanInstructions reports poisoning in a server's own words that are
// meant to guide the model, such as its instructions or a resource's
// description: the rules of Scan but the usageRules.
func ScanInstructions(text string) []detect.Finding { return std.ScanInstructions(text) }

// ScanInstructions is the package-level ScanInstructions with d's options.
func (d *Detector) ScanInstructions(text string) []detect.Finding {
	ctx := &toolContext{}
	hits := evaluate(analyse(text, ctx), ctx, "", 0)
	kept := hits[:0]
	for _, h := range hits {
		if !usageRules[h.r.id] {
			kept = append(kept, h)
		}
	}
	l, ok := d.judge(kept)
	if !ok {
		return nil
	}
	return []detect.Finding{l.Finding}
}
