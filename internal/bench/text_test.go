package bench

import (
	"strings"
	"testing"
)

func TestTexts(t *testing.T) {
	if words[sentenceWords-1] != "database" {
		t.Errorf("Sentences draws on the words through %q; want through database", words[sentenceWords-1])
	}
	for _, n := range []int{0, 1, 100, 4096, 64 << 10} {
		if s := Text(7, n); len(s) < n || s != Text(7, n) {
			t.Errorf("Text(7, %d): %d bytes, or not the same twice", n, len(s))
		}
		if s := Sentences(7, n); len(s) != n || s != Sentences(7, n) {
			t.Errorf("Sentences(7, %d): %d bytes, or not the same twice", n, len(s))
		}
	}
	if Text(1, 4096) == Text(2, 4096) || Sentences(1, 4096) == Sentences(2, 4096) {
		t.Error("two seeds gave the same text")
	}
	s := Sentences(1, 64<<10)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if !strings.Contains(strings.Join(words[:sentenceWords], " ")+" id status ok count", w) {
			t.Fatalf("Sentences used %q", w)
		}
	}
}
