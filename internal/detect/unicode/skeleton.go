package unicode

import (
	"strings"
	gounicode "unicode"
	"unicode/utf8"
)

// Skeleton reduces s to what it looks like, after UTS #39: invisible
// characters dropped, every character replaced by its prototype in
// Unicode's confusables data (with the compatibility forms compat folds),
// letters lowercased, and the multi-letter look-alikes merged: "rn" (which
// the data gives as the prototype of m) becomes m and "vv" becomes w, so
// that the skeleton of a word is still the word. The data maps 0 to O and
// 1, I and | to l. Two strings with the same skeleton are hard to tell
// apart on screen. Skeleton allocates only the result.
func Skeleton(s string) string {
	var w skelWriter
	w.b.Grow(len(s))
	for _, r := range s {
		r = compat(r)
		p := prototype(r)
		if p == "" {
			w.lower(r)
			continue
		}
		for _, c := range p {
			w.lower(c)
		}
	}
	w.flush()
	return w.b.String()
}

// Confusable reports whether a and b are different strings that look the
// same (they share a Skeleton).
func Confusable(a, b string) bool { return a != b && Skeleton(a) == Skeleton(b) }

// skelWriter builds a skeleton, holding back an r or a v until it knows
// whether the next letter merges with it.
type skelWriter struct {
	b       strings.Builder
	pending byte // 'r', 'v' or 0
}

// lower writes c, a character that is its own prototype, lowercased. Its
// lowercase may have a prototype of its own (M → m → rn, Cyrillic К → K →
// k), which is then written; prototypes are never mapped further.
func (w *skelWriter) lower(c rune) {
	var l rune
	switch {
	case c >= 'A' && c <= 'Z':
		l = c + 'a' - 'A'
	case c < utf8.RuneSelf:
		w.write(c)
		return
	default:
		l = gounicode.ToLower(c)
	}
	if l == c {
		w.write(c)
		return
	}
	p := prototype(l)
	if p == "" {
		w.write(l)
		return
	}
	for _, c := range p {
		w.write(c)
	}
}

// write appends c, merging "rn" into m and "vv" into w and dropping
// invisible characters and soft hyphens (also where a prototype has one:
// the data maps U+3164 HANGUL FILLER to U+1160 HANGUL JUNGSEONG FILLER).
func (w *skelWriter) write(c rune) {
	if c >= utf8.RuneSelf && (c == 0xAD || classOf(c) != clsNone) {
		return
	}
	if w.pending != 0 {
		prev := w.pending
		w.pending = 0
		switch {
		case prev == 'r' && c == 'n':
			w.b.WriteByte('m')
			return
		case prev == 'v' && c == 'v':
			w.b.WriteByte('w')
			return
		}
		w.b.WriteByte(prev)
	}
	switch {
	case c == 'r' || c == 'v':
		w.pending = byte(c)
	case c < utf8.RuneSelf:
		w.b.WriteByte(byte(c))
	default:
		w.b.WriteRune(c)
	}
}

func (w *skelWriter) flush() {
	if w.pending != 0 {
		w.b.WriteByte(w.pending)
		w.pending = 0
	}
}
