// Package linear is a small linear model of prompt injection: logistic
// regression over hashed words and word pairs, scored on windows of a text.
// It is trained offline (./train) on labelled data
// and embedded in the injection detector, which uses it as one more
// signal beside its rules: it catches phrasings the rules do not know.
//
// The features are the lower-cased words wholly inside a window (runs of
// letters, digits and apostrophes) and each pair of neighbouring words,
// hashed with FNV-1a into Dim buckets, each bucket counted once per
// window. A text longer than Window bytes is scored on windows of Window
// bytes every Stride bytes; its score is the highest. The text is read
// once; each window sums the weights of its words.
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
	// Dim is the number of feature buckets (2^16 was tried: faster, but
	// more false positives).
	Dim = 1 << 18
	// Window and Stride cut long texts into the spans that are scored.
	Window, Stride = 4096, 2048
)

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
	magic     = "MSLM2\n"
)

// token is one word of a text: its bytes and its hash.
type token struct {
	start, end int
	h          uint32
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
// window can hold (a word and a pair per two bytes at most).
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
func Windows(text string, sc *Scratch, fn func(feats []uint32)) {
	each(text, sc, func(a, b, lo, hi int) {
		sc.feats = sc.feats[:0]
		forFeatures(sc, lo, hi, func(k uint32) { sc.feats = append(sc.feats, k) })
		fn(sc.feats)
	})
}

// each calls fn for each window [a, b) of text with the range [lo, hi)
// of sc.toks, the words wholly inside it. A text of Window bytes or less
// is one window.
func each(text string, sc *Scratch, fn func(a, b, lo, hi int)) {
	sc.toks = tokenize(sc.toks[:0], text)
	defer func() {
		if cap(sc.toks) > maxKeptTokens {
			sc.toks = nil
		}
	}()
	lo := 0
	for a := 0; ; a += Stride {
		b := min(len(text), a+Window)
		for lo < len(sc.toks) && sc.toks[lo].start < a {
			lo++
		}
		hi := lo
		for hi < len(sc.toks) && sc.toks[hi].end <= b {
			hi++
		}
		fn(a, b, lo, hi)
		if b == len(text) {
			return
		}
	}
}

// forFeatures calls fn with each new bucket of the words toks[lo:hi] and
// of each pair of neighbours among them, in a new window.
func forFeatures(sc *Scratch, lo, hi int, fn func(k uint32)) {
	sc.next()
	for i := lo; i < hi; i++ {
		h := sc.toks[i].h
		if k := h % Dim; sc.first(k) {
			fn(k)
		}
		if i > lo {
			// the pair: the previous word's hash, a space, this word
			p := (sc.toks[i-1].h ^ ' ') * fnvPrime
			if k := ((p ^ h) * fnvPrime) % Dim; sc.first(k) {
				fn(k)
			}
		}
	}
}

// tokenize appends the words of s: runs of letters, digits and ASCII
// apostrophes, lower-cased, hashed with FNV-1a.
func tokenize(out []token, s string) []token {
	start, inWord := 0, false
	h := uint32(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
				fallthrough
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'':
				if !inWord {
					start, inWord = i, true
				}
				h = (h ^ uint32(c)) * fnvPrime
			default:
				if inWord {
					out = append(out, token{start, i, h})
					h, inWord = fnvOffset, false
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord {
				start, inWord = i, true
			}
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = (h ^ uint32(b)) * fnvPrime
			}
		} else if inWord {
			out = append(out, token{start, i, h})
			h, inWord = fnvOffset, false
		}
		i += n
	}
	if inWord {
		out = append(out, token{start, len(s), h})
	}
	return out
}

// Model is a trained model: a bias and one weight per bucket, stored as
// int8 steps of Scale.
type Model struct {
	Bias  float32
	Scale float32
	W     []int8
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
	each(text, sc, func(a, b, lo, hi int) {
		z := 0
		forFeatures(sc, lo, hi, func(k uint32) { z += int(m.W[k]) })
		if v := float64(m.Bias) + float64(z)*float64(m.Scale); v > best {
			best, start, end = v, a, b
		}
	})
	return 1 / (1 + math.Exp(-best)), start, end
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

// MarshalBinary encodes m: a magic line, the bias, the scale, then the
// weights.
func (m *Model) MarshalBinary() ([]byte, error) {
	if len(m.W) != Dim {
		return nil, fmt.Errorf("linear model: %d weights, want %d", len(m.W), Dim)
	}
	out := append([]byte(magic), make([]byte, 8)...)
	binary.LittleEndian.PutUint32(out[len(magic):], math.Float32bits(m.Bias))
	binary.LittleEndian.PutUint32(out[len(magic)+4:], math.Float32bits(m.Scale))
	for _, x := range m.W {
		out = append(out, byte(x))
	}
	return out, nil
}

// Load decodes a model written by MarshalBinary.
func Load(b []byte) (*Model, error) {
	if len(b) != len(magic)+8+Dim || string(b[:len(magic)]) != magic {
		return nil, errors.New("linear model: not a model file of this version")
	}
	m := &Model{
		Bias:  math.Float32frombits(binary.LittleEndian.Uint32(b[len(magic):])),
		Scale: math.Float32frombits(binary.LittleEndian.Uint32(b[len(magic)+4:])),
		W:     make([]int8, Dim),
	}
	for i := range m.W {
		m.W[i] = int8(b[len(magic)+8+i])
	}
	return m, nil
}
