package pii

import "github.com/mcpshield/mcpshield/internal/detect"

// ssnWords confirm a 9-digit run, or one split by spaces, as an SSN.
var ssnWords = words("ssn", "social", "ss", "socialsecurity", "sozialversicherungsnummer")

// ssnExamples are numbers printed in SSA material and ads, famous enough
// to be placeholders.
var ssnExamples = map[string]bool{
	"078051120": true, "219099999": true, "123456789": true, "111223333": true,
	"457555462": true,
}

// ssnValid checks the ranges the SSA issues: area 001-899 except 666,
// group 01-99, serial 0001-9999.
func ssnValid(d []byte) bool {
	area := string(d[:3])
	return area != "000" && area != "666" && d[0] != '9' &&
		string(d[3:5]) != "00" && string(d[5:9]) != "0000"
}

// matchSSN matches US social security numbers: NNN-NN-NNNN in the issued
// ranges, or NNN NN NNNN and NNNNNNNNN next to an SSN keyword.
func matchSSN(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool) {
	if g == 0 && sp.plus {
		return hit{}, false
	}
	t := sc.text
	h := hit{start: sp.matchStart(g), severity: r.severity}
	weak := false
	switch {
	case g+2 < sp.n && sp.glen(g) == 3 && sp.glen(g+1) == 2 && sp.glen(g+2) == 4 &&
		sp.canEnd(g+2) && !sp.paren[g] && sp.sep[g+1] == sp.sep[g+2] && (sp.sep[g+1] == '-' || sp.sep[g+1] == ' '):
		weak = sp.sep[g+1] == ' '
		h.lastGroup = g + 2
	case sp.glen(g) == 9 && sp.canEnd(g) && !sp.paren[g]:
		weak = true
		h.lastGroup = g
	default:
		return hit{}, false
	}
	d := sp.appendDigits(sc.buf[:0], t, g, h.lastGroup)
	if !ssnValid(d) {
		return hit{}, false
	}
	if ctx := sc.context(r, h.start); ctx < 0 || weak && ctx == 0 {
		return hit{}, false
	}
	h.end = sp.matchEnd(h.lastGroup)
	h.value = t[h.start:h.end]
	if ssnExamples[string(d)] {
		h.severity, h.why = detect.Info, "a well-known example number"
	}
	return h, true
}

func explainSSN(h hit) string {
	s := "US social security number " + maskTail(h.value, 2)
	if h.why != "" {
		return s + ": " + h.why
	}
	return s + " in the issued ranges: a person's identifier"
}
