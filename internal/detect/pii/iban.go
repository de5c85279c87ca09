package pii

import (
	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/value"
)

// matchIBAN matches an IBAN starting at text[i] (the country code), written
// unbroken or in groups of four separated by blanks, dashes or dots (one
// kind throughout), with the registered length for its country and a
// valid ISO 7064 mod-97 checksum. A grouped IBAN may go on after a line
// break between two groups, as a statement or a wrapped text cuts it. BICs
// never match: their third and fourth characters are letters.
func matchIBAN(r *rule, sc *scanner, i int) (hit, bool) {
	t := sc.text
	if i+4 > len(t) || !isDigit(t[i+2]) || !isDigit(t[i+3]) {
		return hit{}, false
	}
	want := value.IBANLength(t[i : i+2])
	if want == 0 {
		return hit{}, false
	}
	c := sc.buf[:0]
	j := i
	var sep byte // the separator between groups; 0: unbroken
	if i+4 < len(t) && (t[i+4] == ' ' || t[i+4] == '-' || t[i+4] == '.') {
		sep = t[i+4]
	}
	for j < len(t) && len(c) < want {
		ch := t[j]
		switch {
		case isUpper(ch) || isDigit(ch):
			c = append(c, ch)
			j++
		case sep != 0 && len(c)%4 == 0:
			k := j
			switch {
			case ch == sep:
				k++
			case ch == '\r' && k+1 < len(t) && t[k+1] == '\n':
				k += 2
			case ch == '\n':
				k++
			}
			if k == j || k >= len(t) || !isUpper(t[k]) && !isDigit(t[k]) {
				return hit{}, false
			}
			j = k
		default:
			return hit{}, false
		}
	}
	if len(c) != want || (j < len(t) && isWord(t[j])) {
		return hit{}, false
	}
	if c[2] == '0' && c[3] < '2' || c[2] == '9' && c[3] == '9' || !value.IBANChecksumOK(c) {
		return hit{}, false // check digits 00, 01 and 99 are never issued
	}
	h := hit{start: i, end: j, severity: r.severity, value: string(c)}
	if ibanExamples[h.value] {
		h.severity, h.why = detect.Low, "a documented example IBAN"
	}
	return h, true
}

func explainIBAN(h hit) string {
	s := "IBAN " + h.value[:2] + maskTail(h.value[2:], 2)
	if h.why != "" {
		return s + ": " + h.why
	}
	return s + " with a valid checksum: a person's bank account"
}
