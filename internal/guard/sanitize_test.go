package guard

import (
	"strings"
	"testing"
)

var plainCases = []string{
	"", "hello", "hello world, eight+ bytes\n\tand a CR\r",
	"tab\tonly", "del\x7f", "esc\x1b[0m red", "nul\x00", "bell\x07 in a longer text...",
	"caf\u00e9 is not ASCII", "zero\u200bwidth", "c1 \u009b31m", "broken \xff", strings.Repeat("abcdefgh", 9) + "\x01",
	strings.Repeat("abcdefgh", 9) + "\x7f" + "ijklmnop", "\x1f\x20\x7e\x7f\x80",
}

// TestPlainASCII: plainASCII agrees with a byte loop, and sanitize leaves
// what it accepts as it is.
func TestPlainASCII(t *testing.T) {
	for _, s := range plainCases {
		checkPlain(t, s)
	}
}

func checkPlain(t *testing.T, s string) {
	t.Helper()
	if got, want := plainASCII(s), plainBytes(s); got != want {
		t.Fatalf("plainASCII(%q) = %v; want %v", s, got, want)
	}
	if plainASCII(s) {
		if got := sanitize(s); got != s {
			t.Fatalf("sanitize(%q) = %q; want it unchanged", s, got)
		}
	}
}

func FuzzPlainASCII(f *testing.F) {
	for _, s := range plainCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPlain(t, s)
		if plainBytes(s) {
			if got := sanitizeText(s); got != s {
				t.Fatalf("plain text %q changed by the slow path: %q", s, got)
			}
		}
	})
}
