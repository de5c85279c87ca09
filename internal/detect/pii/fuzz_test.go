package pii

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzScan checks the invariants of every scan: findings in bounds, in
// order, not overlapping, typed, and never echoing what they found.
func FuzzScan(f *testing.F) {
	for _, r := range ruleTable {
		for _, s := range append(append(append([]string{}, r.tp...), r.lo...), r.fp...) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for _, fd := range Scan(text) {
			if fd.Start < prevEnd || fd.End <= fd.Start || fd.End > len(text) {
				t.Fatalf("finding %v out of order or bounds (prev end %d, len %d)", fd, prevEnd, len(text))
			}
			prevEnd = fd.End
			if !strings.HasPrefix(fd.Type, "pii:") || fd.Rule == "" || fd.Explanation == "" {
				t.Fatalf("incomplete finding %v", fd)
			}
			if v := text[fd.Start:fd.End]; len(v) > 4 && strings.Contains(fd.Explanation, v) {
				t.Fatalf("explanation %q echoes %q", fd.Explanation, v)
			}
			if utf8.ValidString(text) && !utf8.ValidString(fd.Explanation) {
				t.Fatalf("explanation %q is not UTF-8", fd.Explanation)
			}
		}
	})
}
