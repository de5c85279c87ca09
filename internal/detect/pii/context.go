package pii

import "unicode/utf8"

// contextWindow is how far before a match, in bytes and on the same line,
// context words are looked for.
const contextWindow = 48

// wordSet is a set of lower-case context words, built once.
type wordSet map[string]bool

func words(ws ...string) wordSet {
	s := make(wordSet, len(ws))
	for _, w := range ws {
		s[w] = true
	}
	return s
}

// context tells whether the nearest context word before text[p] is one of
// the rule's keywords (+1), one of its negative words (-1), or neither (0).
// Words are runs of letters (and non-ASCII bytes, for "tél"), compared in
// lower case, with a plural "s" dropped.
func (r *rule) context(text string, p int) int {
	if r.keywords == nil && r.negative == nil {
		return 0
	}
	lo := max(0, p-contextWindow)
	var buf [contextWindow]byte
	for e := p; e > lo; {
		c := text[e-1]
		if c == '\n' {
			return 0
		}
		if !isWordByte(c) {
			e--
			continue
		}
		s := e
		for s > lo && isWordByte(text[s-1]) {
			s--
		}
		if s == lo && lo > 0 && isWordByte(text[lo-1]) {
			return 0 // a word cut by the window edge
		}
		if r.skipHostLabels && hostLabel(text, s, e) {
			e = s
			continue
		}
		w := buf[:e-s]
		for k := range w {
			c := text[s+k]
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			w[k] = c
		}
		switch {
		case r.keywords[string(w)]:
			return 1
		case r.negative[string(w)]:
			return -1
		case len(w) > 2 && w[len(w)-1] == 's':
			if r.keywords[string(w[:len(w)-1])] {
				return 1
			}
			if r.negative[string(w[:len(w)-1])] {
				return -1
			}
		case w[0] >= 0xe1:
			if c := r.unspacedContext(w); c != 0 {
				return c
			}
		}
		e = s
	}
	return 0
}

// maxUnspacedWord is the longest context word, in characters, looked for
// inside a run of an unspaced script.
const maxUnspacedWord = 5

// unspacedContext finds context words inside w, a run of letters of a
// script written without spaces (Chinese, Japanese) or with particles
// joined to its words (Korean): "王女士的手机号是" holds 手机号, "전화번호는"
// holds 전화번호. The word that ends last, the nearest to the number,
// wins; of two ending there, the longer. It returns +1, -1 or 0 as
// context does.
func (r *rule) unspacedContext(w []byte) int {
	var at [contextWindow + 1]int // rune starts of w, and its end
	n := 0
	for i := range len(w) {
		if utf8.RuneStart(w[i]) {
			at[n] = i
			n++
		}
	}
	at[n] = len(w)
	for b := n; b > 0; b-- {
		for a := max(0, b-maxUnspacedWord); a < b; a++ {
			switch {
			case r.keywords[string(w[at[a]:at[b]])]:
				return 1
			case r.negative[string(w[at[a]:at[b]])]:
				return -1
			}
		}
	}
	return 0
}

func isWordByte(c byte) bool { return isAlpha(c) || c >= 0x80 }

// businessRule holds the words that mark a line as an organisation's
// contact details (a WHOIS registrar block, a support footer), not a
// person's.
var businessRule = rule{keywords: words(
	"abuse", "registrar", "hotline", "helpdesk", "support", "switchboard",
	"reception", "tollfree", "headquarters", "hq",
), skipHostLabels: true}

// hostLabel reports whether text[s:e], a word, is joined by a dot to a
// letter or digit before or after it: a label of a host name or a dotted
// identifier, as "helpdesk" in "https://api.helpdesk.acme.io/users?email=…".
func hostLabel(text string, s, e int) bool {
	return s >= 2 && text[s-1] == '.' && isAlnum(text[s-2]) ||
		e+1 < len(text) && text[e] == '.' && isAlnum(text[e+1])
}

// businessContext reports whether a business word appears before text[p]
// on the same line, within the context window.
func businessContext(text string, p int) bool { return businessRule.context(text, p) > 0 }
