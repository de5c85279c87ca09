package pii

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// devCase is one labelled case of shared/eval (FORMAT.md).
type devCase struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Label    string          `json:"label"`
	Category string          `json:"category"`
	Expect   []string        `json:"expect"`
}

// devDir finds shared/eval/dev next to the repository.
func devDir(t *testing.T) string {
	for _, d := range []string{"/work/shared/eval/dev", "../../../../shared/eval/dev"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	t.Skip("shared/eval/dev not found")
	return ""
}

// devStrings returns the strings the gateway would scan for a case.
func devStrings(c *devCase) []string {
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
	m, _ := v.(map[string]any)
	switch c.Kind {
	case "prompt":
		walk(v, false)
	case "tool_arguments":
		walk(m["arguments"], true)
	case "tool_result":
		for _, e := range asSlice(m["content"]) {
			if em, ok := e.(map[string]any); ok {
				walk(em["text"], false)
			}
		}
	case "tool_definition":
		walk(m["name"], false)
		walk(m["description"], false)
		walk(m["inputSchema"], true)
	}
	return out
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

// TestDevSet measures recall on the pii cases and the false-positive rate
// on benign cases of every kind. It logs the numbers and asserts loose
// floors only.
func TestDevSet(t *testing.T) {
	dir := devDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	type tally struct{ pii, hit, strict, benign, fp int }
	byKind := map[string]*tally{}
	var misses, fps []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var c devCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			tl := byKind[c.Kind]
			if tl == nil {
				tl = &tally{}
				byKind[c.Kind] = tl
			}
			var types []string
			for _, s := range devStrings(&c) {
				for _, fd := range Scan(s) {
					if fd.Blocking() {
						types = append(types, fd.Type)
					}
				}
			}
			switch {
			case c.Category == "pii":
				tl.pii++
				if len(types) > 0 {
					tl.hit++
				} else {
					misses = append(misses, c.ID)
				}
				all := true
				for _, e := range c.Expect {
					all = all && slices.Contains(types, e)
				}
				if all {
					tl.strict++
				}
			case c.Label == "benign":
				tl.benign++
				if len(types) > 0 {
					tl.fp++
					fps = append(fps, c.ID+" "+strings.Join(types, ","))
				}
			}
		}
		fh.Close()
	}
	var kinds []string
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var pii, hit, benign, fp int
	for _, k := range kinds {
		tl := byKind[k]
		t.Logf("%-16s pii %3d recall %.3f (all expected types %.3f)  benign %3d FPR %.3f",
			k, tl.pii, ratio(tl.hit, tl.pii), ratio(tl.strict, tl.pii), tl.benign, ratio(tl.fp, tl.benign))
		pii, hit, benign, fp = pii+tl.pii, hit+tl.hit, benign+tl.benign, fp+tl.fp
	}
	t.Logf("overall: recall %.3f, FPR %.3f", ratio(hit, pii), ratio(fp, benign))
	if len(misses) > 0 {
		t.Logf("missed: %v", misses)
	}
	if len(fps) > 0 {
		t.Logf("false positives: %v", fps)
	}
	if r := ratio(hit, pii); pii > 0 && r < 0.8 {
		t.Errorf("recall %.3f; want >= 0.8", r)
	}
	if r := ratio(fp, benign); r > 0.05 {
		t.Errorf("FPR %.3f; want <= 0.05", r)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
