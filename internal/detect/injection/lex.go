package injection

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word lists for rules that read a request in any language from a few
// kinds of words standing close together (override.i18n-any,
// extract.i18n-verbatim): where the words stand, how far apart, and the
// window a match may span.

// lexSet folds words for lexAt.
func lexSet(words ...string) []string { return foldAll(words) }

// lexAt lists where the folded text m holds any of words: a word of
// three letters or fewer must stand alone, a longer one must start a
// word in scripts written with spaces (it may be inflected) and may
// stand anywhere in those without them.
func lexAt(m string, words []string) []int {
	var at []int
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(m[i:], w)
			if j < 0 {
				break
			}
			j += i
			if lexWordAt(m, j, j+len(w), utf8.RuneCountInString(w) <= 3) {
				at = append(at, j)
			}
			i = j + 1
		}
	}
	return at
}

// lexWordAt reports whether m[i:j] starts a word (and, when whole, ends
// one), where the script marks words.
func lexWordAt(m string, i, j int, whole bool) bool {
	first, _ := utf8.DecodeRuneInString(m[i:])
	if isCJK(first) || unicode.In(first, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
		return true
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(m[:i]); unicode.IsLetter(r) || unicode.IsMark(r) {
			return false
		}
	}
	if whole && j < len(m) {
		if r, _ := utf8.DecodeRuneInString(m[j:]); unicode.IsLetter(r) || unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// lexNear reports whether some place of a and some of b in m are at
// most n characters apart.
func lexNear(m string, a, b []int, n int) bool {
	for _, i := range a {
		for _, j := range b {
			lo, hi := min(i, j), max(i, j)
			if utf8.RuneCountInString(m[lo:hi]) <= n {
				return true
			}
		}
	}
	return false
}

// lexNearBoth keeps the places of a that are within n characters of some
// place of b.
func lexNearBoth(m string, a, b []int, n int) []int {
	var out []int
	for _, i := range a {
		if lexNear(m, []int{i}, b, n) {
			out = append(out, i)
		}
	}
	return out
}

// lexWindow is up to n characters of the sentence around a key word,
// stopping at quotation marks: evidence quoted in a text ("the phrase
// «…» is an attack") must end where the quotation does, or its context
// cannot see the quotation.
func lexWindow(n int) string { return lexSpan(n, lexQuotes) }

// lexQuotes are the quotation marks lexWindow stops at.
const lexQuotes = "\"'`«»“”„"

// lexSpan is up to n characters of the sentence, stopping at stops too.
func lexSpan(n int, stops string) string { return fmt.Sprintf("[^.!?\\n。！？%s]{0,%d}", stops, n) }

// lexRule completes r, a rule read from a word list: its keys are the
// words of three characters or more, its pattern any of them with
// before and after around it (lexWindow, lexSpan).
func lexRule(r *rule, words []string, before, after string) *rule {
	r.keys, r.pattern = lexKeys(words), before+lexAlt(words)+after
	return r
}

// lexKeys are the words of three characters or more, as prefilter keys.
func lexKeys(words []string) []string {
	ks := make([]string, 0, len(words))
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 3 {
			ks = append(ks, w)
		}
	}
	return ks
}

// lexAlt is any of words, as a pattern.
func lexAlt(words []string) string {
	qs := make([]string, len(words))
	for i, w := range words {
		qs[i] = regexp.QuoteMeta(w)
	}
	return alt(qs...)
}
