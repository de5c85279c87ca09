package ansi

import (
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// FuzzScan checks that the scanners and Strip never panic, spans stay in
// the text, and what Strip leaves holds no escape sequence.
func FuzzScan(f *testing.F) {
	for _, r := range rules {
		for _, s := range append(r.tp, r.fp...) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, scan := range []func(string) []detect.Finding{ScanDefinition, ScanResult} {
			for _, fd := range scan(s) {
				if fd.Start < 0 || fd.End > len(s) || fd.Start > fd.End {
					t.Fatalf("span %d-%d outside %d bytes", fd.Start, fd.End, len(s))
				}
			}
		}
		clean := Strip(s)
		if strings.IndexByte(clean, 0x1b) >= 0 {
			t.Fatalf("Strip(%+q) = %+q keeps an ESC", s, clean)
		}
		for _, fd := range ScanResult(clean) {
			if fd.Severity >= detect.High {
				t.Fatalf("Strip(%+q) = %+q still has %v", s, clean, fd)
			}
		}
	})
}
