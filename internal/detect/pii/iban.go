package pii

import (
	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/value"
)

// matchIBAN matches an IBAN starting at text[i] (the country code), written
// unbroken or in space-separated groups of four, with the registered length
// for its country and a valid ISO 7064 mod-97 checksum. BICs never match:
// their third and fourth characters are letters.
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
	spaced := i+4 < len(t) && t[i+4] == ' '
	for j < len(t) && len(c) < want {
		ch := t[j]
		switch {
		case isUpper(ch) || isDigit(ch):
			c = append(c, ch)
			j++
		case ch == ' ' && spaced && len(c)%4 == 0 && j+1 < len(t) && (isUpper(t[j+1]) || isDigit(t[j+1])):
			j++
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
