// Package linear is a small linear model of prompt injection: logistic
// regression over hashed words and word pairs, scored on windows of a text.
// It is trained offline (./train) on labelled data
// and embedded in the injection detector, which uses it as one more
// signal beside its rules: it catches phrasings the rules do not know.
//
// The features are the lower-cased words wholly inside a window (runs of
// letters, digits, combining marks and apostrophes; in scripts written
// without spaces, each pair of neighbouring characters) and each pair of
// neighbouring words, and, for a model with a prefix length
// (Model.Prefix), the first characters of each longer word, hashed with
// FNV-1a into Dim buckets, each bucket
// counted once per window. A text longer than Window bytes is scored on
// windows of Window bytes every Stride bytes; its score is the highest.
// The text is read once; each window sums the weights of its words.
package linear

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

const (
	// Dim is the number of feature buckets. Almost every bucket holds
	// some trained feature's weight, so a pair of words never seen in
	// training adds that weight as noise: a window of word salad has
	// hundreds of such pairs, and at 2^18 buckets, trained on the seventh
	// model's data, the noise carried salads over the threshold (the
	// gateway benchmark's, up to 22 of 60 at 256 KiB, varying with the
	// training data). 2^20 buckets made that 0 or 1 (linear/README.md).
	// 2^16 was tried for speed: more false positives.
	Dim = 1 << 20
	// Window and Stride cut long texts into the spans that are scored.
	Window, Stride = 4096, 2048
)

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
	// magic begins a model file; magicV3, a file of a model without
	// prefixes, as written before they existed (still read).
	magic, magicV3 = "MSLM4\n", "MSLM3\n"
	// MaxPrefix bounds Model.Prefix.
	MaxPrefix = 16
)

// token is one word of a text: its bytes, its hash and, for a word
// longer than a model's prefix length, the hash of its prefix (else 0).
type token struct {
	start, end int
	h, p       uint32
}

// maxKeptTokens bounds the words a Scratch keeps between texts: one huge
// text does not pin its word list in a pool for good.
const maxKeptTokens = 1 << 16

// Scratch is the memory Windows and Score work in; reuse one per
// goroutine. The zero value is ready to use.
type Scratch struct {
	toks []token
	// set holds the buckets of the current window: an open-addressing
	// table whose slots count as empty unless stamped with gen, so a new
	// window costs no clearing.
	stamp [setSize]uint16
	key   [setSize]uint32
	gen   uint16
	feats []uint32
}

// setSize is the size of Scratch's set: more than twice the features a
// window can hold (a word and a pair per two bytes at most; an unspaced
// character, which gives at most one word, takes three bytes or four).
const setSize = 1 << 13

// next starts a window: buckets stamped before no longer count as seen.
func (sc *Scratch) next() {
	sc.gen++
	if sc.gen == 0 { // the stamps wrapped: start over
		clear(sc.stamp[:])
		sc.gen = 1
	}
}

// first reports whether bucket k is new in the current window.
func (sc *Scratch) first(k uint32) bool {
	i := (k * 2654435761) >> (32 - 13)
	for {
		switch {
		case sc.stamp[i] != sc.gen:
			sc.stamp[i], sc.key[i] = sc.gen, k
			return true
		case sc.key[i] == k:
			return false
		}
		i = (i + 1) & (setSize - 1)
	}
}

// Windows calls fn with the features of each window of text (each bucket
// once per window, in no particular order), valid until fn returns.
// prefix is the model's prefix length (Model.Prefix): 0 for words and
// pairs only.
func Windows(text string, prefix int, sc *Scratch, fn func(feats []uint32)) {
	each(text, prefix, sc, func(a, b, lo, hi int) {
		sc.feats = sc.feats[:0]
		forFeatures(sc, lo, hi, func(k uint32) { sc.feats = append(sc.feats, k) })
		fn(sc.feats)
	})
}

// each calls fn for each window [a, b) of text with the range [lo, hi)
// of sc.toks, the words wholly inside it. A text of Window bytes or less
// is one window.
func each(text string, prefix int, sc *Scratch, fn func(a, b, lo, hi int)) {
	sc.toks = tokenize(sc.toks[:0], text, prefix)
	defer func() {
		if cap(sc.toks) > maxKeptTokens {
			sc.toks = nil
		}
	}()
	lo, hi := 0, 0
	for a := 0; ; a += Stride {
		b := min(len(text), a+Window)
		for lo < len(sc.toks) && sc.toks[lo].start < a {
			lo++
		}
		// the words the last window ended with end before this one's end
		// too: read on from where that window stopped, not from lo
		hi = max(hi, lo)
		for hi < len(sc.toks) && sc.toks[hi].end <= b {
			hi++
		}
		fn(a, b, lo, hi)
		if b == len(text) {
			return
		}
	}
}

// pairHash is the hash of a pair of neighbouring words: the first word's
// hash continued with a space and then with the second's.
func pairHash(a, b uint32) uint32 { return (((a ^ ' ') * fnvPrime) ^ b) * fnvPrime }

// forFeatures calls fn with each new bucket of the words toks[lo:hi] and
// of each pair of neighbours among them, in a new window.
func forFeatures(sc *Scratch, lo, hi int, fn func(k uint32)) {
	sc.next()
	for i := lo; i < hi; i++ {
		h := sc.toks[i].h
		if k := h % Dim; sc.first(k) {
			fn(k)
		}
		if p := sc.toks[i].p; p != 0 {
			if k := p % Dim; sc.first(k) {
				fn(k)
			}
		}
		if i > lo {
			if k := pairHash(sc.toks[i-1].h, h) % Dim; sc.first(k) {
				fn(k)
			}
		}
	}
}

// tokenize appends the words of s: runs of letters, digits, combining
// marks and ASCII apostrophes, lower-cased, hashed with FNV-1a. Scripts
// written without spaces between words (Chinese, Japanese, Thai, and
// Korean, whose spaced units carry their particles) give instead each
// pair of neighbouring characters of a run, overlapping, or the character
// alone when it stands alone: one token per sentence would never recur.
//
// With prefix > 0, a word of more than prefix+1 characters also carries
// the hash of its first prefix characters (marked, so that it differs
// from the hash of a word that is those characters alone): with prefix
// 4, "instructed" and "instructions" share "inst", "ohjeet" and
// "ohjeita" share "ohje".
// Languages that inflect by suffix repeat their stems this way where
// their whole words rarely recur.
func tokenize(out []token, s string, prefix int) []token {
	start, inWord := 0, false
	h := uint32(fnvOffset)
	n, ph := 0, uint32(0) // the word's characters so far; its prefix's hash
	word := func(end int) token {
		t := token{start, end, h, 0}
		if prefix > 0 && n > prefix+1 {
			t.p = (ph ^ 1) * fnvPrime
		}
		h, n = fnvOffset, 0
		return t
	}
	var u run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] == 0 {
				if inWord {
					out = append(out, word(i))
					inWord = false
				}
				i++
				continue
			}
			if !inWord {
				start, inWord = i, true
			}
			// the rest of an ASCII run at once (a byte above 0x7F ends it
			// too: the loop above reads it), with one table load per byte;
			// the prefix's characters first, one by one
			for ; n < prefix && i < len(s); i++ {
				w := asciiWord[s[i]]
				if w == 0 {
					break
				}
				h = (h ^ uint32(w)) * fnvPrime
				if n++; n == prefix {
					ph = h
				}
			}
			j := i
			for ; i < len(s); i++ {
				w := asciiWord[s[i]]
				if w == 0 {
					break
				}
				h = (h ^ uint32(w)) * fnvPrime
			}
			n += i - j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r):
			if inWord {
				out = append(out, word(i))
				inWord = false
			}
		case r >= 0x0e00 && unspaced(r): // the first test spares most scripts the call
			if inWord {
				out = append(out, word(i))
				inWord = false
			}
			out = u.add(out, s, i, i+size)
		default:
			if !inWord {
				start, inWord = i, true
			}
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = (h ^ uint32(b)) * fnvPrime
			}
			if n++; n == prefix {
				ph = h
			}
		}
		i += size
	}
	if inWord {
		out = append(out, word(len(s)))
	}
	return out
}

// asciiWord maps the ASCII bytes of words (letters, digits and the
// apostrophe) to themselves lower-cased, and every other byte to 0.
var asciiWord = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'':
			t[c] = byte(c)
		}
	}
	return t
}()

// run is the last character of a run of an unspaced script: where it
// starts and ends, the hash of it alone, and whether it is the run's only
// character so far (then out's last word is that character alone).
type run struct {
	start, end int
	h          uint32
	alone      bool
}

// add appends the words of the unspaced character s[i:j]: it alone if it
// starts a run; else its pair with the run's last character, in place of
// that character alone if it was the run's first.
func (u *run) add(out []token, s string, i, j int) []token {
	ch := uint32(fnvOffset)
	for k := i; k < j; k++ {
		ch = (ch ^ uint32(s[k])) * fnvPrime
	}
	if u.end != i || len(out) == 0 { // a new run
		out = append(out, token{i, j, ch, 0})
		*u = run{i, j, ch, true}
		return out
	}
	p := u.h
	for k := i; k < j; k++ {
		p = (p ^ uint32(s[k])) * fnvPrime
	}
	t := token{u.start, j, p, 0}
	if u.alone {
		out[len(out)-1] = t
	} else {
		out = append(out, t)
	}
	*u = run{i, j, ch, false}
	return out
}

// unspaced reports whether r belongs to a script written without spaces
// between words: Thai, Lao, Myanmar, Khmer, Hangul, kana and Han.
func unspaced(r rune) bool {
	switch {
	case r < 0x1100:
		return r >= 0x0e00 && r <= 0x0eff || r >= 0x1000 && r <= 0x109f // Thai, Lao; Myanmar
	case r < 0x3000:
		return r <= 0x11ff || r >= 0x1780 && r <= 0x17ff // Hangul Jamo; Khmer
	case r < 0xac00:
		return r >= 0x3040 && r <= 0x30ff || r >= 0x3130 && r <= 0x318f || r >= 0x31f0 && r <= 0x31ff ||
			r >= 0x3400 && r <= 0x4dbf || r >= 0x4e00 && r <= 0x9fff // kana, Hangul compatibility Jamo, Han
	default:
		return r <= 0xd7af || r >= 0xf900 && r <= 0xfaff || r >= 0xff66 && r <= 0xff9f || r >= 0x20000 && r <= 0x3ffff
	}
}

// Model is a trained model: a bias and one weight per bucket, stored as
// int8 steps of Scale. Prefix is the length in characters of the word
// prefixes it reads as features too (see tokenize), 0 for none.
type Model struct {
	Bias   float32
	Scale  float32
	W      []int8
	Prefix int
}

// Score returns the model's probability that text is an injection: the
// highest over its windows.
func (m *Model) Score(text string, sc *Scratch) float64 {
	p, _, _ := m.ScoreSpan(text, sc)
	return p
}

// ScoreSpan is Score with the span of the window that scored highest.
func (m *Model) ScoreSpan(text string, sc *Scratch) (p float64, start, end int) {
	best := math.Inf(-1)
	each(text, m.Prefix, sc, func(a, b, lo, hi int) {
		z, single := m.sum(sc, lo, hi)
		if n := hi - lo; n >= minSoup && 2*single > n {
			return // letter soup, not prose: see minSoup
		}
		if v := float64(m.Bias) + float64(z)*float64(m.Scale); v > best {
			best, start, end = v, a, b
		}
	})
	if math.IsInf(best, -1) {
		return 0, 0, 0
	}
	return 1 / (1 + math.Exp(-best)), start, end
}

// minSoup: a window of at least this many words, more than half of them a
// single ASCII letter or digit, is not scored. Such windows are not prose
// but text in another encoding read as UTF-8 (UTF-16's letters between
// NULs, Big5 or Shift JIS bytes between replacement characters), which a
// model of words scores at random, often high; letters spelled apart to
// hide a phrase are the rules' to find (the normaliser joins them).
const minSoup = 16

// sum is the sum of the weights of the buckets of the words toks[lo:hi]
// and of each pair of neighbours among them, each bucket once: what
// forFeatures yields, added up in place, without a call per feature
// (scoring runs on every byte a gateway passes); and how many of the
// words are one byte long.
func (m *Model) sum(sc *Scratch, lo, hi int) (z, single int) {
	sc.next()
	w := m.W[:Dim] // buckets are taken modulo Dim: no bounds checks below
	toks := sc.toks[lo:hi]
	for i, t := range toks {
		if t.end-t.start == 1 {
			single++
		}
		if k := t.h % Dim; sc.first(k) {
			z += int(w[k])
		}
		if t.p != 0 {
			if k := t.p % Dim; sc.first(k) {
				z += int(w[k])
			}
		}
		if i > 0 {
			if k := pairHash(toks[i-1].h, t.h) % Dim; sc.first(k) {
				z += int(w[k])
			}
		}
	}
	return z, single
}

// Quantize returns a Model of float weights w (Dim of them) and bias b.
func Quantize(w []float64, b float64) *Model {
	top := 0.0
	for _, x := range w {
		top = max(top, math.Abs(x))
	}
	scale := top / 127
	if scale == 0 {
		scale = 1
	}
	m := &Model{Bias: float32(b), Scale: float32(scale), W: make([]int8, len(w))}
	for i, x := range w {
		m.W[i] = int8(math.Round(x / scale))
	}
	return m
}

// MarshalBinary encodes m: a magic line, the bias, the scale, the prefix
// length (one byte), then the weights.
func (m *Model) MarshalBinary() ([]byte, error) {
	if len(m.W) != Dim {
		return nil, fmt.Errorf("linear model: %d weights, want %d", len(m.W), Dim)
	}
	if m.Prefix < 0 || m.Prefix > MaxPrefix {
		return nil, fmt.Errorf("linear model: prefix length %d, want 0 to %d", m.Prefix, MaxPrefix)
	}
	out := append([]byte(magic), make([]byte, 9)...)
	binary.LittleEndian.PutUint32(out[len(magic):], math.Float32bits(m.Bias))
	binary.LittleEndian.PutUint32(out[len(magic)+4:], math.Float32bits(m.Scale))
	out[len(magic)+8] = byte(m.Prefix)
	for _, x := range m.W {
		out = append(out, byte(x))
	}
	return out, nil
}

// Load decodes a model written by MarshalBinary, or by the version before
// it (no prefix length: 0).
func Load(b []byte) (*Model, error) {
	head := 0
	switch {
	case len(b) == len(magic)+9+Dim && string(b[:len(magic)]) == magic:
		head = 9
	case len(b) == len(magicV3)+8+Dim && string(b[:len(magicV3)]) == magicV3:
		head = 8
	default:
		return nil, errors.New("linear model: not a model file of this version")
	}
	m := &Model{
		Bias:  math.Float32frombits(binary.LittleEndian.Uint32(b[len(magic):])),
		Scale: math.Float32frombits(binary.LittleEndian.Uint32(b[len(magic)+4:])),
		W:     make([]int8, Dim),
	}
	if head == 9 {
		m.Prefix = int(b[len(magic)+8])
		if m.Prefix > MaxPrefix {
			return nil, fmt.Errorf("linear model: prefix length %d, want at most %d", m.Prefix, MaxPrefix)
		}
	}
	for i := range m.W {
		m.W[i] = int8(b[len(magic)+head+i])
	}
	return m, nil
}
