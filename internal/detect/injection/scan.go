package injection

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// unit is one text the engine scans: the input itself, or a text decoded
// from it.
type unit struct {
	// raw is the text; on the ASCII fast path the engine reads it as is
	// (the prefilter folds case, leetspeak and spaces by itself) and
	// folds only the windows around keywords.
	raw string
	// v is the folded view, for text that needs the full normaliser
	// (non-ASCII); nil on the fast path.
	v *view
	// origin and the span of the input the unit came from; for the input
	// itself (plain) positions map back exactly.
	origin     origin
	start, end int
	depth      int
	// aux are the context words (engine.appendAux) that end in the
	// first auxEnd bytes, found piece by piece as they are needed.
	aux     []khit
	auxEnd  int
	auxSpan int    // the longest of aux, end-start
	near    []khit // scratch for auxNear
}

// auxNear returns the unit's context words, or at least all of those
// that end at or after a and start at or before b. Unless auxUpTo has
// read that far, it reads only around [a, b]: from just after a byte of
// byte class 0 (where the walk is back in the start state, and which no
// occurrence spans) at or before a, to just after one after b. When no
// such byte is within auxWalk bytes, it reads the unit from the start
// instead (auxUpTo, once for all calls), so that a text with no byte of
// class 0 costs linear time, not quadratic. The result is valid until
// the next call.
func (u *unit) auxNear(e *engine, a, b int) []khit {
	t := u.text()
	if u.auxEnd <= b && u.auxEnd < len(t) {
		lo := min(max(a, 0), len(t))
		for lo > 0 && e.aux.cls[t[lo-1]] != 0 && lo > a-auxWalk {
			lo--
		}
		end := min(len(t), max(b+1, lo))
		for end < len(t) && e.aux.cls[t[end-1]] != 0 && end < b+auxWalk {
			end++
		}
		if (lo == 0 || e.aux.cls[t[lo-1]] == 0) && (end == len(t) || e.aux.cls[t[end-1]] == 0) {
			u.near = e.appendAux(u.near[:0], t, lo, end)
			return u.near
		}
		u.auxUpTo(e, b)
	}
	// u.aux holds every context word that ends at or before b and more,
	// in order of their end; none is longer than auxSpan
	i := sort.Search(len(u.aux), func(i int) bool { return u.aux[i].end >= a })
	j := i
	for j < len(u.aux) && u.aux[j].end <= b+u.auxSpan {
		j++
	}
	return u.aux[i:j]
}

// auxWalk bounds the walk of auxNear to a start state.
const auxWalk = 1 << 10

// auxPiece is how many bytes of a unit auxUpTo reads at least at a time.
const auxPiece = 16 << 10

// auxHits returns the unit's context words.
func (u *unit) auxHits(e *engine) []khit { return u.auxUpTo(e, u.len()) }

// auxUpTo returns the unit's context words in order of their end, all of
// those that start at or before offset n and perhaps more. It reads the
// text on first use, in pieces that end just after a byte of byte class
// 0 in e.aux: no keyword occurrence spans such a byte, so one that
// starts before it ends before it too.
func (u *unit) auxUpTo(e *engine, n int) []khit {
	t := u.text()
	for u.auxEnd < len(t) && u.auxEnd <= n {
		end := min(len(t), max(n+1, u.auxEnd+auxPiece))
		for end < len(t) && e.aux.cls[t[end-1]] != 0 {
			end++
		}
		from := len(u.aux)
		u.aux = e.appendAux(u.aux, t, u.auxEnd, end)
		for _, h := range u.aux[from:] {
			u.auxSpan = max(u.auxSpan, h.end-h.start)
		}
		u.auxEnd = end
	}
	return u.aux
}

// newUnit prepares the input (or a decoded text) for scanning.
func newUnit(s string, o origin, start, end, depth int) *unit {
	u := &unit{raw: s, origin: o, start: start, end: end, depth: depth}
	if !isASCII(s) {
		u.v = normalize(s, false)
	}
	return u
}

func (u *unit) len() int {
	if u.v != nil {
		return len(u.v.b)
	}
	return len(u.raw)
}

// text returns the unit's bytes (the view, or the raw text). They are
// read-only: for raw text they are the string's own bytes, not a copy (a
// copy of a long tool result costs more than the rest of its scan).
func (u *unit) text() []byte {
	if u.v != nil {
		return u.v.b
	}
	return unsafe.Slice(unsafe.StringData(u.raw), len(u.raw))
}

// posMap returns the view's position map for the input, built on first
// use: only texts with evidence need it.
func (u *unit) posMap() []int32 {
	if u.v.pos == nil && u.origin == oPlain {
		u.v.pos = normalize(u.raw, true).pos
	}
	return u.v.pos
}

// window returns the folded text of the unit's bytes [a, b) and, for each
// folded byte, its offset in the unit's bytes, in w's buffers (valid
// until w's next use).
func (u *unit) window(a, b int, w *window) ([]byte, []int32) {
	if u.v != nil {
		if b <= maxPooled { // the identity map, kept in w, serves every window
			return u.v.b[a:b], w.identity(b)[a:b]
		}
		_, pos := w.grow(b - a)
		for i := range pos {
			pos[i] = int32(a + i)
		}
		return u.v.b[a:b], pos
	}
	return normalizeASCII(u.raw[a:b], a, w) // raw units are ASCII (newUnit)
}

// foldedPart is u.window(a, b, w), cut from the whole unit's fold when
// runRules made one and the window's edges fold as they do there.
func (st *scanState) foldedPart(u *unit, a, b int, w *window) ([]byte, []int32) {
	if f := &st.buf.full; st.buf.fullOf == u && cleanCut(u.raw, a, b, a, b) {
		lo, hi := cutAt(f.foldPos, a, b, st.buf.fullHint)
		st.buf.fullHint = lo
		return f.fold[lo:hi], f.foldPos[lo:hi]
	}
	return u.window(a, b, w)
}

// span maps unit-byte offsets to offsets in the scanned input.
func (u *unit) span(a, b int) (int, int) {
	if u.origin != oPlain {
		return u.start, u.end
	}
	if u.v == nil {
		return a, b
	}
	pos := u.posMap()
	if pos == nil || a >= len(pos) {
		return 0, 0
	}
	s := int(pos[a])
	e := s + 1
	if b > 0 && b-1 < len(pos) {
		e = int(pos[b-1])
		if e < len(u.raw) {
			_, n := utf8.DecodeRuneInString(u.raw[e:])
			e += n
		}
	}
	return s, e
}

// nearByte reports whether one of the bytes of set occurs in [a, b);
// one, when not negative, is the set's only byte.
func (u *unit) nearByte(set *byteSet, one, a, b int) bool {
	a, b = max(a, 0), min(b, u.len())
	if a >= b {
		return false
	}
	t := u.text()[a:b]
	if one >= 0 {
		return bytes.IndexByte(t, byte(one)) >= 0
	}
	for _, c := range t {
		if set.has(c) {
			return true
		}
	}
	return false
}

// signal is one piece of evidence.
type signal struct {
	rule   string
	label  string
	family family
	raw    float64 // weight before context
	w      float64 // weight after context
	// start, end: offsets in the scanned input (0, 0 when unknown);
	// us, ue: offsets in the unit's bytes.
	start, end int
	us, ue     int
	origin     origin
	match      string
}

// scanState is one scan in progress.
type scanState struct {
	e      *engine
	src    Source
	off    map[string]bool
	input  string
	budget decodeBudget
	sigs   []signal
	buf    *scanBuf
	// fired counts the signals of each rule (add): a rule stops being
	// tried after maxSignalsPerRule, see there.
	fired map[string]int
}

// maxSignalsPerRule bounds how often one rule is matched in one scan. The
// score keeps each rule's strongest signal, so the bound changes nothing
// but the work on texts that repeat a phrase thousands of times (a hostile
// server's 16 MiB of "ignore previous instructions" would otherwise take
// half a minute of CPU): past it, the rule has long since been found.
const maxSignalsPerRule = 32

// scanUnit finds the unit's signals (appended to st.sigs), then scans
// what the unit asks to decode.
func (st *scanState) scanUnit(u *unit) {
	e := st.e
	st.buf.fullOf = nil // a unit's whole fold serves its own scan only
	var hits []khit
	if u.v != nil {
		hits = e.findKeywords(u.v.b, "", u.v.other > 0, st.buf, u.depth)
	} else {
		hits = e.findKeywords(nil, u.raw, false, st.buf, u.depth)
	}
	first := len(st.sigs)
	if len(hits) > 0 {
		st.runRules(u, hits)
		if st.src == Retrieved {
			st.runTasks(u, hits)
			st.runCode(u, hits)
		}
	}
	st.context(u, hits, first)
	if u.depth < maxDecodeDepth {
		st.decodeMore(u, hits, first)
	}
}

// runRules evaluates the rules whose keywords occur: for each keyword, the
// rules it anchors (and whose near words are close) try an anchored match
// starting at the keyword or shortly before it, on one folded window
// shared by all of them.
func (st *scanState) runRules(u *unit, hits []khit) {
	e := st.e
	n := u.len()
	sb := st.buf
	sb.last = resize(sb.last, len(e.rules))
	last := sb.last  // end of the last keyword tried, per rule
	var todo []int   // rules to try at this keyword
	wa, wb := -1, -1 // the last window, reused while keywords fall inside it
	ext := 128       // how far past what a keyword needs the window reaches
	var wfold []byte
	var wpos []int32
	folded := false // the window [wa, wb) is in wfold, wpos
	hint := 0       // where the last cut started in the fold it came from
	// A short ASCII unit is folded whole, once: the part of a window a
	// keyword reads is then cut from it, whenever the window's edges do
	// not change how that part folds (cleanCut).
	var full []byte
	var fullPos []int32
	silent := e.silent[st.src]
	// A rule whose near words occur nowhere in the unit cannot fire: find
	// that out once per rule, not at each of its keywords.
	sb.present = resize(sb.present, (len(e.kws)+63)/64)
	present := sb.present
	for _, h := range hits {
		present[h.kw>>6] |= 1 << (h.kw & 63)
	}
	const unknown, possible, impossible = 0, 1, 2
	sb.nearState = resize(sb.nearState, len(e.rules))
	nearState := sb.nearState
	for hi, h := range hits {
		todo = todo[:0]
		lead, tail := 0, 0
		for _, ri16 := range e.anchorRule[e.anchorAt[h.kw]:e.anchorAt[h.kw+1]] {
			ri := int(ri16)
			if last[ri] > h.start || silent[ri] || len(st.off) > 0 && st.off[e.rules[ri].id] {
				continue
			}
			if nearState[ri] == unknown {
				nearState[ri] = possible
				if !e.near[ri].meets(present) || !e.also[ri].meets(present) {
					nearState[ri] = impossible
				}
			}
			if nearState[ri] == impossible {
				continue
			}
			near := e.span[ri]
			if e.near[ri] != nil && !nearHit(e.near[ri], hits, hi, near) ||
				e.also[ri] != nil && !nearHit(e.also[ri], hits, hi, 2*near) {
				continue
			}
			r := e.rules[ri]
			from := h.start - near
			if r.nearAfter {
				from = h.end
			}
			if r.nearBytes != "" && !u.nearByte(&e.nearSet[ri], e.nearOne[ri], from, h.end+near) {
				continue
			}
			last[ri] = h.end
			todo = append(todo, ri)
			lead, tail = max(lead, r.lead), max(tail, r.tail)
		}
		if len(todo) == 0 {
			continue
		}
		a, b := max(0, h.start-lead-1), min(n, h.end+tail)
		if a < wa || b > wb {
			// Text dense with keywords would fold the same bytes again
			// and again in windows that overlap: each refold reaches
			// twice as far ahead as the last, up to 8 KiB.
			if wb >= 0 && a < wb {
				ext = min(2*ext, 8<<10)
			}
			wa, wb = max(0, a-256), min(n, b+ext) // leads differ: a later keyword's a may come before this one's
			folded = false
		}
		if full == nil && u.v == nil && n <= maxFoldWhole {
			full, fullPos = normalizeASCII(u.raw, 0, &st.buf.full)
			st.buf.full.fold, st.buf.full.foldPos = full, fullPos
			st.buf.fullOf = u
		}
		var src []byte
		var srcPos []int32
		if full != nil && cleanCut(u.raw, wa, wb, a, b) {
			src, srcPos = full, fullPos
		} else {
			hint = 0
			if !folded {
				wfold, wpos = u.window(wa, wb, &st.buf.win[0])
				folded = true
			}
			src, srcPos = wfold, wpos
		}
		// the positions rise with the folded bytes: binary searches find
		// the keyword's part of a window that may be kilobytes long. A
		// view's window maps itself (u.window): its part is [a, b) less
		// wa, wa <= a <= h.start and b <= wb.
		var lo, hi, p0 int
		if u.v != nil { // then src is wfold: runRules folds only raw units whole
			lo, hi = a-wa, b-wa
			p0 = min(h.start-a, hi-lo)
		} else {
			lo, hi = cutAt(srcPos, a, b, hint)
			hint = lo
			p0 = firstAtOrAfter(srcPos[lo:hi], h.start)
		}
		fold, pos := src[lo:hi], srcPos[lo:hi]
		for _, ri := range todo {
			st.matchAt(u, ri, fold, pos, p0, a == 0)
		}
	}
}

// cutAt returns the part [lo, hi) of a fold whose positions pos lie in
// [a, b), searching from index hint: the parts keywords ask for move
// forward through a fold that may hold a whole long text.
func cutAt(pos []int32, a, b, hint int) (lo, hi int) {
	hint = min(hint, len(pos))
	if hint > 0 && int(pos[hint-1]) >= a {
		lo = firstAtOrAfter(pos[:hint], a)
	} else {
		// gallop forward from hint
		step := 1
		end := hint
		for end < len(pos) && int(pos[end]) < a {
			hint = end + 1
			end = min(len(pos), end+step)
			step *= 2
		}
		lo = hint + firstAtOrAfter(pos[hint:end], a)
	}
	// each folded byte comes from its own byte of the text: no more than
	// b-a of them lie in [a, b)
	lim := min(len(pos), lo+max(b-a, 0))
	return lo, lo + firstAtOrAfter(pos[lo:lim], b)
}

// firstAtOrAfter returns the index of the first offset in pos (which
// never decreases) that is at least x, or len(pos).
func firstAtOrAfter(pos []int32, x int) int {
	lo, hi := 0, len(pos)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(pos[m]) < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nearHit reports whether a near keyword occurs within span bytes of
// hits[hi].
func nearHit(near kwSet, hits []khit, hi, span int) bool {
	h := hits[hi]
	for j := hi; j >= 0 && hits[j].end >= h.start-span; j-- {
		if near.has(hits[j].kw) {
			return true
		}
	}
	for j := hi + 1; j < len(hits) && hits[j].start <= h.end+span; j++ {
		if near.has(hits[j].kw) {
			return true
		}
	}
	return false
}

// matchAt looks for a match of r that starts shortly before the keyword
// at fold[p0]. It tries the anchored pattern at each token boundary up to
// r.lead bytes before the keyword whose byte can start a match: a failing
// anchored match stops within a few bytes, so a keyword that leads
// nowhere costs little. textStart says fold[0] starts the text.
func (st *scanState) matchAt(u *unit, ri int, fold []byte, pos []int32, p0 int, textStart bool) {
	r := st.e.rules[ri]
	if st.fired != nil && st.fired[r.id] >= maxSignalsPerRule {
		return
	}
	prog := st.e.program(ri)
	limit := min(len(fold), p0+r.tail)
	lo := max(0, p0-r.lead)
	needed := false // the need check ran (once: every attempt's match lies in fold[lo:limit])
	// of a rule cut into branches, the branches whose need sets the
	// window fails (tested once each, when an attempt first reaches them)
	var tested, lacking uint64
	for q := lo; q <= p0 && q < limit; q++ {
		c := fold[q]
		first, pre := &prog.whole.firstMid, prog.whole.preMid
		if q == 0 {
			if !textStart {
				continue // no attempt starts a window that does not start the text
			}
			first, pre = &prog.whole.first, prog.whole.pre
		}
		if !first.has(c) {
			continue
		}
		if q > 0 && (c&0xC0 == 0x80 || c < 0x80 && isWordByte(c) && isWordByte(fold[q-1]) && fold[q-1] < 0x80) {
			continue // inside an ASCII word or a UTF-8 sequence; any CJK character may start a match
		}
		if !pre.allows(fold[q:limit]) {
			continue // no match starts here
		}
		// the may test before the need check: the need check reads the
		// whole window, and the may tests of the rules that have them
		// stop within a few bytes at most places
		if r.may != nil && !r.may(fold[q:limit]) {
			continue
		}
		if !needed {
			if !prog.whole.needed(fold[lo:limit]) {
				return // no match fits in the window
			}
			needed = true
		}
		var m []int
		alts := prog.alts
		if r.match != nil {
			alts = nil // the rule's Go function stands for its pattern
			if n := r.match(fold[q:limit], q == 0); n > 0 {
				m = []int{q, q + n}
			}
		}
		for i, a := range alts {
			if len(alts) > 1 {
				if !a.starts(fold[q:limit], q > 0) {
					continue
				}
				bit := uint64(1) << i
				if tested&bit == 0 {
					tested |= bit
					if !a.needed(fold[lo:limit]) {
						lacking |= bit
					}
				}
				if lacking&bit != 0 {
					continue
				}
			}
			if q > 0 {
				if loc := a.at1.FindIndex(fold[q-1 : limit]); loc != nil {
					m = []int{q, q - 1 + loc[1]}
				}
			} else if loc := a.anchored0().FindIndex(fold[:limit]); loc != nil {
				m = loc
			}
			if m != nil {
				break // the first branch that matches is the alternation's match
			}
		}
		if m == nil || m[1] <= m[0] || r.pre != nil && !r.pre(fold[:m[0]], textStart) {
			continue
		}
		if st.record(u, r, fold, pos, m) {
			return
		}
		// rejected (accept, adjust): a later start may still match
	}
}

// record turns a match m of r in a folded window into a signal, and
// reports whether it did (the rule's accept and adjust may reject it).
func (st *scanState) record(u *unit, r *rule, fold []byte, pos []int32, m []int) bool {
	ms := string(fold[m[0]:m[1]])
	us, ue := int(pos[m[0]]), int(pos[m[1]-1])+1
	if r.accept != nil && !r.accept(ms) {
		return false
	}
	w := r.weightFor(st.src)
	if r.adjust != nil {
		orig := ""
		if s, e := u.span(us, ue); e > s && e <= len(st.input) && u.origin == oPlain {
			orig = st.input[s:e]
		}
		w *= r.adjust(ms, orig)
	}
	if r.family == famOverride || r.family == famPersona {
		// a quoted or guarded-against override (frame.go): the clause
		// before it may lie before the window
		before, _ := u.window(max(0, us-160), us, &st.buf.frame)
		w *= frameWeight(before, fold[m[1]:min(len(fold), m[1]+frameAfter)], ms) * aside(ms)
	}
	if w <= 0 {
		return false
	}
	st.add(u, signal{rule: r.id, label: r.label, family: r.family, raw: min(w, 0.97), us: us, ue: ue, match: ms})
	return true
}

// add records a signal found in u.
func (st *scanState) add(u *unit, s signal) {
	if st.off[s.rule] {
		return
	}
	if st.fired == nil {
		st.fired = map[string]int{}
	}
	st.fired[s.rule]++
	s.origin = u.origin
	s.start, s.end = u.span(s.us, s.ue)
	s.w = s.raw
	st.sigs = append(st.sigs, s)
}

// context applies the damping of quotes, code and meta words to the
// signals a unit produced (from index first on).
func (st *scanState) context(u *unit, hits []khit, first int) {
	if first == len(st.sigs) {
		return
	}
	t := u.text()
	split := hasSplit(st.sigs[first:])
	// A persona described in the third person ("the DAN jailbreak asked
	// ChatGPT to pretend …") is a story about a jailbreak; one spoken to
	// "you" is the jailbreak. Only data is judged so: a user prompt is
	// always speaking to the model.
	narrative := st.src == Retrieved && !secondPerson(t)
	q := newQuoter(t)
	for i := first; i < len(st.sigs); i++ {
		s := &st.sigs[i]
		if s.family == famCode && s.raw >= 0.8 {
			continue // the code itself is the danger, wherever it sits
		}
		terms := map[string]float64{}
		for _, h := range u.auxNear(st.e, s.us-300, s.ue+300) {
			k := &st.e.auxKws[h.kw]
			if k.meta == 0 || h.end < s.us-300 || h.start > s.ue+300 {
				continue
			}
			if h.start >= s.us && h.end <= s.ue && (s.family != famTask || h.start <= s.us+12) {
				continue // the rule's own words ("jailbreak prompts", the request's verb) are not context
			}
			if excuseFor(t[max(0, h.start-8):h.start]) {
				continue // "for research purposes", "for a research survey": an excuse, not a discussion
			}
			if h.start > 0 && strings.IndexByte("<@/-_.", t[h.start-1]) >= 0 ||
				h.end < len(t) && strings.IndexByte("@/-_.>", t[h.end]) >= 0 && (h.end+1 >= len(t) || t[h.end+1] != ' ') {
				continue // part of an address, a path or a tag: attacker@…, example.com, <article>
			}
			terms[k.text] = k.meta
		}
		meta := 0.0
		for _, m := range terms {
			meta += m
		}
		if s.family == famExtract && has(s.match, "your") {
			meta = 0 // "what is your system prompt?" asks for it, whatever the framing
		}
		quoted, code := q.quoteState(s.us, s.ue)
		if split {
			quoted, code = false, false // the quotes are the obfuscation
		}
		if code && (s.family == famMarker || s.family == famExfil) && commentLine(t, s.us) {
			// a comment is prose for whoever reads the code, a coding
			// agent too: a note to the AI or an order to send secrets
			// there is meant, not quoted (a string in a test is still
			// code: commentLine wants the line to be a comment)
			code = false
		}
		s.w = s.raw * damping(meta, quoted, code)
		if narrative && s.family == famPersona {
			s.w *= 0.65
		}
	}
}

// excuseFor reports whether the text before a context word ends in
// "for", or "for" and an article or a possessive: the word names the
// purpose of a request ("for a research survey"), not its topic.
func excuseFor(b []byte) bool {
	for _, p := range [...]string{"for ", "for a ", "for an ", "for my ", "for our "} {
		if bytes.HasSuffix(b, []byte(p)) {
			return true
		}
	}
	return false
}

// commentLine reports whether the line holding t[i] is a comment line
// ("#", "//", "--", "/*", "*", ";" first, or "<!--") with no sign of
// code in it (an assertion or an assignment of a string).
func commentLine(t []byte, i int) bool {
	i = min(i, len(t))
	ls := bytes.LastIndexByte(t[:i], '\n') + 1
	le := len(t)
	if j := bytes.IndexByte(t[i:], '\n'); j >= 0 {
		le = i + j
	}
	line := bytes.TrimLeft(t[ls:le], " \t")
	comment := false
	for _, c := range [...]string{"#", "//", "--", "/*", "*", ";", "<!--"} {
		if bytes.HasPrefix(line, []byte(c)) {
			comment = true
			break
		}
	}
	return comment && !bytes.HasPrefix(line, []byte("#!")) && !hasCodeSign(line)
}

// secondPerson reports whether t speaks to "you" (or "yourself"): a
// "you" in any case that does not continue a word. It looks for 'y' and
// 'Y' with bytes.IndexByte, which skips the text between them quickly.
func secondPerson(t []byte) bool {
	for _, y := range [2]byte{'y', 'Y'} {
		for i := 0; ; i++ {
			j := bytes.IndexByte(t[i:], y)
			if j < 0 {
				break
			}
			i += j
			if i+3 > len(t) {
				break
			}
			if (i == 0 || !isWordByte(t[i-1])) && t[i+1]|0x20 == 'o' && t[i+2]|0x20 == 'u' {
				return true
			}
		}
	}
	return false
}
