package injection

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
)

// leadWords may open a sentence before its verb ("Please summarize …",
// "Also, add …").
var leadWords = map[string]bool{"please": true, "kindiy": true, "aiso": true, "now": true, "then": true, "and": true,
	"so": true, "just": true, "additionaiiy": true, "finaiiy": true, "iastiy": true, "next": true, "first": true,
	"furthermore": true, "moreover": true, "ok": true, "okay": true, "oh": true, "btw": true, "ps": true, "hey": true,
	"hi": true, "heiio": true, "but": true, "instead": true, "importantiy": true, "secondiy": true, "therefore": true}

// sentenceStart reports whether the word at k opens a sentence (after
// optional lead words, bullets, quotes), and where the sentence starts.
func sentenceStart(t []byte, k int) (int, bool) {
	j := k
	for step := 0; step < 4; step++ {
		for j > 0 {
			c := t[j-1]
			if c == ' ' || c == '\t' || c == '\r' || c == '*' || c == '-' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '_' || c == '#' {
				j--
				continue
			}
			break
		}
		if j == 0 {
			return j, true
		}
		switch t[j-1] {
		case '\n', '.', '!', '?', ':', ';', '>', '|', ')', ']', '}':
			return j, true
		case ',':
			j-- // "Also, add …": the word before the comma must be a lead word
		}
		ws := j
		for ws > 0 && isLetterASCII(t[ws-1]) {
			ws--
		}
		if ws == j || !leadWords[foldLower(t[ws:j])] {
			return k, false
		}
		j = ws
	}
	return k, false
}

// foldLower folds an ASCII word like the view (for lookups).
func foldLower(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = foldASCII(c)
	}
	keepArticles(out, b)
	return string(out)
}

// sentenceEnd finds where the sentence that starts at k ends.
func sentenceEnd(t []byte, k int) int {
	limit := min(len(t), k+400)
	for i := k; i < limit; i++ {
		switch t[i] {
		case '\n':
			return i
		case '!', '?':
			return i + 1
		case '.':
			if i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n' || t[i+1] == '"' || t[i+1] == '<' || t[i+1] == '\'' || t[i+1] == ')' {
				return i + 1
			}
		case '<':
			if i+1 < len(t) && (t[i+1] == '/' || isLetterASCII(t[i+1])) {
				return i
			}
		case '"':
			if i+1 < len(t) && (t[i+1] == '}' || t[i+1] == ',') {
				return i
			}
		}
	}
	return limit
}

// sentenceBack walks back from k to the start of its sentence.
func sentenceBack(t []byte, k int) int {
	for j := k; j > 0 && j > k-300; j-- {
		switch t[j-1] {
		case '\n', '.', '!', '?', '>':
			return j
		}
	}
	return max(0, k-300)
}

// runTasks scores sentences that open with a request verb or ask a
// question (retrieved content only).
func (st *scanState) runTasks(u *unit, hits []khit) {
	e := st.e
	var t []byte
	type cand struct {
		h     khit
		start int
	}
	var cands []cand
	for _, h := range hits {
		k := &e.kws[h.kw]
		if k.verb == 0 {
			continue
		}
		if t == nil {
			t = u.text()
		}
		s, ok := sentenceStart(t, h.start)
		if !ok && k.verb > 0 && h.start > 0 && t[h.start-1] == ' ' {
			// "… the Mercury T Explain the theory": a capitalised verb
			// after a space opens a sentence too
			if up, known := st.upperAt(u, h.start); known && up {
				s, ok = h.start, true
			}
		}
		if !ok {
			continue
		}
		cands = append(cands, cand{h, s})
	}
	if len(cands) == 0 {
		return
	}
	docs := -1 // counted when a candidate first needs it: it takes a scan of the text
	countDocs := func() int {
		if docs < 0 {
			docs = st.docSteps(u, t)
		}
		return docs
	}
	var turns []int // the dialogue's labelled lines, read when a candidate first needs them
	turnsRead := false
	inTurn := func(at int) bool {
		if !turnsRead {
			turns, turnsRead = dialogueTurns(t), true
		}
		_, ok := slices.BinarySearch(turns, bytes.LastIndexByte(t[:at], '\n')+1)
		return ok
	}
	last := -1
	for _, c := range cands {
		if st.fired != nil && st.fired["task.embedded-request"] >= maxSignalsPerRule {
			return
		}
		if c.h.start < last {
			continue // one verdict per sentence
		}
		end := sentenceEnd(t, c.h.start)
		last = end
		st.task(u, t, c.start, c.h, end, countDocs, inTurn)
	}
}

// docSteps counts the signs that t is a manual or an FAQ: the steps that
// open with a manual's verb, and two more for three questions or more.
// It stops counting at manualSigns, all its callers need to know.
func (st *scanState) docSteps(u *unit, t []byte) int {
	docs := 0
	// the context words are read piece by piece: the first few steps
	// of a manual often settle it
	for i, n := 0, 0; ; n += auxPiece {
		hits := u.auxUpTo(st.e, n)
		for ; i < len(hits); i++ {
			if h := hits[i]; st.e.auxKws[h.kw].doc {
				if _, ok := sentenceStart(t, h.start); ok {
					if docs++; docs >= manualSigns {
						return docs
					}
				}
			}
		}
		if u.auxEnd >= len(t) {
			break
		}
	}
	// a questionnaire or an FAQ asks many questions; injected tasks come
	// one or two at a time
	questions := 0
	for i := 0; questions < 3; i++ {
		j := bytes.IndexByte(t[i:], '?')
		if j < 0 {
			break
		}
		i += j
		if i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n' || t[i+1] == '<' || t[i+1] == '"' {
			questions++
		}
	}
	if questions >= 3 {
		docs += 2
	}
	return docs
}

// manualSigns is how many signs of a manual (docSteps) make a request
// read as one of its steps.
const manualSigns = 3

// upperAt reports whether the source letter behind unit offset i is a
// capital, when the unit still knows its source case.
func (st *scanState) upperAt(u *unit, i int) (upper, known bool) {
	var c byte
	switch {
	case u.v == nil:
		c = u.raw[i]
	case i < len(u.v.b):
		c = u.v.b[i]
		if u.v.isUpper(i) {
			return true, true
		}
		return false, c >= 'a' && c <= 'z'
	default:
		return false, false
	}
	if c >= 'A' && c <= 'Z' {
		return true, true
	}
	return false, c >= 'a' && c <= 'z'
}

// standalone reports whether t[start:end] stands on its own: its own line,
// list item, quote block, paragraph or JSON value.
func standalone(t []byte, start, end int) bool {
	j := start
	for j > 0 && (t[j-1] == ' ' || t[j-1] == '\t' || t[j-1] == '-' || t[j-1] == '*' || t[j-1] == '"') {
		j--
	}
	if j > 0 && t[j-1] != '\n' && t[j-1] != '>' {
		return false
	}
	k := end
	for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r') {
		k++
	}
	return k == len(t) || t[k] == '\n' || t[k] == '<' || t[k] == '"'
}

// task scores one candidate sentence t[start:end) whose verb is h.
func (st *scanState) task(u *unit, t []byte, start int, h khit, end int, docs func() int, inTurn func(int) bool) {
	k := &st.e.kws[h.kw]
	// the verb must take an object: "name+`", "end)" are not requests
	if h.end+1 >= len(t) || t[h.end] != ' ' || !(isLetterASCII(t[h.end+1]) || t[h.end+1] >= 0x80 || t[h.end+1] == '\'' || t[h.end+1] == '"') {
		return
	}
	fold, pos := st.foldedPart(u, start, end, &st.buf.win[0])
	if len(fold) == 0 || len(pos) == 0 {
		return
	}
	s := strings.TrimSpace(string(fold))
	body := s // from the verb on
	lead := false
	if i := strings.Index(s, k.text); i >= 0 {
		lead = i > 0
		body = s[i:]
	}
	f := strings.Fields(body)
	words := len(f)
	if len(f) > 1 && (strings.HasSuffix(f[0], ":") || strings.HasSuffix(f[1], ":") ||
		len(f) > 2 && strings.HasSuffix(f[2], ":")) && !k.question {
		return // "Research summary: …": a heading or a label, not an order
	}
	if !k.question && reportLabelRe.MatchString(foldLower(labelBefore(t, start))) {
		return // "Recommendation: offer …": advice filed under a report's heading, for its readers
	}
	if inTurn(start) && (!outputRefRe.MatchString(body) || strings.HasSuffix(s, "?") && hasFoldedPrefix(body, foldedCanYou)) {
		return // one speaker asks another, in a transcript
	}
	// What follows weighs the request (w); it is reported only if
	// w+0.2-pen reaches 0.45 (see below). In a document full of questions
	// and steps the regexps cost more than the rest of the scan, so the
	// cheap facts come first and each regexp runs only while it can still
	// change the outcome; w itself is summed as it always was.
	lower := false
	if up, known := st.upperAt(u, h.start); known && !up && !lead {
		lower = true // "- decode code points …": a changelog line, not a sentence
	}
	penFloor := 0.0 // pen without the docs term, which takes a scan of the text
	if words < 4 {
		penFloor += 0.2
	}
	if lower {
		penFloor += 0.15
	}
	hopeless := func(ub float64) bool { return ub+0.2-penFloor < 0.45-1e-9 } // w ≤ ub cannot be reported
	you := lazyBool{f: func() bool { return youRe.MatchString(s) || lead && hasFoldedPrefix(s, foldedPlease) }}
	fp := lazyBool{f: func() bool { return hasFirstPerson(body) }}
	alone := standalone(t, start, end)
	var w float64
	var label string
	if k.question {
		isQ := strings.HasSuffix(s, "?") || bytes.HasSuffix(bytes.TrimSpace(t[start:min(len(t), end+2)]), []byte("?"))
		if !isQ && !hasFoldedPrefix(body, foldedCanYou) && k.text != foldedInYour {
			return
		}
		answered := st.answered(t, end)
		outRef := outputRefRe.MatchString(body)
		if !outRef {
			ub := 0.35 + 0.25 + 0.25 // + you, + first person (and "how do i")
			if alone {
				ub += 0.1
			}
			if answered {
				ub -= 0.3
			}
			if hopeless(ub) {
				return
			}
			if !fp.get() {
				if ub -= 0.25; hopeless(ub) {
					return
				}
			}
			if !you.get() {
				if ub -= 0.25; hopeless(ub) {
					return
				}
			}
		}
		w, label = 0.35, "a question addressed to the model inside the data"
		if you.get() {
			w += 0.25
		}
		if fp.get() {
			w += 0.15
			if hasFoldedPrefix(body, foldedAskAssistant) {
				w += 0.1 // a user's question to an assistant
			}
		}
		if alone {
			w += 0.1
		}
		if answered {
			w -= 0.3 // an FAQ: the answer follows
		}
		if questionReaderRe.MatchString(body) {
			w -= 0.2 // "could you confirm your account email?": one person to another
		}
		if offerRe.MatchString(body) {
			w -= 0.3 // "would you like to contribute?": an offer to the reader
		}
		if anaphoricEnd(body) {
			w -= 0.15 // "is there a way to prevent this?": the text's own matter, not a task of its own
		}
		if outRef {
			w, label = max(w+0.3, 0.85), "tells the model how to write its reply"
		}
	} else {
		w, label = k.verb, "a request addressed to the model inside the data"
		if outputRefRe.MatchString(body) && !ownObjectRe.MatchString(body) {
			w, label = max(w+0.4, 0.85), "tells the model how to write its reply"
		} else {
			ub := k.verb + 0.2 + 0.15 + 0.05 // + first person, + artifact, + you
			if hopeless(ub) {
				return
			}
			if !fp.get() {
				if ub -= 0.2; hopeless(ub) {
					return
				}
			}
			if !you.get() {
				if ub -= 0.05; hopeless(ub) {
					return
				}
			}
			artifact := artifactRe.MatchString(body)
			if fp.get() {
				w += 0.2
			}
			if artifact {
				w += 0.15
			}
			if you.get() {
				w += 0.05
			}
			if readerObjectRe.MatchString(body) {
				w -= 0.2
			}
		}
	}
	// the penalties that follow only lower w, and the overlap adds at most
	// 0.2: stop here when the request cannot be reported
	if hopeless(w) {
		return
	}
	w0 := w
	// penalty is pen as it always was, with the manual's share when
	// manual is set.
	penalty := func(manual bool) float64 {
		pen := 0.0
		if manual {
			pen += 0.15
		}
		if words < 4 {
			pen += 0.2
		}
		if lower {
			pen += 0.15
		}
		return pen
	}
	// weigh applies the penalty and the overlap; ok is false when the
	// request is not reported.
	ovDone, ovVal := false, 0.0
	quoted := -1.0 // quotedRequest, found on first use
	weigh := func(manual bool) (w float64, ok bool) {
		pen := penalty(manual)
		if w0+0.2-pen < 0.45 {
			return 0, false
		}
		if quoted < 0 {
			quoted = quotedRequest(t, start, h.start, fp.get)
		}
		w = w0 - (pen + quoted) // as pen += quotedRequest(…) then w -= pen
		if !ovDone {
			ovDone, ovVal = true, overlap(t, start, end, k.text)
		}
		switch ov := ovVal; {
		case ov < 0:
			w += 0.05
		case ov <= 0.2:
			w += 0.2
		case ov >= 0.5:
			w -= 0.15
		}
		return w, w >= 0.45
	}
	// Telling a manual's steps (docs) takes a scan of the text. Each step
	// of weigh is monotone in the penalty: a request that is not reported
	// without the manual's penalty is not reported with it, so docs is
	// only counted when it may change the outcome, and the overlap only
	// when it always was.
	if w0+0.2-penalty(false) < 0.45 {
		return
	}
	if w0+0.2-penalty(true) >= 0.45 { // the overlap is needed either way
		if _, ok := weigh(false); !ok {
			return
		}
	}
	w, ok := weigh(docs() >= manualSigns)
	if !ok {
		return
	}
	us, ue := int(pos[0]), int(pos[len(pos)-1])+1
	st.add(u, signal{rule: "task.embedded-request", label: label, family: famTask, raw: min(w, 0.95), us: us, ue: ue, match: s})
}

// anaphoricEnd reports whether the question q ends on a pronoun that
// points back into the text around it ("… prevent this?", "… fix it?"):
// a question that belongs to what precedes it. A question inserted into
// data for the model stands on its own.
func anaphoricEnd(q string) bool {
	q = strings.TrimRight(q, "?!. \"'")
	i := strings.LastIndexByte(q, ' ')
	if i < 0 {
		return false
	}
	switch q[i+1:] {
	case "this", "that", "it", "them", "these", "those": // the view folds none of their letters
		return true
	}
	return false
}

// lazyBool is a test run on first use.
type lazyBool struct {
	f       func() bool
	done, v bool
}

func (l *lazyBool) get() bool {
	if !l.done {
		l.v, l.done = l.f(), true
	}
	return l.v
}

// Folded words task tests for (folding them at each use would cost more
// than the tests).
var (
	foldedPlease       = foldAll([]string{"please"})
	foldedCanYou       = foldAll([]string{"can you", "could you", "would you", "will you"})
	foldedAskAssistant = foldAll([]string{"how can i", "how do i", "how should i", "how would i", "what should i", "where can i", "can i", "which "})
	foldedInYour       = foldPattern("in your")
)

// hasFoldedPrefix reports whether m starts with one of the folded words.
func hasFoldedPrefix(m string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

// faqAnswers open the answer that follows a question in an FAQ.
var faqAnswers = foldAll([]string{"you can", "you'll", "you will", "you need", "you must", "you should", "to ", "yes", "no,", "no.", "because", "since", "here",
	"simply", "just", "go to", "click", "open", "visit", "our ", "we ", "it ", "it's", "this ", "the answer", "answer:", "a:",
	"a.", "first", "if ", "use ", "select", "navigate", "log in", "sign in", "contact", "please", "sure", "absolutely"})

// answered reports whether the text right after a question answers it:
// an FAQ answer, or the step of a manual.
func (st *scanState) answered(t []byte, end int) bool {
	rest := bytes.TrimLeft(t[end:min(len(t), end+200)], " \t\r\n\"'>-*#:")
	if len(rest) == 0 || rest[0] == '<' {
		return false
	}
	r := foldLower(rest[:min(len(rest), 20)])
	for _, a := range faqAnswers {
		if strings.HasPrefix(r, a) {
			return true
		}
	}
	w, _, _ := strings.Cut(r, " ")
	return st.e.stepWords[w]
}

// runCode looks for sentences that hand the model a code snippet to put in
// its answer, and checks what the snippet does.
func (st *scanState) runCode(u *unit, hits []khit) {
	var t []byte
	lastCode := -1
	for _, h := range hits {
		if !st.e.kws[h.kw].code || h.start < lastCode {
			continue
		}
		if t == nil {
			t = u.text()
		}
		ss := sentenceBack(t, h.start)
		se := h.end
		for se < len(t) && se < h.end+200 && t[se] != '\n' && t[se] != ':' && t[se] != '.' {
			se++
		}
		fold, pos := st.foldedPart(u, ss, se, &st.buf.win[0])
		s := string(fold)
		directive := yourCodeRe.MatchString(s) || codeDirectiveRe.MatchString(s) &&
			(has(s, "ensure") || has(s, "make sure") || has(s, "forget") ||
				has(s, "consider") || has(s, "should") || has(s, "could") ||
				has(s, "may ") || has(s, "hesitate") || has(s, "your"))
		if !directive {
			if _, ok := sentenceStart(t, ss); !ok {
				continue
			}
			first, _, _ := strings.Cut(strings.TrimLeft(s, " -*>\"'"), " ")
			if foldedVerbs[first] == 0 {
				continue
			}
			directive = true
		}
		// the code: a fenced block right after, or the text that follows
		cs, ce := se, min(len(t), se+1500)
		if i := bytes.Index(t[se:min(len(t), se+300)], []byte("```")); i >= 0 {
			cs = se + i + 3
			if j := bytes.Index(t[cs:min(len(t), cs+4000)], []byte("```")); j >= 0 {
				ce = cs + j
			} else {
				ce = min(len(t), cs+4000)
			}
		}
		lastCode = ce
		code, _ := st.foldedPart(u, cs, ce, &st.buf.win[1]) // fold and pos stay in use
		if danger := codeDanger(code); danger != "" {
			st.add(u, signal{rule: "code.dangerous-snippet", label: "tells the model to include code that " + danger,
				family: famCode, raw: 0.85, us: int(pos[0]), ue: ce, match: s})
		}
	}
}

// quotedRequest is the penalty for a request that is not addressed to the
// model reading the data: a sample prompt in quotes after "try:" or "for
// example", a prompt template in a string literal of source code, or a
// customer's letter to a person about their own order ("Hi support, could
// you cancel my order?"), or a signed letter's errand ("Hi Dana, could you
// send me the floor plan? … Thanks, Omar").
func quotedRequest(t []byte, start, verb int, firstPerson func() bool) float64 {
	// t is the view or the raw text: fold what the tests read (short
	// pieces, and only past a cheap gate)
	if bytes.ContainsAny(t[start:verb], "'\"\x60") && endsWithWord(bytes.TrimRight(t[max(0, start-40):start], " \t:,"), exampleLeads) {
		return 0.35
	}
	from := max(0, start-300) // the literal opens a few lines up
	for _, q := range [][]byte{[]byte(`"""`), []byte(`'''`)} {
		if !bytes.Contains(t[from:start], q) { // the fast search first: most texts have none
			continue
		}
		if i := bytes.LastIndex(t[from:start], q); opensString(t[:from+i]) {
			return 0.4
		}
	}
	if wholeLineQuote(t, start) {
		return 0.2 // a template or a saying on a line of its own: "“Summarise the transcript below …”"
	}
	if line := t[max(0, start-200):start]; bytes.IndexByte(line, '=') >= 0 {
		line = line[bytes.LastIndexByte(line, '\n')+1:] // the line so far
		if stringAssignRe.Match(line) {
			return 0.4
		}
	}
	if o := letterStart(t, start); o < len(t) && bytes.IndexByte([]byte("hHdDgG"), t[o]) >= 0 {
		// a signed letter's errand is one person's to another whether
		// or not the writer names themselves in it ("could you forward
		// the invite to the team?")
		if g := letterOpenRe.FindString(foldLower(t[o:min(len(t), o+60)])); g != "" && !aiWordRe.MatchString(g) &&
			!has(g, "assistant", "bot", "agent", "model", "copilot") {
			// an errand between the two ends of a signed letter is the
			// writer's to its addressee: the letter frames it twice
			if signedOff(t) && errandRe.MatchString(foldLower(bytes.TrimLeft(t[start:min(len(t), start+60)], " \t\n"))) ||
				firstPerson() && ownAffairRe.MatchString(foldLower(t[start:min(len(t), start+300)])) {
				return 0.3
			}
		}
	}
	return 0
}

// wholeLineQuote reports whether the sentence at start opens a line
// that is one quotation: a quote mark before it (after indentation) and
// the same mark closing the line, with none between. An item of a JSON
// array ends in a comma and is not one.
func wholeLineQuote(t []byte, start int) bool {
	start = min(start, len(t))
	ls := bytes.LastIndexByte(t[:start], '\n') + 1
	p := ls
	for p < len(t) && (t[p] == ' ' || t[p] == '\t') {
		p++
	}
	if p >= len(t) || p < start-1 || p > start || !isQuote(t[p]) {
		return false // the sentence does not open the line with a quote mark
	}
	le := len(t)
	if i := bytes.IndexByte(t[p:], '\n'); i >= 0 {
		le = p + i
	}
	body := bytes.TrimRight(t[p+1:le], " \t\r")
	return len(body) > 1 && body[len(body)-1] == t[p] && bytes.IndexByte(body[:len(body)-1], t[p]) < 0
}

// letterStart skips the header lines that may come before a letter's
// greeting, up to start: a mail's "Subject:", "From:" or "Date:", a chat
// message's "[Teams] Rachel Kim, 10:42". It returns where the letter
// starts (0 when no header opens t).
func letterStart(t []byte, start int) int {
	o := 0
	for range 6 {
		if o >= start || o >= len(t) {
			break
		}
		le := bytes.IndexByte(t[o:], '\n')
		if le < 0 {
			break
		}
		line := bytes.TrimSpace(t[o : o+le])
		if len(line) > 0 && !letterHeaderRe.Match(line) {
			break
		}
		o += le + 1
	}
	for o < len(t) && (t[o] == ' ' || t[o] == '\t') {
		o++
	}
	return o
}

// letterHeaderRe matches a mail's header line or a chat message's
// (an app in brackets, a name, a time of day).
var letterHeaderRe = regexp.MustCompile(`(?i)^(?:(?:subject|from|to|cc|bcc|date|sent|re|fwd?)\s*:.{0,200}|\[[^\]\n]{1,24}\]\s*[\pL][\pL .'-]{0,40},?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)$`)

// signedOff reports whether t ends as a letter does: a closing
// ("Thanks, Ben", "Best regards,\nOps", "Cheers") on one of its last
// three lines.
func signedOff(t []byte) bool {
	tail := bytes.TrimRight(t[max(0, len(t)-160):], " \t\r\n")
	for n := range 3 {
		i := bytes.LastIndexByte(tail, '\n')
		line := bytes.TrimLeft(tail[i+1:], " \t-")
		if len(line) <= 40 && letterCloseRe.MatchString(foldLower(line)) {
			return true
		}
		if n == 0 {
			// a message may close on its last line, after its last
			// sentence: "… before lunch? Thanks!"
			if j := bytes.LastIndexAny(line[:max(0, len(line)-2)], ".?!"); j > 0 && j+1 < len(line) && line[j+1] == ' ' {
				if c := bytes.TrimSpace(line[j+1:]); len(c) <= 40 && letterCloseRe.MatchString(foldLower(c)) {
					return true
				}
			}
		}
		if i < 0 {
			return false
		}
		tail = bytes.TrimRight(tail[:i], " \t\r\n")
	}
	return false
}

// opensString reports whether a string literal opens at the end of t: the
// line so far assigns it or passes it ("PROMPT = ", "f(").
func opensString(t []byte) bool {
	t = t[max(0, len(t)-200):]
	line := bytes.TrimRight(t[bytes.LastIndexByte(t, '\n')+1:], " \tfbrFBR")
	return len(line) > 0 && (line[len(line)-1] == '=' || line[len(line)-1] == '(' || line[len(line)-1] == ',' || line[len(line)-1] == ':')
}

// endsWithWord reports whether b ends with one of the folded words, at a
// word start (compared byte by byte: no allocation on this hot path).
func endsWithWord(b []byte, words []string) bool {
	for _, w := range words {
		if len(b) < len(w) || len(b) > len(w) && isLetterASCII(b[len(b)-len(w)-1]) {
			continue
		}
		tail, ok := b[len(b)-len(w):], true
		for i := range len(w) {
			if foldASCII(tail[i]) != w[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// exampleLeads introduce a sample prompt ("Try: '…'", "for example \"…\"").
var exampleLeads = foldAll([]string{"try", "example", "examples", "e.g.", "such as", "like", "ask", "asking", "ask it", "type", "prompt", "prompts"})

var (
	// stringAssign: the line so far opens a string literal in code
	// ("PROMPT = \"", "p := `"); an HTML attribute (alt="…") is no code.
	stringAssignRe = regexp.MustCompile(`[\w\].]\s+=\s*[fbr]?["'\x60]|[\w\].]\s*:=\s*["'\x60]`)
	// letterOpen: a letter that greets a person or a team ("Hi Sam,",
	// "Hello,"), not an AI.
	letterOpenRe = regexp.MustCompile(foldPattern(`^\s*(?:hi|hello|dear|hey|good (?:morning|afternoon|evening))(?:\s+(?:[a-z][\w'.-]*\s*){1,3})?\s*[,!\n]`))
	// errand: a request one colleague makes of another (send, forward,
	// confirm, book …), not a task a model is set (write, tell, explain).
	// A clause of time or condition may open it ("when you get this,
	// could you book …").
	errandRe = regexp.MustCompile(foldPattern(`^(?:(?:when|once|whenever|if|as soon as)\s+[^,.!?\n]{1,40},\s*)?(?:(?:please|kindly|just|also|and|could|can|would|will|you|when)\s+){0,4}(?:send|re-send|forward|share|swap|confirm|sign|book|schedule|reschedule|call|ring|email|mail|pay|approve|review|check|update|bring|print|post|ship|return|resend|upload|move|cancel|remind|let me know|loop)\b`))
	// letterClose: a letter's closing line.
	letterCloseRe = regexp.MustCompile(foldPattern(`^(?:many |best |kind |warm )?(?:thanks|thank you|thx|cheers|regards|best|best wishes|sincerely|yours(?: truly| sincerely)?|talk soon|speak soon|all the best|take care)\b[ ,.!a-z'-]*$`))
	// ownAffair: the writer's own order, booking or account.
	ownAffairRe = regexp.MustCompile(foldPattern(`\b(?:my|our)\s+(?:[\w-]+\s+)?(?:order|orders|booking|reservation|account|subscription|refund|payment|delivery|parcel|invoice|ticket|appointment|receipt|membership|plan|card)\b|#\s?\d{3,}` +
		// the writer takes back what they sent: "can you ignore the numbers in the first version I sent?"
		`|\b(?:ignore|disregard)\b[^.?!\n]{0,60}\b(?:i|we)\s+(?:sent|shared|wrote|attached|forwarded|gave)\b|\b(?:ignore|disregard)\s+(?:my|our)\s+(?:previous|earlier|last|first|other)\b`))
)
