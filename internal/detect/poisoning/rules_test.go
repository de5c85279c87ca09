package poisoning

import (
	"testing"
)

// firedRules returns the ids of the rules that fire on text.
func firedRules(text string, value bool) map[string]bool {
	ctx := &toolContext{own: map[string]bool{}, value: value}
	out := map[string]bool{}
	for _, h := range evaluate(analyse(text, ctx), ctx, "", 0) {
		out[h.r.id] = true
	}
	return out
}

// TestRuleSamples checks every rule against its own samples.
func TestRuleSamples(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.id] {
			t.Errorf("duplicate rule id %s", r.id)
		}
		seen[r.id] = true
		if len(r.tp) == 0 || len(r.fp) == 0 {
			t.Errorf("rule %s needs true- and false-positive samples", r.id)
		}
		value := false
		for _, f := range r.all {
			value = value || f == fValueText
		}
		for _, s := range r.tp {
			t.Run(r.id+"/tp/"+s, func(t *testing.T) {
				if got := firedRules(s, value); !got[r.id] {
					a := analyse(s, &toolContext{})
					var fs []string
					for _, se := range a.sents {
						fs = append(fs, se.f.String())
					}
					t.Errorf("%q: fired %v; want %s (features %v)", s, keys(got), r.id, fs)
				}
			})
		}
		for _, s := range r.fp {
			t.Run(r.id+"/fp/"+s, func(t *testing.T) {
				if got := firedRules(s, value); got[r.id] {
					t.Errorf("%q: fired %v; want no %s", s, keys(got), r.id)
				}
			})
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
