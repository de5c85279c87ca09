package injection

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// decodeMore scans what the unit asks to decode: rot13 or reversed
// passages, hidden Unicode text, joined quoted pieces, letter-spaced words
// and encoded runs.
func (st *scanState) decodeMore(u *unit, hits []khit, first int) {
	rot, rev := map[int]bool{}, 0
	for _, h := range hits {
		k := &st.e.kws[h.kw]
		if k.rot13 {
			rot[h.kw] = true
		}
		if k.reverse {
			rev++
		}
	}
	var next []*unit
	if len(rot) >= 2 && st.budget.take(len(u.raw)) {
		next = append(next, newUnit(detect.ROT13(u.raw), oRot13, u.start, u.end, u.depth+1))
	}
	if rev > 0 && st.budget.take(len(u.raw)) {
		next = append(next, newUnit(reverseRunes(u.raw), oReversed, u.start, u.end, u.depth+1))
	}
	if u.v != nil {
		if t, ok := hiddenText(u.v.hidden); ok && st.budget.take(len(t)) {
			next = append(next, newUnit(t, oTags, u.start, u.end, u.depth+1))
			st.add(u, signal{rule: "encoded.tag-text", label: "text hidden in invisible Unicode tag characters",
				family: famEncoded, raw: 0.45})
		}
		if t, ok := smuggledText(u.v.smuggled); ok && st.budget.take(len(t)) {
			next = append(next, newUnit(t, oSelectors, u.start, u.end, u.depth+1))
			st.add(u, signal{rule: "encoded.selector-text", label: "text smuggled in variation selectors",
				family: famEncoded, raw: 0.45})
		}
	}
	if hasSplit(st.sigs[first:]) {
		for _, t := range joinQuoted(u.raw) {
			if st.budget.take(len(t)) {
				next = append(next, newUnit(t, oSplit, u.start, u.end, u.depth+1))
			}
		}
	}
	m := markText(u.raw, st.buf.runs[:0])
	st.buf.runs = m.runs
	if m.spelled {
		if t, ok := despace(u.raw); ok && st.budget.take(len(t)) {
			next = append(next, newUnit(t, oSpaced, u.start, u.end, u.depth+1))
		}
	}
	for _, d := range decodeMarked(u.raw, &m, &st.budget, nil) {
		s, e := d.start, d.end
		if u.origin != oPlain || (s == 0 && e == 0) {
			s, e = u.start, u.end // inside a decoded text: report the text it came from
		}
		next = append(next, newUnit(d.text, d.origin, s, e, u.depth+1))
	}
	for _, n := range next {
		before := len(st.sigs)
		st.scanUnit(n)
		best := 0.0
		for _, s := range st.sigs[before:] {
			best = max(best, s.w)
		}
		if best >= 0.4 && n.origin != oPlain {
			st.add(n, signal{rule: "encoded.payload", label: "instructions hidden in " + n.origin.String(),
				family: famEncoded, raw: 0.5})
		}
	}
}

// despace joins words spelled letter by letter ("i g n o r e  a l l",
// "I.g.n.o.r.e"), keeping longer gaps as spaces. When the letters are
// spelled apart with something other than a space ("d-i-s-r-e-g-a-r-d
// a-l-l"), a single space between them is a gap between words and is
// kept. It looks only at the separators of s, so ordinary text costs one
// table lookup per byte.
func despace(s string) (string, bool) {
	if !spelledIn(s, 0, len(s)) {
		return "", false
	}
	inWord := func(i int) bool { // s[i] is a one-byte gap between spelled letters
		return !isLetterASCII(s[i]) && i > 0 && i+1 < len(s) && isLetterASCII(s[i-1]) && isLetterASCII(s[i+1]) &&
			(i < 2 || !isLetterASCII(s[i-2])) && (i+2 >= len(s) || !isLetterASCII(s[i+2]))
	}
	spaces, others := 0, 0
	for i := 1; i+1 < len(s); i++ {
		if inWord(i) {
			if s[i] == ' ' {
				spaces++
			} else {
				others++
			}
		}
	}
	keepSpaces := others > spaces
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inWord(i) && !(keepSpaces && c == ' ') {
			continue // the one-byte gap inside a spelled word
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

const (
	spOther = iota
	spLetter
	spSep
)

// spellClass classes bytes for despace: ASCII letters, one-byte
// separators between spelled letters, and the rest (other scripts count
// as letters of longer words).
var spellClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch b := byte(c); {
		case isLetterASCII(b):
			t[c] = spLetter
		case b == ' ' || b == '.' || b == '-' || b == '_' || b == '*' || b == '|' || b == '/' || b == '+' || b == ',' || b == '\t':
			t[c] = spSep
		}
	}
	return t
}()

func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func hasSplit(sigs []signal) bool {
	for _, s := range sigs {
		if s.rule == "encoded.split" {
			return true
		}
	}
	return false
}

// joinQuoted joins the quoted strings of s in order, once with spaces and
// once without (a payload may be cut between words or inside one).
func joinQuoted(s string) []string {
	var parts []string
	for i := 0; i < len(s); i++ {
		q := s[i]
		if q != '\'' && q != '"' && q != '`' {
			continue
		}
		j := strings.IndexByte(s[i+1:], q)
		if j < 0 || j > 500 {
			continue
		}
		if j >= 2 {
			parts = append(parts, s[i+1:i+1+j])
		}
		i += j + 1
	}
	if len(parts) < 2 {
		return nil
	}
	return []string{strings.Join(parts, " "), strings.Join(parts, "")}
}
