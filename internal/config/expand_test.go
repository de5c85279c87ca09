package config

import (
	"reflect"
	"testing"
)

func TestExpand(t *testing.T) {
	env := testEnv(map[string]string{"A": "alpha", "B_2": "b", "DOLLAR": "${A}"})
	tests := []struct {
		in   string
		want string
		errs []string
	}{
		{"plain", "plain", nil},
		{"${A}", "alpha", nil},
		{"x${A}y${B_2}z", "xalphaybz", nil},
		{"Bearer ${TOKEN}", "Bearer t0k3n", nil},
		{"${EMPTY}", "", nil},
		{"$${A}", "${A}", nil},
		{"$$${A}", "$${A}", nil}, // "$" then the escape "$${"
		{"cost $5 and $$", "cost $5 and $$", nil},
		{"$A", "$A", nil},
		{"${DOLLAR}", "${A}", nil}, // no second expansion
		{"trailing $", "trailing $", nil},
		{"${MISSING}", "", []string{"environment variable MISSING is not set"}},
		{"${X1}${X2}", "", []string{"environment variable X1 is not set", "environment variable X2 is not set"}},
		{"${}", "", []string{`invalid environment variable name "" in ${...} (write $${ for a literal ${)`}},
		{"${A-B}", "", []string{`invalid environment variable name "A-B" in ${...} (write $${ for a literal ${)`}},
		{"${A", "", []string{"unclosed ${ (write $${ for a literal ${)"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, errs := expand(tt.in, env)
			if !reflect.DeepEqual(errs, tt.errs) {
				t.Fatalf("expand(%q) errors = %q; want %q", tt.in, errs, tt.errs)
			}
			if len(errs) == 0 && got != tt.want {
				t.Errorf("expand(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestExpandNilGetenv(t *testing.T) {
	if _, errs := expand("${HOME}", nil); len(errs) != 1 {
		t.Errorf("expand with nil getenv: errors %q; want HOME unset", errs)
	}
}

// TestExpandScope checks which values are expanded: string values, not keys
// and not integers.
func TestExpandScope(t *testing.T) {
	yaml := `version: 1
home: ${A}/home
servers:
  s:
    command: ${A}
    cwd: $${A}
    env: {"${A}": "${A}"}
`
	cfg, err := Parse("t.yaml", []byte(yaml), testEnv(map[string]string{"A": "x"}))
	if err != nil {
		t.Fatal(err)
	}
	s := cfg.Servers[0]
	if cfg.Home != "x/home" || s.Command != "x" || s.Cwd != "${A}" {
		t.Errorf("home %q, command %q, cwd %q", cfg.Home, s.Command, s.Cwd)
	}
	if v, ok := s.Env["${A}"]; !ok || v.Reveal() != "x" {
		t.Errorf("env = %v; want key ${A} with value x", s.Env)
	}
	if _, err := Parse("t.yaml", []byte("version: 1\nservers: {s: {command: x, max_sessions: \"${N}\"}}\n"),
		testEnv(map[string]string{"N": "3"})); err == nil {
		t.Error("an integer field was expanded; want a type error")
	}
}
