package pii

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// cardWords confirm a digit run as a card number; cardNegatives (the
// number negatives) rule it out.
var cardWords = words(
	"card", "cc", "credit", "debit", "visa", "mastercard", "amex", "pan",
	"cardnumber", "payment", "discover", "jcb", "unionpay", "diners",
	"karte", "kartennummer", "kreditkarte", "kreditkartennummer", "carte", "tarjeta", "cartão", "cartao",
	"carta", "kaart", "karta", "kort", "kortnummer", "kartu", "kartı", "thẻ", "карта", "карты", "карту",
	"カード", "卡号", "卡號", "信用卡", "银行卡", "銀行卡", "카드",
)

// testCards are processor test numbers (Stripe, Adyen, Braintree docs).
// They pass Luhn but charge nobody, so they are reported at Info.
var testCards = map[string]bool{
	"4242424242424242": true, "4111111111111111": true, "4000056655665556": true,
	"4012888888881881": true, "4222222222222": true, "4000000000000002": true,
	"4000000000009995": true, "4000000000000077": true, "4000002500003155": true,
	"5555555555554444": true, "2223003122003222": true, "5200828282828210": true,
	"5105105105105100": true, "5431111111111111": true, "378282246310005": true,
	"371449635398431": true, "378734493671000": true, "6011111111111117": true,
	"6011000990139424": true, "6011000000000004": true, "3056930009020004": true,
	"36227206271667": true, "30569309025904": true, "38520000023237": true,
	"3566002020360505": true, "3530111333300000": true, "6200000000000005": true,
}

// cardBrand returns the network of a card number from its issuer prefix
// (IIN) and length, or "" when no network issues such numbers.
func cardBrand(d []byte) string {
	n := len(d)
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p3 := p2*10 + int(d[2]-'0')
	p4 := p3*10 + int(d[3]-'0')
	switch {
	case d[0] == '4' && (n == 13 || n == 16 || n == 19):
		return "Visa"
	case (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && n == 16:
		return "Mastercard"
	case (p2 == 34 || p2 == 37) && n == 15:
		return "American Express"
	case (p4 == 6011 || p2 == 65 || p3 >= 644 && p3 <= 649) && n >= 16:
		return "Discover"
	case p4 >= 3528 && p4 <= 3589 && n >= 16:
		return "JCB"
	case (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14:
		return "Diners Club"
	case p2 == 62 && n >= 16:
		return "UnionPay"
	}
	return ""
}

// luhn reports whether d passes the Luhn (mod 10) check.
func luhn(d []byte) bool {
	sum, double := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

// matchCard matches 13-19 digit card numbers, unbroken or in the groups
// cards are printed in (4-4-4-4, 4-6-5, 4-6-4), from a known network, that
// pass Luhn.
func matchCard(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool) {
	t := sc.text
	if ibanHead(t, sp.matchStart(g)) {
		// the groups continue an IBAN's country and check digits
		// (CH48 5517 5932 …): they are no card's
		return hit{}, false
	}
	for e := min(sp.n-1, g+4); e >= g; e-- {
		if !sp.canEnd(e) {
			continue
		}
		nd := sp.digits(g, e)
		if nd < 13 {
			return hit{}, false
		}
		if nd > 19 || !cardGroups(sp, g, e) && !(cardContext(r, sc, sp, g) && looseGroups(sp, g, e)) {
			continue
		}
		d := sp.appendDigits(sc.buf[:0], t, g, e)
		brand := cardBrand(d)
		if brand == "" && nd == 16 && cardContext(r, sc, sp, g) {
			// a network not in cardBrand's list (RuPay, Mir, Troy, a
			// private label), named a card by the words before it
			brand = "Payment"
		}
		if brand == "" || !luhn(d) {
			continue
		}
		h := hit{start: sp.matchStart(g), end: sp.matchEnd(e), severity: r.severity, lastGroup: e, detail: brand}
		if sc.context(r, h.start) < 0 && !cardDetails(t, h.end) {
			return hit{}, false
		}
		h.value = t[h.start:h.end]
		if testCards[string(d)] {
			h.severity, h.why = detect.Info, "a processor's published test card"
		}
		return h, true
	}
	return hit{}, false
}

// cardGroups reports whether groups g..e are printed like a card number.
// A grouped number must not continue a run of 4-digit groups on either
// side: that is a tracking number or a table, not a card.
func cardGroups(sp *numSpan, g, e int) bool {
	if e == g {
		return true
	}
	sep := sp.sep[g+1]
	if sep == '.' && e-g == 3 && !sp.paren[g] && sp.uniform(g, e, sep) && sp.digits(g, e) == 16 {
		// 4039.3127.7410.4240: dots only in four groups of four, a
		// card's own print (a version or an address has shorter groups)
		return sp.glen(g) == 4 && sp.glen(g+1) == 4 && sp.glen(g+2) == 4 && (g == 0 || sp.sep[g] == ' ') && (e+1 == sp.n || sp.sep[e+1] == ' ')
	}
	if (sep != ' ' && sep != '-') || !sp.uniform(g, e, sep) || sp.paren[g] {
		return false
	}
	if g > 0 && sp.glen(g-1) == 4 || e+1 < sp.n && sp.glen(e+1) == 4 {
		return false
	}
	if e-g == 2 && sp.glen(g) == 4 && sp.glen(g+1) == 6 && (sp.glen(e) == 5 || sp.glen(e) == 4) {
		return true // Amex 4-6-5, Diners 4-6-4
	}
	for k := g; k < e; k++ {
		if sp.glen(k) != 4 {
			return false
		}
	}
	return sp.glen(e) >= 1 && sp.glen(e) <= 4
}

// cardContext reports whether a card word precedes group g.
func cardContext(r *rule, sc *scanner, sp *numSpan, g int) bool {
	return sc.context(r, sp.matchStart(g)) > 0
}

// cardDetailWords open what is written after a card number: its expiry
// date and security code ("exp 09/27 cvv 398"). "Valid" is not one: a
// ticket or voucher number is valid until a date too.
var cardDetailWords = words(
	"exp", "expiry", "expires", "expiration", "expiring", "cvv", "cvv2", "cvc", "cvc2", "csc",
	"vence", "vencimiento", "vto", "ablauf", "scad", "scadenza",
)

// cardDetails reports whether t[end:] goes on with a card's expiry date or
// security code: a number so followed is a card even after a word such as
// "order" ("for the lunch order: 4772-… exp 09/27 cvv 398"), which
// otherwise marks a digit run as not personal data.
func cardDetails(t string, end int) bool {
	i := end
	for i < len(t) && i-end < 8 && strings.IndexByte(" ,;(-|\"':", t[i]) >= 0 {
		i++
	}
	// the next word, whole (a bare date is not enough: "order 4772…
	// 11/20" may be the order's date, written month first)
	j := i
	for j < len(t) && j-i < 12 && (isAlnum(t[j]) || t[j] >= 0x80) {
		j++
	}
	return cardDetailWords[strings.ToLower(t[i:j])]
}

// looseGroups accepts any grouping with one separator and groups of 3 to 6
// digits: card numbers are printed in other groupings too (4-3-3-3 for
// 13-digit Visa), but only a card word makes those a card.
func looseGroups(sp *numSpan, g, e int) bool {
	if e == g {
		return false
	}
	sep := sp.sep[g+1]
	if (sep != ' ' && sep != '-') || !sp.uniform(g, e, sep) || sp.paren[g] {
		return false
	}
	if e == g+1 && sp.glen(g) == 6 {
		return true // the issuer's six digits, then the account (UnionPay 6-13)
	}
	for k := g; k <= e; k++ {
		if n := sp.glen(k); n < 3 || n > 6 {
			return false
		}
	}
	return true
}

func explainCard(h hit) string {
	s := h.detail + " card number " + maskTail(h.value, 4)
	if h.why != "" {
		return s + ": " + h.why
	}
	return s + " passing the Luhn check: payment data"
}

// ibanHead reports whether the digits at text[s:] follow an IBAN's head:
// two letters and two digits, then a blank or a dash ("CH48 ", "DE89-").
func ibanHead(text string, s int) bool {
	if s < 5 || text[s-1] != ' ' && text[s-1] != '-' {
		return false
	}
	h := text[s-5 : s-1]
	return isAlpha(h[0]) && isAlpha(h[1]) && isDigit(h[2]) && isDigit(h[3]) && (s == 5 || !isAlnum(text[s-6]))
}
