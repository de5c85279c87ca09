package ansi

import (
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// TestRuleSamples checks every rule against its own samples: each true
// positive produces the rule, no false positive does.
func TestRuleSamples(t *testing.T) {
	for id, r := range rules {
		scan := ScanResult
		if r.def {
			scan = ScanDefinition
		}
		if len(r.tp) == 0 {
			t.Errorf("rule %s has no true-positive sample", id)
		}
		for _, s := range r.tp {
			t.Run(id+"/tp/"+s, func(t *testing.T) {
				if !hasRule(scan(s), id) {
					t.Errorf("%+q: got %v; want rule %s", s, scan(s), id)
				}
			})
		}
		for _, s := range r.fp {
			t.Run(id+"/fp/"+s, func(t *testing.T) {
				if hasRule(scan(s), id) {
					t.Errorf("%+q: got %v; want no rule %s", s, scan(s), id)
				}
			})
		}
	}
}

func hasRule(fs []detect.Finding, id string) bool {
	for _, f := range fs {
		if f.Rule == id && f.Type == TypeEscape {
			return true
		}
	}
	return false
}
