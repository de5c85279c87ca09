package unicode

import (
	"strings"
	"unicode/utf8"
)

// Strip removes from text the invisible and control characters Scan
// objects to (at any severity) and keeps the legitimate ones: emoji ZWJ
// sequences, subdivision flags, joiners in the scripts that need them, a
// leading BOM, direction marks and balanced isolates in right-to-left text,
// and single presentation selectors. Text without any is returned as is.
func Strip(text string) string {
	occs := collect(text)
	if len(occs) == 0 {
		return text
	}
	if !utf8.ValidString(text) {
		// Cutting a character out from between two invalid fragments
		// can join them into a new one (E2 80 | U+202E | AE makes
		// another U+202E), so invalid bytes become U+FFFD first, as
		// they would on the way out through encoding/json anyway.
		text = strings.ToValidUTF8(text, "\uFFFD")
		occs = collect(text)
	}
	a := analyse(text, occs)
	var b strings.Builder
	prev := 0
	for i, o := range occs {
		if a.benign[i] {
			continue
		}
		if prev == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[prev:o.start])
		prev = o.end
	}
	if prev == 0 {
		return text
	}
	b.WriteString(text[prev:])
	return b.String()
}
