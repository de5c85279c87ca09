// Package evaltest lets a detector's tests score it on labelled cases
// (shared/eval/FORMAT.md) the way `mcpshield eval` does: the dev set beside
// the repository, or a package's own case files.
package evaltest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/eval"
)

// DevDir returns the dev set's directory, shared/eval/dev beside the
// module's root (the directory holding go.mod, searched upwards from the
// test's working directory), or skips t when there is none.
func DevDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("finding the dev set: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			dev := filepath.Join(dir, "..", "shared", "eval", "dev")
			if st, err := os.Stat(dev); err == nil && st.IsDir() {
				return dev
			}
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	t.Skip("dev set not found (shared/eval/dev beside the repository)")
	return ""
}

// Dev returns the cases of the dev set that keep accepts (all of them when
// keep is nil), or skips t when the set is missing.
func Dev(t testing.TB, keep func(*eval.Case) bool) []*eval.Case {
	t.Helper()
	return Load(t, keep, DevDir(t))
}

// Load reads cases with eval.Load from files and directories and returns
// those keep accepts (all when keep is nil). A problem fails t.
func Load(t testing.TB, keep func(*eval.Case) bool, paths ...string) []*eval.Case {
	t.Helper()
	cases, err := eval.Load(paths)
	if err != nil {
		t.Fatalf("loading cases: %v", err)
	}
	if keep != nil {
		cases = slices.DeleteFunc(cases, func(c *eval.Case) bool { return !keep(c) })
	}
	return cases
}

// Select accepts the cases of the given kinds (any kind when kinds is
// empty) whose category is one of categories (any when empty).
func Select(kinds, categories []string) func(*eval.Case) bool {
	return func(c *eval.Case) bool {
		return (len(kinds) == 0 || slices.Contains(kinds, c.Kind)) &&
			(len(categories) == 0 || slices.Contains(categories, c.Category))
	}
}

// EachToolText makes a Definition scanner of a text scanner: it scans each
// string eval.ToolTexts finds in the tool. A tool it cannot decode fails t.
func EachToolText(t testing.TB, scan func(string) []detect.Finding) func(json.RawMessage) []detect.Finding {
	return func(tool json.RawMessage) []detect.Finding {
		texts, err := eval.ToolTexts(tool)
		if err != nil {
			t.Errorf("%v", err)
			return nil
		}
		var out []detect.Finding
		for _, s := range texts {
			out = append(out, scan(s)...)
		}
		return out
	}
}

// Floors are what a detector must achieve on a set of cases.
type Floors struct {
	Recall  float64 // at least this share of the malicious cases flagged
	FPR     float64 // at most this share of the benign cases flagged
	PerKind bool    // hold every kind of case to the floors, not only all together
}

// Check runs s on cases as `mcpshield eval` does (a case is flagged when a
// finding blocks), logs recall and false-positive rate per kind, per
// category and overall, with every miss and false positive, and fails t
// when a floor is not met. It returns the report.
func Check(t testing.TB, cases []*eval.Case, s eval.Scanners, f Floors) eval.Report {
	t.Helper()
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	verdicts, err := eval.Run(cases, s)
	if err != nil {
		t.Fatalf("running the detectors: %v", err)
	}
	r := eval.Score(cases, verdicts)
	noted := 0
	for i, c := range cases {
		v := verdicts[i]
		switch {
		case c.Malicious() && v.Verdict != "malicious":
			t.Logf("missed %s (%s, %s): %s%s", c.ID, c.Kind, c.Category, findings(v.Findings), note(c))
		case c.Malicious() && len(c.Expect) > 0 && !expected(c.Expect, v.Findings):
			t.Logf("flagged %s without a blocking finding of type %v: %s", c.ID, c.Expect, findings(v.Findings))
		case !c.Malicious() && v.Verdict == "malicious":
			t.Logf("false positive %s (%s): %s", c.ID, c.Kind, findings(v.Findings))
		case !c.Malicious() && len(v.Findings) > 0:
			noted++
		}
	}
	for _, k := range r.Kinds {
		recall := "-"
		if k.Malicious > 0 {
			recall = fmt.Sprintf("%.3f", k.Recall())
		}
		t.Logf("%-16s malicious %4d recall %s, benign %4d FPR %.3f", k.Name, k.Malicious, recall, k.Benign, k.FPR())
	}
	for _, c := range r.Categories {
		t.Logf("%-16s malicious %4d recall %.3f", c.Name, c.Malicious, c.Recall())
	}
	o := r.Overall
	t.Logf("overall: recall %.3f (%d/%d), FPR %.4f (%d/%d); expected types %d/%d strictly; benign with a non-blocking finding: %d",
		o.Recall(), o.TP, o.Malicious, o.FPR(), o.FP, o.Benign, r.StrictMatch, r.WithExpect, noted)
	check := func(s eval.Stats) {
		if s.Malicious > 0 && s.Recall() < f.Recall {
			t.Errorf("%s: recall %.3f (%d/%d); want >= %.3f", s.Name, s.Recall(), s.TP, s.Malicious, f.Recall)
		}
		if s.Benign > 0 && s.FPR() > f.FPR {
			t.Errorf("%s: FPR %.4f (%d/%d); want <= %.4f", s.Name, s.FPR(), s.FP, s.Benign, f.FPR)
		}
	}
	check(o)
	if f.PerKind {
		for _, k := range r.Kinds {
			check(k)
		}
	}
	return r
}

// expected reports whether a blocking finding has one of the expected
// types (equal, or the type plus ":detail").
func expected(expect []string, fs []eval.Finding) bool {
	for _, f := range fs {
		for _, e := range expect {
			if f.Blocking && (f.Type == e || strings.HasPrefix(f.Type, e+":")) {
				return true
			}
		}
	}
	return false
}

func findings(fs []eval.Finding) string {
	if len(fs) == 0 {
		return "no finding"
	}
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.Type + "/" + f.Rule + " " + f.Severity)
	}
	return b.String()
}

func note(c *eval.Case) string {
	if c.Note == "" {
		return ""
	}
	return " — " + c.Note
}
