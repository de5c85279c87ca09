//go:build !purego

package jsonrpc

import (
	"math/bits"

	"golang.org/x/sys/cpu"
)

// haveVector reports whether scanVector can run here.
var haveVector = cpu.X86.HasAVX2

// scanRun walks the 64-byte blocks at p (n >= 64 bytes) from the escape
// state carry (1 when p[0] is escaped), past those that need no decision: no
// unescaped quote or control character, no escape other than a one-letter
// one. It stops at the first block that needs one, or at the last whole
// block, and returns the block's offset, its classification, one bit per byte
// (bit k for p[off+k]): quotes and control characters (below 0x20),
// backslashes, and bytes that are not a complete escape letter (anything but
// " \ / b f n r t; 'u' is among them, since it needs four hex digits after
// it); the carry into it; and the backslashes of the blocks before it, zero
// if none. It needs AVX2.
//
//go:noescape
func scanRun(p *byte, n int, carry uint64) (off int, stop, bslash, notEsc, carryIn, seen uint64)

// scanVector finds the closing quote of the string whose content continues
// at data[j] (not escaped) and checks the content, 64 bytes at a time: the
// assembly walks the blocks that need no decision, and the blocks that do
// (the closing quote, a \u escape, an error) are decided here with bitmask
// arithmetic, so the bytes between the special ones are never looked at one
// by one. It reports ok false when the string is invalid or unterminated,
// without saying why, or when the CPU lacks AVX2.
func scanVector(data []byte, j int) (end int, escaped bool, ok bool) {
	if !haveVector {
		return 0, false, false
	}
	var (
		carry   uint64 // 1 when the block's first byte is escaped
		slashes uint64 // the backslashes seen inside the string
		buf     [64]byte
	)
	for j < len(data) {
		var stop, bslash, notEsc uint64
		live := ^uint64(0) // the bytes of the block that are in data
		if n := len(data) - j; n >= 64 {
			var off int
			var seen uint64
			off, stop, bslash, notEsc, carry, seen = scanRun(&data[j], n, carry)
			j += off
			slashes |= seen
		} else {
			// The tail: scan a padded copy, never past the slice. The
			// padding is zeros, control characters: an unterminated string
			// stops there, unless the last byte escapes the first zero.
			copy(buf[:], data[j:])
			_, stop, bslash, notEsc, _, _ = scanRun(&buf[0], len(buf), 0)
			live = 1<<n - 1
		}
		var esc uint64
		esc, carry = escapedBytes(bslash, carry)
		// The first quote or control character not escaped ends the
		// string, validly if it is a quote.
		first := stop &^ esc
		inside := (first - 1) &^ first & live
		if first != 0 {
			if k := j + bits.TrailingZeros64(first); k >= len(data) || data[k] != '"' {
				return 0, false, false
			}
		}
		// Escaped bytes that are not a one-letter escape must be a \u with
		// four hex digits, which may run into the next block.
		for odd := esc & notEsc & inside; odd != 0; odd &= odd - 1 {
			k := j + bits.TrailingZeros64(odd)
			if data[k] != 'u' || k+5 > len(data) || !isHex4(data[k+1:k+5]) {
				return 0, false, false
			}
		}
		slashes |= bslash & inside
		if first != 0 {
			return j + bits.TrailingZeros64(first) + 1, slashes != 0, true
		}
		j += 64
	}
	return 0, false, false
}

// escapedBytes returns the bytes of a block that a backslash escapes, given
// its backslashes and carry (1 when its first byte is escaped by the previous
// block), and the carry for the next block. A run of backslashes escapes
// every second byte from its start, and the byte after it when the run is odd
// in length; the subtraction finds each run's end in one step (simdjson's
// escape scanner).
func escapedBytes(bslash, carry uint64) (esc, next uint64) {
	const oddBits = 0xAAAAAAAAAAAAAAAA
	if bslash|carry == 0 {
		return 0, 0
	}
	starts := bslash &^ carry // backslashes that may start an escape
	// Odd bits flipped in, runs subtracted out, odd bits flipped back: a
	// set bit for each escaping backslash and for each escaped byte.
	code := ((starts<<1 | oddBits) - starts) ^ oddBits
	esc = code ^ (bslash | carry)
	return esc, (code & bslash) >> 63
}
