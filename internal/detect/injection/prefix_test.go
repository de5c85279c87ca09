package injection

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// filterTexts are texts with and without matches of the rules: their own
// samples, ordinary tool results, the benchmark corpora.
func filterTexts(t testing.TB, e *engine) []string {
	var out []string
	for _, r := range e.rules {
		out = append(out, r.tp...)
		out = append(out, r.fp...)
	}
	out = append(out, toolResults(t)...)
	out = append(out, proseCorpus()[:4<<10], trafficCorpus()[:4<<10])
	return out
}

// checkFilters fails if a rule's pattern matches where its prefix or need
// set would have skipped the attempt (at any position matchAt may try):
// the filters may only skip attempts that fail.
func checkFilters(t testing.TB, e *engine, text string) {
	fold := normalize(text, false).b
	for ri, r := range e.rules {
		p := e.program(ri)
		for q := 0; q < len(fold); q++ {
			if fold[q]&0xC0 == 0x80 {
				continue // inside a UTF-8 sequence: matchAt tries no match there
			}
			var end int
			if q == 0 {
				loc := p.anchored0(r).FindIndex(fold)
				if loc == nil {
					continue
				}
				end = loc[1]
			} else {
				loc := p.at1.FindIndex(fold[q-1:])
				if loc == nil {
					continue
				}
				end = q - 1 + loc[1]
			}
			if !p.pre.allows(fold[q:]) || !p.first.has(fold[q]) {
				t.Fatalf("%s matches %q at %d; its prefix set would skip it", r.id, fold[q:end], q)
			}
			if q > 0 && (!p.preMid.allows(fold[q:]) || !p.firstMid.has(fold[q])) {
				t.Fatalf("%s matches %q at %d; its prefix set for mid-text would skip it", r.id, fold[q:end], q)
			}
			if !p.need.occursIn(fold[q:end]) {
				t.Fatalf("%s matches %q at %d; its need set would skip it", r.id, fold[q:end], q)
			}
			if r.may != nil && (!r.may(fold[q:end]) || !r.may(fold[q:])) {
				t.Fatalf("%s matches %q at %d; its may test would skip it", r.id, fold[q:end], q)
			}
		}
	}
}

func TestFiltersSound(t *testing.T) {
	e, err := buildEngine()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range filterTexts(t, e) {
		checkFilters(t, e, s)
	}
	// the task regexps: a match holds one of the needed strings
	for _, s := range filterTexts(t, e) {
		for _, line := range strings.Split(string(normalize(s, false).b), "\n") {
			for _, f := range []*filteredRegexp{outputRefRe, ownObjectRe, questionReaderRe, youRe, readerObjectRe, artifactRe} {
				if f.re.MatchString(line) && !f.need.occursInString(line) {
					t.Fatalf("%v matches %q; its need set would skip it", f.re, line)
				}
			}
		}
	}
}

func TestPrefixes(t *testing.T) {
	tests := []struct {
		pattern string
		in, out []string // texts a match may and may not start
	}{
		{`\b(?:ignore|disregard)\b`, []string{"ignore all", "disregard"}, []string{"ign", "forget"}},
		{`(?:you|your)\s+(?:are|were)`, []string{"you are", "your"}, []string{"yo", "they are"}},
		{`a?b`, []string{"ab", "b"}, []string{"c"}},
		{`[^\pL\pN]+x`, []string{"anything"}, nil}, // a large class: no filter
		{`(?:x|y)*z`, []string{"xz", "yyz", "z"}, []string{"a"}},
	}
	for _, tt := range tests {
		p := prefixesOf(tt.pattern)
		for _, s := range tt.in {
			if !p.allows([]byte(s)) {
				t.Errorf("prefixesOf(%q) does not allow %q", tt.pattern, s)
			}
		}
		for _, s := range tt.out {
			if p.allows([]byte(s)) {
				t.Errorf("prefixesOf(%q) allows %q", tt.pattern, s)
			}
		}
	}
}

// TestNotAtStart checks the prefixes of patterns read away from the
// start of the text, where "^" and "\A" match nothing.
func TestNotAtStart(t *testing.T) {
	tests := []struct {
		pattern string
		in, out []string // texts a match may and may not start
	}{
		{`(?:^|[.!?]\s*)(?:say|tell)`, []string{". say", "!tell", "? tell"}, []string{"say", "tell"}},
		{`\A(?:ignore)|forget`, []string{"forget"}, []string{"ignore"}},
		{`(?m:^)(?:ignore)`, []string{"ignore"}, []string{"forget"}},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		p := prefixSetOf(notAtStart(re.Simplify()))
		for _, s := range tt.in {
			if !p.allows([]byte(s)) {
				t.Errorf("notAtStart(%q) prefixes do not allow %q", tt.pattern, s)
			}
		}
		for _, s := range tt.out {
			if p.allows([]byte(s)) {
				t.Errorf("notAtStart(%q) prefixes allow %q", tt.pattern, s)
			}
		}
	}
}

func FuzzFilters(f *testing.F) {
	e, err := buildEngine()
	if err != nil {
		f.Fatal(err)
	}
	for _, r := range e.rules {
		for _, s := range r.tp {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			return
		}
		checkFilters(t, e, s)
	})
}
