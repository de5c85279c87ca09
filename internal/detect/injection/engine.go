package injection

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// keyword is one prefilter keyword and what its occurrences are for.
type keyword struct {
	text           string // folded
	bStart, bEnd   bool   // needs a word boundary before / after
	spaced         bool   // has a space (its occurrences may be longer)
	anchors        []int  // rules it triggers
	verb           float64
	question       bool
	doc            bool
	code           bool
	meta           float64
	rot13, reverse bool
}

// spacelessScript reports whether s opens in a script written without
// spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar), where a
// word may start anywhere.
func spacelessScript(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x3000 && r < 0xac00 || r >= 0x0e00 && r < 0x0f00 || r >= 0x1000 && r < 0x10a0 || r >= 0x1780 && r < 0x1800
}

// engine holds the compiled rules and the prefilter; it is built once and
// read-only afterwards, so one engine serves every Detector concurrently.
type engine struct {
	rules []*rule
	progs []program // per rule, compiled on first use
	kws   []keyword
	index map[string]int
	// ascii finds the ASCII keywords, uni the others (run only on text
	// with non-ASCII letters); ids map their keyword numbers to kws.
	ascii, uni       *automaton
	asciiIDs, uniIDs []int
	// aux finds the context words (meta terms, manual verbs), run only on
	// texts that have evidence or request candidates; auxKws are its
	// keywords.
	aux    *automaton
	auxKws []keyword
	// stepWords are the folded doc and request verbs, for answered().
	stepWords  map[string]bool
	near, also []kwSet // per rule: its near keywords, its also keywords
	// anchorRule[anchorAt[k]:anchorAt[k+1]] are the rules keyword k
	// anchors; span[r] is how far rule r's near keywords may be, and
	// silent[src][r] says r has no weight for src. runRules reads them
	// at every keyword occurrence: small arrays stay in the cache.
	anchorAt   []uint32
	anchorRule []uint16
	span       []int
	nearSet    []byteSet // per rule: its nearBytes
	nearOne    []int     // per rule: its only near byte, or -1
	silent     [2][]bool
	bufs       sync.Pool // *scanBuf
}

// allRules lists every rule table.
func allRules() []*rule {
	var rs []*rule
	for _, t := range [][]*rule{overrideRules, personaRules, unboundRules, extractRules, exfilRules, markerRules, encodedRules, i18nRules, addressedRules, i18nAddressedRules, i18nWorldRules, i18nVoidRules, agentRules, i18nAgentRules, aiLabelRules, moreEnRules, moreI18nRules, recRules, plantedRules, verbatimRules, ignoreRules, revealRules, freeRules} {
		rs = append(rs, t...)
	}
	return rs
}

// docVerbs open the steps of a manual; many of them mark a text as
// documentation, where imperatives are ordinary.
var docVerbs = []string{"run", "install", "click", "open", "set", "configure", "select", "choose", "navigate", "go", "enter",
	"type", "press", "download", "restart", "check", "note", "see", "refer", "follow", "read", "contact", "visit", "update",
	"upgrade", "enable", "disable", "remove", "delete", "copy", "paste", "save", "sign", "log", "edit", "change", "build",
	"deploy", "test", "import", "export", "keep", "avoid", "wait", "try", "make sure", "do not", "don't", "clone", "push",
	"pull", "commit", "restart", "reboot", "mount", "unzip", "extract", "launch", "tap", "scroll", "drag", "fill", "submit",
	"call", "email", "reply", "bring", "arrive", "park", "register", "book", "pay", "print", "return", "ship", "order"}

// codeKeys find sentences that hand the model a code snippet to include.
var codeKeys = []string{"code snippet", "code block", "code section", "code excerpt", "code fragment", "following code",
	"below code", "code below", "subsequent code", "following snippet", "below snippet", "subsequent snippet",
	"following script", "script below", "this snippet", "following lines of code"}

var buildEngine = sync.OnceValues(newEngine)

func newEngine() (*engine, error) {
	e := &engine{index: map[string]int{}}
	for _, r := range allRules() {
		c := *r // the engine fills in defaults: leave the tables alone
		e.rules = append(e.rules, &c)
	}
	e.progs = make([]program, len(e.rules))
	nearLists := make([][]int, len(e.rules))
	alsoLists := make([][]int, len(e.rules))
	seen := map[string]bool{}
	for ri, r := range e.rules {
		if seen[r.id] {
			return nil, fmt.Errorf("duplicate rule id %s", r.id)
		}
		seen[r.id] = true
		if err := r.check(); err != nil {
			return nil, err
		}
		for _, k := range r.keys {
			id := e.keyword(k)
			e.kws[id].anchors = append(e.kws[id].anchors, ri)
		}
		for _, k := range r.near {
			nearLists[ri] = append(nearLists[ri], e.keyword(k))
		}
		for _, k := range r.also {
			alsoLists[ri] = append(alsoLists[ri], e.keyword(k))
		}
	}
	for _, k := range requestVerbKeys() {
		id := e.keyword(k)
		w := requestVerbs[strings.Trim(k, "^$")]
		if w == 0 {
			e.kws[id].question = true
			w = 0.35
		}
		e.kws[id].verb = w
	}
	e.stepWords = map[string]bool{}
	for v := range requestVerbs {
		e.stepWords[foldKeyword(v)] = true
	}
	auxIndex := map[string]int{}
	auxKey := func(k string) *keyword {
		bs := strings.HasPrefix(k, "^")
		be := strings.HasSuffix(k, "$") && len(k) > 1
		t := foldKeyword(strings.TrimSuffix(strings.TrimPrefix(k, "^"), "$"))
		key := fmt.Sprintf("%t%t%s", bs, be, t)
		if i, ok := auxIndex[key]; ok {
			return &e.auxKws[i]
		}
		e.auxKws = append(e.auxKws, keyword{text: t, bStart: bs, bEnd: be})
		auxIndex[key] = len(e.auxKws) - 1
		return &e.auxKws[len(e.auxKws)-1]
	}
	for _, k := range docVerbs {
		auxKey("^" + k + "$").doc = true
		e.stepWords[foldKeyword(k)] = true
	}
	for _, k := range metaTerms {
		if !strings.HasPrefix(k, "^") {
			k = "^" + k
		}
		auxKey(k).meta = 1
	}
	for _, k := range metaTermsI18n {
		if !spacelessScript(k) {
			k = "^" + k
		}
		auxKey(k).meta = 1
	}
	for _, k := range weakMetaTerms {
		if !strings.HasPrefix(k, "^") {
			k = "^" + k
		}
		auxKey(k).meta = 0.5
	}
	for _, k := range codeKeys {
		e.kws[e.keyword(k)].code = true
	}

	for _, k := range rot13Markers {
		e.kws[e.keyword(k)].rot13 = true
	}
	for _, k := range reversedMarkers {
		e.kws[e.keyword(k)].reverse = true
	}
	e.near, e.also = keywordSets(nearLists, len(e.kws)), keywordSets(alsoLists, len(e.kws))
	e.anchorAt = make([]uint32, len(e.kws)+1)
	for k, kw := range e.kws {
		for _, ri := range kw.anchors {
			e.anchorRule = append(e.anchorRule, uint16(ri))
		}
		e.anchorAt[k+1] = uint32(len(e.anchorRule))
	}
	e.span = make([]int, len(e.rules))
	e.nearSet = make([]byteSet, len(e.rules))
	e.nearOne = make([]int, len(e.rules))
	e.silent = [2][]bool{make([]bool, len(e.rules)), make([]bool, len(e.rules))}
	for ri, r := range e.rules {
		for _, c := range []byte(r.nearBytes) {
			if c >= utf8.RuneSelf {
				return nil, fmt.Errorf("rule %s: near bytes %q: the view folds wide forms to ASCII, so only ASCII bytes can occur", r.id, r.nearBytes)
			}
			e.nearSet[ri].add(c)
		}
		e.nearOne[ri] = -1
		if len(r.nearBytes) == 1 {
			e.nearOne[ri] = int(r.nearBytes[0])
		}
		e.span[ri] = r.span
		if r.span == 0 {
			e.span[ri] = 100
		}
		e.silent[Retrieved][ri] = r.weightFor(Retrieved) == 0
		e.silent[Prompt][ri] = r.weightFor(Prompt) == 0
	}
	var asciiK, uniK []string
	for id, k := range e.kws {
		if isASCII(k.text) {
			asciiK = append(asciiK, k.text)
			e.asciiIDs = append(e.asciiIDs, id)
		} else {
			uniK = append(uniK, k.text)
			e.uniIDs = append(e.uniIDs, id)
		}
	}
	var err error
	if e.ascii, err = newAutomaton(asciiK); err != nil {
		return nil, err
	}
	if e.uni, err = newAutomaton(uniK); err != nil {
		return nil, err
	}
	auxK := make([]string, len(e.auxKws))
	for i, k := range e.auxKws {
		auxK[i] = k.text
	}
	if e.aux, err = newAutomaton(auxK); err != nil {
		return nil, err
	}
	return e, nil
}

// program returns rule ri's compiled pattern, compiling it on first use.
func (e *engine) program(ri int) *program {
	p := &e.progs[ri]
	if err := p.compile(e.rules[ri]); err != nil {
		panic(fmt.Sprintf("injection: %v", err)) // a bug, caught by the tests
	}
	return p
}

// compileAll compiles every rule's pattern.
func (e *engine) compileAll() error {
	var errs []error
	for ri, r := range e.rules {
		if err := e.progs[ri].compile(r); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// keyword registers a keyword ("^" and "$" ask for word boundaries) and
// returns its id.
func (e *engine) keyword(k string) int {
	bs := strings.HasPrefix(k, "^")
	be := strings.HasSuffix(k, "$") && len(k) > 1
	t := foldKeyword(strings.TrimSuffix(strings.TrimPrefix(k, "^"), "$"))
	if len(t) <= 3 && isASCII(t) && strings.Trim(t, "abcdefghijklmnopqrstuvwxyz0123456789") == "" {
		bs, be = true, true // "ai", "dan", "gpt": whole words only
	}
	key := fmt.Sprintf("%t%t%s", bs, be, t)
	if id, ok := e.index[key]; ok {
		return id
	}
	e.kws = append(e.kws, keyword{text: t, bStart: bs, bEnd: be, spaced: strings.Contains(t, " ")})
	e.index[key] = len(e.kws) - 1
	return len(e.kws) - 1
}

func isASCII(s string) bool {
	i := 0
	for ; i+32 <= len(s); i += 32 {
		if (load64(s[i:])|load64(s[i+8:])|load64(s[i+16:])|load64(s[i+24:]))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if load64(s[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// load64 reads the first eight bytes of s, little-endian (one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
