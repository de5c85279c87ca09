package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// literal scanners: a finding whenever a marker occurs.
func marker(mark, typ string, sev detect.Severity) func(string) []detect.Finding {
	return func(s string) []detect.Finding {
		if strings.Contains(s, mark) {
			return []detect.Finding{{Type: typ, Severity: sev, Rule: "marker"}}
		}
		return nil
	}
}

func TestRunAndScore(t *testing.T) {
	cases, err := Load([]string{"testdata"})
	if err != nil {
		t.Fatal(err)
	}
	s := Scanners{
		Prompt:    marker("ignore", "injection:prompt_injection", detect.High),
		Arguments: marker("SECRET", "secret:generic:test", detect.High),
		Result:    marker("SECRET", "secret:generic:test", detect.High),
		Definition: func(json.RawMessage) []detect.Finding {
			return []detect.Finding{{Type: "poisoning:tool_poisoning", Severity: detect.Medium}}
		},
	}
	verdicts, err := Run(cases, s)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, v := range verdicts {
		got[v.ID] = v.Verdict
	}
	want := map[string]string{"t-1": "malicious", "t-2": "benign", "t-3": "malicious", "t-4": "malicious", "t-5": "benign"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: verdict %s; want %s", id, got[id], w)
		}
	}
	r := Score(cases, verdicts)
	if r.Overall.Malicious != 3 || r.Overall.TP != 2 || r.Overall.Benign != 2 || r.Overall.FP != 1 {
		t.Errorf("overall = %+v", r.Overall)
	}
	if r.WithExpect != 2 || r.StrictMatch != 2 || r.FamilyMatch != 2 {
		t.Errorf("expect matches: %d/%d/%d", r.WithExpect, r.StrictMatch, r.FamilyMatch)
	}
	for _, c := range r.Categories {
		if c.Name == "secret" && (c.FP != 1 || c.Recall() != 1) {
			t.Errorf("secret stats = %+v", c)
		}
		if c.Name == "tool_poisoning" && c.Recall() != 0 {
			t.Errorf("medium finding counted as a detection: %+v", c)
		}
	}
	var b strings.Builder
	r.Write(&b)
	if !strings.Contains(b.String(), "| **overall** | 3 | 0.667") {
		t.Errorf("report:\n%s", b.String())
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(`{"id":"x","kind":"prompt","input":"hi","label":"benign","category":"benign"}
{"id":"x","kind":"prompt","input":"hi","label":"benign","category":"benign"}
{"id":"y","kind":"weird","input":"hi","label":"benign","category":"benign"}
not json
`), 0o600)
	_, err := Load([]string{dir})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"a.jsonl:2: id \"x\" already used at", "a.jsonl:3: case y: unknown kind", "a.jsonl:4:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
