package unicode

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

// devCase is one labelled case of shared/eval (FORMAT.md).
type devCase struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Label    string          `json:"label"`
	Category string          `json:"category"`
	Expect   []string        `json:"expect"`
}

// loadDev reads every case of the dev set, or skips the test when the set
// is not next to the repository.
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
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
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

// devStrings returns the strings of a case the gateway would scan, and the
// tool name for definitions.
func devStrings(t *testing.T, c devCase) (name string, texts []string) {
	t.Helper()
	switch c.Kind {
	case "tool_definition":
		var d struct {
			Name        string `json:"name"`
			Description string `json:"description"`
			InputSchema any    `json:"inputSchema"`
		}
		if err := json.Unmarshal(c.Input, &d); err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		texts = append(texts, d.Name, d.Description)
		schemaStrings(d.InputSchema, &texts)
		return d.Name, texts
	case "tool_result":
		var r struct {
			Content []struct {
				Text string `json:"text"`
			} `json:"content"`
		}
		if err := json.Unmarshal(c.Input, &r); err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		for _, b := range r.Content {
			texts = append(texts, b.Text)
		}
	}
	return "", texts
}

func schemaStrings(v any, out *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			switch k {
			case "properties":
				if m, ok := x.(map[string]any); ok {
					for p := range m {
						*out = append(*out, p)
					}
				}
			case "description", "title", "default", "examples", "enum":
				leafStrings(x, out)
			}
			schemaStrings(x, out)
		}
	case []any:
		for _, x := range v {
			schemaStrings(x, out)
		}
	}
}

func leafStrings(v any, out *[]string) {
	switch v := v.(type) {
	case string:
		*out = append(*out, v)
	case []any:
		for _, x := range v {
			leafStrings(x, out)
		}
	}
}

// tally counts verdicts per category.
type tally struct{ n, flagged, typed int }

func logTallies(t *testing.T, m map[string]*tally) {
	t.Helper()
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := m[k]
		t.Logf("%-40s n=%3d flagged=%3d (%.3f) expected type=%d", k, v.n, v.flagged, float64(v.flagged)/float64(v.n), v.typed)
	}
}

func hasType(fs []detect.Finding, want []string) bool {
	for _, w := range want {
		for _, f := range fs {
			if f.Blocking() && (f.Type == w || strings.HasPrefix(f.Type, w+":")) {
				return true
			}
		}
	}
	return false
}

// TestDevSet logs recall on the hidden_unicode cases and the false-positive
// rate on benign cases of the dev set (tool definitions and results),
// asserting only loose floors.
func TestDevSet(t *testing.T) {
	cases := loadDev(t)
	m := map[string]*tally{}
	var fpIDs []string
	for _, c := range cases {
		if c.Kind != "tool_definition" && c.Kind != "tool_result" {
			continue
		}
		if c.Category != "hidden_unicode" && c.Category != "benign" {
			continue
		}
		name, texts := devStrings(t, c)
		var fs []detect.Finding
		for _, s := range texts {
			fs = append(fs, Scan(s)...)
		}
		if name != "" {
			fs = append(fs, ScanName(name)...)
		}
		flagged := false
		for _, f := range fs {
			flagged = flagged || f.Blocking()
		}
		key := c.Kind + "/" + c.Category
		if c.Category == "hidden_unicode" && len(c.Expect) > 0 {
			key += "/" + c.Expect[0]
		}
		if m[key] == nil {
			m[key] = &tally{}
		}
		m[key].n++
		if flagged {
			m[key].flagged++
			if c.Label == "benign" {
				fpIDs = append(fpIDs, c.ID)
			}
		}
		if hasType(fs, c.Expect) {
			m[key].typed++
		}
		if c.Label == "malicious" && !flagged {
			t.Logf("missed %s", c.ID)
		}
	}
	logTallies(t, m)
	var mal, malHit, ben int
	for k, v := range m {
		if strings.Contains(k, "/benign") {
			ben += v.n
		} else {
			mal += v.n
			malHit += v.flagged
		}
	}
	if mal == 0 || ben == 0 {
		t.Fatalf("no cases: %d malicious, %d benign", mal, ben)
	}
	recall, fpr := float64(malHit)/float64(mal), float64(len(fpIDs))/float64(ben)
	t.Logf("recall %.3f over %d, FPR %.4f over %d; false positives: %v", recall, mal, fpr, ben, fpIDs)
	if recall < 0.8 || fpr > 0.05 {
		t.Errorf("recall %.3f (want >= 0.8), FPR %.4f (want <= 0.05)", recall, fpr)
	}
}
