package unicode

import (
	"math/rand/v2"
	"strings"
	"testing"
	gounicode "unicode"
	"unicode/utf8"
)

// The plain reading of what a bidi control covers, one scan per control,
// that coverage must agree with.

func spanEndRef(text string, o occ) int {
	depth := 0
	for i := o.end; i < len(text); {
		c := text[i]
		if c == '\n' || c == '\r' {
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if classOf(r) == clsBidiCtl {
			switch r {
			case pdf, pdi:
				if depth == 0 {
					return i + n
				}
				depth--
			default:
				depth++
			}
		}
		i += n
	}
	return len(text)
}

func TestCoverageMatchesReference(t *testing.T) {
	pieces := []string{"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f",
		"abc", " ", "x", "\u05d0\u05d1", "\u0627", "\n", "\r", "1", "-", "\xff", "é"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		cov := coverage(text)
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if classOf(r) == clsBidiCtl && r != pdf && r != pdi {
				o := occ{start: i, end: i + n, r: r}
				end := spanEndRef(text, o)
				ltr, rtl, words, in := 0, 0, 0, false
				for _, r := range text[o.end:end] {
					if gounicode.IsLetter(r) {
						if isRTL(r) {
							rtl++
						} else {
							ltr++
						}
					}
					w := isWordChar(r)
					if w && !in {
						words++
					}
					in = w
				}
				want := covered{end: end, ltr: ltr, rtl: rtl, words: words}
				if got := cov[i]; got != want {
					t.Fatalf("%q: control at %d covers %+v, the plain reading says %+v", text, i, got, want)
				}
			}
			i += n
		}
	}
}
