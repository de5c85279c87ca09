package eval

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Texts returns the non-empty strings of a case that the gateway's text
// scanners see one at a time, in a stable order:
//
//   - prompt: the prompt;
//   - tool_result: the text of each content block and of each embedded
//     resource, then every string leaf of structuredContent;
//   - tool_arguments: every string leaf and every object key of the
//     arguments;
//   - tool_definition: what ToolTexts returns (Run hands the Definition
//     scanner the whole Tool instead).
func Texts(c *Case) ([]string, error) {
	var texts []string
	switch c.Kind {
	case KindToolDefinition:
		return ToolTexts(c.Input)
	case KindPrompt:
		var text string
		if err := json.Unmarshal(c.Input, &text); err != nil {
			return nil, fmt.Errorf("prompt input is not a string: %w", err)
		}
		texts = []string{text}
	case KindToolResult:
		var r struct {
			Content []struct {
				Text     string `json:"text"`
				Resource struct {
					Text string `json:"text"`
				} `json:"resource"`
			} `json:"content"`
			Structured any `json:"structuredContent"`
		}
		if err := json.Unmarshal(c.Input, &r); err != nil {
			return nil, fmt.Errorf("tool_result input: %w", err)
		}
		for _, b := range r.Content {
			texts = append(texts, b.Text, b.Resource.Text)
		}
		texts = stringLeaves(r.Structured, texts, false)
	case KindToolArguments:
		var a struct {
			Arguments any `json:"arguments"`
		}
		if err := json.Unmarshal(c.Input, &a); err != nil {
			return nil, fmt.Errorf("tool_arguments input: %w", err)
		}
		texts = stringLeaves(a.Arguments, nil, true)
	default:
		return nil, fmt.Errorf("unknown kind %q", c.Kind)
	}
	return nonEmpty(texts), nil
}

// ToolTexts returns the non-empty strings of an MCP Tool object that
// FORMAT.md says to scan, in a stable order: its name, title and
// description, then inside inputSchema, at any depth, every property name
// and every description, title, default, examples, enum and const value
// (their string leaves).
func ToolTexts(tool json.RawMessage) ([]string, error) {
	var t struct {
		Name        string `json:"name"`
		Title       string `json:"title"`
		Description string `json:"description"`
		InputSchema any    `json:"inputSchema"`
	}
	if err := json.Unmarshal(tool, &t); err != nil {
		return nil, fmt.Errorf("tool_definition input: %w", err)
	}
	texts := schemaTexts(t.InputSchema, []string{t.Name, t.Title, t.Description})
	return nonEmpty(texts), nil
}

// schemaTexts appends the strings of a JSON Schema node that ToolTexts
// lists.
func schemaTexts(v any, out []string) []string {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = schemaTexts(e, out)
		}
	case map[string]any:
		for _, k := range sortedKeys(x) {
			switch k {
			case "properties":
				props, _ := x[k].(map[string]any)
				for _, name := range sortedKeys(props) {
					out = append(out, name)
					out = schemaTexts(props[name], out)
				}
			case "description", "title":
				if s, ok := x[k].(string); ok {
					out = append(out, s)
				} else {
					out = schemaTexts(x[k], out) // a property named so, in a map of schemas
				}
			case "default", "examples", "enum", "const":
				out = stringLeaves(x[k], out, false)
			default:
				out = schemaTexts(x[k], out)
			}
		}
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func nonEmpty(texts []string) []string {
	out := texts[:0]
	for _, t := range texts {
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}
