package unicode

import (
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// FuzzScan checks that Scan and Strip never panic, spans stay inside the
// text, that what Strip leaves holds nothing blocking, and that a skeleton
// is its own skeleton.
func FuzzScan(f *testing.F) {
	for _, p := range benignParagraphs {
		f.Add(p)
	}
	for _, r := range rules {
		for _, s := range append(r.tp, r.fp...) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fd := range Scan(s) {
			if fd.Start < 0 || fd.End > len(s) || fd.Start > fd.End {
				t.Fatalf("span %d-%d outside %d bytes: %v", fd.Start, fd.End, len(s), fd)
			}
		}
		ScanName(s)
		if sk := Skeleton(s); Skeleton(sk) != sk {
			t.Errorf("Skeleton(%+q) = %+q, whose skeleton is %+q", s, sk, Skeleton(sk))
		}
		clean := Strip(s)
		for _, fd := range Scan(clean) {
			if fd.Severity >= detect.High {
				t.Fatalf("Strip(%+q) = %+q still has %v", s, clean, fd)
			}
		}
	})
}
