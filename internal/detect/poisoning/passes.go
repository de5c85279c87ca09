package poisoning

import (
	"regexp"
	"sort"
	"strings"
)

// markers finds tags, brackets and comments that address the model and
// marks the sentences they start in.
func markers(a *textAnalysis) {
	text := a.text
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '<', '[', '{', '#':
		default:
			continue
		}
		// Most brackets open code or markup: try the expression on a
		// short window only, anchored at the bracket.
		if i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '"') {
			continue
		}
		if markerRe.MatchString(text[i:min(len(text), i+72)]) {
			a.mark(i, fMarker)
		}
	}
}

// phrases runs the English phrase expressions on the sentences whose
// features make them worth trying.
func phrases(a *textAnalysis) {
	for i := range a.sents {
		s := &a.sents[i]
		t := a.text[s.start:s.end]
		if (s.f&fGate != 0 || s.f&(fUser|fNeg) == fUser|fNeg) && concealMatch(t) ||
			(s.hint || s.f&(fUser|fNeg|fGate) != 0) && containsAny(t, concealMoreKeys) && concealMoreRe.MatchString(t) {
			s.f |= fConceal
		}
		if s.f&(fCall|fSend|fAlso|fPass) != 0 && s.f&fNeg != 0 && concealActRe.MatchString(t) {
			// "also call create_shipment a second time …, and do not
			// list this second shipment in your answer"
			s.f |= fConceal
		}
		if s.f&fPass != 0 && valueListRe.MatchString(t) {
			// "Field types include `string`, `token`, `uuid`": the
			// include lists values, and the values are names.
			s.f &^= fPass | fSecret
		}
		if s.f&fGate != 0 && urgentRe.MatchString(a.text[s.start:s.end]) {
			s.f |= fUrgent
		}
		if s.f&(fModel|fJailbreak|fInstrAI|fIgnore|fMarker|fGate) != 0 && addressRe.MatchString(a.text[s.start:s.end]) {
			s.f |= fAddress
		}
		a.all |= s.f
	}
}

// concealMoreKeys are words one of which concealMoreRe needs (lowercase,
// matched as they are written).
var concealMoreKeys = []string{"need to", "to the user", "to user", "to the human", "not be ", "out of", "nvisible", "as your own", "tool output", "nothing",
	"silent ", "hidden ", "covert ", "leave ", "this tool", "stealth ", "silently", "quietly", "secretly", "covertly", "discreetly", "background", "confirming", "reporting", "summari", "telling", "answering", "user-facing", "not shown in", "not displayed in", "not mentioned in", "not listed in", "not reported in"}

// containsAny reports whether s holds one of keys.
func containsAny(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// mark adds f to the sentence holding byte pos.
func (a *textAnalysis) mark(pos int, f feat) {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > pos })
	if i == len(a.sents) {
		if i == 0 {
			a.sents = append(a.sents, sentence{start: 0, end: len(a.text)})
		}
		i = len(a.sents) - 1
	}
	a.sents[i].f |= f
	a.all |= f
}

// normalize rewrites a sentence for the shadowing expressions: lowercase
// words separated by single spaces, names of other tools and "X tool"
// phrases as "toolref", possessive 's dropped, commas and colons kept.
func normalize(text string, ctx *toolContext) string {
	var b strings.Builder
	prev := ""
	emit := func(w string) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		prev = w
	}
	for _, c := range strings.Fields(text) {
		if name, ok := toolIdent(c); ok && !isOwn(ctx.own, name) && !isDomain(c) && !strings.Contains(c, "@") {
			emit("toolref")
			if strings.HasSuffix(c, ",") || strings.HasSuffix(c, ":") {
				emit(c[len(c)-1:])
			}
			continue
		}
		for k := 0; k < len(c); {
			if !isWordStart(rune(c[k])) && c[k] < 0x80 {
				if c[k] == ',' || c[k] == ':' {
					emit(c[k : k+1])
				}
				k++
				continue
			}
			e := wordEnd(c, k)
			if e == k {
				k++
				continue
			}
			w := strings.ToLower(c[k:e])
			k = e
			w = strings.ReplaceAll(w, "’", "'")
			if i := strings.IndexByte(w, '\''); i >= 0 {
				w = w[:i] // user's → user, bcc'd → bcc
				if w == "" {
					continue
				}
			}
			if theLexicon().exact[w]&fToolWord != 0 && prev != "" && !determiners[prev] && !ctx.own[prev] && prev != "toolref" {
				emit("toolref")
				continue
			}
			emit(w)
		}
	}
	return b.String()
}

// adviceRe ends where the model is told to advise the user: "tell them to
// keep that file private" asks the user to keep their own secret, which
// keeps nothing from them.
var adviceRe = regexp.MustCompile(`(?i)\b(?:tell|ask|advise|remind|warn|encourage|instruct|recommend)\w*\s+(?:the\s+)?(?:user|users|human|them|him|her)\s+to\s+$`)

// concealMatch reports whether concealRe finds a way of keeping something
// from the user in t that is not advice to the user.
func concealMatch(t string) bool {
	for _, m := range concealRe.FindAllStringIndex(t, -1) {
		if !adviceRe.MatchString(t[max(0, m[0]-48):m[0]]) {
			return true
		}
	}
	return false
}
