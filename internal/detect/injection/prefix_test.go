package injection

import (
	"regexp"
	"regexp/syntax"
	"slices"
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

// wholePatterns holds every rule's whole pattern compiled in one piece,
// as the rules read before they were cut into branches: anchored after
// one character (at1) and at the start of the text (at0).
type wholePatterns struct {
	e        *engine
	at1, at0 []*regexp.Regexp
}

func newWholePatterns(e *engine) *wholePatterns {
	w := &wholePatterns{e: e}
	for _, r := range e.rules {
		w.at1 = append(w.at1, regexp.MustCompile(`\A(?s:.)(?:`+r.folded()+`)`))
		w.at0 = append(w.at0, regexp.MustCompile(`\A(?:`+r.folded()+`)`))
	}
	return w
}

// match returns the whole pattern of rule ri's match starting at fold[q]
// (nil: none).
func (w *wholePatterns) match(ri int, fold []byte, q int) []int {
	if q == 0 {
		return w.at0[ri].FindIndex(fold)
	}
	if loc := w.at1[ri].FindIndex(fold[q-1:]); loc != nil {
		return []int{q, q - 1 + loc[1]}
	}
	return nil
}

// branchMatch returns the match starting at fold[q] that matchAt's
// walk through the rule's branches finds, ignoring its filters.
func branchMatch(p *program, fold []byte, q int) []int {
	for _, a := range p.alts {
		if q == 0 {
			if loc := a.anchored0().FindIndex(fold); loc != nil {
				return loc
			}
		} else if loc := a.at1.FindIndex(fold[q-1:]); loc != nil {
			return []int{q, q - 1 + loc[1]}
		}
	}
	return nil
}

// check fails if a rule's pattern matches where its prefix or need sets
// (the whole pattern's or a branch's) would have skipped the attempt, at
// any position matchAt may try (the filters may only skip attempts that
// fail), or if the branches match other than the whole pattern does.
func (w *wholePatterns) check(t testing.TB, text string) {
	fold := normalize(text, false).b
	for ri, r := range w.e.rules {
		p := w.e.program(ri)
		for q := 0; q < len(fold); q++ {
			if fold[q]&0xC0 == 0x80 {
				continue // inside a UTF-8 sequence: matchAt tries no match there
			}
			loc := w.match(ri, fold, q)
			if got := branchMatch(p, fold, q); !slices.Equal(got, loc) {
				t.Fatalf("%s at %d in %q: the branches match %v, the whole pattern %v", r.id, q, fold, got, loc)
			}
			if loc == nil {
				if r.match != nil {
					if n := r.match(fold[q:], q == 0); n >= 0 {
						t.Fatalf("%s at %d in %q: the pattern does not match, its match function matches %q", r.id, q, fold, fold[q:q+n])
					}
				}
				continue
			}
			checkAlternative(t, r.id, &p.whole, fold, q, loc[1])
			for _, a := range p.alts {
				if len(p.alts) == 1 {
					break
				}
				var end int
				if q == 0 {
					m := a.anchored0().FindIndex(fold)
					if m == nil {
						continue
					}
					end = m[1]
				} else {
					m := a.at1.FindIndex(fold[q-1:])
					if m == nil {
						continue
					}
					end = q - 1 + m[1]
				}
				checkAlternative(t, r.id+" branch "+a.src, a, fold, q, end)
			}
			if r.match != nil {
				if n := r.match(fold[q:], q == 0); n != loc[1]-q {
					t.Fatalf("%s at %d in %q: the pattern matches %q, its match function %d bytes", r.id, q, fold, fold[loc[0]:loc[1]], n)
				}
			}
			if r.may != nil && (!r.may(fold[q:loc[1]]) || !r.may(fold[q:])) {
				t.Fatalf("%s matches %q at %d; its may test would skip it", r.id, fold[q:loc[1]], q)
			}
		}
	}
}

// checkAlternative fails if a's filters would skip its match fold[q:end].
func checkAlternative(t testing.TB, id string, a *alternative, fold []byte, q, end int) {
	if !a.pre.allows(fold[q:]) || !a.first.has(fold[q]) {
		t.Fatalf("%s matches %q at %d; its prefix set would skip it", id, fold[q:end], q)
	}
	if q > 0 && !a.starts(fold[q:], true) {
		t.Fatalf("%s matches %q at %d; its prefix set for mid-text would skip it", id, fold[q:end], q)
	}
	if !a.needed(fold[q:end]) {
		t.Fatalf("%s matches %q at %d; its need sets would skip it", id, fold[q:end], q)
	}
}

func TestFiltersSound(t *testing.T) {
	e, err := buildEngine()
	if err != nil {
		t.Fatal(err)
	}
	w := newWholePatterns(e)
	for _, s := range filterTexts(t, e) {
		w.check(t, s)
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
	w := newWholePatterns(e)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			return
		}
		w.check(t, s)
	})
}
