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
	spans := coverage(text)
	nOverride, nReorder := 0, 0 // findings so far, at most maxBidiFindings each
	var open []int              // opening controls not yet closed (indexes into occs)
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
			if c := spans[o.start]; o.r == rlo && c.ltr > 0 || o.r == lro && c.rtl > 0 {
				// it covers letters of the other direction: they show reversed
				if nOverride < maxBidiFindings {
					a.add(finding(ruleBidiOverride, o.start, c.end, overrideDetail(text[o.end:c.end])))
					nOverride++
				}
				reported = true
			}
			open = append(open, i)
		case lre, rle, lri, rli, fsi:
			if c := spans[o.start]; (o.r == rle || o.r == rli) && !hasRTLText() && c.words >= 2 {
				if nReorder < maxBidiFindings {
					a.add(finding(ruleBidiReorder, o.start, c.end, ""))
					nReorder++
				}
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

// maxBidiFindings bounds the findings of one kind a text gets: each names
// the text it covers, and a text of thousands of overrides is hostile
// enough with the first few.
const maxBidiFindings = 8

// covered is what a bidi control covers: from its end to where its effect
// ends (its matching PDF or PDI, or the end of the paragraph), with the
// letters of each direction and the words in between.
type covered struct {
	end      int
	ltr, rtl int // letters not right-to-left, and right-to-left ones
	words    int
}

// coverage finds what every bidi control of text covers, keyed by the
// control's offset, in one pass: a control that is not a terminator opens
// a span, a PDF or PDI closes the innermost open one, and the end of a
// paragraph closes them all. Counting letters and words as running totals
// keeps it linear however the spans nest (thousands of unclosed overrides
// would otherwise each be read to the end of the paragraph).
func coverage(text string) map[int]covered {
	type opened struct{ at, ltr, rtl, words int }
	var stack []opened
	out := map[int]covered{}
	ltr, rtl, words, in := 0, 0, 0, false
	closeAt := func(o opened, end int) {
		out[o.at] = covered{end: end, ltr: ltr - o.ltr, rtl: rtl - o.rtl, words: words - o.words}
	}
	for i := 0; i < len(text); {
		if c := text[i]; c == '\n' || c == '\r' {
			for _, o := range stack {
				closeAt(o, i)
			}
			stack = stack[:0]
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if classOf(r) == clsBidiCtl {
			switch r {
			case pdf, pdi:
				if len(stack) > 0 {
					closeAt(stack[len(stack)-1], i+n)
					stack = stack[:len(stack)-1]
				}
			default:
				stack = append(stack, opened{at: i, ltr: ltr, rtl: rtl, words: words})
			}
		}
		if gounicode.IsLetter(r) {
			if isRTL(r) {
				rtl++
			} else {
				ltr++
			}
		}
		w := isWordChar(r)
		if w && !in {
			words++
		}
		in = w
		i += n
	}
	for _, o := range stack {
		closeAt(o, len(text))
	}
	return out
}

// overrideDetail shows the covered text as stored and as displayed.
func overrideDetail(covered string) string {
	logical := []rune(covered)
	shown := make([]rune, 0, len(logical))
	for i := len(logical) - 1; i >= 0; i-- {
		if classOf(logical[i]) == clsNone {
			shown = append(shown, logical[i])
		}
	}
	return "stored as " + quote(string(logical)) + ", displayed as " + quote(string(shown))
}
