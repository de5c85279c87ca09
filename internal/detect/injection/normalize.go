package injection

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// view is a normalised rendering of a text: what the rules read.
//
// The view is lowercase, with Latin look-alikes folded to ASCII (fullwidth
// and mathematical letters, small capitals, accents, Cyrillic and Greek
// confusables inside Latin words, leetspeak digits inside Latin words),
// invisible characters removed (zero-width, soft hyphen, bidi controls,
// combining marks, tag characters, variation selectors), typographic
// punctuation folded to ASCII, 'l' folded onto 'i', and whitespace
// collapsed to single spaces or newlines.
type view struct {
	b []byte
	// pos[i] is the byte offset in the source of the character that
	// produced b[i]; nil unless tracking was asked for.
	pos []int32
	// hidden is the ASCII spelled by Unicode tag characters (U+E0020..E007E).
	hidden []byte
	// smuggled are the bytes spelled by variation selectors.
	smuggled []byte
	// other counts letters of scripts other than Latin.
	other int
	// up marks the bytes of b that came from a capital letter.
	up []uint64
}

// isUpper reports whether b[i] came from a capital letter.
func (v *view) isUpper(i int) bool {
	return i>>6 < len(v.up) && v.up[i>>6]&(1<<(i&63)) != 0
}

func (v *view) setUpper(i int, on bool) {
	for i>>6 >= len(v.up) {
		if !on {
			return
		}
		v.up = append(v.up, 0)
	}
	if on {
		v.up[i>>6] |= 1 << (i & 63)
	} else {
		v.up[i>>6] &^= 1 << (i & 63)
	}
}

// letterFold folds ASCII letters as the view does; 0 for other bytes.
var letterFold = func() (t [128]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = foldASCII(c)
		t[c-32] = foldASCII(c)
	}
	return t
}()

// letterFold256 is letterFold indexed by any byte (0 from 0x80 on).
var letterFold256 = func() (t [256]byte) {
	copy(t[:], letterFold[:])
	return t
}()

// confusable records a look-alike rune written to the view, to be folded
// if its word turns out to be Latin.
type confusable struct {
	off, n int
	b      byte
}

// normalizer builds a view in one pass over the source.
type normalizer struct {
	v     *view
	track bool
	// pending whitespace: 0 none, ' ' or '\n'; pendAt its source offset.
	pend   byte
	pendAt int
	// the current word
	tokStart  int // -1 outside a word
	tokLatin  int
	tokDigits int
	tokOther  int
	tokConf   []confusable
	prevLatin bool
}

// normalize renders s as a view; track asks for the position map.
func normalize(s string, track bool) *view {
	v := &view{b: make([]byte, 0, len(s)+8)}
	if track {
		v.pos = make([]int32, 0, len(s)+8)
	}
	n := normalizer{v: v, track: track, tokStart: -1}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if letterFold[c] == 0 {
				// spaces and punctuation inline (n.space, n.punct): they
				// are half the bytes of most text
				k := normKind[c]
				if k != akSpace && k != akOther {
					n.ascii(c, i) // a digit or a line break
					i++
					continue
				}
				if n.tokStart >= 0 {
					if n.tokDigits == 0 && n.tokOther == 0 && len(n.tokConf) == 0 {
						// endWord for a plain word: nothing to fold
						n.prevLatin = n.tokLatin > 0
						n.tokStart, n.tokLatin = -1, 0
					} else {
						n.endWord()
					}
				}
				if k == akSpace {
					if n.pend == 0 {
						n.pendAt, n.pend = i, ' '
					}
				} else {
					n.flush()
					n.emit(c, i)
				}
				i++
				continue
			}
			// the common case: a run of ASCII letters, folded in place
			// after one copy
			n.startWord()
			j := i + 1
			for j < len(s) && letterFold256[s[j]] != 0 {
				j++
			}
			k := len(v.b)
			if cap(v.b)-k < j-i {
				v.b = slices.Grow(v.b, j-i)
			}
			v.b = v.b[:k+j-i]
			run, src := v.b[k:], s[i:j]
			for x := range run {
				c := src[x]
				if c < 'a' {
					v.setUpper(k+x, true)
				}
				run[x] = letterFold256[c]
			}
			if l := articleL(src); l >= 0 && n.tokStart == k && wordBreakAt(s, j) {
				run[l] = 'l' // "la", "al", "las": the word is the run
			}
			if track {
				for k := i; k < j; k++ {
					v.pos = append(v.pos, int32(k))
				}
			}
			n.tokLatin += j - i
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n.rune(r, size, i)
		i += size
	}
	n.endWord()
	return v
}

func (n *normalizer) ascii(c byte, at int) {
	switch {
	case c >= '0' && c <= '9':
		n.wordByte(c, at)
		n.tokDigits++
	case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
		n.space(' ', at)
	case c == '\n':
		n.space('\n', at)
	default:
		n.punct(c, at)
	}
}

func (n *normalizer) rune(r rune, size, at int) {
	kind, b := foldRune(r)
	switch kind {
	case rkLatin:
		if b >= 'A' && b <= 'Z' { // multi-letter fold
			for _, m := range []byte(latinMulti[r]) {
				n.wordByte(m, at)
				n.tokLatin++
			}
			return
		}
		if b >= '0' && b <= '9' {
			n.wordByte(b, at)
			n.tokDigits++
			return
		}
		n.wordByte(foldASCII(b), at)
		n.tokLatin++
	case rkConfusable:
		n.startWord()
		lr := unicode.ToLower(r)
		if lr != r {
			n.v.setUpper(len(n.v.b), true)
		}
		n.tokConf = append(n.tokConf, confusable{off: len(n.v.b), n: utf8.RuneLen(lr), b: foldASCII(b)})
		n.emitRune(lr, at)
	case rkKeep:
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n.startWord()
			n.emitRune(unicode.ToLower(r), at)
			n.tokOther++
			n.v.other++
			return
		}
		n.endWord()
		n.flush()
		n.emitRune(r, at)
	case rkSpace:
		n.space(' ', at)
	case rkNewline:
		n.space('\n', at)
	case rkDrop:
	case rkTag:
		if r >= 0xE0020 && r <= 0xE007E {
			n.v.hidden = append(n.v.hidden, byte(r-0xE0000))
		}
	case rkSelector:
		if r <= 0xFE0F {
			n.v.smuggled = append(n.v.smuggled, byte(r-0xFE00))
		} else {
			n.v.smuggled = append(n.v.smuggled, byte(r-0xE0100+16))
		}
	case rkPunct:
		n.punct(b, at)
	}
	_ = size
}

func (n *normalizer) space(c byte, at int) {
	n.endWord()
	if n.pend == 0 {
		n.pendAt = at
	}
	if c == '\n' || n.pend == 0 {
		n.pend = c
	}
}

func (n *normalizer) flush() {
	if n.pend != 0 {
		if len(n.v.b) > 0 {
			n.emit(n.pend, n.pendAt)
		}
		n.pend = 0
	}
}

func (n *normalizer) punct(c byte, at int) {
	n.endWord()
	n.flush()
	n.emit(c, at)
}

func (n *normalizer) startWord() {
	if n.tokStart < 0 {
		n.flush()
		n.tokStart = len(n.v.b)
	}
}

func (n *normalizer) wordByte(c byte, at int) {
	n.startWord()
	n.emit(c, at)
}

func (n *normalizer) emit(c byte, at int) {
	n.v.b = append(n.v.b, c)
	if n.track {
		n.v.pos = append(n.v.pos, int32(at))
	}
}

func (n *normalizer) emitRune(r rune, at int) {
	k := len(n.v.b)
	n.v.b = utf8.AppendRune(n.v.b, r)
	if n.track {
		for ; k < len(n.v.b); k++ {
			n.v.pos = append(n.v.pos, int32(at))
		}
	}
}

// endWord closes the current word: folds its look-alikes and leetspeak
// digits when the word is Latin.
func (n *normalizer) endWord() {
	if n.tokStart < 0 {
		return
	}
	mapConf := len(n.tokConf) > 0 && (n.tokLatin > 0 || (n.tokOther == 0 && n.prevLatin))
	latin := n.tokLatin
	if mapConf {
		latin += len(n.tokConf)
	}
	mapLeet := n.tokDigits > 0 && latin >= 1 && n.tokOther == 0
	if mapConf || mapLeet {
		n.rewrite(mapConf, mapLeet)
	}
	n.prevLatin = latin > 0 && (n.tokOther == 0 || mapConf)
	n.tokStart = -1
	n.tokLatin, n.tokDigits, n.tokOther = 0, 0, 0
	n.tokConf = n.tokConf[:0]
}

// rewrite folds the current word in place (the view only shrinks).
func (n *normalizer) rewrite(mapConf, mapLeet bool) {
	v := n.v
	w, ci := n.tokStart, 0
	for r := n.tokStart; r < len(v.b); {
		if ci < len(n.tokConf) && n.tokConf[ci].off == r {
			cf := n.tokConf[ci]
			ci++
			if mapConf {
				v.b[w] = cf.b
				v.setUpper(w, v.isUpper(r))
				if n.track {
					v.pos[w] = v.pos[r]
				}
				w++
				r += cf.n
				continue
			}
			for k := 0; k < cf.n; k++ {
				v.b[w] = v.b[r]
				v.setUpper(w, v.isUpper(r))
				if n.track {
					v.pos[w] = v.pos[r]
				}
				w++
				r++
			}
			continue
		}
		c := v.b[r]
		if mapLeet && c >= '0' && c <= '9' {
			c = leetFold(c)
		}
		v.b[w] = c
		v.setUpper(w, v.isUpper(r))
		if n.track {
			v.pos[w] = v.pos[r]
		}
		w++
		r++
	}
	for k := w; k < len(v.b); k++ {
		v.setUpper(k, false)
	}
	v.b = v.b[:w]
	if n.track {
		v.pos = v.pos[:w]
	}
}
