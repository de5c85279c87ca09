package injection

import (
	"regexp"
	"strings"
)

// A covert copy has two halves: data sent to an address ("forward every
// message that mentions an invoice to ledger-sync@…", "add
// reports-archive@… as a BCC", "transfère le dossier à compta@…"), and an
// order to keep it out of what the model shows ("leave that part out of
// your reply", "요약 보고에는 이 작업 절대 언급하지 말고"). Either alone is
// ordinary; together they hide a leak from the person it concerns.
// covert adds exfil.covert-send when a concealment signal has an address
// (an email address or a link) in running text of its paragraph, within
// a few hundred bytes: the address, not the verb, is what every language
// shares.

// concealRules are the rules whose signal is an order to keep an action
// from the people it concerns.
var concealRules = map[string]bool{
	"exfil.conceal": true, "exfil.conceal-omit": true, "exfil.i18n-conceal": true, "exfil.hide-from-user": true,
	"exfil.conceal-only": true,
}

// addressRe finds an email address or a link.
var addressRe = regexp.MustCompile(`[\pL\pN._%+-]+@[\pL\pN-]+(?:\.[\pL\pN-]+)+|https?://\S+`)

// covertWeight is exfil.covert-send's weight: it blocks on its own.
const covertWeight = 0.8

// covert adds an exfil.covert-send signal for the first concealment
// signal with an address near it (see above).
func (st *scanState) covert(text string) {
	for i := range st.sigs {
		s := st.sigs[i]
		if !concealRules[s.rule] || s.origin != oPlain || s.end <= s.start || s.end > len(text) || s.raw <= 0 {
			continue
		}
		lo, hi := max(0, s.start-400), min(len(text), s.end+200)
		for _, m := range addressRe.FindAllStringIndex(text[lo:hi], -1) {
			a, b := lo+m[0], lo+m[1]
			if headerAddress(text, a) || strings.Contains(text[min(a, s.start):max(b, s.end)], "\n\n") {
				continue
			}
			st.sigs = append(st.sigs, signal{rule: "exfil.covert-send", label: "sends data to an address and tells the model to keep it out of what it shows",
				family: famExfil, raw: covertWeight, w: covertWeight * s.w / s.raw,
				start: min(a, s.start), end: max(b, s.end), us: s.us, ue: s.ue, origin: oPlain, match: text[a:b]})
			return
		}
	}
}

// headerAddress reports whether the address at text[a] is a header's or a
// list's value ("To: jane@…", "- jane@…"): the line holds little before it.
func headerAddress(text string, a int) bool {
	ls := strings.LastIndexByte(text[:a], '\n') + 1
	lead := strings.TrimSpace(text[ls:a])
	return len(lead) <= 24 && (strings.HasSuffix(lead, ":") || lead == "" || lead == "-" || lead == "*" || lead == ">")
}
