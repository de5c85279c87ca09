package jsonwalk

import "strings"

// runs finds, in one pass over s, the runs of base64 letters, and decodes
// each as base64 and the runs of hex digits in it as hex.
func (e *expander) runs(s, how string, level int) {
	for i := 0; i < len(s); {
		// A run long enough holds a whole block of eight letters.
		q := letterBlock(s, i)
		if q < 0 {
			return
		}
		p := q
		for p > i && charClass[s[p-1]]&classBase64 != 0 {
			p--
		}
		j, seen := p, byte(0)
		for j < len(s) && charClass[s[j]]&classBase64 != 0 {
			seen |= charClass[s[j]]
			j++
		}
		run := s[p:j]
		i = j
		if len(run) < minBase64Run {
			continue
		}
		if !e.live() {
			return
		}
		if level == 1 { // Encoded: the run and its padding
			end := j
			for end < len(s) && end-j < 2 && s[end] == '=' {
				end++
			}
			e.span = [2]int{j - len(run), end}
		}
		e.base64(run, seen, how, level)
		if len(run) >= minHexRun {
			e.hex(run, how, level)
		}
	}
}

// letterBlock returns the offset of the first of the blocks s[i:i+8],
// s[i+8:i+16], … that holds base64 letters only, or -1 if none does. Any
// run of 16 letters starting at i or later holds one of these blocks whole,
// so text without such a block holds no run worth decoding. Prose is
// skipped eight bytes at a time: nearly every block of it holds a blank
// or a byte below '+', which one word operation finds.
func letterBlock(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&highs != 0 || (x-'+'*ones)&^x&highs != 0 {
			continue // a byte of 0x80 or more, or below '+': not all letters
		}
		all := true
		for k := i; k < i+8; k++ {
			if charClass[s[k]]&classBase64 == 0 {
				all = false
				break
			}
		}
		if all {
			return i
		}
	}
	return -1
}

// base64 emits the decoding of run, a run of base64 letters holding the
// classes seen. A run that mixes the two alphabets is taken as runs of
// each, split at the other's letters, so a URL-safe token after a path is
// found whole; so is a standard run that is not text and holds a few '/' or
// '+', for a token without '-' or '_' after a path.
func (e *expander) base64(run string, seen byte, how string, level int) {
	switch {
	case seen&classStdOnly == 0:
		e.base64Run(run, how, level)
	case seen&classURLOnly == 0:
		if !e.base64Run(run, how, level) && strings.Count(run, "/")+strings.Count(run, "+") <= maxPathSlashes {
			e.base64Pieces(run, "+/", how, level)
		}
	default:
		e.base64Pieces(run, "-_", how, level)
		e.base64Pieces(run, "+/", how, level)
	}
}

// maxPathSlashes is the most '/' and '+' a run that is not base64 text may
// hold to be tried again in pieces: a path has a few, while base64 of binary
// data has one in every 32 letters, and is not worth trying again.
const maxPathSlashes = 4

// base64Pieces decodes the pieces of run between the letters of seps.
func (e *expander) base64Pieces(run, seps, how string, level int) {
	for run != "" && e.live() {
		k := strings.IndexAny(run, seps)
		if k < 0 {
			k = len(run)
		}
		if k >= minBase64Run {
			e.base64Run(run[:k], how, level)
		}
		run = run[min(k+1, len(run)):]
	}
}

// base64Run emits the decoding of run, base64 letters of one alphabet, and
// reports whether it was text.
func (e *expander) base64Run(run, how string, level int) bool {
	if len(run)%4 == 1 { // not base64 to the end: a letter too many
		run = run[:len(run)-1]
	}
	if len(run)*3/4 > e.budget { // the decoded length
		run = run[:e.budget/3*4]
	}
	if len(run) < minBase64Run {
		return false
	}
	b, ok := e.decode(run, appendBase64)
	if ok {
		e.found(string(b), how, "base64", level)
	}
	return ok
}

// hex emits the decoded runs of hex digits of s.
func (e *expander) hex(s, how string, level int) {
	for i := 0; i < len(s) && e.live(); {
		for i < len(s) && charClass[s[i]]&classHex == 0 {
			i++
		}
		j := i
		for j < len(s) && charClass[s[j]]&classHex != 0 {
			j++
		}
		run := s[i:j]
		i = j
		run = run[:len(run)&^1]
		if e.budget < len(run)/2 {
			run = run[:2*e.budget]
		}
		if len(run) < minHexRun {
			continue
		}
		if b, ok := e.decode(run, appendHex); ok {
			e.found(string(b), how, "hex", level)
		}
	}
}

// Classes of bytes, bits of charClass.
const (
	classBase64  = 1 << iota // a base64 letter, of either alphabet
	classHex                 // a hex digit
	classStdOnly             // '+' or '/'
	classURLOnly             // '-' or '_'
)

// charClass maps each byte to its classes (TestCharClass checks it).
const charClass = "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x09\x00\x05\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x00\x00\x00\x00\x00" +
	"\x00\x03\x03\x03\x03\x03\x03\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x09" +
	"\x00\x03\x03\x03\x03\x03\x03\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"

// probeLen is how much of a long base64 or hex run is decoded first, to
// give up early on one that is not text (an image, a hash): its decoding
// must be at least half printable for the rest to be decoded.
const probeLen = 256

// decode decodes run with dec into the scratch buffer, counting the bytes
// against the budget (which must allow them all), and reports whether they
// look like text.
func (e *expander) decode(run string, dec func([]byte, string) []byte) ([]byte, bool) {
	b := e.scratch[:0]
	if len(run) > probeLen {
		b = dec(b, run[:probeLen])
		if bad, total := textStats(b); bad*2 > total {
			e.scratch = b
			e.budget -= len(b)
			return nil, false
		}
		run = run[probeLen:]
	}
	b = dec(b, run)
	e.scratch = b
	e.budget -= len(b)
	bad, total := textStats(b)
	return b, total > 0 && bad*10 <= total
}
