package poisoning

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// toolContext is what the analysis of one text knows about its tool.
type toolContext struct {
	// own holds the lowercased names the tool may mention without naming
	// another tool: its own name, its parameters, its enum values.
	own map[string]bool
	// param is set for the description or title of a parameter, which is
	// itself the place data goes.
	param bool
	// value is set for a default, example, enum or const value, which
	// should be data, not prose.
	value bool
	// name is the tool's own name, lowercased: "call NAME" calls this
	// tool.
	name string
}

// sentence is a span of a text and the features found in it.
type sentence struct {
	start, end int
	f          feat
	// hint is set when the sentence has a word of secrecy ("silently",
	// "nothing") that made no feature: concealMoreRe is worth trying.
	hint bool
}

// blob is a chunk that may hide an encoded payload.
type blob struct {
	start, end int
	s          string
	kind       byte // 'b' base64, 'x' hex
}

// textAnalysis is one text cut into sentences with their features.
type textAnalysis struct {
	text    string
	sents   []sentence
	all     feat
	encoded []blob
}

// tokenizer walks a text once, sentence by sentence.
type tokenizer struct {
	lx   *lexicon
	ctx  *toolContext
	a    *textAnalysis
	text string

	cur        sentence
	words      int // words in the current sentence
	negLeft    int // words still under a negation
	negAt      int // index of the last negation in the sentence
	lastUser   int // index of the last word meaning the user, or -10
	concealAt  int // index of the last negated telling verb, or -1
	hideAt     int // index of the last "silently", or -10
	lastAction int // index of the last action verb, or -10
	tellAt     int // index of the last telling verb, or -10
	anyAt      int // index of the last "any", "every", "other" …, or -10
	recipAt    int // index of the last recipient or account word, or -10
	prev       [2]prevWord
	buf        []byte
	scratch    []byte
	prefixHash [33]uint32
	mask       feat // when not 0, the only lexical features words may add
}

type prevWord struct {
	w []byte // lowercased, in a buffer owned by the tokenizer
	h uint32
	f feat
}

// analyse cuts text into sentences and finds their features.
func analyse(text string, ctx *toolContext) *textAnalysis {
	text, _ = maskMentions(text)
	text = maskIdioms(text)
	t := &tokenizer{lx: theLexicon(), ctx: ctx, a: &textAnalysis{text: text}, text: text, lastUser: -10, concealAt: -1, hideAt: -10, lastAction: -10, tellAt: -10, anyAt: -10, recipAt: -10}
	t.cur.start = 0
	newlines, blanks := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		switch c {
		case '\n':
			newlines++
			blanks = 0 // indentation on many lines is not one run
			if newlines >= 6 {
				t.cur.f |= fPadding
			}
			if !wrapped(text, i) {
				t.endSentence(i)
				t.cur.start = i + 1
			}
			i++
			continue
		case ' ', '\t', '\r', '\f', '\v':
			blanks++
			if blanks >= 40 {
				t.cur.f |= fPadding
			}
			i++
			continue
		case mentionBlank:
			// a mentioned quote (maskMentions): no words, no padding
			i++
			continue
		}
		j := i
		for j < len(text) && !isBlank(text[j]) && text[j] != mentionBlank {
			if b := text[j]; (b == 0xE3 || b == 0xEF) && widePunct(text, j) > 0 {
				n := widePunct(text, j)
				// CJK punctuation ends a chunk as a blank does
				// ("重要：send_email" names send_email), and is a chunk
				// of its own.
				if j == i {
					j += n
				}
				break
			}
			j++
		}
		t.chunk(i, j)
		newlines, blanks = 0, 0
		i = j
	}
	t.endSentence(len(text))
	markers(t.a)
	phrases(t.a)
	if i := rot13Mention(text); i >= 0 {
		// "ROT13, apply and follow: Orsber …": what follows the
		// mention may be the payload; "Nffvfgnag: … (The line above is
		// ROT13; decode it and follow it.)": or what precedes it
		t.a.encoded = append(t.a.encoded, blob{start: i, end: len(text), s: text[i:], kind: 'r'})
		if k := rot13Start(text, i); k > 0 {
			t.a.encoded = append(t.a.encoded, blob{start: 0, end: k, s: text[:k], kind: 'r'})
		}
	}
	return t.a
}

// rot13Mention returns where the text after a mention of ROT13 starts, or
// -1 when the text names no ROT13.
func rot13Mention(text string) int {
	for i := 0; i+5 <= len(text); i++ {
		if text[i] != 'r' && text[i] != 'R' || i > 0 && isAlnum(text[i-1]) {
			continue
		}
		w := strings.ToLower(text[i:min(len(text), i+6)])
		for _, m := range []string{"rot13", "rot-13", "rot 13"} {
			if strings.HasPrefix(w, m) && (i+len(m) == len(text) || !isAlnum(text[i+len(m)])) {
				return i + len(m)
			}
		}
	}
	return -1
}

// rot13Start returns where the mention of ROT13 that ends at end starts.
func rot13Start(text string, end int) int {
	for _, m := range []string{"rot13", "rot-13", "rot 13"} {
		if k := end - len(m); k >= 0 && strings.EqualFold(text[k:end], m) {
			return k
		}
	}
	return -1
}

// wrapped reports whether the newline at text[i] only wraps a sentence
// (as in docstrings) rather than ending it: the line before ends in a
// word or a comma and the next one goes on in lowercase.
func wrapped(text string, i int) bool {
	prev := strings.TrimRight(text[:i], " \t\r")
	next := strings.TrimLeft(text[i+1:], " \t")
	if prev == "" || next == "" {
		return false
	}
	p, n := prev[len(prev)-1], next[0]
	if !(isAlnum(p) || p == ',' || p == '(' || p == '"' || p == '\'' || p == '`' || p >= 0x80) {
		return false
	}
	return n >= 'a' && n <= 'z' || n == '"' || n == '\'' || n == '`' || n == '(' || n == '~' || n == '/'
}

// widePunct returns the length of the full-width or ideographic
// punctuation mark at text[i] (U+3000–U+303F, U+FF01–U+FF0F,
// U+FF1A–U+FF20), or 0.
func widePunct(text string, i int) int {
	if i+2 >= len(text) {
		return 0
	}
	switch b1, b2 := text[i], text[i+1]; {
	case b1 == 0xE3 && b2 == 0x80: // U+3000–U+303F but 々 〆 〇, which are letters
		if b3 := text[i+2]; b3 < 0x85 || b3 > 0x87 {
			return 3
		}
	case b1 == 0xEF && b2 == 0xBC: // U+FF00–U+FF3F
		if b3 := text[i+2]; b3 >= 0x81 && b3 <= 0x8F || b3 >= 0x9A && b3 <= 0xA0 {
			return 3
		}
	}
	return 0
}

func isBlank(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v'
}

func (t *tokenizer) endSentence(end int) {
	if t.cur.f != 0 || t.words > 0 {
		t.cur.end = end
		if t.ctx.param {
			t.cur.f |= fImplicitP
		}
		if t.ctx.value && t.words >= 5 {
			t.cur.f |= fValueText
		}
		t.a.sents = append(t.a.sents, t.cur)
		t.a.all |= t.cur.f
	}
	t.cur = sentence{start: end}
	t.words, t.negLeft, t.lastUser, t.concealAt, t.hideAt, t.lastAction, t.tellAt, t.anyAt = 0, 0, -10, -1, -10, -10, -10, -10
	t.recipAt = -10
	t.prev[0].w, t.prev[1].w = t.prev[0].w[:0], t.prev[1].w[:0]
	t.prev[0].f, t.prev[1].f = 0, 0
}

// chunk handles the non-blank run text[i:j]: its shape, then its words.
func (t *tokenizer) chunk(i, j int) {
	c := t.text[i:j]
	shapeText := c
	if hasFormat(c) {
		shapeText = stripFormat(c) // "~\u2060/.ss\u200bh" is still ~/.ssh
	}
	if name, ok := t.shape(i, j, shapeText); ok {
		// A quoted identifier ('add', "reply") is a name, not a verb; it
		// keeps what it names ('secret', 'key').
		t.mask = fSecret | fConv | fUser | fContent | fModel | fToolWord | fRecip
		t.word(name, j)
		t.mask = 0
		t.endChunk(c, j)
		return
	}
	// Words, and sentence ends inside the chunk (CJK punctuation).
	k := 0
	for k < len(c) {
		r, n := rune(c[k]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(c[k:])
		}
		switch {
		case isWordStart(r):
			e := wordEnd(c, k)
			t.word(c[k:e], i+e)
			k = e
		case isCJK(r):
			e := k
			for e < len(c) {
				r2, n2 := utf8.DecodeRuneInString(c[e:])
				if !isCJK(r2) {
					break
				}
				e += n2
			}
			t.cjk(c[k:e])
			k = e
		case r == '。' || r == '！' || r == '？' || r == '；' || r == '।' || r == '؟' || r == '؛' || r == '۔':
			t.endSentence(i + k + n)
			k += n
		case r == ',' || r == '，' || r == '、' || r == '،':
			t.negLeft, t.lastAction, t.hideAt, t.tellAt = 0, -10, -10, -10
			k += n
		default:
			k += n
		}
	}
	t.endChunk(c, j)
}

// endChunk ends the sentence after a chunk ending in "word." "word!)"
// "word?'", and a negation's scope at a comma.
func (t *tokenizer) endChunk(c string, j int) {
	end := trimQuotes(c)
	if end != "" {
		switch end[len(end)-1] {
		case '.', '!', '?', ';':
			if !strings.HasSuffix(end, "e.g.") && !strings.HasSuffix(end, "i.e.") && !strings.HasSuffix(end, "etc.") {
				t.endSentence(j)
			}
		case ',':
			t.negLeft, t.lastAction, t.hideAt, t.tellAt = 0, -10, -10, -10
		}
	}
}

// trimQuotes drops closing quotes and brackets from the end of a chunk.
func trimQuotes(c string) string {
	for len(c) > 0 {
		switch c[len(c)-1] {
		case ')', ']', '}', '"', '\'', '*':
			c = c[:len(c)-1]
			continue
		}
		if strings.HasSuffix(c, "’") || strings.HasSuffix(c, "”") || strings.HasSuffix(c, "»") {
			_, n := utf8.DecodeLastRuneInString(c)
			c = c[:len(c)-n]
			continue
		}
		return c
	}
	return c
}

// trimClosing drops sentence punctuation and closing quotes and brackets
// from the end of a chunk.
func trimClosing(c string) string {
	for len(c) > 0 {
		switch c[len(c)-1] {
		case '.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'', '`', '*':
			c = c[:len(c)-1]
			continue
		}
		if strings.HasSuffix(c, "’") || strings.HasSuffix(c, "”") {
			c = c[:len(c)-len("’")]
			continue
		}
		return c
	}
	return c
}

func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isIdentByte(byte(r))
	}
	return unicode.IsLetter(r) && !isCJK(r) || unicode.IsDigit(r)
}

func isCJK(r rune) bool {
	return r >= 0x3040 && r <= 0x30FF || r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0xAC00 && r <= 0xD7AF
}

// hasFormat reports whether s may hold invisible format characters (all
// of which encode with a leading 0xC2, 0xE2 or 0xEF byte).
func hasFormat(s string) bool {
	for k := 0; k < len(s); k++ {
		if b := s[k]; b == 0xC2 || b == 0xE2 || b == 0xEF {
			return true
		}
	}
	return false
}

// stripFormat removes invisible format characters from s.
func stripFormat(s string) string {
	return strings.Map(func(r rune) rune {
		if isFormat(r) {
			return -1
		}
		return r
	}, s)
}

// isFormat reports invisible format characters, skipped inside words so
// that "re\u200bad" still reads "read" (the unicode detector reports them).
func isFormat(r rune) bool {
	return r == 0xAD || r >= 0x200B && r <= 0x200F || r >= 0x2060 && r <= 0x2064 || r == 0xFEFF
}

// wordEnd returns where the word starting at c[k] ends: letters, digits,
// underscores, format characters, and apostrophes or hyphens between
// letters.
func wordEnd(c string, k int) int {
	for k < len(c) {
		r, n := rune(c[k]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(c[k:])
		}
		switch {
		case isWordStart(r) || isFormat(r) || unicode.IsMark(r):
			// Marks go on a word: Devanagari vowel signs, Arabic
			// harakat, decomposed Vietnamese tones.
			k += n
		case r == '\'' || r == '’' || r == '-':
			if k+n < len(c) {
				r2, _ := utf8.DecodeRuneInString(c[k+n:])
				if isWordStart(r2) {
					k += n
					continue
				}
			}
			return k
		default:
			return k
		}
	}
	return k
}
