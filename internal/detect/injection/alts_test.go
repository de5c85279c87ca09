package injection

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestBranches(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{`a|b|c`, []string{"a", "b", "c"}},
		{`(?:a|b)`, []string{"a", "b"}},
		{`(?:(?:ab|cd))`, []string{"ab", "cd"}},
		{`(?:a|b)c`, nil}, // the group does not span the pattern
		{`(?:a)|(?:b)`, []string{"(?:a)", "(?:b)"}},
		{`x(?:a|b)|y`, []string{"x(?:a|b)", "y"}},
		{`[|]|\||a`, []string{"[|]", `\|`, "a"}},
		{`[]|]x|y`, []string{"[]|]x", "y"}},
		{`[^]|]x|y`, []string{"[^]|]x", "y"}},
		{`[[:alpha:]|]+|y`, []string{"[[:alpha:]|]+", "y"}},
		{`(?i)a|b`, nil}, // flags for the rest of the level
		{`(?i:a)|b`, []string{"(?i:a)", "b"}},
		{`(?P<n>a|b)|c`, []string{"(?P<n>a|b)", "c"}},
		{`abc`, nil},
		{`[abc`, nil},
		{`a)(|b`, nil},
		{`\Qa|b`, nil},
	}
	for _, tt := range tests {
		if got := branches(tt.pattern); !slices.Equal(got, tt.want) {
			t.Errorf("branches(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// TestSplitRules checks that the large rules are cut, and that every
// rule's branches, joined, are its pattern.
func TestSplitRules(t *testing.T) {
	e, err := buildEngine()
	if err != nil {
		t.Fatal(err)
	}
	split := 0
	for ri, r := range e.rules {
		p := e.program(ri)
		if len(p.alts) > maxBranches {
			t.Errorf("%s: %d branches", r.id, len(p.alts))
		}
		if len(p.alts) == 1 {
			continue
		}
		split++
		srcs := make([]string, len(p.alts))
		for i, a := range p.alts {
			srcs[i] = a.src
		}
		f := r.folded()
		if j := strings.Join(srcs, "|"); j != f && "(?:"+j+")" != f {
			t.Errorf("%s: branches %q do not make up %q", r.id, srcs, f)
		}
	}
	if split < 10 {
		t.Errorf("only %d rules cut into branches", split)
	}
}

// FuzzBranches checks on random patterns that whenever branches cuts
// one, the branches tried in order match exactly as the whole pattern,
// anchored, on a few texts.
func FuzzBranches(f *testing.F) {
	for _, s := range []string{`a|b`, `(?:ab|a)c?|x`, `[]|]|\||(?i)a|b`, `\bfoo\b|bar(?:x|y)*`, `(?:^|[.!?]\s*)(?:say|tell)|zz`} {
		f.Add(s, "say a bar foo tell. xyz")
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if len(pattern) > 200 || len(text) > 200 {
			return
		}
		if _, err := regexp.Compile(pattern); err != nil {
			return
		}
		whole, err := regexp.Compile(`\A(?:` + pattern + `)`)
		if err != nil {
			return // "\Q" quotes the closing bracket
		}
		bs := branches(pattern)
		if bs == nil {
			return
		}
		var res []*regexp.Regexp
		for _, b := range bs {
			re, err := regexp.Compile(`\A(?:` + b + `)`)
			if err != nil {
				t.Fatalf("branch %q of %q does not compile: %v", b, pattern, err)
			}
			res = append(res, re)
		}
		for i := 0; i <= len(text); i++ {
			want := whole.FindStringIndex(text[i:])
			var got []int
			for _, re := range res {
				if got = re.FindStringIndex(text[i:]); got != nil {
					break
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q at %d of %q: branches match %v, the pattern %v", pattern, i, text, got, want)
			}
		}
	})
}
