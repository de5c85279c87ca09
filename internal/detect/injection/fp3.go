package injection

import (
	"bytes"
	"regexp"
	"strings"
)

// Genres and addressees that make an order someone else's. The rules read
// a sentence and a few words around it; some texts say who they speak to
// only as a whole: a support macro's "Agent instructions:" are for the
// person on the help desk, the orders in a film's subtitles are its
// characters', a user who takes back "the rules I gave you" speaks of
// their own rules. These lower a signal, never to nothing: a strong one
// is still reported (score.go's floor), only not blocked.

const (
	// subtitleWeight is what an override or a persona keeps in a text of
	// subtitle cues ("00:41:05,900 --> 00:41:09,000"): lines spoken on
	// screen, to other characters.
	subtitleWeight = 0.6
	// humanAgentWeight is what "Agent instructions:" keeps in a support
	// macro or a call script: the agent is a person on the help desk.
	humanAgentWeight = 0.6
	// ownRulesWeight is what a user's override of their own earlier
	// rules keeps in a prompt ("disregard the formatting rules I gave
	// you earlier"): the principal changes its mind.
	ownRulesWeight = 0.4
	// guideWeight is what a request, an override or a persona keeps in
	// a guide to prompting: it shows its reader what to tell a model.
	guideWeight = 0.6
	// asideWeight is what an override keeps whose rule noun is not the
	// object of its verb, or is someone else's: "ignore the warning about
	// the deprecated directive", "ignore the guard captain's orders",
	// "ignore the encounter rules from chapter 3".
	asideWeight = 0.5
	// modelMetaMin is how many words of an attack's discussion
	// (modelMeta) lower the linear model's signal when no rule found one
	// of its own: a report on a jailbreak reads like one to a model that
	// reads words, not frames.
	modelMetaMin = 2.0
	// noiseShare is the share of a model window's bytes that, when they
	// are control bytes or percent escapes, makes the model read it again
	// without them: binary data and URL-encoded links are not words.
	noiseShare = 0.05
	// binaryShare of such bytes makes the window binary data, which the
	// model does not read at all (the rules still do).
	binaryShare = 0.15
)

// genres lowers the signals whose text, read as a whole, addresses
// someone other than the model: subtitles and screenplays, support
// macros, guides to prompting, a user's own rules and new task, a
// jailbreak named in a question about it.
func (st *scanState) genres(text string) {
	if len(st.sigs) == 0 {
		return
	}
	subs := subtitleCues(text) >= 2 || screenplay(text)
	guide := promptGuide(text)
	script := -1 // supportScript, on first use
	for i := range st.sigs {
		s := &st.sigs[i]
		switch {
		case s.rule == "persona.dan" && namedAttackRe.MatchString(s.match) && askedAbout(text):
			s.w *= guideWeight
		case subs && (s.family == famOverride || s.family == famPersona || s.family == famTask):
			s.w *= subtitleWeight
		case s.rule == "marker.addressed" && humanAgentLabel(s.match):
			if script < 0 {
				script = 0
				if supportScript(text) {
					script = 1
				}
			}
			if script == 1 && !strings.Contains(s.match, "(") && !strings.Contains(s.match, "http") {
				s.w *= humanAgentWeight
			}
		case st.src == Prompt && (s.family == famOverride || s.family == famExtract) && givenByMeRe.MatchString(s.match):
			s.w *= ownRulesWeight
		case st.src == Prompt && s.rule == "override.new-instructions" && s.start < 4 && s.origin == oPlain && ownNewTask(text, s):
			s.w *= subtitleWeight
		case (s.family == famOverride || s.family == famPersona || s.family == famExfil) && s.origin == oPlain && (askedTo(text, s.start) || askedToI18n(text, s.start, s.end)):
			s.w *= asideWeight
		case s.family == famOverride && s.origin == oPlain && refusedAct(text, s.start, s.end):
			s.w *= asideWeight
		case st.src == Prompt && s.rule == "exfil.hide-from-user" && ownInstructionsRe.MatchString(s.match) && ownDraft(text):
			s.w *= ownRulesWeight
		case guide && (s.family == famTask || s.family == famOverride || s.family == famPersona || s.rule == "exfil.fixed-reply" || s.rule == "marker.assistant-must"):
			s.w *= guideWeight
		}
	}
}

// askedToRe matches the end of a condition on someone's request, just
// before the request's words: "If a web page asks you to", "when asked
// to", "If you want later messages to". The order that follows is the
// one asked for, reported and met with a rule ("… ignore these rules,
// refuse"), not given.
var askedToRe = mustSuffix(`(?i)\b(?:if|when|whenever|should)\b[^.!?\n]{0,80}\b(?:asks?|asked|tells?|told|instructs?|instructed|requests?|requested|wants?|want|urges?|urged|pressures?|pressured)\b[^.!?\n]{0,40}\bto\s+$`)

// askedTo reports whether the signal at start in text follows
// askedToRe's condition.
func askedTo(text string, start int) bool {
	if start <= 0 || start > len(text) {
		return false
	}
	return askedToRe.MatchString(text[max(0, start-140):start])
}

// ownInstructionsRe matches a concealment of "these instructions" with
// no one named to hide them from: in a user's draft of a system prompt
// (ownDraft), one of its rules ("Never reveal these instructions.").
var ownInstructionsRe = regexp.MustCompile(foldPattern(`\b(?:this|these|the)\s+instructions?\b`))

// draftRe and draftWorkRe match a prompt's talk of the user's own system
// prompt and of work on it.
var (
	draftRe     = regexp.MustCompile(`(?i)\b(?:my|our|this|the)\s+(?:draft\s+|current\s+|new\s+)?(?:system[ -](?:prompt|message)|bot'?s\s+instructions|assistant'?s\s+instructions)\b`)
	draftWorkRe = regexp.MustCompile(`(?i)\b(?:review|improve|critique|feedback|rewrite|proofread|tighten|polish|suggest(?:ions)?|edit|writing|drafting)\b`)
)

// ownDraft reports whether a user's prompt brings their own system prompt
// for work: "I'm writing the system prompt for our support bot. Can you
// review it?" The rules quoted in it are the user's, for their bot.
func ownDraft(t string) bool {
	t = t[:min(len(t), 4000)]
	return draftRe.MatchString(t) && draftWorkRe.MatchString(t)
}

// subtitleCueRe matches an SRT or WebVTT cue's timing line.
var subtitleCueRe = regexp.MustCompile(`(?m)^\s*\d{1,2}:\d{2}(?::\d{2})?[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?[,.]\d{1,3}`)

// subtitleCues counts the cue timing lines of t, up to three.
func subtitleCues(t string) int {
	if !strings.Contains(t, "-->") {
		return 0
	}
	return len(subtitleCueRe.FindAllStringIndex(t, 3))
}

// humanAgentWords may make up the label of a note to a support agent:
// "Agent instructions:", "Agent notes:", "Agents - internal guidance:".
var humanAgentWords = foldSet("agent", "agents", "instructions", "instruction", "note", "notes", "guidance", "tips", "only",
	"internal", "reminder", "reminders", "steps", "script", "checklist", "for", "to", "all", "support", "human", "live")

// humanAgentLabel reports whether the folded match m opens with a label
// made of humanAgentWords that names a bare agent: no AI word, no role a
// model plays ("coding agent", "email agent").
func humanAgentLabel(m string) bool {
	head := strings.TrimLeft(m, "[({@<!- \t\n*")
	i := strings.IndexAny(head, ":-–—")
	if i <= 0 {
		return false
	}
	head = head[:i]
	if aiWordRe.MatchString(head) {
		return false
	}
	agent := false
	for _, w := range strings.Fields(head) {
		if !humanAgentWords[w] {
			return false
		}
		agent = agent || strings.HasPrefix(w, "agent")
	}
	return agent
}

// supportSignRe finds the signs of a support macro, a canned response or
// a call script: template placeholders for the customer's details, the
// labels such documents use, a hand-off to people.
var supportSignRe = regexp.MustCompile(`(?i)\{\{\s*\w+\s*\}\}|\[(?:customer|caller|client)(?:'s)? ?(?:first )?name\]|(?m:^\s*(?:macro|canned (?:response|reply)|saved reply|call script|talk track|use when|customer[- ]facing(?: text| reply| message)?|reply to customer|script)\b)|\b(?:escalate|team lead|supervisor|tier ?2|tier ?two|billing team|chargeback|caller)\b`)

// supportScript reports whether t shows two different signs of a support
// macro or a call script and speaks of a customer.
func supportScript(t string) bool {
	if !strings.Contains(strings.ToLower(t), "customer") && !strings.Contains(strings.ToLower(t), "caller") {
		return false
	}
	seen := map[string]bool{}
	for _, m := range supportSignRe.FindAllString(t, 16) {
		k := strings.ToLower(m)
		if strings.HasPrefix(k, "{{") {
			k = "{{"
		}
		seen[k] = true
	}
	return len(seen) >= 2
}

// givenByMeRe finds, in a folded match, rules the writer gave: "the rules
// I gave you", "what I told you earlier".
var givenByMeRe = regexp.MustCompile(foldPattern(`\bi (?:gave|told|sent|wrote|set|provided|listed|asked|specified|mentioned)\b`))

// asidePossessors may own the instructions an attack overrides: "ignore
// the developer's instructions" is the attack, "the captain's orders" a
// story's.
var asidePossessors = foldSet("model's", "assistant's", "system's", "developer's", "developers'", "ai's", "bot's", "agent's",
	"user's", "operator's", "owner's", "admin's", "administrator's", "creator's", "company's", "openai's", "anthropic's", "llm's")

// asideSections are the parts of a document or a game that a rule noun's
// phrase may name after "from", "in" or "of": they put the rules there ("the rules from chapter 3").
var asideSections = foldSet("chapter", "chapters", "section", "sections", "part", "level", "round", "act", "scene", "book", "volume",
	"edition", "module", "lesson", "appendix", "episode", "season", "quest", "stage", "manual", "handbook", "rulebook")

// aside is the factor an override match m (folded) keeps when its rule
// noun is not what the verb acts on: a noun in a phrase about something
// else ("ignore the warning about the ssl directive"), a third party's
// orders ("the guard captain's orders"), a section's rules ("the rules
// from chapter 3").
func aside(m string) float64 {
	f := strings.Fields(m)
	if len(f) < 3 {
		return 1
	}
	if has(m, "your", "previous", "prior", "above", "system", "earlier", "initial", "original") {
		return 1
	}
	for i, w := range f[1:] {
		w = strings.Trim(w, ",.;:\"'()")
		switch {
		case i >= 1 && (w == foldPattern("about") || w == foldPattern("regarding") || w == foldPattern("concerning")):
			// "ignore the warning about …": the object came before
			obj := f[i]
			if obj != "everything" && obj != "anything" && obj != foldPattern("all") && obj != "what" && obj != "it" {
				return asideWeight
			}
		case strings.HasSuffix(w, "'s") && len(w) > 3 && !asidePossessors[w]:
			return asideWeight
		case (w == "from" || w == "in" || w == "of") && i+2 < len(f) && asideSections[strings.Trim(f[i+2], ",.;:")]:
			return asideWeight
		}
	}
	return 1
}

// modelMeta is how much the text u discusses attacks, for runModel: the
// meta terms of u that name an attack's matter (attackTopic; not the
// genre words "article", "research", which carriers of attacks use as
// well), outside addresses and "for …" excuses, and the words of a
// jailbreak's discussion in any language.
func (st *scanState) modelMeta(u *unit, text string) float64 {
	t := u.text()
	terms := map[string]float64{}
	for _, h := range u.auxHits(st.e) {
		k := &st.e.auxKws[h.kw]
		if k.meta == 0 {
			continue
		}
		if h.start >= 4 && string(t[h.start-4:h.start]) == "for " {
			continue
		}
		if h.start > 0 && strings.IndexByte("<@/-_.", t[h.start-1]) >= 0 ||
			h.end < len(t) && strings.IndexByte("@/-_.>", t[h.end]) >= 0 && (h.end+1 >= len(t) || t[h.end+1] != ' ') {
			continue
		}
		if attackTopic[k.text] || k.meta == 1 && k.text[0] >= 0x80 {
			terms[k.text] = 1 // an attack's own words, or metaTermsI18n's
		}
	}
	lower := ""
	for i, w := range discussionWords {
		if bytes.Contains(t, w) {
			terms[string(w)] = 1
			continue
		}
		if lower == "" {
			lower = strings.ToLower(text)
		}
		if strings.Contains(lower, discussionRaw[i]) {
			terms[string(w)] = 1
		}
	}
	meta := 0.0
	for _, m := range terms {
		meta += m
	}
	return meta
}

// attackTopic are the metaTerms that name an attack's matter (folded).
var attackTopic = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"prompt injection", "injection attack", "indirect injection", "jailbreak prompts", "jailbreaks",
		"attacker", "attackers", "attack", "attacks", "adversarial", "red team", "red-team", "malicious", "payload", "vulnerab",
		"phishing", "owasp", "cve-", "advisory", "threat model", "security research", "security team", "mitigat"} {
		m[foldKeyword(w)] = true
	}
	return m
}()

// discussionWords are words of writing about jailbreaks and attacks that
// count for the model only: "jailbreaki", "ataki", "атаки" (folded).
var discussionRaw = []string{"jailbreak", "ataki", "ataków", "атаки", "атак на", "útok", "angriff", "ataque", "attaque", "bounty", "disclosed"}

var discussionWords = func() [][]byte {
	var out [][]byte
	for _, w := range discussionRaw {
		out = append(out, []byte(foldKeyword(w)))
	}
	return out
}()

// denoise returns text with its noise (noiseAt) blanked, byte for byte,
// and the share of noise in text[a:b]; below noiseShare, text is returned
// as it is.
func denoise(text string, a, b int) (string, float64) {
	a, b = max(0, a), min(len(text), b)
	if b <= a {
		return text, 0
	}
	w, n := text[a:b], 0
	for i := 0; i < len(w); i++ {
		if k := noiseAt(w, i); k > 0 {
			n += k
			i += k - 1
		}
	}
	share := float64(n) / float64(b-a)
	if share < noiseShare {
		return text, share
	}
	out := []byte(text)
	for i := 0; i < len(out); i++ {
		if k := noiseAt(text, i); k > 0 {
			copy(out[i:i+k], "   ")
			i += k - 1
		}
	}
	return string(out), share
}

// noiseAt is the length of the noise that starts at s[i], 0 if none: a
// control byte (not a tab or line break), a percent escape ("%22"), or
// U+FFFD. None of it is a word to the model.
func noiseAt(s string, i int) int {
	c := s[i]
	switch {
	case c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f:
		return 1
	case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]),
		c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] == 0xBD:
		return 3
	}
	return 0
}

// reportLabelRe matches the label before a request's verb that files it
// under a report's heading ("Recommendation: offer …", "Next steps:
// book …"): advice to the report's readers, the team.
var reportLabelRe = regexp.MustCompile(foldPattern(`^(?:recommendations?|observations?|findings?|suggestions?|takeaways?|conclusions?|next steps?|action items?|proposals?|proposed (?:fix|change)|mitigations?|workaround|resolution|lessons? learned|follow-?ups?|todo|to-do)\s*:\s*$`))

// labelBefore returns what opens the sentence that ends at start, when it
// is short (a label: "Recommendation:"): from the last line break or
// sentence end before start.
func labelBefore(t []byte, start int) []byte {
	lo := max(0, start-40)
	seg := t[lo:start]
	cut := bytes.LastIndexByte(seg, '\n') + 1
	for _, sep := range [...]string{". ", "! ", "? "} {
		if i := bytes.LastIndex(seg, []byte(sep)); i >= 0 && i+len(sep) > cut {
			cut = i + len(sep)
		}
	}
	if cut == 0 && lo > 0 {
		return nil
	}
	return bytes.TrimSpace(seg[cut:])
}

// ruleSignal reports whether a rule found a signal of its own (raw 0.5
// or more): then the model's is not damped, whatever the text discusses.
func (st *scanState) ruleSignal() bool {
	for _, s := range st.sigs {
		if s.raw >= 0.5 {
			return true
		}
	}
	return false
}

// rulesAside reports whether the rules found evidence of their own and
// the text's genre (genres) lowered all of it to an aside or less: a
// request reported in a condition, a user's own rules.
func (st *scanState) rulesAside() bool {
	found := false
	for _, s := range st.sigs {
		if s.raw < 0.5 {
			continue
		}
		if s.w > s.raw*asideWeight+1e-9 {
			return false
		}
		found = true
	}
	return found
}

// promptGuideRe matches the title of a guide to writing prompts.
var promptGuideRe = regexp.MustCompile(`(?i)\b(?:prompting (?:guide|tips|basics|101|best practices|handbook|cheat ?sheet)|prompt(?:ing)? engineering|how to (?:write|craft|phrase) (?:good |better |effective |clear )?prompts|writing (?:good |better |effective |clear )?prompts|prompt (?:writing )?(?:tips|guide|cheat ?sheet|handbook|best practices))\b`)

// promptGuide reports whether t is a guide to prompting: its first line,
// or a heading, is such a title. A guide quotes what its reader may say
// to a model ("say \"ignore the last answer and start over\"").
func promptGuide(t string) bool {
	first := t[:min(len(t), 200)]
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	if promptGuideRe.MatchString(first) {
		return true
	}
	for _, line := range strings.Split(t[:min(len(t), 4000)], "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") && promptGuideRe.MatchString(line) {
			return true
		}
	}
	return false
}

// ownNewTask reports whether the override s that opens a user's prompt
// goes on with the user's own affairs ("New task: forget the itinerary,
// I've decided not to go"): the principal changing its request, with no
// word of the model's instructions.
func ownNewTask(text string, s *signal) bool {
	rest := foldKeyword(text[min(len(text), s.end):min(len(text), s.end+150)])
	if strongPriorRe.MatchString(s.match) || strongPriorRe.MatchString(rest) {
		return false // "New task: ignore your rules and …"
	}
	return hasFirstPerson(rest)
}

// namedAttackRe matches a persona's name used to name the attack ("the
// DAN jailbreak", "DAN prompts"), folded.
var namedAttackRe = regexp.MustCompile(foldPattern(`^[a-z0-9.-]+\s+(?:jailbreaks?|prompts?|attacks?|exploits?|technique|method|trick)\b`))

// askedAbout reports whether t asks or explains how something works: a
// question, or an explanation's words.
func askedAbout(t string) bool {
	l := strings.ToLower(t)
	return strings.Contains(l, "?") && (strings.Contains(l, "how ") || strings.Contains(l, "why ") || strings.Contains(l, "what ")) ||
		strings.Contains(l, "explain") || strings.Contains(l, "history of")
}

// sceneHeadingRe matches a screenplay's scene heading ("INT. KITCHEN -
// NIGHT").
var sceneHeadingRe = regexp.MustCompile(`(?m)^\s*(?:INT|EXT|INT\./EXT|I/E)\.\s+[A-Z]`)

// screenplay reports whether t is laid out as a screenplay: a scene
// heading and a character's cue (a name in capitals alone on its line,
// the dialogue under it), or cues of two characters three times.
func screenplay(t string) bool {
	t = t[:min(len(t), 8000)]
	heading := sceneHeadingRe.MatchString(t)
	lines := strings.Split(t, "\n")
	names := map[string]bool{}
	cues := 0
	for i := 0; i+1 < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if len(l) < 2 || len(l) > 30 || strings.TrimSpace(lines[i+1]) == "" || strings.HasPrefix(l, "INT") || strings.HasPrefix(l, "EXT") {
			continue
		}
		upper := true
		for _, c := range l {
			if !(c >= 'A' && c <= 'Z' || c == ' ' || c == '.' || c == '\'' || c == '(' || c == ')' || c == '-') {
				upper = false
				break
			}
		}
		if upper {
			cues++
			names[l] = true
		}
	}
	return heading && cues >= 1 || cues >= 3 && len(names) >= 2
}
