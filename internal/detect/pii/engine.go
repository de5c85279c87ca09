package pii

import (
	"github.com/mcpshield/mcpshield/internal/detect"
)

// interesting marks the bytes the scan loop stops at; everything else is
// skipped in a tight loop. This is the prefilter: text without digits, '@'
// or ':' costs one table lookup per byte.
var interesting = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['+'], t['('], t['@'], t[':'] = true, true, true, true
	return t
}()

// scanner is the state of one Scan call.
type scanner struct {
	d    *Detector
	text string
	out  []detect.Finding
	sp   numSpan
	buf  [40]byte // scratch for the digits of a candidate
	// table is the table block whose header was last looked up
	table table
}

func (sc *scanner) run() {
	t := sc.text
	for i := 0; i < len(t); {
		for i < len(t) && !interesting[t[i]] {
			i++
		}
		if i >= len(t) {
			return
		}
		switch c := t[i]; {
		case isDigit(c):
			i = sc.digit(i)
		case c == '@':
			i = sc.at(i)
		case c == ':':
			i = sc.colon(i)
		default: // '+' or '('
			if sc.d.need(onNumber) && i+1 < len(t) && isDigit(t[i+1]) && (i == 0 || !badBefore(t[i-1])) {
				i = sc.number(i)
			} else {
				i++
			}
		}
	}
}

// badBefore reports whether a number preceded by c belongs to something
// else: a word or hex string, a decimal, a path or URL, an amount, a
// timestamp offset ("+0000" after a time). '=' and ':' are fine: key=value
// and key: value lines carry personal data too.
func badBefore(c byte) bool { return badBeforeTable[c] }

// badBeforeTable marks the bytes that make a digit the inside of a longer
// token (a word, a path, a version). A '|' is not one: it separates the
// fields of tables and database output ("1|Ann|513-61-5960").
var badBeforeTable = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isWord(byte(c))
	}
	for _, c := range []byte(".-/\\#$%&+*^~`") {
		t[c] = true
	}
	return t
}()

// skipWord returns the end of the run of word characters at i.
func (sc *scanner) skipWord(i int) int {
	for i < len(sc.text) && isWord(sc.text[i]) {
		i++
	}
	return i
}

// digit handles a digit at text[i] that no earlier step consumed.
func (sc *scanner) digit(i int) int {
	t := sc.text
	if sc.d.need(onIBAN) && i >= 2 && isUpper(t[i-2]) && isUpper(t[i-1]) && (i == 2 || !isAlnum(t[i-3])) {
		if end, ok := sc.tryText(onIBAN, i-2); ok {
			return end
		}
	}
	if i > 0 && badBefore(t[i-1]) {
		if isWord(t[i-1]) {
			return sc.skipWord(i)
		}
		// Skip the whole number, so that its tail is not read as a new one.
		if parseSpan(t, i, &sc.sp) {
			return sc.sp.end
		}
		return sc.skipWord(sc.sp.end)
	}
	if !sc.d.need(onNumber) {
		return sc.skipWord(i)
	}
	return sc.number(i)
}

// number parses the number span at text[i] and runs the number rules on it.
func (sc *scanner) number(i int) int {
	sp := &sc.sp
	if !parseSpan(sc.text, i, sp) {
		return sc.skipWord(sp.end)
	}
	// Short numbers are the common case in ordinary text (years, counts,
	// sizes, versions): no rule takes fewer than 8 digits, except an IPv4
	// address, which needs four groups.
	if sp.n < 4 && sp.ge[sp.n-1]-sp.gs[0] < 8 {
		return sp.end
	}
	for g := 0; g < sp.n; {
		if !sp.canStart(g) {
			g++
			continue
		}
		next := g + 1
		for _, k := range sc.d.byTrigger[onNumber] {
			r := &ruleTable[k]
			if h, ok := r.number(r, sc, sp, g); ok {
				sc.emit(k, h)
				next = h.lastGroup + 1
				break
			}
		}
		g = next
	}
	return sp.end
}

// at handles an '@'.
func (sc *scanner) at(i int) int {
	if sc.d.need(onAt) {
		for _, k := range sc.d.byTrigger[onAt] {
			r := &ruleTable[k]
			if h, ok := r.at(r, sc, i); ok {
				// The local part may hold digits an earlier rule took.
				for len(sc.out) > 0 && sc.out[len(sc.out)-1].End > h.start {
					sc.out = sc.out[:len(sc.out)-1]
				}
				sc.emit(k, h)
				return h.end
			}
		}
	}
	return i + 1
}

// colon handles a ':' (IPv6 candidates).
func (sc *scanner) colon(i int) int {
	if !sc.d.need(onColon) {
		return i + 1
	}
	if end, ok := sc.tryText(onColon, i); ok {
		return end
	}
	return i + 1
}

// tryText runs the text rules of one trigger at i.
func (sc *scanner) tryText(tr trigger, i int) (int, bool) {
	for _, k := range sc.d.byTrigger[tr] {
		r := &ruleTable[k]
		if h, ok := r.text(r, sc, i); ok {
			for len(sc.out) > 0 && sc.out[len(sc.out)-1].End > h.start {
				sc.out = sc.out[:len(sc.out)-1]
			}
			sc.emit(k, h)
			return h.end, true
		}
	}
	return 0, false
}

// need reports whether any enabled rule wants candidates of trigger tr.
func (d *Detector) need(tr trigger) bool { return len(d.byTrigger[tr]) > 0 }

// emit records a hit of rule k.
func (sc *scanner) emit(k int, h hit) {
	r := &ruleTable[k]
	sev := h.severity
	if sev == r.severity {
		sev = sc.d.severity[k] // configured severity for ordinary matches
	}
	sc.out = append(sc.out, detect.Finding{
		Type:        r.typ,
		Rule:        r.id,
		Severity:    sev,
		Start:       h.start,
		End:         h.end,
		Explanation: r.explain(h),
	})
}
