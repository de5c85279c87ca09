package jsonwalk

import (
	"unicode"
	"unicode/utf8"
)

// unhex returns the value of the hex digit c, or -1.
func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return int(c - 'A' + 10)
	}
	return -1
}

// b64Value returns the value of the base64 letter c, in either the standard
// alphabet (+ /) or the URL one (- _), or -1.
func b64Value(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+' || c == '-':
		return 62
	case c == '/' || c == '_':
		return 63
	}
	return -1
}

// appendBase64 appends the decoding of s, base64 letters without padding
// whose length is not 1 mod 4. Unused low bits of the last letter are
// ignored, as lenient decoders do.
func appendBase64(b []byte, s string) []byte {
	for len(s) >= 4 {
		v := b64Value(s[0])<<18 | b64Value(s[1])<<12 | b64Value(s[2])<<6 | b64Value(s[3])
		b = append(b, byte(v>>16), byte(v>>8), byte(v))
		s = s[4:]
	}
	switch len(s) {
	case 2:
		v := b64Value(s[0])<<18 | b64Value(s[1])<<12
		b = append(b, byte(v>>16))
	case 3:
		v := b64Value(s[0])<<18 | b64Value(s[1])<<12 | b64Value(s[2])<<6
		b = append(b, byte(v>>16), byte(v>>8))
	}
	return b
}

// appendHex appends the decoding of s, an even number of hex digits.
func appendHex(b []byte, s string) []byte {
	for k := 0; k+1 < len(s); k += 2 {
		b = append(b, byte(unhex(s[k])<<4|unhex(s[k+1])))
	}
	return b
}

// textStats counts the runes of b, and those that are neither printable nor
// whitespace (bytes that are not UTF-8 among them). An incomplete rune at the
// end, as a decoding cut short leaves, is not counted.
func textStats(b []byte) (bad, total int) {
	for i := 0; i < len(b); total++ {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if !utf8.FullRune(b[i:]) {
				break
			}
			bad++
		} else if !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			bad++
		}
		i += size
	}
	return bad, total
}

// mostlyPrintable reports whether b looks like text: at least nine runes in
// ten printable or whitespace.
func mostlyPrintable(b []byte) bool {
	bad, total := textStats(b)
	return total > 0 && bad*10 <= total
}
