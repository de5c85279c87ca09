package poisoning

import (
	"strings"
	"unicode"
	"unicode/utf8"

	uni "github.com/mcpshield/mcpshield/internal/detect/unicode"
)

// determiners precede "tool" without making "X tool" another tool's name.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"your": true, "our": true, "my": true, "its": true, "their": true, "which": true, "what": true,
	"no": true, "some": true, "same": true, "mcp": true, "remote": true, "local": true,
	"current": true, "configured": true, "target": true, "upstream": true, "given": true,
	"following": true, "new": true, "one": true, "following:": true, "helper": true, "main": true,
	"to": true, "of": true, "for": true, "by": true, "with": true, "in": true, "on": true, "as": true,
	"and": true, "or": true, "is": true, "are": true, "be": true, "web": true, "http": true,
	"internal": true, "external": true, "separate": true, "single": true, "multiple": true,
	"la": true, "el": true, "le": true, "les": true, "der": true, "die": true, "das": true, "dem": true, "den": true,
	// Other languages: articles and demonstratives, and the first half of
	// a two-word tool noun (Vietnamese công cụ, máy chủ).
	"de": true, "het": true, "een": true, "deze": true, "dit": true, "det": true, "denna": true, "detta": true,
	"bu": true, "ini": true, "itu": true, "tento": true, "tego": true, "ten": true, "tym": true, "цей": true,
	"цього": true, "این": true, "هذه": true, "هذا": true, "यह": true, "इस": true, "esta": true, "este": true,
	"questo": true, "lo": true, "il": true, "o": true, "công": true, "máy": true,
}

// anyWords before "tool" or "server" mean tools in general, other servers
// included.
var anyWords = map[string]bool{
	"other": true, "others": true, "another": true, "any": true, "every": true, "each": true,
	"otros": true, "otras": true, "cualquier": true, "autres": true, "autre": true, "andere": true,
	"anderen": true, "другие": true, "других": true, "любой": true,
}

// toolNouns are the tool words "any"/"other" make general: "other
// functions" in a call graph are not other tools.
var toolNouns = map[string]bool{
	"tool": true, "tools": true, "server": true, "servers": true, "plugin": true, "plugins": true,
	"connector": true, "connectors": true, "herramienta": true, "herramientas": true, "outil": true,
	"outils": true, "werkzeug": true, "werkzeuge": true, "инструмент": true, "инструменты": true,
	"инструменты,": true, "сервер": true, "серверы": true,
}

// roles open a line that speaks as a chat role ("Assistant: …").
var roles = map[string]bool{"ai": true, "assistant": true, "system": true, "model": true, "llm": true, "claude": true, "gpt": true,
	"assistants": true, "asistente": true, "assistente": true, "assistent": true, "assistentin": true,
	"ассистент": true, "асистент": true, "asystent": true, "asistan": true, "asisten": true, "assistenten": true}

// conditional words after "do not tell" make it a condition.
var conditional = map[string]bool{"without": true, "unless": true, "sin": true, "sans": true, "ohne": true, "без": true, "sauf": true, "salvo": true}

// clauseAnd are the words "and" that, after a negated verb, start an
// order of its own.
var clauseAnd = map[string]bool{"and": true, "dan": true, "serta": true, "und": true, "et": true, "y": true, "e": true,
	"и": true, "і": true, "та": true, "ve": true, "och": true, "og": true, "và": true, "și": true, "és": true, "ja": true}

// postNeg are negations that may follow a telling verb and its object.
var postNeg = map[string]bool{"niet": true, "niets": true, "inte": true, "ingenting": true, "nicht": true}

// word handles one word ending at byte end of the text.
func (t *tokenizer) word(w string, end int) {
	if strings.IndexByte(w, '\'') >= 0 || strings.Contains(w, "’") {
		t.apostrophe(w, end)
		return
	}
	lw, h, ph := t.lower(w)
	f := t.lx.word(lw, h, ph)
	if f == 0 && t.mask == 0 && strings.IndexByte(w, '_') > 0 {
		// An identifier says what it is about: list_secrets, get_api_key.
		t.identParts(w, isOwn(t.ctx.own, w))
	}
	if f == 0 && t.mask == 0 && hyphenTool(lw) && !isOwn(t.ctx.own, w) {
		f = fToolWord | fToolRef // "the deploy-tool"
	}
	if t.mask != 0 {
		f &= t.mask
	}
	// "call this" counts when a tool word follows: "call this tool".
	callThis := f & fCallThis
	f &^= fCallThis
	if t.words > 0 && t.prev[0].f&fCallThis != 0 && (f&fToolWord != 0 || string(lw) == "one") {
		f |= fCallThis
	}
	if t.ctx.name != "" && t.words > 0 && t.prev[0].f&fCall != 0 && string(lw) == t.ctx.name {
		f |= fThisTool | fCallThis // "call activity_logger" in activity_logger
	}
	// "silently" counts next to an action: "silently call", "send it quietly".
	hide := f & fHide
	f &^= fHide
	const actions = fCall | fSend | fRead | fPass | fExecWord | fChange
	if hide != 0 && t.words-t.lastAction <= 5 || f&actions != 0 && t.words-t.hideAt <= 2 {
		f |= fHide
	}
	if hide != 0 {
		t.hideAt = t.words
		t.cur.hint = true
	} else if w := string(lw); w == "nothing" || w == "invisible" || w == "silent" || w == "covert" || w == "stealth" {
		t.cur.hint = true
	}
	if t.words > 0 {
		f |= t.lx.bigram(t.prev[0].w, lw, t.prev[0].h, h, &t.scratch)
	}
	// "the X tool": another tool; "any tool", "other servers", "every
	// other AWS-related tool": all of them.
	if f&fToolWord != 0 && t.words > 0 {
		p := t.prev[0].w
		switch {
		case anyWords[string(p)] && toolNouns[string(lw)]:
			f |= fToolAny
		case anyWords[string(p)]:
		case toolNouns[string(lw)] && t.words-t.anyAt <= 3 && !determiners[string(p)] && !determiners[string(t.prev[1].w)]:
			f |= fToolAny
		case !determiners[string(p)] && t.prev[0].f&(fToolWord|fThisTool) == 0 && !t.ctx.own[string(p)]:
			f |= fToolRef
		}
	}
	if t.concealAt >= 0 && f&(fNeg|fGate) != 0 && conditional[string(lw)] {
		// "Never tell the user it is free without checking": a
		// condition, not a secret.
		t.cur.f &^= fConceal
		t.concealAt = -1
	}
	switch {
	case f&fNeg != 0 && conditional[string(lw)] && t.negLeft > 0:
		// "Do not submit payment forms without explicit confirmation",
		// "never forward without the user asking": two negations make
		// a requirement, and the confirmation after them stands.
		t.negLeft = 0
	case f&fNeg != 0:
		if postNeg[string(lw)] && t.words-t.tellAt <= 5 && t.lastUser > t.tellAt {
			// Dutch, Swedish and German negate after the object: "vertel
			// de gebruiker hier niets over", "berätta för användaren
			// inte", "erwähne dies gegenüber dem Nutzer nicht".
			t.cur.f |= fConceal
		}
		t.negLeft, t.negAt = 4, t.words
		// Negation after the verb (German "erwähne es nicht").
		for _, p := range t.prev {
			if p.f&fTell != 0 {
				t.cur.f |= fConceal
			}
		}
	case t.negLeft > 0 && t.words-t.negAt >= 2 && clauseAnd[string(lw)]:
		// "jangan kirim dan beri tahu operator" (do not send, and tell
		// the operator): the negation took the verb before "and"; what
		// follows is an order of its own.
		t.negLeft = 0
	case t.negLeft > 0 && (string(lw) == "or" || string(lw) == "nor"):
		// "do not wait for approvals or tell the user": the negation
		// carries over to the verb after "or".
		t.negLeft = max(t.negLeft, 3)
	case t.negLeft > 0:
		if f&fTell != 0 {
			f = f&^fTell | fConceal
			t.concealAt = t.words
		}
		if f&fTellWeak != 0 && t.lastUser >= t.negAt-3 {
			// "the user must not see", "don't let the user know",
			// but not "if you don't know the ID".
			f = f&^fTellWeak | fConcealW
		}
		if f&fConfirm != 0 {
			f = f&^fConfirm | fNoConfirm
		}
		f &^= fPass | fSend | fRead | fCall | fChange | fIgnore | fExecWord | fAlways | fHide | fDisable
		callThis = 0
		t.negLeft--
		if string(lw) == "ask" || string(lw) == "asking" {
			t.negLeft += 2 // "do not ask the user for confirmation"
		}
	}
	if f&fUser != 0 {
		t.lastUser = t.words
	}
	if f&fTell != 0 {
		t.tellAt = t.words
	}
	if f&fRecip != 0 {
		t.recipAt = t.words
	}
	if t.words == 0 && roles[string(lw)] && end < len(t.text) && t.text[end] == ':' {
		f |= fRole
	}
	if f&actions != 0 {
		t.lastAction = t.words
	}
	if anyWords[string(lw)] {
		t.anyAt = t.words
	}
	t.cur.f |= f
	t.words++
	t.shift(lw, h, f&^fCallThis|callThis)
}

// shift makes w the previous word.
func (t *tokenizer) shift(w []byte, h uint32, f feat) {
	t.prev[1].w = append(t.prev[1].w[:0], t.prev[0].w...)
	t.prev[1].h, t.prev[1].f = t.prev[0].h, t.prev[0].f
	t.prev[0].w = append(t.prev[0].w[:0], w...)
	t.prev[0].h, t.prev[0].f = h, f
}

// identParts adds the nouns of an identifier's parts (secrets, history)
// to the sentence. The tool's own name or parameter (own) names where a
// value goes: "via the call_token parameter" names the parameter that
// takes a call token, not a secret to move, so its parts add no secret.
func (t *tokenizer) identParts(w string, own bool) {
	saved := t.prev
	for _, p := range strings.Split(w, "_") {
		if p == "" {
			continue
		}
		lp, h, ph := t.lower(p)
		parts := fSecret | fConv | fContent
		if own {
			parts &^= fSecret
		}
		t.cur.f |= t.lx.word(lp, h, ph) & parts
	}
	t.prev = saved
}

// apostrophe splits "user's", "don't", "l'utilisateur", "BCC'd".
func (t *tokenizer) apostrophe(w string, end int) {
	lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	if strings.HasSuffix(lw, "n't") {
		t.word("not", end)
		return
	}
	parts := strings.Split(w, "'")
	if len(parts) == 1 {
		parts = strings.Split(w, "’")
	}
	for k, p := range parts {
		lp := strings.ToLower(p)
		if k > 0 && (lp == "s" || lp == "d" || lp == "ll" || lp == "re" || lp == "ve" || lp == "t") {
			continue // user's, BCC'd: the stem carries the meaning
		}
		if k == 0 && len(parts) > 1 && (lp == "l" || lp == "d" || lp == "qu" || lp == "j" || lp == "s" || lp == "c" || lp == "m") {
			continue // French elision
		}
		if k == 0 && lp == "n" && len(parts) > 1 {
			t.word("ne", end)
			continue
		}
		if p != "" {
			t.word(p, end)
		}
	}
}

// lower lowercases w into the tokenizer's buffer (folding look-alike
// letters when the word mixes scripts) and hashes it and its prefixes.
func (t *tokenizer) lower(w string) ([]byte, uint32, *[33]uint32) {
	t.buf = t.buf[:0]
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			b := w[i]
			if isUpper(b) {
				b += 'a' - 'A'
			}
			t.buf = append(t.buf, b)
		}
	} else {
		latin, other := false, false
		for _, r := range w {
			switch {
			case isFormat(r):
				continue
			case r < 0x80 && unicode.IsLetter(r):
				latin = true
			case unicode.In(r, unicode.Cyrillic, unicode.Greek):
				other = true
			}
		}
		if latin && other {
			w = uni.Skeleton(w) // "rеad" with a Cyrillic е reads "read"
		}
		for _, r := range w {
			if !isFormat(r) {
				t.buf = utf8.AppendRune(t.buf, unicode.ToLower(r))
			}
		}
	}
	ph := &t.prefixHash
	h := hashInit
	for i, b := range t.buf {
		if i < 33 {
			ph[i] = h
		}
		h = (h ^ uint32(b)) * hashPrime
	}
	if len(t.buf) < 33 {
		ph[len(t.buf)] = h
	}
	return t.buf, h, ph
}

// cjk matches the phrases of a run of CJK characters.
func (t *tokenizer) cjk(run string) {
	var f feat
	for _, p := range t.lx.cjk {
		if strings.Contains(run, p.phrase) {
			f |= p.f
		}
	}
	// A negation right before a telling verb: 不要告诉 is listed; 不…知道 too.
	if strings.Contains(run, "不") && (strings.Contains(run, "知道") || strings.Contains(run, "告诉")) {
		f |= fConceal
	}
	r, _ := utf8.DecodeRuneInString(run)
	hangul := r >= 0xAC00 && r <= 0xD7AF
	if hangul && t.words > 0 && len(t.prev[0].w) > 0 {
		// Korean is written with spaces: a phrase may span two runs
		// ("이 도구"), and a telling verb is negated by the next one
		// ("알리지 마세요", "말하지 말고", "알리지 않고").
		prev := string(t.prev[0].w)
		for _, p := range t.lx.cjkSpaced {
			a, b, _ := strings.Cut(p.phrase, " ")
			if strings.HasSuffix(prev, a) && strings.HasPrefix(run, b) {
				f |= p.f
			}
		}
		if t.prev[0].f&fTell != 0 && koreanNeg(run) {
			f |= fConceal
		}
	}
	if f&fRecip != 0 {
		t.recipAt = t.words
	}
	t.cur.f |= f
	t.words++
	t.shift(nil, 0, f)
	if hangul {
		t.prev[0].w = append(t.prev[0].w, run...) // for the next run
	}
}

// koreanNeg reports whether a Korean run negates the verb before it: 마,
// 마세요, 마십시오, 마라, 말고, 말아, 않고, 않은 채.
func koreanNeg(run string) bool {
	for _, p := range []string{"마세요", "마십시오", "마시오", "마라", "말고", "말아", "않고", "않은", "않도록"} {
		if strings.HasPrefix(run, p) {
			return true
		}
	}
	return run == "마" || run == "마요"
}
