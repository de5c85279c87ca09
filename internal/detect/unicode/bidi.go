package unicode

import (
	gounicode "unicode"
	"unicode/utf8"
)

// bidi judges the embedding, override and isolate controls.
//
//   - LRO and RLO force a direction on the letters they cover: RLO over
//     left-to-right letters (or LRO over right-to-left ones) shows them
//     reversed, the trick behind "selur ytefas lla erongi".
//   - RLE and RLI over left-to-right words in a text with no right-to-left
//     script reorder the words people see.
//   - Controls never closed before the end of the paragraph are the Trojan
//     Source pattern (CVE-2021-42574).
//   - Balanced isolates in text that needs them, or that an i18n library
//     wrapped (FSI…PDI around a name), are harmless.
func (a *analysis) bidi(text string, occs []occ, idx []int, hasRTLText func() bool) {
	if len(idx) == 0 {
		return
	}
	reported := false
	var open []int // opening controls not yet closed (indexes into occs)
	unbalanced := -1
	prevEnd := 0
	for _, i := range idx {
		o := occs[i]
		if len(open) > 0 && newlineBetween(text, prevEnd, o.start) {
			unbalanced = max(unbalanced, open[0]) // closed by the paragraph's end
			open = open[:0]
		}
		prevEnd = o.end
		switch o.r {
		case lro, rlo:
			if reverses(text, o) {
				a.add(finding(ruleBidiOverride, o.start, spanEnd(text, o), overrideDetail(text, o)))
				reported = true
			}
			open = append(open, i)
		case lre, rle, lri, rli, fsi:
			if (o.r == rle || o.r == rli) && !hasRTLText() && wordsCovered(text, o) >= 2 {
				a.add(finding(ruleBidiReorder, o.start, spanEnd(text, o), ""))
				reported = true
			}
			open = append(open, i)
		case pdf, pdi:
			if len(open) == 0 {
				unbalanced = max(unbalanced, i)
				continue
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		unbalanced = max(unbalanced, open[0])
	}
	switch {
	case unbalanced >= 0 && !reported:
		o := occs[unbalanced]
		a.add(finding(ruleBidiUnbalance, o.start, o.end, ""))
	case reported:
	case !hasRTLText():
		a.add(finding(ruleBidiEmbed, occs[idx[0]].start, occs[idx[len(idx)-1]].end, ""))
	case unbalanced < 0:
		for _, i := range idx {
			a.benign[i] = true // balanced, in text with right-to-left script
		}
	}
}

func newlineBetween(text string, from, to int) bool {
	for i := from; i < to && i < len(text); i++ {
		if text[i] == '\n' || text[i] == '\r' {
			return true
		}
	}
	return false
}

// spanEnd is where the effect of the control o ends: at its matching PDF or
// PDI, or at the end of the paragraph.
func spanEnd(text string, o occ) int {
	depth := 0
	for i := o.end; i < len(text); {
		c := text[i]
		if c == '\n' || c == '\r' {
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch classOf(r) {
		case clsBidiCtl:
			switch r {
			case pdf, pdi:
				if depth == 0 {
					return i + n
				}
				depth--
			default:
				depth++
			}
		}
		i += n
	}
	return len(text)
}

// overridden returns the text an override covers, with the controls.
func overridden(text string, o occ) string { return text[o.end:spanEnd(text, o)] }

// reverses reports whether an override covers letters of the opposite
// direction, which it then shows reversed.
func reverses(text string, o occ) bool {
	for _, r := range overridden(text, o) {
		if !gounicode.IsLetter(r) {
			continue
		}
		if o.r == rlo && !isRTL(r) || o.r == lro && isRTL(r) {
			return true
		}
	}
	return false
}

// wordsCovered counts the words an embedding or isolate covers.
func wordsCovered(text string, o occ) int {
	n, in := 0, false
	for _, r := range overridden(text, o) {
		w := isWordChar(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// overrideDetail shows the covered text as stored and as displayed.
func overrideDetail(text string, o occ) string {
	logical := []rune(overridden(text, o))
	shown := make([]rune, 0, len(logical))
	for i := len(logical) - 1; i >= 0; i-- {
		if classOf(logical[i]) == clsNone {
			shown = append(shown, logical[i])
		}
	}
	return "stored as " + quote(string(logical)) + ", displayed as " + quote(string(shown))
}
