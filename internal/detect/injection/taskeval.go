package injection

import (
	"bytes"
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
	docs := 0
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
	for _, h := range u.auxHits(e) {
		if e.auxKws[h.kw].doc {
			if _, ok := sentenceStart(t, h.start); ok {
				docs++
			}
		}
	}
	// a questionnaire or an FAQ asks many questions; injected tasks come
	// one or two at a time
	questions := 0
	for i, c := range t {
		if c == '?' && (i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\n' || t[i+1] == '<' || t[i+1] == '"') {
			questions++
		}
	}
	if questions >= 3 {
		docs += 2
	}
	last := -1
	for _, c := range cands {
		if c.h.start < last {
			continue // one verdict per sentence
		}
		end := sentenceEnd(t, c.h.start)
		last = end
		st.task(u, t, c.start, c.h, end, docs)
	}
}

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
func (st *scanState) task(u *unit, t []byte, start int, h khit, end, docs int) {
	k := &st.e.kws[h.kw]
	// the verb must take an object: "name+`", "end)" are not requests
	if h.end+1 >= len(t) || t[h.end] != ' ' || !(isLetterASCII(t[h.end+1]) || t[h.end+1] >= 0x80 || t[h.end+1] == '\'' || t[h.end+1] == '"') {
		return
	}
	fold, pos := u.window(start, end)
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
	words := len(strings.Fields(body))
	if f := strings.Fields(body); len(f) > 1 && (strings.HasSuffix(f[0], ":") || strings.HasSuffix(f[1], ":") ||
		len(f) > 2 && strings.HasSuffix(f[2], ":")) && !k.question {
		return // "Research summary: …": a heading or a label, not an order
	}
	you := youRe.MatchString(s) || lead && hasPrefix(s, "please")
	fp := firstPersonRe.MatchString(body)
	alone := standalone(t, start, end)
	var w float64
	var label string
	if k.question {
		isQ := strings.HasSuffix(s, "?") || bytes.HasSuffix(bytes.TrimSpace(t[start:min(len(t), end+2)]), []byte("?"))
		if !isQ && !hasPrefix(body, "can you", "could you", "would you", "will you") && k.text != foldPattern("in your") {
			return
		}
		w, label = 0.35, "a question addressed to the model inside the data"
		if you {
			w += 0.25
		}
		if fp {
			w += 0.15
			if hasPrefix(body, "how can i", "how do i", "how should i", "how would i", "what should i", "where can i", "can i", "which ") {
				w += 0.1 // a user's question to an assistant
			}
		}
		if alone {
			w += 0.1
		}
		if st.answered(t, end) {
			w -= 0.3 // an FAQ: the answer follows
		}
		if questionReaderRe.MatchString(body) {
			w -= 0.2 // "could you confirm your account email?": one person to another
		}
		if outputRefRe.MatchString(body) {
			w, label = max(w+0.3, 0.85), "tells the model how to write its reply"
		}
	} else {
		w, label = k.verb, "a request addressed to the model inside the data"
		if outputRefRe.MatchString(body) && !ownObjectRe.MatchString(body) {
			w, label = max(w+0.4, 0.85), "tells the model how to write its reply"
		} else {
			if fp {
				w += 0.2
			}
			if artifactRe.MatchString(body) {
				w += 0.15
			}
			if you {
				w += 0.05
			}
			if readerObjectRe.MatchString(body) {
				w -= 0.2
			}
		}
	}
	// the penalties that follow only lower w, and the overlap adds at most
	// 0.2: stop here when the request cannot be reported
	pen := 0.0
	if docs >= 3 {
		pen += 0.15
	}
	if words < 4 {
		pen += 0.2
	}
	if up, known := st.upperAt(u, h.start); known && !up && !lead {
		pen += 0.15 // "- decode code points …": a changelog line, not a sentence
	}
	if w+0.2-pen < 0.45 {
		return
	}
	w -= pen
	switch ov := overlap(t, start, end, k.text); {
	case ov < 0:
		w += 0.05
	case ov <= 0.2:
		w += 0.2
	case ov >= 0.5:
		w -= 0.15
	}
	if w < 0.45 {
		return
	}
	us, ue := int(pos[0]), int(pos[len(pos)-1])+1
	st.add(u, signal{rule: "task.embedded-request", label: label, family: famTask, raw: min(w, 0.95), us: us, ue: ue, match: s})
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

// overlap is the share of the sentence's content words that the text
// around it also uses; -1 when there is too little text to tell.
func overlap(t []byte, start, end int, verb string) float64 {
	sw := map[string]bool{}
	contentWords(t[start:end], sw)
	delete(sw, stem(verb))
	rw := map[string]bool{}
	contentWords(t[max(0, start-1500):start], rw)
	contentWords(t[end:min(len(t), end+1500)], rw)
	if len(rw) < 4 || len(sw) < 2 {
		return -1
	}
	n := 0
	for w := range sw {
		if rw[w] {
			n++
		}
	}
	return float64(n) / float64(len(sw))
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
		fold, pos := u.window(ss, se)
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
		code, _ := u.window(cs, ce)
		if danger := codeDanger(code); danger != "" {
			st.add(u, signal{rule: "code.dangerous-snippet", label: "tells the model to include code that " + danger,
				family: famCode, raw: 0.85, us: int(pos[0]), ue: ce, match: s})
		}
	}
}
