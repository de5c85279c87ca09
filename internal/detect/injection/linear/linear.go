// Package linear is a small linear model of prompt injection: logistic
// regression over hashed words and word pairs, scored on windows of a text.
// It is trained offline (./train) on labelled data
// and embedded in the injection detector, which uses it as one more
// signal beside its rules: it catches phrasings the rules do not know.
//
// The features are the lower-cased words of a window (runs of letters,
// digits and apostrophes) and each pair of neighbouring words, hashed with
// FNV-1a into Dim buckets, each bucket counted once per window. A text
// longer than Window bytes is scored on windows of Window bytes every
// Stride bytes; its score is the highest.
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
	// Dim is the number of feature buckets.
	Dim = 1 << 18
	// Window and Stride cut long texts into the spans that are scored.
	Window, Stride = 4096, 2048
)

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
	magic     = "MSLM1\n"
)

// Scratch is the memory Windows and Score work in; reuse one per
// goroutine. The zero value is ready to use.
type Scratch struct {
	seen  []uint32 // the window stamp of each bucket
	gen   uint32   // the current window's stamp
	feats []uint32
}

// Windows calls fn with the features of each window of text (each bucket
// once per window, in no particular order), valid until fn returns.
func Windows(text string, sc *Scratch, fn func(feats []uint32)) {
	windows(text, sc, func(f []uint32, _, _ int) { fn(f) })
}

// windows is Windows with each window's span.
func windows(text string, sc *Scratch, fn func(feats []uint32, start, end int)) {
	if sc.seen == nil {
		sc.seen = make([]uint32, Dim)
	}
	for a := 0; ; a += Stride {
		b := min(len(text), a+Window)
		sc.gen++
		if sc.gen == 0 { // the stamps wrapped: start over
			clear(sc.seen)
			sc.gen = 1
		}
		sc.feats = appendFeatures(sc.feats[:0], text[a:b], sc.seen, sc.gen)
		fn(sc.feats, a, b)
		if b == len(text) {
			return
		}
	}
}

// appendFeatures appends the buckets of the words and word pairs of s not
// yet stamped gen in seen.
func appendFeatures(out []uint32, s string, seen []uint32, gen uint32) []uint32 {
	add := func(h uint32) {
		k := h % Dim
		if seen[k] != gen {
			seen[k] = gen
			out = append(out, k)
		}
	}
	prev, inWord, havePrev := uint32(0), false, false
	h := uint32(fnvOffset)
	end := func() {
		add(h)
		if havePrev {
			// the pair: the previous word's hash, a space, this word
			p := (prev ^ ' ') * fnvPrime
			p = (p ^ h) * fnvPrime
			add(p)
		}
		prev, havePrev = h, true
		h, inWord = fnvOffset, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
				fallthrough
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'':
				h = (h ^ uint32(c)) * fnvPrime
				inWord = true
			default:
				if inWord {
					end()
				}
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = (h ^ uint32(b)) * fnvPrime
			}
			inWord = true
		} else if inWord {
			end()
		}
	}
	if inWord {
		end()
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
	windows(text, sc, func(feats []uint32, a, b int) {
		z := 0
		for _, f := range feats {
			z += int(m.W[f])
		}
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
