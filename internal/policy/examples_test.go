package policy

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// examplesDir holds the example policies shipped with the project.
const examplesDir = "../../examples/policies"

// exampleFile is the shape of an example file, decoded strictly.
type exampleFile struct {
	Policy struct {
		Rules []struct {
			Name   string `yaml:"name"`
			When   string `yaml:"when"`
			Action string `yaml:"action"`
			Reason string `yaml:"reason"`
		} `yaml:"rules"`
	} `yaml:"policy"`
}

// loadExample reads the rules of an example file, with their lines.
func loadExample(t *testing.T, path string) []Rule {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f exampleFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var lines struct {
		Policy struct {
			Rules []yaml.Node `yaml:"rules"`
		} `yaml:"policy"`
	}
	if err := yaml.Unmarshal(data, &lines); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	rules := make([]Rule, len(f.Policy.Rules))
	for i, r := range f.Policy.Rules {
		rules[i] = Rule{Name: r.Name, When: r.When, Action: Action(r.Action), Reason: r.Reason, Line: lines.Policy.Rules[i].Line}
	}
	return rules
}

func TestExamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(examplesDir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no example policies in %s", examplesDir)
	}
	seen := make(map[string]bool)
	for _, path := range files {
		name := filepath.Base(path)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			cases, ok := exampleCases[name]
			if !ok || len(cases) == 0 {
				t.Fatalf("no test cases for %s: add them to exampleCases", name)
			}
			rules := loadExample(t, path)
			if len(rules) == 0 {
				t.Fatalf("%s has no rules", name)
			}
			p := mustCompile(t, rules, Options{})
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					got, err := p.Eval(context.Background(), &tc.in)
					if err != nil {
						t.Fatalf("Eval: %v", err)
					}
					if !reflect.DeepEqual(got, tc.want) {
						t.Errorf("Eval = %+v; want %+v", got, tc.want)
					}
				})
			}
		})
	}
	var missing []string
	for name := range exampleCases {
		if !seen[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("exampleCases names files that do not exist: %v", missing)
	}
}

// TestExampleLines checks that lines reach compile errors: a broken copy of
// an example names the line of the broken rule.
func TestExampleLines(t *testing.T) {
	rules := loadExample(t, filepath.Join(examplesDir, "wallet-recipients.yaml"))
	if rules[0].Line == 0 || rules[1].Line <= rules[0].Line {
		t.Fatalf("rule lines = %d, %d; want increasing, non-zero", rules[0].Line, rules[1].Line)
	}
	rules[1].When += " &&"
	_, err := Compile(rules, Options{})
	want := `rules[1] "wallet-large-transfer" (line ` + strconv.Itoa(rules[1].Line) + `)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Compile(broken) error = %v; want it to contain %q", err, want)
	}
}
