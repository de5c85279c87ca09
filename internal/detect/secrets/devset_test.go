package secrets

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// devCase is the part of a shared/eval case this test reads.
type devCase struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Label    string          `json:"label"`
	Category string          `json:"category"`
	Expect   []string        `json:"expect"`
}

// devDir finds shared/eval/dev: the repository's sibling "shared".
func devDir() string {
	for _, d := range []string{"../../../../shared/eval/dev", "/work/shared/eval/dev"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ""
}

func loadDevCases(t *testing.T, dir string) []devCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []devCase
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for sc.Scan() {
			var c devCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			cases = append(cases, c)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
	}
	return cases
}

// caseStrings lists the strings the gateway would scan for a case (see
// DETECT.md): every string leaf (and key) of arguments, every text of a
// result, every string of a tool definition, the prompt itself.
func caseStrings(c devCase) []string {
	var v any
	if err := json.Unmarshal(c.Input, &v); err != nil {
		return nil
	}
	var out []string
	var walk func(any, bool)
	walk = func(x any, keys bool) {
		switch x := x.(type) {
		case string:
			out = append(out, x)
		case []any:
			for _, e := range x {
				walk(e, keys)
			}
		case map[string]any:
			for k, e := range x {
				if keys {
					out = append(out, k)
				}
				walk(e, keys)
			}
		}
	}
	switch c.Kind {
	case "tool_arguments":
		if m, ok := v.(map[string]any); ok {
			walk(m["arguments"], true)
		}
	case "tool_result":
		if m, ok := v.(map[string]any); ok {
			if content, ok := m["content"].([]any); ok {
				for _, item := range content {
					if im, ok := item.(map[string]any); ok {
						if s, ok := im["text"].(string); ok {
							out = append(out, s)
						}
					}
				}
			}
		}
	default: // tool_definition, prompt
		walk(v, true)
	}
	return out
}

// TestDevSet measures recall on secret cases and the false-positive rate on
// benign cases of the dev set, per kind. It logs the numbers and asserts
// only loose floors.
func TestDevSet(t *testing.T) {
	dir := devDir()
	if dir == "" {
		t.Skip("shared/eval/dev not found next to the repository")
	}
	type tally struct{ secrets, flagged, strict, benign, fps int }
	byKind := map[string]*tally{}
	var misses, fpIDs []string
	for _, c := range loadDevCases(t, dir) {
		if c.Category != "secret" && c.Category != "benign" {
			continue
		}
		tl := byKind[c.Kind]
		if tl == nil {
			tl = &tally{}
			byKind[c.Kind] = tl
		}
		var blocking []detect.Finding
		for _, s := range caseStrings(c) {
			for _, f := range Scan(s) {
				if f.Blocking() {
					blocking = append(blocking, f)
				}
			}
		}
		if c.Category == "secret" {
			tl.secrets++
			if len(blocking) > 0 {
				tl.flagged++
			} else {
				misses = append(misses, c.ID+" "+strings.Join(c.Expect, ","))
			}
			if strictMatch(blocking, c.Expect) {
				tl.strict++
			}
			continue
		}
		tl.benign++
		if len(blocking) > 0 {
			tl.fps++
			fpIDs = append(fpIDs, c.ID+" "+blocking[0].String())
		}
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var all tally
	for _, k := range kinds {
		tl := byKind[k]
		t.Logf("%-16s secret recall %d/%d (%.3f), strict type %d/%d; benign FPR %d/%d (%.3f)",
			k, tl.flagged, tl.secrets, ratio(tl.flagged, tl.secrets), tl.strict, tl.secrets,
			tl.fps, tl.benign, ratio(tl.fps, tl.benign))
		all.secrets += tl.secrets
		all.flagged += tl.flagged
		all.benign += tl.benign
		all.fps += tl.fps
	}
	for _, m := range misses {
		t.Logf("missed: %s", m)
	}
	for _, f := range fpIDs {
		t.Logf("false positive: %s", f)
	}
	if r := ratio(all.flagged, all.secrets); all.secrets > 0 && r < 0.8 {
		t.Errorf("recall %.3f below floor 0.8", r)
	}
	if r := ratio(all.fps, all.benign); r > 0.05 {
		t.Errorf("false-positive rate %.3f above ceiling 0.05", r)
	}
}

func strictMatch(fs []detect.Finding, expect []string) bool {
	for _, e := range expect {
		for _, f := range fs {
			if typeMatches(f.Type, e) {
				return true
			}
		}
	}
	return len(expect) == 0 && len(fs) > 0
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
