package guard

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
)

// maxStripPasses bounds how often stripping is retried: text around a
// removed instruction may itself be flagged.
const maxStripPasses = 3

// pathStep splits a detector field path: name, [index].
var pathStep = regexp.MustCompile(`[^.\[\]]+|\[\d+\]`)

// stripFindings removes the text of blocking findings from a tool's
// description and schema strings, for OnFinding: Strip. It returns the
// cleaned definition and true when no blocking finding remains; false when
// a finding cannot be removed (it is about the name, or spans a whole
// structure), and the tool must be withheld.
func stripFindings(det *poisoning.Detector, raw json.RawMessage) (json.RawMessage, bool) {
	var def map[string]any
	if json.Unmarshal(raw, &def) != nil {
		return nil, false
	}
	for range maxStripPasses {
		t := poisoning.Tool{}
		t.Name, _ = def["name"].(string)
		t.Description, _ = def["description"].(string)
		if s, ok := def["inputSchema"]; ok {
			t.InputSchema, _ = json.Marshal(s)
		}
		var blocking []poisoning.Located
		for _, l := range det.ScanToolLocated(t) {
			if l.Severity >= detect.High {
				blocking = append(blocking, l)
			}
		}
		if len(blocking) == 0 {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			if enc.Encode(def) != nil {
				return nil, false
			}
			return bytes.TrimRight(b.Bytes(), "\n"), true
		}
		for _, l := range blocking {
			if !cutAt(def, pathStep.FindAllString(l.Field, -1), l.Start, l.End) {
				return nil, false
			}
		}
	}
	return nil, false
}

// cutAt removes bytes [start, end) of the string at path in v.
func cutAt(v any, path []string, start, end int) bool {
	if len(path) == 0 {
		return false
	}
	step, rest := path[0], path[1:]
	var child any
	var set func(any)
	switch c := v.(type) {
	case map[string]any:
		child, set = c[step], func(x any) { c[step] = x }
	case []any:
		i, err := strconv.Atoi(step[1 : len(step)-1])
		if step[0] != '[' || err != nil || i < 0 || i >= len(c) {
			return false
		}
		child, set = c[i], func(x any) { c[i] = x }
	default:
		return false
	}
	if len(rest) > 0 {
		return cutAt(child, rest, start, end)
	}
	s, ok := child.(string)
	if !ok || path[0] == "name" || start < 0 || end > len(s) || start >= end {
		return false
	}
	set(s[:start] + s[end:])
	return true
}
