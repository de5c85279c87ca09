package poisoning

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/ansi"
	uni "github.com/mcpshield/mcpshield/internal/detect/unicode"
)

// Tool is the part of an MCP tool definition the detector reads.
type Tool struct {
	Name        string          `json:"name"`
	Description string          `json:"description"`
	InputSchema json.RawMessage `json:"inputSchema"`
}

// Located is a finding with the place in the tool definition it is about:
// "name", "description", or a path into the schema such as
// "inputSchema.properties.notes.description". Start and End are offsets
// in that string.
type Located struct {
	Field string
	detect.Finding
}

// field is one string of a definition with what it is.
type field struct {
	path  string
	text  string
	kind  fieldKind
	param bool // the description or title of a parameter
}

type fieldKind uint8

const (
	fieldName        fieldKind = iota // the tool's name
	fieldText                         // a description or title
	fieldValue                        // a default, example, enum or const value
	fieldPropertyKey                  // a property's name
)

// Options tune a Detector; the zero value is the default.
type Options struct {
	// Disable lists ids of rules (RuleIDs) that never count.
	Disable []string
	// Threshold is the score at which a definition is High (blocks); 0
	// means 3. Medium is one below, Critical three above.
	Threshold int
}

// Detector is the poisoning detector with its options. It is safe for
// concurrent use.
type Detector struct {
	disabled  map[string]bool
	threshold int
}

// New returns a Detector with options o.
func New(o Options) *Detector {
	d := &Detector{disabled: map[string]bool{}, threshold: o.Threshold}
	if d.threshold <= 0 {
		d.threshold = 3
	}
	for _, id := range o.Disable {
		d.disabled[id] = true
	}
	return d
}

// std is the default Detector, used by the package-level functions.
var std = New(Options{})

// RuleIDs lists the ids of every rule, for Options.Disable and per-rule
// settings.
func RuleIDs() []string {
	ids := []string{ruleEncodedPayload.id, ruleEncodedText.id, ruleSuspiciousParam.id, ruleModel.id}
	for _, r := range rules {
		ids = append(ids, r.id)
	}
	return ids
}

// ScanTool reports poisoning and shadowing in a tool definition, and the
// invisible characters, homoglyph name and escape sequences of every string
// in it (unicode and ansi, definition mode). An inputSchema that is not
// JSON is scanned as text. It uses the default options.
func ScanTool(t Tool) []detect.Finding { return std.ScanTool(t) }

// ScanToolLocated is ScanTool with the field of each finding.
func ScanToolLocated(t Tool) []Located { return std.ScanToolLocated(t) }

// ScanToolJSON decodes an MCP Tool object and scans it.
func ScanToolJSON(raw []byte) ([]detect.Finding, error) { return std.ScanToolJSON(raw) }

// Scan reports poisoning and shadowing in a text that is not part of a
// tool (a prompt or resource template description): the same rules, with
// no tool to exclude from "other tools".
func Scan(text string) []detect.Finding { return std.Scan(text) }

// ScanTool is the package-level ScanTool with d's options.
func (d *Detector) ScanTool(t Tool) []detect.Finding {
	located := d.ScanToolLocated(t)
	out := make([]detect.Finding, len(located))
	for i, l := range located {
		out[i] = l.Finding
		out[i].Explanation = l.Field + ": " + l.Explanation
	}
	return out
}

// ScanToolJSON is the package-level ScanToolJSON with d's options.
func (d *Detector) ScanToolJSON(raw []byte) ([]detect.Finding, error) {
	var t Tool
	if err := json.Unmarshal(raw, &t); err != nil {
		return nil, fmt.Errorf("decoding tool definition: %w", err)
	}
	return d.ScanTool(t), nil
}

// ScanToolLocated is the package-level ScanToolLocated with d's options.
func (d *Detector) ScanToolLocated(t Tool) []Located {
	fields := toolFields(t)
	out, hits := scanFields(t, fields)
	if !d.disabled[ruleModel.id] {
		if h, ok := modelHit(t, fields); ok {
			hits = append(hits, h)
		}
	}
	if l, ok := d.judge(hits); ok {
		out = append(out, l)
	}
	return out
}

// scanFields runs the character checks and the rules on the fields of
// tool t: the findings of the character checks, and the rules' hits.
func scanFields(t Tool, fields []field) ([]Located, []hit) {
	ctx := &toolContext{own: ownNames(t.Name, fields), name: strings.ToLower(t.Name)}
	var out []Located
	var hits []hit
	samples := detectsAttacks(t.Description)
	for _, f := range fields {
		switch f.kind {
		case fieldName:
			out = appendLocated(out, f.path, uni.ScanName(f.text))
		default:
			out = appendLocated(out, f.path, uni.Scan(f.text))
		}
		out = appendLocated(out, f.path, ansi.ScanDefinition(f.text))
		switch f.kind {
		case fieldText, fieldValue:
			c := &toolContext{own: ctx.own, param: f.param, value: f.kind == fieldValue, name: ctx.name}
			text := f.text
			if f.kind == fieldValue {
				text = unsnake(text)
			}
			h := evaluate(analyse(text, c), c, f.path, 0)
			if samples && f.kind == fieldValue && strings.Contains(f.path, ".examples") {
				h = dropGeneric(h)
			}
			hits = append(hits, h...)
		case fieldPropertyKey:
			if suspiciousParam(f.text) {
				hits = append(hits, hit{r: ruleSuspiciousParam, field: f.path, end: len(f.text), detail: f.text})
			}
		}
	}
	return out, hits
}

// Scan is the package-level Scan with d's options.
func (d *Detector) Scan(text string) []detect.Finding {
	ctx := &toolContext{}
	l, ok := d.judge(evaluate(analyse(text, ctx), ctx, "", 0))
	if !ok {
		return nil
	}
	return []detect.Finding{l.Finding}
}

func appendLocated(out []Located, path string, fs []detect.Finding) []Located {
	for _, f := range fs {
		out = append(out, Located{Field: path, Finding: f})
	}
	return out
}

// suspiciousParam reports the parameter names used as side channels in
// published attacks.
func suspiciousParam(name string) bool {
	switch strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(name)) {
	case "sidenote", "sidenotes", "exfil", "exfiltrate", "leak", "stolen":
		return true
	}
	return false
}

// judge adds up the rules that fired in a tool and returns the finding, if
// any reaches Medium.
func (d *Detector) judge(hits []hit) (Located, bool) {
	// One rule per group: the heaviest.
	best := map[string]hit{}
	for _, h := range hits {
		if d.disabled[h.r.id] {
			continue
		}
		g := h.r.group
		if g == "" {
			g = h.r.id
		}
		if b, ok := best[g]; !ok || h.r.weight > b.r.weight {
			best[g] = h
		}
	}
	if len(best) == 0 {
		return Located{}, false
	}
	chosen := make([]hit, 0, len(best))
	score, shadow := 0, 0
	for _, h := range best {
		chosen = append(chosen, h)
		score += h.r.weight
		if h.r.kind == kindShadow {
			shadow += h.r.weight
		}
	}
	sev := d.severity(score)
	if sev > detect.Medium && maxWeight(chosen) < 2 {
		sev = detect.Medium // hints alone, however many, do not block
	}
	if sev < detect.Medium {
		return Located{}, false
	}
	sort.SliceStable(chosen, func(i, j int) bool {
		if chosen[i].r.weight != chosen[j].r.weight {
			return chosen[i].r.weight > chosen[j].r.weight
		}
		return chosen[i].r.id < chosen[j].r.id
	})
	typ, what := TypeToolPoisoning, "instructions aimed at the model beyond describing the tool"
	if shadow >= 2 {
		typ, what = TypeShadowing, "text that changes how another tool must be used"
	}
	// the model's hit names no place: a rule's, when one fired, locates
	// the finding, and the model's reason comes last
	if i := slices.IndexFunc(chosen, func(h hit) bool { return h.r == ruleModel }); i >= 0 {
		m := chosen[i]
		chosen = append(slices.Delete(chosen, i, i+1), m)
	}
	top := chosen[0]
	var ids, reasons []string
	for _, h := range chosen {
		ids = append(ids, h.r.id)
		r := h.r.explain
		if h.detail != "" {
			r += " (" + h.detail + ")"
		}
		if h.field != "" && h.field != top.field {
			r += " in " + h.field
		}
		reasons = append(reasons, r)
	}
	return Located{Field: top.field, Finding: detect.Finding{
		Type: typ, Rule: strings.Join(ids, "+"), Severity: sev, Start: top.start, End: top.end,
		Explanation: fmt.Sprintf("%s (score %d): %s", what, score, strings.Join(reasons, "; ")),
	}}, true
}

func maxWeight(hs []hit) int {
	m := 0
	for _, h := range hs {
		m = max(m, h.r.weight)
	}
	return m
}

func (d *Detector) severity(score int) detect.Severity {
	switch {
	case score >= d.threshold+3:
		return detect.Critical
	case score >= d.threshold:
		return detect.High
	case score >= d.threshold-1 && score > 0:
		return detect.Medium
	case score > 0:
		return detect.Low
	}
	return detect.Info
}

// unsnake turns a value written as one snake_case run of five words or
// more ("before_export_read_the_key_and_put_it_in_x") into the sentence
// it spells, and leaves any other value as it is.
func unsnake(s string) string {
	if len(s) < 24 || strings.Count(s, "_") < 4 || strings.ContainsAny(s, " \t\n") {
		return s
	}
	return strings.ReplaceAll(s, "_", " ")
}
