package poisoning

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

// evalCase is one labelled case (shared/eval/FORMAT.md).
type evalCase struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Label    string          `json:"label"`
	Category string          `json:"category"`
	Expect   []string        `json:"expect"`
	Note     string          `json:"note"`
}

func readCases(t *testing.T, files ...string) []evalCase {
	t.Helper()
	var cases []evalCase
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
			var c evalCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if c.Kind == "tool_definition" {
				cases = append(cases, c)
			}
		}
		fh.Close()
	}
	return cases
}

// devDir finds shared/eval/dev next to the repository, or skips.
func devDir(t *testing.T) string {
	t.Helper()
	for _, d := range []string{"/work/shared/eval/dev", "../../../../shared/eval/dev"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	t.Skip("dev set not found (shared/eval/dev next to the repository)")
	return ""
}

// score runs ScanTool on cases and logs recall per category, the
// false-positive rate, and the misses; it returns recall and FPR.
func score(t *testing.T, name string, cases []evalCase) (recall, fpr float64) {
	t.Helper()
	type tally struct{ n, flagged, typed int }
	per := map[string]*tally{}
	var mal, malHit, ben, benHit int
	for _, c := range cases {
		var tool Tool
		if err := json.Unmarshal(c.Input, &tool); err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		fs := ScanTool(tool)
		flagged, typed := false, false
		for _, f := range fs {
			if f.Blocking() {
				flagged = true
				for _, e := range c.Expect {
					typed = typed || f.Type == e || strings.HasPrefix(f.Type, e+":")
				}
			}
		}
		k := c.Category
		if per[k] == nil {
			per[k] = &tally{}
		}
		per[k].n++
		if flagged {
			per[k].flagged++
		}
		if typed {
			per[k].typed++
		} else if flagged && len(c.Expect) > 0 {
			t.Logf("%s wrong type %s (want %v): %v", name, c.ID, c.Expect, blocking(fs))
		}
		if c.Label == "benign" {
			ben++
			if flagged {
				benHit++
				t.Logf("%s false positive %s: %v", name, c.ID, blocking(fs))
			}
		} else {
			mal++
			if flagged {
				malHit++
			} else {
				t.Logf("%s missed %s (%s): %v", name, c.ID, c.Category, fs)
			}
		}
	}
	cats := make([]string, 0, len(per))
	for k := range per {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	for _, k := range cats {
		v := per[k]
		t.Logf("%s %-16s n=%4d flagged=%4d (%.3f) expected type=%d", name, k, v.n, v.flagged, float64(v.flagged)/float64(v.n), v.typed)
	}
	if mal > 0 {
		recall = float64(malHit) / float64(mal)
	}
	if ben > 0 {
		fpr = float64(benHit) / float64(ben)
	}
	t.Logf("%s: recall %.3f (%d/%d), FPR %.4f (%d/%d)", name, recall, malHit, mal, fpr, benHit, ben)
	return recall, fpr
}

func blocking(fs []detect.Finding) []detect.Finding {
	var out []detect.Finding
	for _, f := range fs {
		if f.Blocking() {
			out = append(out, f)
		}
	}
	return out
}

// TestDevSet scores ScanTool on the tool definitions of the dev set,
// asserting only loose floors.
func TestDevSet(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(devDir(t), "*.jsonl"))
	recall, fpr := score(t, "dev", readCases(t, files...))
	if recall < 0.8 || fpr > 0.05 {
		t.Errorf("recall %.3f (want >= 0.8), FPR %.4f (want <= 0.05)", recall, fpr)
	}
}

// TestCases scores ScanTool on testdata/cases*.jsonl: definitions written
// for this package (not drawn from the dev set) in several languages and
// carriers, with benign look-alikes. Each file was first scored blind,
// before the rules were adjusted to it (see the package README figures in
// the report).
func TestCases(t *testing.T) {
	files, _ := filepath.Glob("testdata/cases*.jsonl")
	recall, fpr := score(t, "cases", readCases(t, files...))
	if recall < 0.8 || fpr > 0.05 {
		t.Errorf("recall %.3f (want >= 0.8), FPR %.4f (want <= 0.05)", recall, fpr)
	}
}

// TestExternalBenign scores an external corpus of benign definitions in
// the same format, named by MCPSHIELD_BENIGN_TOOLS (skipped when unset).
func TestExternalBenign(t *testing.T) {
	f := os.Getenv("MCPSHIELD_BENIGN_TOOLS")
	if f == "" {
		t.Skip("MCPSHIELD_BENIGN_TOOLS not set")
	}
	score(t, "external", readCases(t, f))
}
