package eval

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// Scanners are the detectors the gateway runs on each kind of message; nil
// means none for that kind.
type Scanners struct {
	// Definition scans one MCP Tool object as listed by tools/list.
	Definition func(tool json.RawMessage) []detect.Finding
	// Result scans one text of a tool result (a content block's text, or a
	// string of structuredContent).
	Result func(text string) []detect.Finding
	// Arguments scans one string (leaf or key) of a tools/call's arguments.
	Arguments func(text string) []detect.Finding
	// ArgumentsJSON, when set, scans a tools/call's arguments object whole
	// instead (Arguments is then unused): the gateway reads each value
	// with its name, which single strings do not carry.
	ArgumentsJSON func(args json.RawMessage) ([]detect.Finding, error)
	// ResultJSON, when set, scans a tool result whole, beside Result on
	// each of its texts: the gateway reads each value with its name, and
	// the text a base64 blob carries, which single strings do not give.
	ResultJSON func(result json.RawMessage) ([]detect.Finding, error)
	// Prompt scans a user prompt.
	Prompt func(text string) []detect.Finding
}

// Finding is a finding as written to the verdict file.
type Finding struct {
	Type     string `json:"type"`
	Severity string `json:"severity"`
	Rule     string `json:"rule,omitempty"`
	Blocking bool   `json:"blocking"`
}

// Verdict is the product's answer for one case (FORMAT.md "Verdict file").
type Verdict struct {
	ID       string    `json:"id"`
	Verdict  string    `json:"verdict"` // malicious or benign
	Findings []Finding `json:"findings"`
}

// Run judges every case: malicious when any finding blocks under default
// settings (detect.Finding.Blocking).
func Run(cases []*Case, s Scanners) ([]Verdict, error) {
	out := make([]Verdict, 0, len(cases))
	for _, c := range cases {
		fs, err := scan(c, s)
		if err != nil {
			return nil, fmt.Errorf("%s: case %s: %w", c.Where, c.ID, err)
		}
		v := Verdict{ID: c.ID, Verdict: "benign", Findings: []Finding{}}
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity > fs[j].Severity })
		for _, f := range fs {
			if f.Blocking() {
				v.Verdict = "malicious"
			}
			v.Findings = append(v.Findings, Finding{Type: f.Type, Severity: f.Severity.String(), Rule: f.Rule, Blocking: f.Blocking()})
		}
		out = append(out, v)
	}
	return out, nil
}

func scan(c *Case, s Scanners) ([]detect.Finding, error) {
	if c.Kind == KindToolDefinition {
		if s.Definition == nil {
			return nil, nil
		}
		return s.Definition(c.Input), nil
	}
	if c.Kind == KindToolArguments && s.ArgumentsJSON != nil {
		var a struct {
			Arguments json.RawMessage `json:"arguments"`
		}
		if err := json.Unmarshal(c.Input, &a); err != nil {
			return nil, fmt.Errorf("tool_arguments input: %w", err)
		}
		if len(a.Arguments) == 0 || string(a.Arguments) == "null" {
			return nil, nil
		}
		return s.ArgumentsJSON(a.Arguments)
	}
	texts, err := Texts(c)
	if err != nil {
		return nil, err
	}
	switch c.Kind {
	case KindPrompt:
		return apply(s.Prompt, texts), nil
	case KindToolResult:
		fs := apply(s.Result, texts)
		if s.ResultJSON != nil {
			more, err := s.ResultJSON(c.Input)
			if err != nil {
				return nil, err
			}
			fs = append(fs, more...)
		}
		return fs, nil
	}
	return apply(s.Arguments, texts), nil
}

func apply(f func(string) []detect.Finding, texts []string) []detect.Finding {
	if f == nil {
		return nil
	}
	var out []detect.Finding
	for _, t := range texts {
		if t != "" {
			out = append(out, f(t)...)
		}
	}
	return out
}

// stringLeaves appends every string leaf of v (and, with keys, every object key).
func stringLeaves(v any, out []string, keys bool) []string {
	switch x := v.(type) {
	case string:
		out = append(out, x)
	case []any:
		for _, e := range x {
			out = stringLeaves(e, out, keys)
		}
	case map[string]any:
		names := make([]string, 0, len(x))
		for k := range x {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			if keys {
				out = append(out, k)
			}
			out = stringLeaves(x[k], out, keys)
		}
	}
	return out
}
