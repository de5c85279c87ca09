package unicode

import (
	"strconv"
	gounicode "unicode"
)

// variationSelectors judges VS1–VS256. One selector after a character that
// has variants is ordinary (U+FE0F after an emoji, U+FE0E for text style, a
// keycap, an ideographic variation sequence after a Han character). Two in
// a row never are, and selectors after plain letters carry no meaning but a
// byte each: the "emoji smuggling" scheme.
func (a *analysis) variationSelectors(text string, occs []occ, idx []int) {
	var stray []int
	for _, run := range runs(occs, idx) {
		if len(run) >= 2 {
			first, last := occs[run[0]], occs[run[len(run)-1]]
			b := make([]byte, len(run))
			for k, i := range run {
				b[k] = vsByte(occs[i].r)
			}
			detail := strconv.Itoa(len(run)) + " selectors"
			if printable(b) {
				detail += ", decoding to " + quote(string(b))
			}
			a.add(finding(ruleVSRun, first.start, last.end, detail))
			continue
		}
		o := occs[run[0]]
		if takesVariant(before(text, o.start), o.r) {
			a.benign[run[0]] = true
			continue
		}
		stray = append(stray, run[0])
	}
	switch n := len(stray); {
	case n >= 4:
		a.add(finding(ruleVSScattered, occs[stray[0]].start, occs[stray[n-1]].end, strconv.Itoa(n)+" selectors"))
	case n > 0:
		for _, i := range stray {
			a.add(finding(ruleVSStray, occs[i].start, occs[i].end, ""))
		}
	}
}

// takesVariant reports whether a variation selector vs after base is one of
// the ordinary uses.
func takesVariant(base, vs rune) bool {
	switch {
	case base < 0:
		return false
	case vs == 0xFE0E || vs == vs16:
		// Text or emoji presentation: emoji, symbols, keycap bases.
		return isEmoji(base) || base == '#' || base == '*' || base >= '0' && base <= '9' ||
			base >= 0x80 && (gounicode.Is(gounicode.So, base) || gounicode.Is(gounicode.Sm, base) ||
				gounicode.Is(gounicode.Han, base))
	case vs >= 0xE0100:
		// Ideographic variation sequences.
		return gounicode.Is(gounicode.Han, base)
	default:
		// VS1–VS14: standardized variants of math symbols, CJK
		// compatibility ideographs, Myanmar, Phags-pa, Manichaean.
		return base >= 0x80 && (gounicode.Is(gounicode.Sm, base) || gounicode.Is(gounicode.Han, base) ||
			gounicode.In(base, gounicode.Myanmar, gounicode.Phags_Pa, gounicode.Manichaean, gounicode.Mongolian))
	}
}
