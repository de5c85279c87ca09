package injection

import "strings"

// normalizeASCII is normalize for ASCII text, with the position map
// (offsets plus base): the fast path for the windows the rules read. It
// writes into w's buffers (each output byte comes from one input byte, so
// len(s) bytes suffice).
//
// Most bytes fold alone: letters and punctuation always, a space or a
// newline between two bytes that are not spaces. Those are copied in a
// tight loop that needs no bounds checks; the loop stops at the others,
// a digit (leetspeak depends on its word) or a space that starts or ends
// the text or a run of spaces, which are read word by word, run by run.
func normalizeASCII(s string, base int, w *window) ([]byte, []int32) {
	b, pos := w.grow(len(s))
	n, i := 0, 0
	for {
		// n <= i: b and pos have room for the rest of s
		x := foldAlone(s[i:], b[n:], pos[n:], int32(base+i), i == 0)
		i, n = i+x, n+x
		if i == len(s) {
			b, pos = b[:n], pos[:n]
			keepArticlesASCII(s, base, b, pos)
			return b, pos
		}
		if isFoldSpace(s[i]) {
			// a run of spaces is one byte, at the run's first: a newline
			// if the run has one, else a space; none at either end (the
			// bytes before i are not spaces: they folded alone, or ended
			// a word)
			sep, j := byte(' '), i
			for ; j < len(s) && isFoldSpace(s[j]); j++ {
				if s[j] == '\n' {
					sep = '\n'
				}
			}
			if i > 0 && j < len(s) {
				b[n], pos[n] = sep, int32(base+i)
				n++
			}
			i = j
			continue
		}
		// a digit: the word it is in. The word's bytes before it are
		// letters, already copied; a digit in a word with a letter is
		// read as leetspeak.
		mixed := i > 0 && normKind[s[i-1]] == akLetter
		j := i
		for ; j < len(s) && isFoldWord(s[j]); j++ {
			mixed = mixed || normKind[s[j]] == akLetter
		}
		for ; i < j; i++ {
			c := normFold[s[i]]
			if mixed && c >= '0' && c <= '9' {
				c = leetFold(c)
			}
			b[n], pos[n] = c, int32(base+i)
			n++
		}
	}
}

// keepArticlesASCII puts back the 'l' of the words articleL names in b,
// normalizeASCII's fold of s, as normalize does: the 'l' of a standalone
// "ia" or "ias" that was "la" or "las" in s, or of an "ai" that was "al".
//
// It looks for them from their 'l' in s (strings.IndexByte, a byte far
// rarer than the folded 'i' and 'a', which every folded 'l' adds to),
// and only then finds their place in b: a word of b that is one of them
// has an 'l' or 'L' in s with an 'a' or 'A' beside it, and no word byte
// before it in s (the byte before it in b folds from that byte, or is a
// space); checkArticleASCII then tests the word in b as a search of b
// for "ia" and "ai" would.
func keepArticlesASCII(s string, base int, b []byte, pos []int32) {
	for _, l := range [2]byte{'l', 'L'} {
		for q := 0; ; q++ {
			k := strings.IndexByte(s[q:], l)
			if k < 0 {
				break
			}
			q += k
			// "la", "las": the word starts at the 'l'
			if q+1 < len(s) && s[q+1]|0x20 == 'a' && (q == 0 || !isFoldWord(s[q-1])) {
				checkArticleASCII(s, base, b, pos, q, "ia")
			}
			// "al": the word starts at the 'a' before it
			if q > 0 && s[q-1]|0x20 == 'a' && (q == 1 || !isFoldWord(s[q-2])) && (q+1 == len(s) || !isFoldWord(s[q+1])) {
				checkArticleASCII(s, base, b, pos, q-1, "ai")
			}
		}
	}
}

// checkArticleASCII puts back the 'l' of the article w ("ia" or "ai", as
// folded) if one starts in b at the byte folded from s[p].
func checkArticleASCII(s string, base int, b []byte, pos []int32, p int, w string) {
	x := firstAtOrAfter(pos, base+p)
	if x+2 > len(b) || int(pos[x]) != base+p || string(b[x:x+2]) != w {
		return
	}
	n := 2
	if w == "ia" && x+2 < len(b) && b[x+2] == 's' {
		n = 3
	}
	if x > 0 && isFoldWord(b[x-1]) || x+n < len(b) && isFoldWord(b[x+n]) {
		return
	}
	if int(pos[x+n-1])-base != p+n-1 {
		return
	}
	if l := articleL(s[p : p+n]); l >= 0 {
		b[x+l] = 'l'
	}
}

// foldAlone copies the bytes at the start of rest that fold alone,
// folded, into out and their offsets (from off) into at, and returns how
// many it copied; first says rest starts the text. It is a function of
// its own, not part of normalizeASCII's loop, so that its loop keeps all
// it needs in registers: it copies most of the bytes.
//
//go:noinline
func foldAlone(rest string, out []byte, at []int32, off int32, first bool) int {
	out, at = out[:len(rest)], at[:len(rest)]
	for x := 0; x < len(rest); x++ {
		c := rest[x]
		if k := aloneKind[c]; k != akOther &&
			(k == akDigit || x == 0 && first || x+1 == len(rest) || isFoldSpace(rest[x+1])) {
			return x
		}
		out[x], at[x] = aloneFold[c], off+int32(x)
	}
	return len(rest)
}

// aloneKind and aloneFold are normKind and normFold for normalizeASCII's
// copying loop: letters and other bytes are akOther there, as they fold
// alone, and a space folds to ' ' (a newline to itself), as it does when
// it stands alone between two other bytes.
var aloneKind, aloneFold = func() (kind, fold [256]byte) {
	for c := 0; c < 256; c++ {
		kind[c], fold[c] = akOther, normFold[c]
		switch normKind[c] {
		case akDigit:
			kind[c] = akDigit
		case akSpace:
			kind[c], fold[c] = akSpace, ' '
		case akNewline:
			kind[c] = akSpace
		}
	}
	return kind, fold
}()

// Byte kinds for normalizeASCII.
const (
	akOther   = iota
	akLetter  // folded by letterFold
	akDigit   // kept, or folded as leetspeak inside a word with letters
	akSpace   // ' ', \t, \r, \f, \v
	akNewline // \n
)

var normKind, normFold = func() (kind, fold [256]byte) {
	for c := 0; c < 256; c++ {
		fold[c] = byte(c)
		switch {
		case c < 128 && letterFold[c] != 0:
			kind[c], fold[c] = akLetter, letterFold[c]
		case c >= '0' && c <= '9':
			kind[c] = akDigit
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			kind[c] = akSpace
		case c == '\n':
			kind[c] = akNewline
		}
	}
	return kind, fold
}()

// window is scratch space for a folded window and its position map.
type window struct {
	b   []byte
	pos []int32
	// ident[i] is i: the position map of a view's bytes, which the view
	// maps itself.
	ident []int32
	// fold and foldPos are the last fold (scanBuf.full only).
	fold    []byte
	foldPos []int32
}

// grow returns w's buffers with room for n bytes.
func (w *window) grow(n int) ([]byte, []int32) {
	if cap(w.b) < n {
		w.b, w.pos = make([]byte, n, n+n/2), make([]int32, n, n+n/2)
	}
	return w.b[:n], w.pos[:n]
}

// identity returns w.ident with at least n entries.
func (w *window) identity(n int) []int32 {
	for i := len(w.ident); i < n; i++ {
		w.ident = append(w.ident, int32(i))
	}
	return w.ident
}

// maxFoldWhole is the longest ASCII unit runRules folds whole rather
// than window by window: longer ones may hold much text no keyword
// needs, and their windows fold about their length anyway.
const maxFoldWhole = 16 << 10

// cleanCut reports whether the bytes of s[a:b] fold the same in the
// window s[wa:wb] (wa <= a <= b <= wb) as in the whole of s: whether the
// folded bytes whose positions lie in [a, b) are the same. A window
// folds differently from s only a word it cuts (leetspeak digits are
// read in the whole word) and the spaces at its ends (dropped): those
// must lie outside [a, b).
func cleanCut(s string, wa, wb, a, b int) bool {
	p := wa
	if p > 0 && isFoldWord(s[p-1]) {
		for p < wb && isFoldWord(s[p]) {
			p++
		}
	}
	for p < wb && isFoldSpace(s[p]) {
		p++
	}
	if p > a {
		return false
	}
	q := wb
	if wa < wb && wb < len(s) {
		if isFoldWord(s[wb-1]) && isFoldWord(s[wb]) {
			for q > wa && isFoldWord(s[q-1]) {
				q--
			}
		} else {
			for q > wa && isFoldSpace(s[q-1]) {
				q--
			}
		}
	}
	return q >= b
}

// isFoldWord reports whether normalizeASCII reads c as part of a word.
func isFoldWord(c byte) bool { return normKind[c] == akLetter || normKind[c] == akDigit }

// isFoldSpace reports whether normalizeASCII reads c as a space.
func isFoldSpace(c byte) bool { return normKind[c] == akSpace || normKind[c] == akNewline }
