package injection

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
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
	Note     string          `json:"note"`
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

func readCases(t *testing.T, path string) []devCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []devCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, c)
	}
	return out
}

// caseTexts returns the strings the gateway scans for a case, and whether
// they are a user prompt.
func caseTexts(c devCase) ([]string, bool) {
	switch c.Kind {
	case "prompt":
		var s string
		_ = json.Unmarshal(c.Input, &s)
		return []string{s}, true
	case "tool_result":
		var r struct {
			Content []struct {
				Text string `json:"text"`
			} `json:"content"`
		}
		_ = json.Unmarshal(c.Input, &r)
		var out []string
		for _, b := range r.Content {
			out = append(out, b.Text)
		}
		return out, false
	}
	return nil, false
}

// verdict reports whether any text of the case blocks, and the findings.
func verdict(c devCase) (bool, []detect.Finding) {
	texts, isPrompt := caseTexts(c)
	var fs []detect.Finding
	for _, s := range texts {
		if isPrompt {
			fs = append(fs, ScanPrompt(s)...)
		} else {
			fs = append(fs, Scan(s)...)
		}
	}
	for _, f := range fs {
		if f.Blocking() {
			return true, fs
		}
	}
	return false, fs
}

// TestDevSet measures recall on prompt-injection cases and the false
// positive rate on benign cases of tool_results.jsonl and prompts.jsonl.
// It logs the numbers and asserts loose floors only. With
// INJECTION_DEV_VERBOSE=1 it logs every miss and false positive.
func TestDevSet(t *testing.T) {
	dir := devDir(t)
	verbose := os.Getenv("INJECTION_DEV_VERBOSE") != ""
	for _, file := range []string{"tool_results.jsonl", "prompts.jsonl"} {
		t.Run(file, func(t *testing.T) {
			cases := readCases(t, filepath.Join(dir, file))
			var tp, fn, fp, tn, medBenign int
			for _, c := range cases {
				if c.Category != "prompt_injection" && c.Category != "benign" {
					continue
				}
				blocked, fs := verdict(c)
				switch {
				case c.Category == "prompt_injection" && blocked:
					tp++
				case c.Category == "prompt_injection":
					fn++
					if verbose {
						t.Logf("MISS %s %v %s", c.ID, fs, c.Note)
					}
				case blocked:
					fp++
					if verbose {
						t.Logf("FP %s %v", c.ID, fs)
					}
				default:
					tn++
					if len(fs) > 0 {
						medBenign++
						if verbose {
							t.Logf("medium on benign %s %v", c.ID, fs)
						}
					}
				}
			}
			recall := float64(tp) / float64(max(1, tp+fn))
			fpr := float64(fp) / float64(max(1, fp+tn))
			t.Logf("%s: recall %.3f (%d/%d), FPR %.3f (%d/%d), benign with a Medium finding: %d",
				file, recall, tp, tp+fn, fpr, fp, fp+tn, medBenign)
			if recall < 0.8 {
				t.Errorf("recall %.3f below the 0.8 floor", recall)
			}
			if fpr > 0.05 {
				t.Errorf("false-positive rate %.3f above the 0.05 ceiling", fpr)
			}
		})
	}
}
