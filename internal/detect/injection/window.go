package injection

// normalizeASCII is normalize for ASCII text, with the position map
// (offsets plus base): the fast path for the windows the rules read. It
// writes into w's buffers (each output byte comes from one input byte, so
// len(s) bytes suffice).
func normalizeASCII(s string, base int, w *window) ([]byte, []int32) {
	b, pos := w.grow(len(s))
	n := 0
	pend, pendAt := byte(0), 0
	for i := 0; i < len(s); {
		c := s[i]
		switch normKind[c] {
		case akLetter, akDigit:
			if pend != 0 {
				if n > 0 {
					b[n], pos[n] = pend, int32(base+pendAt)
					n++
				}
				pend = 0
			}
			start, digits := n, 0
			for ; i < len(s); i++ {
				c := s[i]
				k := normKind[c]
				if k != akLetter && k != akDigit {
					break
				}
				b[n], pos[n] = normFold[c], int32(base+i)
				n++
				digits += int(k - akLetter)
			}
			if digits > 0 && digits < n-start {
				for k := start; k < n; k++ {
					if b[k] >= '0' && b[k] <= '9' {
						b[k] = leetFold(b[k])
					}
				}
			}
		case akSpace, akNewline:
			if pend == 0 {
				pendAt = i
			}
			if c == '\n' {
				pend = '\n'
			} else if pend == 0 {
				pend = ' '
			}
			i++
		default:
			if pend != 0 {
				if n > 0 {
					b[n], pos[n] = pend, int32(base+pendAt)
					n++
				}
				pend = 0
			}
			b[n], pos[n] = c, int32(base+i)
			n++
			i++
		}
	}
	return b[:n], pos[:n]
}

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
