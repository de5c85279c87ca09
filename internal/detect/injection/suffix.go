package injection

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// Suffix patterns: some checks ask whether the text just before a signal
// ends a certain way ("if the user asks you to" + signal). Go's regexp
// reads such a pattern, anchored only at the end, from every position of
// the text, restarting all of its alternatives at each one: with a few
// hundred words of several languages in the pattern, one such check was
// 15% of the scan of the gateway benchmark's text. The same pattern
// reversed, read over the text reversed, is anchored at the start and
// gives up within a few runes of most texts.

// suffixRegexp is a pattern matched by its reversal over reversed text.
type suffixRegexp struct {
	src string // the pattern as written
	rev *regexp.Regexp
}

// mustSuffix compiles pattern's reversal (a bug if it does not compile).
// pattern must be anchored at the end ("$" or "\z", not under (?m));
// the reversal is exact for any pattern without captures used for
// their positions, which MatchString does not report.
func mustSuffix(pattern string) *suffixRegexp {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic("injection: suffix pattern: " + err.Error())
	}
	return &suffixRegexp{src: pattern, rev: regexp.MustCompile(reverseSyntax(re).String())}
}

// String returns the pattern as written.
func (r *suffixRegexp) String() string { return r.src }

// MatchString reports whether s contains a match of the pattern.
func (r *suffixRegexp) MatchString(s string) bool {
	var buf [256]byte
	return r.rev.Match(appendReversed(buf[:0], s))
}

// reverseSyntax turns re, in place, into the pattern that matches the
// reversed strings of re's matches: concatenations and literals run
// backwards, and the beginning and end assertions swap. Word boundaries,
// classes and repetitions read the same both ways.
func reverseSyntax(re *syntax.Regexp) *syntax.Regexp {
	switch re.Op {
	case syntax.OpLiteral:
		for i, j := 0, len(re.Rune)-1; i < j; i, j = i+1, j-1 {
			re.Rune[i], re.Rune[j] = re.Rune[j], re.Rune[i]
		}
	case syntax.OpConcat:
		for i, j := 0, len(re.Sub)-1; i < j; i, j = i+1, j-1 {
			re.Sub[i], re.Sub[j] = re.Sub[j], re.Sub[i]
		}
	case syntax.OpBeginText:
		re.Op = syntax.OpEndText
	case syntax.OpEndText:
		re.Op = syntax.OpBeginText
		re.Flags &^= syntax.WasDollar
	case syntax.OpBeginLine:
		re.Op = syntax.OpEndLine
	case syntax.OpEndLine:
		re.Op = syntax.OpBeginLine
	}
	for _, sub := range re.Sub {
		reverseSyntax(sub)
	}
	return re
}

// appendReversed appends s to dst rune by rune from its end. A byte
// that is not valid UTF-8 becomes U+FFFD, as the regexp package reads
// it, so that no pair of such bytes turns into a rune when reversed.
func appendReversed(dst []byte, s string) []byte {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if r == utf8.RuneError && n <= 1 {
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			dst = append(dst, s[i-n:i]...)
		}
		i -= n
	}
	return dst
}
