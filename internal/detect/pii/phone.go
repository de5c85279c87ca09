package pii

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// phoneWords are the words that make a bare digit run a phone number.
var phoneWords = words(
	"phone", "tel", "telephone", "mobile", "mob", "cell", "cellphone", "call", "callback",
	"fax", "whatsapp", "sms", "contact", "reach", "dial", "ring", "ph",
	"handy", "telefon", "telefono", "teléfono", "téléphone", "tél", "tlf", "portable", "mobil",
	"celular", "telefone", "fone", "contato", "ligue", "ligar", "móvil", "movil", "rufnummer",
	"telefonnummer", "handynummer", "mobilnummer", "電話", "電話番号", "携帯", "携帯電話", "电话", "手机",
	// found inside runs of Chinese and Japanese, and before Korean particles
	// (context.go, unspacedContext)
	"手機", "電話號碼", "联系方式", "聯絡", "连络", "連絡先", "연락처", "전화", "휴대폰", "핸드폰", "휴대전화",
)

// numberNegatives are context words that make a digit run something other
// than personal data: order and tracking numbers, ISBNs, versions, ids.
var numberNegatives = words(
	"isbn", "issn", "order", "invoice", "tracking", "track", "shipment",
	"parcel", "awb", "ref", "reference", "ticket", "case", "serial", "sku",
	"part", "model", "version", "build", "transaction", "txn", "receipt",
	"confirmation", "booking", "pnr", "lot", "batch", "patent", "doi", "pid",
	"port", "id", "uuid", "commit", "release", "timestamp", "epoch", "size",
	"bytes", "total", "amount", "price", "balance", "checksum", "hash", "imei",
	"订单", "訂單", "单号", "單號", "快递", "快遞", "运单", "注文", "伝票", "追跡", "주문", "송장", "운송장",
)

// nanp checks a 10-digit North American number: an area code that exists
// in the plan (not N9X, not N11) and an exchange that is not N11. With
// strict, the exchange must also start with 2-9.
func nanp(d []byte, strict bool) bool {
	if len(d) != 10 || d[0] < '2' || d[1] == '9' || (d[1] == '1' && d[2] == '1') {
		return false
	}
	if d[4] == '1' && d[5] == '1' {
		return false
	}
	return !strict || d[3] >= '2'
}

// nanpLookalike names NANP numbers that reach no person: the fictional
// 555 ranges and toll-free business lines.
func nanpLookalike(d []byte) string {
	switch {
	case string(d[:3]) == "555" || (string(d[3:6]) == "555" && d[6] == '0' && d[7] == '1'):
		return "fictional 555 number"
	case d[0] == '8' && d[1] == d[2] && (d[1] == '0' || (d[1] >= '3' && d[1] <= '8')):
		return "toll-free business number" // 800, 833 ... 888
	}
	return ""
}

// matchE164 matches international numbers written with '+': a known
// calling code and a national number of the right length for it.
func matchE164(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool) {
	if g != 0 || !sp.plus {
		return hit{}, false
	}
	t := sc.text
	if sc.context(r, sp.start) < 0 {
		return hit{}, false
	}
	for e := sp.n - 1; e >= 0; e-- {
		if !sp.canEnd(e) {
			continue
		}
		d := sc.buf[:0]
		for k := 0; k <= e; k++ {
			if k == 1 && sp.paren[1] && sp.glen(1) == 1 && t[sp.gs[1]] == '0' {
				continue // "+44 (0)20 ...": the trunk zero is not dialled
			}
			d = append(d, t[sp.gs[k]:sp.ge[k]]...)
		}
		if len(d) < 8 {
			return hit{}, false
		}
		if len(d) > 15 {
			continue
		}
		h := hit{start: sp.start, end: sp.matchEnd(e), severity: r.severity, lastGroup: e}
		h.value = t[h.start:h.end]
		cc, rng, ok := callingCode(d)
		switch {
		case !ok:
			if e == 0 {
				continue // "+12345678" alone and with no known code: not enough
			}
			h.severity, h.why = detect.Medium, "unknown calling code"
		case sp.glen(0) < len(cc):
			continue // the calling code is split across groups
		case len(d)-len(cc) < int(rng.min) || len(d)-len(cc) > int(rng.max):
			continue
		case cc == "1":
			if !nanp(d[1:], false) {
				continue
			}
			if why := nanpLookalike(d[1:]); why != "" {
				h.severity, h.why = detect.Low, why
			}
		case cc == "44" && string(d[2:8]) == "770090":
			h.severity, h.why = detect.Low, "Ofcom drama number"
		}
		h.detail = "+" + cc
		phoneLookalike(t, &h, d)
		return h, true
	}
	return hit{}, false
}

// matchNANP matches North American numbers without '+': (512) 269-1311,
// 512-269-1311, 512.269.1311, 1-512-269-1311; space-separated or unformatted
// ones only next to a phone word.
func matchNANP(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool) {
	if g == 0 && sp.plus {
		return hit{}, false
	}
	t := sc.text
	k := g
	if sp.glen(k) == 1 && t[sp.gs[k]] == '1' && k+3 < sp.n {
		k++ // trunk prefix "1-"
	}
	h := hit{start: sp.matchStart(g), severity: r.severity}
	d := sc.buf[:0]
	weak := false
	switch {
	case k+2 < sp.n && sp.glen(k) == 3 && sp.glen(k+1) == 3 && sp.glen(k+2) == 4 && sp.canEnd(k+2):
		s1, s2 := sp.sep[k+1], sp.sep[k+2]
		switch {
		case sp.paren[k] && s1 == ')' && (s2 == '-' || s2 == ' ' || s2 == '.'):
		case !sp.paren[k] && s1 == s2 && (s1 == '-' || s1 == '.') && (k == g || sp.sep[k] == s1):
		case !sp.paren[k] && s1 == ' ' && s2 == ' ' && (k == g || sp.sep[k] == ' '):
			weak = true
		default:
			return hit{}, false
		}
		d = sp.appendDigits(d, t, k, k+2)
		h.lastGroup = k + 2
	case k == g && sp.canEnd(g) && (sp.glen(g) == 10 || (sp.glen(g) == 11 && t[sp.gs[g]] == '1')):
		d = append(d, t[sp.ge[g]-10:sp.ge[g]]...)
		h.lastGroup = g
		weak = true
	default:
		return hit{}, false
	}
	if !nanp(d, weak) {
		return hit{}, false
	}
	ctx := sc.context(r, h.start)
	if ctx < 0 {
		return hit{}, false
	}
	if weak && ctx == 0 {
		if sp.n == 1 {
			return hit{}, false // ten bare digits are anything
		}
		h.severity, h.why = detect.Medium, "no phone context"
	}
	if why := nanpLookalike(d); why != "" {
		h.severity, h.why = detect.Low, why
	}
	h.end = sp.matchEnd(h.lastGroup)
	h.value = t[h.start:h.end]
	h.detail = "+1"
	phoneLookalike(t, &h, d)
	return h, true
}

// matchNational matches national formats with a trunk '0' (UK, DE, FR, IN,
// ...), "00"-prefixed international numbers, and other grouped numbers, all
// only next to a phone word; the French five-pair shape alone is reported
// at Medium.
func matchNational(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool) {
	if g == 0 && sp.plus {
		return hit{}, false
	}
	t := sc.text
	for e := min(sp.n-1, g+5); e >= g; e-- {
		if !sp.canEnd(e) {
			continue
		}
		nd := sp.digits(g, e)
		if nd < 8 {
			return hit{}, false
		}
		if nd > 14 || !phoneGroups(sp, g, e) {
			continue
		}
		d := sp.appendDigits(sc.buf[:0], t, g, e)
		h := hit{start: sp.matchStart(g), end: sp.matchEnd(e), severity: r.severity, lastGroup: e}
		h.value = t[h.start:h.end]
		ctx := sc.context(r, h.start)
		if ctx < 0 {
			return hit{}, false
		}
		if ctx == 0 {
			if nationalShape(sp, g, e, d) {
				h.severity, h.why = detect.Medium, "no phone context"
				return h, true
			}
			return hit{}, false
		}
		switch {
		case d[0] == '0' && d[1] == '0':
			cc, rng, ok := callingCode(d[2:])
			if !ok || len(d)-2-len(cc) < int(rng.min) || len(d)-2-len(cc) > int(rng.max) {
				continue
			}
			h.detail = "+" + cc
		case d[0] == '0':
			if nd < 9 || nd > 12 {
				continue
			}
		default:
			if nd > 12 || (e == g && nd != 10) {
				continue
			}
		}
		phoneLookalike(t, &h, d)
		return h, true
	}
	return hit{}, false
}

// nationalShape reports the national layouts distinctive enough to report
// without a phone word, at Medium: the French five pairs (06 12 34 56 78),
// Japanese hyphenated numbers (03-1234-5678, 090-1234-5678), Australian
// ones with a parenthesised area code ((02) 9876 5432) and UK mobiles
// (07700 900123, 07700 900 123). All start with a trunk '0' and have 10
// or 11 digits, which dates, versions, prices and order numbers do not
// share.
func nationalShape(sp *numSpan, g, e int, d []byte) bool {
	nd := len(d)
	if d[0] != '0' || d[1] == '0' || nd < 10 || nd > 11 {
		return false
	}
	switch n := e - g; {
	case n == 4 && nd == 10 && sp.sep[g+1] != ')':
		return true // FR
	case n == 2 && !sp.paren[g] && sp.sep[g+1] == '-' && sp.sep[g+2] == '-' && sp.glen(e) == 4:
		if sp.glen(g+1) == 4 && (string(d[2:4]) == "19" || string(d[2:4]) == "20") {
			return false // 05-2024-0001: a year inside, a case or file number
		}
		return nd == 10 || sp.glen(g) == 3 && d[2] == '0' && d[1] >= '7' // JP; 11 digits: mobile 0X0
	case n == 2 && sp.paren[g] && sp.glen(g) == 2 && sp.sep[g+2] == ' ' && sp.glen(g+1) == 4 && sp.glen(e) == 4:
		return nd == 10 // AU
	case n == 1 && sp.sep[e] == ' ' && sp.glen(g) == 5 && sp.glen(e) == 6,
		n == 2 && sp.sep[g+1] == ' ' && sp.sep[e] == ' ' && sp.glen(g) == 5 && sp.glen(g+1) == 3 && sp.glen(e) == 3:
		return nd == 11 && d[1] == '7' // UK mobile: 07911 583624, 07911 583 624
	}
	return false
}

// brazilDDD lists the Brazilian area codes (DDD) in use.
var brazilDDD = func() map[[2]byte]bool {
	m := map[[2]byte]bool{}
	for _, c := range strings.Fields(`11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38
		41 42 43 44 45 46 47 48 49 51 53 54 55 61 62 63 64 65 66 67 68 69 71 73 74 75 77 79
		81 82 83 84 85 86 87 88 89 91 92 93 94 95 96 97 98 99`) {
		m[[2]byte{c[0], c[1]}] = true
	}
	return m
}()

// matchBrazil matches Brazilian numbers written without the country code:
// an area code, parenthesised or not, then a mobile number 9XXXX-XXXX or a
// landline [2-5]XXX-XXXX: (11) 98473-2615, 21 99654-3187, (31) 3274-5190.
// A parenthesised mobile is High alone; the others need a phone word, and
// are Medium without one.
func matchBrazil(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool) {
	if g == 0 && sp.plus || g+2 >= sp.n {
		return hit{}, false
	}
	t := sc.text
	e := g + 2
	if sp.glen(g) != 2 || sp.sep[e] != '-' || sp.glen(e) != 4 || !sp.canEnd(e) ||
		!brazilDDD[[2]byte{t[sp.gs[g]], t[sp.gs[g]+1]}] {
		return hit{}, false
	}
	switch {
	case sp.paren[g] && sp.sep[g+1] == ')':
	case !sp.paren[g] && sp.sep[g+1] == ' ':
	default:
		return hit{}, false
	}
	sub := t[sp.gs[g+1]]
	mobile := sp.glen(g+1) == 5 && sub == '9'
	if !mobile && !(sp.glen(g+1) == 4 && sub >= '2' && sub <= '5') {
		return hit{}, false
	}
	h := hit{start: sp.matchStart(g), end: sp.matchEnd(e), severity: r.severity, lastGroup: e, detail: "+55"}
	h.value = t[h.start:h.end]
	ctx := sc.context(r, h.start)
	if ctx < 0 {
		return hit{}, false
	}
	if ctx == 0 && !(mobile && sp.paren[g]) {
		h.severity, h.why = detect.Medium, "no phone context"
	}
	phoneLookalike(t, &h, sp.appendDigits(sc.buf[:0], t, g, e))
	return h, true
}

// phoneGroups reports whether groups g..e are grouped like a phone number:
// one separator throughout (a parenthesised area code may come first) and
// no group shorter than two digits.
func phoneGroups(sp *numSpan, g, e int) bool {
	if e == g {
		return true
	}
	from := g + 1
	if sp.paren[g] {
		from = g + 2
	}
	for k := g; k <= e; k++ {
		if sp.glen(k) < 2 || (k > g && sp.paren[k]) {
			return false
		}
	}
	for k := from + 1; k <= e; k++ {
		if sp.sep[k] != sp.sep[from] {
			return false
		}
	}
	return true
}

// phoneLookalike lowers a phone hit that reaches no person: a placeholder
// run of digits ("+1 234 567 8900", "555 0000 000"), or a number on an
// organisation's contact line. d holds the digits.
func phoneLookalike(text string, h *hit, d []byte) {
	if h.severity < detect.High {
		return
	}
	switch {
	case placeholderDigits(d):
		h.severity, h.why = detect.Low, "placeholder digits"
	case businessContext(text, h.start):
		h.severity, h.why = detect.Low, "business contact"
	}
}

// placeholderDigits reports a run of six ascending digits or seven equal
// ones, which no numbering plan hands to a person in practice.
func placeholderDigits(d []byte) bool {
	up, same := 1, 1
	for i := 1; i < len(d); i++ {
		if d[i] == d[i-1]+1 {
			up++
		} else {
			up = 1
		}
		if d[i] == d[i-1] {
			same++
		} else {
			same = 1
		}
		if up >= 6 || same >= 7 {
			return true
		}
	}
	return false
}

func explainPhone(h hit) string {
	s := "phone number " + maskTail(h.value, 2)
	if h.detail != "" {
		s += " (" + h.detail + ")"
	}
	if h.why != "" {
		return s + ": " + h.why
	}
	return s + ": a person's contact data"
}
