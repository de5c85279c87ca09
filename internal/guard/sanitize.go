package guard

import (
	"strings"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/detect/ansi"
	uni "github.com/mcpshield/mcpshield/internal/detect/unicode"
)

// sanitize removes escape sequences, control characters other than tab,
// CR and LF, and invisible characters that hide text.
func sanitize(s string) string {
	if plainASCII(s) {
		return s // the common case: sanitizeText would not change it
	}
	return sanitizeText(s)
}

// sanitizeText is sanitize without the shortcut for plain ASCII.
func sanitizeText(s string) string {
	if !utf8.ValidString(s) {
		// Cutting an escape out from between two broken fragments could
		// join them into a character (E2 80, ESC [0m, AE is U+202E):
		// broken bytes become U+FFFD first, as JSON encoding makes them.
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = uni.Strip(ansi.Strip(s))
	if !hasStrayControl(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isStrayControl(r) {
			return -1
		}
		return r
	}, s)
}

// plainASCII reports whether s is printable ASCII, tab, CR and LF only:
// no escape sequence (they start with ESC or a C1 control, U+0080 to
// U+009F), control or invisible character, and nothing that is not UTF-8.
// It reads eight bytes at a time.
func plainASCII(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i : i+8])
		del := w ^ (ones * 0x7f)
		// A byte at or above 0x80, below 0x20 or equal to 0x7f; the
		// subtractions borrow only out of bytes that are themselves
		// marked, so the word is marked exactly when one of them is.
		if (w|(w-ones*0x20)&^w|(del-ones)&^del)&highs != 0 && !plainBytes(s[i:i+8]) {
			return false
		}
	}
	return plainBytes(s[i:])
}

// load64 reads s[:8] as a little-endian word (one load: the compiler
// merges the byte loads).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func plainBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// hasStrayControl is a byte scan: control characters are single bytes in
// UTF-8, never part of a longer sequence.
func hasStrayControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return true
		}
	}
	return false
}

func isStrayControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f
}
