package ansi

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type devCase struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Label    string          `json:"label"`
	Category string          `json:"category"`
}

// loadDev reads every case of the dev set (shared/eval/FORMAT.md), or skips
// the test when the set is not next to the repository.
func loadDev(t *testing.T) []devCase {
	t.Helper()
	var dir string
	for _, d := range []string{"/work/shared/eval/dev", "../../../../shared/eval/dev"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dir = d
			break
		}
	}
	if dir == "" {
		t.Skip("dev set not found (shared/eval/dev next to the repository)")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	var cases []devCase
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c devCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			cases = append(cases, c)
		}
		fh.Close()
	}
	return cases
}

// strings of a case: for definitions every string value anywhere in it
// (a superset of the scanned fields), for results each content text.
func caseStrings(t *testing.T, c devCase) []string {
	var v any
	if err := json.Unmarshal(c.Input, &v); err != nil {
		t.Fatalf("%s: %v", c.ID, err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case map[string]any:
			for k, x := range v {
				out = append(out, k)
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	return out
}

// TestDevSet logs recall on the ansi_escape cases and the false-positive
// rate on benign cases (definitions with ScanDefinition, results with
// ScanResult), asserting only loose floors.
func TestDevSet(t *testing.T) {
	type tally struct{ n, flagged int }
	m := map[string]*tally{}
	for _, c := range loadDev(t) {
		if c.Category != "ansi_escape" && c.Category != "benign" {
			continue
		}
		scan := ScanResult
		switch c.Kind {
		case "tool_definition":
			scan = ScanDefinition
		case "tool_result":
		default:
			continue
		}
		flagged := false
		for _, s := range caseStrings(t, c) {
			for _, f := range scan(s) {
				flagged = flagged || f.Blocking()
			}
		}
		key := c.Kind + "/" + c.Category
		if m[key] == nil {
			m[key] = &tally{}
		}
		m[key].n++
		if flagged {
			m[key].flagged++
		}
		if flagged != (c.Label == "malicious") {
			t.Logf("wrong: %s (%s)", c.ID, c.Label)
		}
	}
	for k, v := range m {
		t.Logf("%-30s n=%3d flagged=%3d (%.3f)", k, v.n, v.flagged, float64(v.flagged)/float64(max(v.n, 1)))
		bad := strings.HasSuffix(k, "/benign") && float64(v.flagged) > 0.05*float64(v.n) ||
			!strings.HasSuffix(k, "/benign") && float64(v.flagged) < 0.8*float64(v.n)
		if bad {
			t.Errorf("%s: %d of %d flagged", k, v.flagged, v.n)
		}
	}
	if len(m) == 0 {
		t.Fatal("no cases")
	}
}
