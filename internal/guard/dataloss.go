package guard

import (
	"context"
	"fmt"
	"slices"
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
	// One pass reads the values and the object keys, in place: nothing
	// read here outlives Inspect but the reason, which is formatted.
	var keys []string
	lines := c.lines(func(l leak) { leaks = append(leaks, l) })
	_, _, err := jsonwalk.StringsAndKeys(args, func(p jsonwalk.Path, s string) (string, bool) {
		leaks = append(leaks, c.scanValue(p, s)...)
		lines.add(p, s)
		return "", false
	}, keyCollector(c.o.Secrets, c.o.OnSecret, &keys))
	if err != nil {
		return Denied(jsonrpc.CodeInvalidParams, "tool arguments are not valid JSON: %v", err), nil
	}
	lines.flush()
	if f, ok := secretKey(c.o.Secrets, keys); ok {
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

// ArgumentFindings returns what the data-loss check on tool arguments
// finds in args (a tools/call's "arguments" object) under o, read as the
// check reads them: every value with its name, as sent and decoded, and
// the object keys. mcpshield eval judges its cases with it, so that its
// verdicts are the gateway's.
func ArgumentFindings(args []byte, o ArgumentOptions) ([]detect.Finding, error) {
	c := &argumentCheck{o}
	var out []detect.Finding
	lines := c.lines(func(l leak) { out = append(out, l.finding) })
	err := jsonwalk.Scan(args, func(p jsonwalk.Path, s string) bool {
		for _, l := range c.scanValue(p, s) {
			out = append(out, l.finding)
		}
		lines.add(p, s)
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("tool arguments: %w", err)
	}
	lines.flush()
	if f, ok := secretInKeys(o.Secrets, o.OnSecret, args); ok {
		out = append(out, f)
	}
	return out, nil
}

// lines returns the reader of arrays of strings as lines, and of the
// short strings of an array or object joined end to end (pieceJoin),
// which gives fn each secret found across strings. Such a secret cannot
// be redacted in place: redact means deny here.
func (c *argumentCheck) lines(fn func(leak)) *lineJoin {
	j := &lineJoin{scan: func(string, []int, string, int) {}}
	if c.o.Secrets == nil || c.o.OnSecret == DataOff {
		return j
	}
	action := c.o.OnSecret
	if action == DataRedact {
		action = DataDeny
	}
	j.scan = func(text string, ends []int, path string, _ int) {
		for _, f := range joinedSecrets(c.o.Secrets, text, ends) {
			fn(leak{path: path, finding: f, secret: true, decoded: "its strings read as lines", action: action})
		}
	}
	j.pieces = &pieceJoin{scan: func(text string, ends []int, path string) {
		for _, f := range joinedSecrets(c.o.Secrets, text, ends) {
			fn(leak{path: path, finding: f, secret: true, decoded: "its strings joined end to end", action: action})
		}
	}}
	return j
}

// scanValue scans one string value as sent, as decoded, and undone from
// reversal and separators (jsonwalk.Variants). As sent, a
// value whose name says what it is (its key, or the "name" or "key"
// member beside a "value" member) is scanned as the assignment
// NAME="value", so that the name gives the value the treatment it would
// get in an environment file; findings keep the value's offsets.
func (c *argumentCheck) scanValue(p jsonwalk.Path, s string) []leak {
	var out []leak
	asSent := readNamed(p, s)
	add := func(text, how string) {
		scan := func(sc Scanner) []detect.Finding { return sc(text) }
		if how == "" {
			scan = asSent.scan
		}
		undone := how == jsonwalk.HowReversed || how == jsonwalk.HowUnspaced
		if c.o.Secrets != nil && c.o.OnSecret != DataOff {
			for _, f := range scan(c.o.Secrets) {
				// What the value as sent or decoded holds is found again in
				// it undone: only what undoing reveals counts there.
				if f.Severity >= detect.High && !(undone && foundType(out, f.Type)) {
					out = append(out, leak{path: p.String(), finding: f, secret: true, decoded: how, action: c.o.OnSecret})
				}
			}
		}
		// Reversed and unspaced text is read for secrets only: a digit run
		// read backwards or joined up passes a checksum by chance.
		if c.o.PII != nil && c.o.OnPII != DataOff && !undone {
			for _, f := range scan(c.o.PII) {
				if f.Severity >= detect.Medium {
					out = append(out, leak{path: p.String(), finding: f, decoded: how, action: c.o.OnPII})
				}
			}
		}
	}
	jsonwalk.Variants(s, c.o.Expand, add)
	return out
}

// foundType reports whether leaks holds a finding of type typ.
func foundType(leaks []leak, typ string) bool {
	for _, l := range leaks {
		if l.finding.Type == typ {
			return true
		}
	}
	return false
}

// valueKeys name the member holding a value whose name is in a sibling
// member (nameKeys): {"name": "DB_PASSWORD", "value": "…"}, the
// environment of Kubernetes and ECS, SSM parameters, tag lists, form
// fields ({"field": "applicant_ssn", "value": "…"}) and CloudFormation
// parameters ({"ParameterKey": …, "ParameterValue": …}), form answers
// ({"field": "ssn", "text": "…"}).
var (
	valueKeys = []string{"value", "Value", "VALUE", "ParameterValue", "text", "Text"}
	nameKeys  = []string{"name", "Name", "key", "Key", "NAME", "KEY", "field", "Field", "label", "Label", "ParameterKey"}
)

// tellingWords make a name worth reading with its value: it names a
// credential or a kind of personal data.
var tellingWords = []string{
	"pass", "pwd", "secret", "token", "key", "auth", "credential", "bearer",
	"cookie", "session", "private", "phone", "tel", "mobile", "cell", "fax",
	"whatsapp", "ssn", "social", "card", "iban",
	"電話", "电话", "手机", "手機", "携帯", "連絡先", "联系", "연락처", "전화", "휴대폰", "カード", "卡号", "卡號", "카드",
}

// maxNameLen bounds a name read with its value: longer keys are text.
const maxNameLen = 80

// namedText returns the text a data-loss scan reads for the string s at
// p: NAME="s" when the name of s says what it is, with the offset of s in
// it; s and 0 otherwise. The name is the key of s or, when that key is
// "value" or "text" (valueKeys), a "name" or "key" sibling, else the key
// of the object holding s (the private member of a JSON Web Key is named
// jwk_private_key); for a cell of a table sent as rows
// (an array of arrays), its column's header in the first row, with spaces
// read as underscores ("Phone Number" names "030 28471936" in
// [["name", "Phone Number"], ["Ann", "030 28471936"]]).
func namedText(p jsonwalk.Path, s string) (string, int) {
	n := p.Len()
	if n == 0 || s == "" {
		return s, 0
	}
	name, ok := p.Key(n - 1)
	if !ok {
		h, ok := p.Header()
		if !ok || len(h) > maxNameLen {
			return s, 0
		}
		name = strings.ReplaceAll(strings.TrimSpace(h), " ", "_")
	}
	if name == "d" || name == "k" {
		// a JSON Web Key's private part ("d"; "k", the key itself, of a
		// symmetric one) is named by its "kty" sibling
		if kty, ok := p.Sibling("kty"); ok && (name == "k") == (kty == "oct") {
			name = "jwk_private_key"
		}
	}
	if slices.Contains(valueKeys, name) {
		name, _ = p.FirstSibling(nameKeys...)
		if name == "" && n >= 2 {
			// {"電話番号": {"value": "090-…"}}: the record's field
			// is named by the key above
			name, _ = p.Key(n - 2)
		}
	}
	if !tellingName(name) {
		return s, 0
	}
	return name + `="` + s + `"`, len(name) + 2
}

// tellingName reports an identifier-like name that holds a telling word.
func tellingName(name string) bool {
	if len(name) < 3 || len(name) > maxNameLen {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c >= 0x80) {
			return false
		}
	}
	lower := strings.ToLower(name)
	for _, w := range tellingWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// named is a string value read with its name (namedText), found once for
// every scanner that reads it.
type named struct {
	text   string
	off, n int
}

func readNamed(p jsonwalk.Path, s string) named {
	text, off := namedText(p, s)
	return named{text, off, len(s)}
}

// scan runs sc on the named text and returns the findings on the value,
// at offsets in it.
func (v named) scan(sc Scanner) []detect.Finding { return inValue(sc(v.text), v.off, v.n) }

// inValue keeps the findings inside the value at text[off:off+n] and
// moves them to the value's offsets; with off 0 and the whole text the
// value, it returns fs unchanged.
func inValue(fs []detect.Finding, off, n int) []detect.Finding {
	if off == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Start < off || f.End > off+n {
			continue
		}
		f.Start -= off
		f.End -= off
		out = append(out, f)
	}
	return out
}

// DecodedScanner returns sc extended to what hides under an encoding: it
// scans a text as it is and each text jsonwalk.Encoded decodes from it
// (base64, hex and URL encoding, within lim), and reports a finding of a
// decoded text on the encoded span it came from, so that redacting the
// finding replaces the whole encoded value and the JSON around it stays
// valid. The gateway scans results with it and eval does the same.
func DecodedScanner(sc Scanner, lim jsonwalk.Limits) Scanner {
	return func(text string) []detect.Finding {
		fs := sc(text)
		jsonwalk.Encoded(text, lim, func(decoded, how string, start, end int) {
			for _, f := range sc(decoded) {
				if f.Rule != "scan-budget" {
					fs = append(fs, onEncoded(f, how, start, end))
				}
			}
		})
		return fs
	}
}

// onEncoded moves a finding of a decoded text onto the encoded span
// text[start:end] it came from and says how it was decoded.
func onEncoded(f detect.Finding, how string, start, end int) detect.Finding {
	f.Start, f.End = start, end
	f.Explanation += " (found " + how + "-decoded)"
	return f
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
