package jsonwalk

import (
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// scanString validates the string literal starting at doc[i] == '"' and
// returns the offset past its closing quote and whether it holds escapes.
func scanString(doc string, i int) (end int, escaped bool, err error) {
	j := i + 1
	for {
		j = nextSpecial(doc, j)
		if j >= len(doc) {
			return j, escaped, syntaxError(i, "unterminated string")
		}
		switch c := doc[j]; {
		case c == '"':
			return j + 1, escaped, nil
		case c == '\\':
			escaped = true
			if j+1 >= len(doc) {
				return j, escaped, syntaxError(i, "unterminated string")
			}
			switch doc[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if j+6 > len(doc) || hex4(doc[j+2:j+6]) < 0 {
					return j, escaped, syntaxError(j, `invalid \u escape`)
				}
				j += 6
			default:
				return j, escaped, syntaxError(j, "invalid escape")
			}
		default:
			return j, escaped, syntaxError(j, "control character in a string")
		}
	}
}

// nextSpecial returns the offset of the first quote, backslash or control
// character at or after s[j], or len(s) when there is none. Text is taken
// sixteen bytes a time: the common case, a long run of plain text, costs a
// few instructions per eight bytes.
func nextSpecial(s string, j int) int {
	for j+16 <= len(s) {
		m0 := specialMask(load64(s, j))
		m1 := specialMask(load64(s, j+8))
		if m0|m1 != 0 {
			if m0 != 0 {
				return j + bits.TrailingZeros64(m0)>>3
			}
			return j + 8 + bits.TrailingZeros64(m1)>>3
		}
		j += 16
	}
	if j+8 <= len(s) {
		if m := specialMask(load64(s, j)); m != 0 {
			return j + bits.TrailingZeros64(m)>>3
		}
		j += 8
	}
	for j < len(s) {
		if c := s[j]; c < 0x20 || c == '"' || c == '\\' {
			return j
		}
		j++
	}
	return j
}

// load64 reads s[i:i+8] as a little-endian word (one load: the compiler
// merges the byte loads).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// specialMask returns, for the eight bytes of w (little-endian), a word
// whose lowest set bit is the high bit of the first byte that is a quote, a
// backslash or a control character; zero when there is none. It uses the
// "has a zero byte" test, (x - 0x01…) &^ x & 0x80…, on w xor '"' and
// w xor '\\', and (w - 0x20…) &^ w for bytes below 0x20. A borrow only
// carries out of a byte that is itself marked, so marks above the lowest one
// may be wrong but the lowest is exact.
func specialMask(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	q := w ^ (ones * '"')
	b := w ^ (ones * '\\')
	return ((q-ones)&^q | (b-ones)&^b | (w-ones*0x20)&^w) & highs
}

// hex4 returns the value of four hex digits, or -1.
func hex4(s string) rune {
	var r rune
	for i := range 4 {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// unescape returns the decoded text of s, the inside of a valid string
// literal, as appendUnescaped decodes it, in a string of its own.
func unescape(s string) string {
	// The decoding is no longer than the literal, and b is not written
	// once it is the string's: one allocation, no copy.
	b := appendUnescaped(make([]byte, 0, len(s)), s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendUnescaped appends the decoded text of s, the inside of a valid
// string literal. Like encoding/json, it decodes a \u escape of a lone or
// mismatched UTF-16 surrogate to U+FFFD; unlike it, it leaves bytes that are
// not UTF-8 as they are, as it does for strings without escapes.
func appendUnescaped(b []byte, s string) []byte {
	for {
		k := strings.IndexByte(s, '\\')
		if k < 0 {
			return append(b, s...)
		}
		b = append(b, s[:k]...)
		c := s[k+1]
		s = s[k+2:]
		switch c {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hex4(s)
			s = s[4:]
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if len(s) >= 6 && s[0] == '\\' && s[1] == 'u' {
					r2 = hex4(s[2:])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					s = s[6:]
				} else {
					r = utf8.RuneError
				}
			}
			b = utf8.AppendRune(b, r)
		default: // '"', '\\', '/'
			b = append(b, c)
		}
	}
}

// appendQuoted appends s as a JSON string literal: quotes, backslashes and
// control characters escaped, bytes that are not UTF-8 replaced by \ufffd,
// U+2028 and U+2029 escaped (as encoding/json does, for JavaScript), and
// everything else, '/' and non-ASCII text included, as it is.
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&15])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
