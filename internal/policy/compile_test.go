package policy

import (
	"strings"
	"testing"
)

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name string
		rule Rule
		want []string // substrings of the error, all required
	}{
		{"undeclared", Rule{Name: "no-rm", When: "tool == argumnts.command", Action: Deny, Line: 14}, []string{
			`rules[0] "no-rm" (line 14): ERROR: when:1:9: undeclared reference to 'argumnts'`,
			"\n | tool == argumnts.command\n | ........^",
		}},
		{"syntax", Rule{Name: "s", When: "tool == ", Action: Deny}, []string{`rules[0] "s": ERROR: when:1:9: Syntax error`}},
		{"not bool", Rule{Name: "n", When: "tool", Action: Deny}, []string{"has type string; want bool"}},
		{"dyn", Rule{Name: "d", When: "arguments.force", Action: Deny}, []string{"has type dyn; want bool"}},
		{"bad action", Rule{Name: "a", When: "true", Action: "block"}, []string{`action "block": want allow, deny, redact or monitor`}},
		{"empty action", Rule{Name: "a", When: "true"}, []string{`action "": want`}},
		{"no name", Rule{When: "true", Action: Deny}, []string{"rules[0]: name: empty"}},
		{"empty when", Rule{Name: "e", When: "  ", Action: Deny}, []string{"when: empty"}},
		{"wrong arity", Rule{Name: "f", When: `pathWithin("/a")`, Action: Deny}, []string{"found no matching overload for 'pathWithin'"}},
		{"wrong arg type", Rule{Name: "f", When: `isIBAN(1)`, Action: Deny}, []string{"found no matching overload for 'isIBAN'"}},
		{"annotations are bools", Rule{Name: "f", When: `annotations.title == "x"`, Action: Deny}, []string{"no matching overload for '_==_'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Compile([]Rule{tt.rule}, Options{})
			if err == nil {
				t.Fatalf("Compile() = %v, nil; want an error", p)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Compile() error =\n%s\nwant it to contain %q", err, w)
				}
			}
		})
	}
}

// TestCompileReportsAll checks that every bad rule is reported, each once,
// in order, and that good rules among them do not hide the bad ones.
func TestCompileReportsAll(t *testing.T) {
	rules := []Rule{
		{Name: "good", When: "true", Action: Allow},
		{Name: "bad1", When: "nope", Action: Deny, Line: 3},
		{Name: "good", When: "false", Action: Deny, Line: 7},
		{Name: "bad2", When: "tool ==", Action: "drop", Line: 9},
	}
	_, err := Compile(rules, Options{})
	if err == nil {
		t.Fatal("Compile() = nil; want an error")
	}
	var heads []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if strings.HasPrefix(l, "rules[") {
			heads = append(heads, l[:strings.Index(l, ":")])
		}
	}
	want := []string{`rules[1] "bad1" (line 3)`, `rules[2] "good" (line 7)`, `rules[3] "bad2" (line 9)`, `rules[3] "bad2" (line 9)`}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("error heads = %q; want %q\nfull error:\n%s", heads, want, err)
	}
	if !strings.Contains(err.Error(), `name "good" already used by rules[0]`) {
		t.Errorf("error does not report the duplicate name:\n%s", err)
	}
}

func TestCompileEmpty(t *testing.T) {
	p, err := Compile(nil, Options{})
	if err != nil || p == nil {
		t.Fatalf("Compile(nil) = %v, %v; want a policy", p, err)
	}
}
