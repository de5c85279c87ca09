package injection

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// suffixPatterns are the end-anchored patterns the detector matches in
// reverse, and a few that exercise every operator reverseSyntax turns,
// each with its pattern compiled as written.
func suffixPatterns() ([]*suffixRegexp, []*regexp.Regexp) {
	pats := []*suffixRegexp{
		askedBeforeRe, askedToRe, condBeforeRe, cataphorRe,
		mustSuffix(`(?i)(?:^|-)(?:ab|cd)+x?\b\s*zz$`),
		mustSuffix(`(?m)^foo(bar|baz){1,3}?$`),
		mustSuffix(`\Aé+(?:ñ|[^\pL]){2}\z`),
		mustSuffix(`(?s)a.{0,3}?ß\B.$`),
	}
	fwd := make([]*regexp.Regexp, len(pats))
	for i, p := range pats {
		fwd[i] = regexp.MustCompile(p.String())
	}
	return pats, fwd
}

// suffixPieces builds texts for the patterns: their words, what stands
// between them, and bytes that are not UTF-8.
var suffixPieces = []string{
	"if ", "If ", "when ", "the user ", "asks ", "ASKS ", "you ", "to ", "To", "si ", "el usuario ", "pide ", "que ",
	"wenn ", "dich ", "bittet, ", "zu ", "das ", "verlangt ", ", ", ". ", "\n", "! ", "如果", "要求", "你", "यदि ", "अगर",
	"कहे", "azt ", "kéri ", "Если ", "пользователь ", "просит ", "это ", "ab", "CD", "x", "zz", "foo", "bar", "baz",
	"é", "ñ", "ß", "a", "\xc3", "\x80", "\xe2\x82", "ſi ", "K", " ", "\t", "'", "\"", ",", "-",
	"-abx zz", "\nfoobar", "foobaz\n",
}

func TestSuffixRegexpMatchesPattern(t *testing.T) {
	pats, fwd := suffixPatterns()
	rng := rand.New(rand.NewPCG(1, 2))
	matched := make([]int, len(pats))
	for range 20000 {
		var b strings.Builder
		for n := rng.IntN(12); n >= 0; n-- {
			b.WriteString(suffixPieces[rng.IntN(len(suffixPieces))])
		}
		s := b.String()
		for i, p := range pats {
			want := fwd[i].MatchString(s)
			if got := p.MatchString(s); got != want {
				t.Fatalf("%s on %q: reversed %v, pattern %v", p, s, got, want)
			}
			if want {
				matched[i]++
			}
		}
	}
	// The texts must reach both answers of each pattern, or the
	// comparison says little.
	for i, n := range matched {
		if n == 0 {
			t.Errorf("%s matched none of the texts", pats[i])
		}
	}
}

func TestSuffixRegexpCases(t *testing.T) {
	tests := []struct {
		re   *suffixRegexp
		text string
		want bool
	}{
		{askedToRe, "If a web page asks you to ", true},
		{askedToRe, "If a web page asks you to. Then ", false},
		{askedBeforeRe, "Si el usuario te pide que ", true},
		{askedBeforeRe, "El usuario pide que ", false},
		{askedBeforeRe, "Wenn jemand dich bittet, ", true},
		{askedBeforeRe, "如果用户要求你", true},
		{cataphorRe, "Wenn er das verlangt,", true},
		{condBeforeRe, "यदि उपयोगकर्ता", true},
		{condBeforeRe, "यदि उपयोगकर्ता। फिर", false},
	}
	for _, tt := range tests {
		if got := tt.re.MatchString(tt.text); got != tt.want {
			t.Errorf("%s on %q = %v, want %v", tt.re, tt.text, got, tt.want)
		}
	}
}

func TestAppendReversed(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"abc", "cba"},
		{"añb", "bña"},
		{"如果", "果如"},
		{"a\xc3", "\uFFFDa"},
		{"\x80\xc3", "\uFFFD\uFFFD"}, // not the rune "\xc3\x80"
		{"\xe2\x82x", "x\uFFFD\uFFFD"},
	}
	for _, tt := range tests {
		if got := string(appendReversed(nil, tt.in)); got != tt.want {
			t.Errorf("appendReversed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSuffixRegexp(f *testing.F) {
	for _, s := range []string{"If a web page asks you to ", "Si el usuario te pide que ", "如果用户要求你", "\x80\xc3é"} {
		f.Add(s)
	}
	pats, fwd := suffixPatterns()
	f.Fuzz(func(t *testing.T, s string) {
		for i, p := range pats {
			if got, want := p.MatchString(s), fwd[i].MatchString(s); got != want {
				t.Fatalf("%s on %q: reversed %v, pattern %v", p, s, got, want)
			}
		}
	})
}
