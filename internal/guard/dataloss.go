package guard

import (
	"context"
	"fmt"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// DataAction is what a data-loss check does with a finding.
type DataAction uint8

const (
	DataOff    DataAction = iota // do not scan
	DataReport                   // record, forward unchanged
	DataRedact                   // replace the value before it is forwarded
	DataDeny                     // refuse the message
)

// Scanner finds sensitive data in a text (secrets.Detector.Scan,
// pii.Detector.Scan).
type Scanner func(text string) []detect.Finding

// ArgumentOptions configure the data-loss check on tool arguments.
type ArgumentOptions struct {
	Secrets  Scanner    // nil: secrets are not looked for
	OnSecret DataAction // what a secret (high severity or more) does
	PII      Scanner    // nil: personal data is not looked for
	OnPII    DataAction // what personal data (medium severity or more) does
	// Expand bounds the decoding of nested JSON, base64, hex and
	// URL-encoded values before scanning; the zero value is the default.
	Expand jsonwalk.Limits
}

// argumentCheck stops secrets and personal data leaving in tool arguments:
// exfiltration, whether the model was tricked into it or not. Values are
// scanned as sent and decoded (nested JSON, base64, hex, URL encoding).
type argumentCheck struct{ o ArgumentOptions }

var _ Check = (*argumentCheck)(nil)

// NewArgumentCheck returns the data-loss check on tool arguments.
func NewArgumentCheck(o ArgumentOptions) Check { return &argumentCheck{o} }

func (c *argumentCheck) Name() string  { return "arguments-dlp" }
func (c *argumentCheck) Kinds() []Kind { return []Kind{KindToolCall} }

// leak is one sensitive value found in the arguments.
type leak struct {
	path    string
	finding detect.Finding
	secret  bool
	decoded string // how the value was decoded to find it, "" if as sent
	action  DataAction
}

func (c *argumentCheck) Inspect(ctx context.Context, ev *Event) (Decision, error) {
	args := jsonrpc.Member(ev.Msg.Params, "arguments")
	if len(args) == 0 {
		return Allowed, nil
	}
	var leaks []leak
	err := jsonwalk.Scan(args, func(p jsonwalk.Path, s string) bool {
		leaks = append(leaks, c.scanValue(p, s)...)
		return true
	})
	if err != nil {
		return Denied(jsonrpc.CodeInvalidParams, "tool arguments are not valid JSON: %v", err), nil
	}
	if f, ok := secretInKeys(c.o.Secrets, c.o.OnSecret, args); ok {
		// A key cannot be redacted in place: redact means deny here.
		action := c.o.OnSecret
		if action == DataRedact {
			action = DataDeny
		}
		leaks = append(leaks, leak{path: "an object key", finding: f, secret: true, action: action})
	}
	if len(leaks) == 0 {
		return Allowed, nil
	}
	worst := DataReport
	for _, l := range leaks {
		worst = max(worst, l.action)
	}
	summary := describeLeaks(leaks)
	switch worst {
	case DataDeny:
		return Denied(0, "the call was not forwarded: its arguments carry %s", summary), nil
	case DataRedact:
		msg, err := c.redact(ev.Msg, args)
		if err != nil {
			return Decision{}, err
		}
		return Modified(msg, "redacted from the arguments: "+summary), nil
	}
	return Reported("arguments carry %s", summary), nil
}

// scanValue scans one string value as sent and as decoded.
func (c *argumentCheck) scanValue(p jsonwalk.Path, s string) []leak {
	var out []leak
	add := func(text, how string) {
		if c.o.Secrets != nil && c.o.OnSecret != DataOff {
			for _, f := range c.o.Secrets(text) {
				if f.Severity >= detect.High {
					out = append(out, leak{path: p.String(), finding: f, secret: true, decoded: how, action: c.o.OnSecret})
				}
			}
		}
		if c.o.PII != nil && c.o.OnPII != DataOff {
			for _, f := range c.o.PII(text) {
				if f.Severity >= detect.Medium {
					out = append(out, leak{path: p.String(), finding: f, decoded: how, action: c.o.OnPII})
				}
			}
		}
	}
	jsonwalk.Variants(s, c.o.Expand, add)
	return out
}

// redact replaces what was found: the matched spans of values found as
// sent, the whole value when it was found only once decoded.
func (c *argumentCheck) redact(msg *jsonrpc.Message, args []byte) (*jsonrpc.Message, error) {
	out, _, err := jsonwalk.Strings(args, func(p jsonwalk.Path, s string) (string, bool) {
		var spans []jsonwalk.Span
		whole := ""
		for _, l := range c.scanValue(p, s) {
			if l.action != DataRedact && l.action != DataDeny {
				continue
			}
			if l.decoded != "" {
				whole = l.finding.Type
				continue
			}
			spans = append(spans, jsonwalk.Span{Start: l.finding.Start, End: l.finding.End, Type: l.finding.Type})
		}
		if whole != "" {
			return redactionLabel(jsonwalk.Span{Type: whole}), true
		}
		if len(spans) == 0 {
			return s, false
		}
		return jsonwalk.Redact(s, spans, redactionLabel), true
	})
	if err != nil {
		return nil, fmt.Errorf("redacting arguments: %w", err)
	}
	params, err := splice(msg.Params, args, out)
	if err != nil {
		return nil, err
	}
	return withParams(msg, params)
}

func redactionLabel(s jsonwalk.Span) string { return "[REDACTED:" + s.Type + "]" }

// describeLeaks summarises findings for people, without the values.
func describeLeaks(leaks []leak) string {
	var parts []string
	for _, l := range leaks {
		what := l.finding.Type
		if l.finding.Rule != "" && l.finding.Rule != what {
			what += " (" + l.finding.Rule + ")"
		}
		where := l.path
		if where == "" {
			where = "/"
		}
		if l.decoded != "" {
			where += " once decoded (" + l.decoded + ")"
		}
		parts = append(parts, what+" at "+where)
	}
	return strings.Join(compact(parts), ", ")
}

// secretInKeys scans the object keys of doc, decoded, for a secret.
func secretInKeys(sc Scanner, action DataAction, doc []byte) (detect.Finding, bool) {
	if sc == nil || action == DataOff || action == DataReport {
		return detect.Finding{}, false
	}
	var found detect.Finding
	ok := false
	_ = jsonwalk.Keys(doc, func(k string) bool {
		if len(k) < 8 {
			return true
		}
		for _, f := range sc(k) {
			if f.Severity >= detect.High {
				found, ok = f, true
				return false
			}
		}
		return true
	})
	return found, ok
}
