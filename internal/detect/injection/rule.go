package injection

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// family groups the rules by the kind of evidence they give; the
// explanation names families, and the context damping treats some of them
// differently.
type family uint8

const (
	famOverride family = iota // instruction override ("ignore previous instructions")
	famPersona                // jailbreak personas, developer mode, "no restrictions"
	famExtract                // system prompt extraction
	famExfil                  // exfiltration, secret reading, hidden actions
	famMarker                 // fake conversation turns, role labels, notes to the AI
	famTask                   // imperatives addressed to the model inside data (BIPIA)
	famEncoded                // encoded or hidden payloads
	famCode                   // dangerous code the model is told to include
	famModel                  // the linear model (model.go)
)

var familyNames = [...]string{
	famOverride: "instruction override",
	famPersona:  "jailbreak persona",
	famExtract:  "system prompt extraction",
	famExfil:    "exfiltration or hidden action",
	famMarker:   "fake conversation turn or note to the AI",
	famTask:     "instruction addressed to the model",
	famEncoded:  "encoded or hidden payload",
	famCode:     "dangerous code to include",
	famModel:    "reads like instructions to the model",
}

func (f family) String() string { return familyNames[f] }

// rule is one weighted pattern: data the engine runs, gitleaks style.
//
// The engine looks for the rule's keywords (keys) with the prefilter
// automaton; around each one (and only if a near keyword sits within span
// bytes, when near is set) it runs the pattern on the folded view of a
// window. A match contributes weight to the text's score (promptWeight for
// user prompts). Patterns are written in plain lowercase and folded like the
// view (foldPattern), with placeholders: {s} one separator, {gN} a
// separator with up to N filler words.
type rule struct {
	id     string
	family family
	label  string // what a match means, for people
	weight float64
	// promptWeight is the weight in user prompts: 0 means weight, a
	// negative value turns the rule off for prompts.
	promptWeight float64
	keys         []string // "^" / "$" ask for a word boundary before / after
	near         []string
	also         []string // a second group of near keywords, all groups must occur
	span         int      // how far a near keyword may be; 0 means 100
	// nearBytes, when set, must have one of its bytes within span bytes
	// of the keyword (a quote for "reply with '…'"); only after it when
	// nearAfter is set ("assistant," but not "Author: CI Bot"). They are
	// ASCII: the view folds wide forms ("：") onto ASCII.
	nearBytes string
	nearAfter bool
	// multiline rules see a fixed window around their keyword; the
	// others see the keyword's sentence and the next one.
	multiline bool
	// lead is how far before its keyword a match may start (default 24
	// bytes); tail how far after (default 240, 300 for multiline).
	lead, tail int
	pattern    string
	// pre, when set, checks the folded text before a match (up to the
	// window start; textStart says the window starts the text) and may
	// reject it: a cheaper way than a pattern prefix to look behind.
	pre func(before []byte, textStart bool) bool
	// may, when set, is a test cheaper than the pattern, run at each
	// place a match could start (t runs from there to the window's
	// end): false means no match starts there. It must never say false
	// where the pattern matches (may_test.go and FuzzFilters check that).
	may func(t []byte) bool
	// match, when set, finds the pattern's match itself, where the
	// regexp package would be slow: t runs from where an attempt starts
	// to the window's end, atStart says t starts the text. It returns
	// the match's length, or -1. It must agree with the pattern
	// everywhere (TestFiltersSound and FuzzFilters check that); the
	// pattern still gives the filters that choose the attempts.
	match func(t []byte, atStart bool) int
	// adjust scales a match (0 rejects it); m is the folded match, orig
	// the source text of the match (same case as the input) when known.
	adjust func(m, orig string) float64
	// accept, when set, may reject a match from its folded text alone,
	// before the match's source text is looked up for adjust (on a
	// non-ASCII unit that costs a pass over the unit).
	accept func(m string) bool
	// tp are texts the rule must match; fp are look-alikes it must not.
	tp, fp []string
}

// placeholders for patterns.
var placeholders = strings.NewReplacer(
	"{s}", `[^\pL\pN]+`,
	"{w}", `[\pL\pN'-]+`,
	"{g1}", `(?:[^\pL\pN]+[\pL\pN'-]+){0,1}[^\pL\pN]+`,
	"{g2}", `(?:[^\pL\pN]+[\pL\pN'-]+){0,2}[^\pL\pN]+`,
	"{g3}", `(?:[^\pL\pN]+[\pL\pN'-]+){0,3}[^\pL\pN]+`,
	"{g4}", `(?:[^\pL\pN]+[\pL\pN'-]+){0,4}[^\pL\pN]+`,
	"{g6}", `(?:[^\pL\pN]+[\pL\pN'-]+){0,6}[^\pL\pN]+`,
	"{g8}", `(?:[^\pL\pN]+[\pL\pN'-]+){0,8}[^\pL\pN]+`,
)

// foldPattern folds the literal letters of a pattern like the view folds
// text: lowercase, 'l' onto 'i', leetspeak digits inside Latin words,
// accents and fullwidth forms to ASCII. Escapes (\s, \pL, \p{Han}) are
// kept.
func foldPattern(p string) string {
	var b strings.Builder
	class := false // inside [...]: digits are digits
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '[' && !class:
			class = true
		case c == ']' && class:
			class = false
		}
		if c == '\\' && i+1 < len(p) {
			if (p[i+1] == 'p' || p[i+1] == 'P') && i+2 < len(p) {
				if p[i+2] == '{' {
					if j := strings.IndexByte(p[i:], '}'); j > 0 {
						b.WriteString(p[i : i+j+1])
						i += j + 1
						continue
					}
				}
				b.WriteString(p[i : i+3]) // \pL, \pN
				i += 3
				continue
			}
			b.WriteString(p[i : i+2])
			i += 2
			continue
		}
		if isAlnum(c) {
			j := i
			for j < len(p) && isAlnum(p[j]) {
				j++
			}
			if class {
				for _, c := range []byte(p[i:j]) {
					if c < '0' || c > '9' {
						c = foldASCII(c)
					}
					b.WriteByte(c)
				}
			} else {
				b.WriteString(foldWord(p[i:j]))
			}
			i = j
			continue
		}
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		n := runeLen(c)
		v := normalize(p[i:i+n], false)
		b.Write(v.b)
		i += n
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// foldWord folds one ASCII word as the normaliser does.
func foldWord(w string) string {
	if articleL(w) >= 0 {
		return strings.ToLower(w)
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			letters++
		}
	}
	out := make([]byte, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= '0' && c <= '9' {
			if letters >= 1 {
				c = leetFold(c)
			}
		} else {
			c = foldASCII(c)
		}
		out[i] = c
	}
	return string(out)
}

// foldKeyword folds a keyword for the automaton (same as the view).
func foldKeyword(k string) string {
	v := normalize(k, false)
	return string(v.b)
}

func runeLen(lead byte) int {
	switch {
	case lead < 0xC0:
		return 1
	case lead < 0xE0:
		return 2
	case lead < 0xF0:
		return 3
	}
	return 4
}

// check validates the rule and fills in its defaults.
func (r *rule) check() error {
	if r.pattern == "" {
		return fmt.Errorf("rule %s: no pattern", r.id)
	}
	if r.lead == 0 {
		r.lead = 24
	}
	if r.tail == 0 {
		r.tail = 160
		if r.multiline {
			r.tail = 300
		}
	}
	if len(r.keys) == 0 {
		return fmt.Errorf("rule %s: no keywords", r.id)
	}
	return nil
}

// program is a rule's compiled pattern, built on first use: compiling
// every rule takes longer than most scans (the regexp parser expands the
// Unicode classes of each placeholder anew), and a scan needs only the
// rules whose keywords it meets. Warm compiles them all ahead of time.
type program struct {
	once sync.Once
	err  error
	// whole holds the filters of the whole pattern: first, the bytes a
	// match can start with; pre, the strings it starts with; need and
	// needMore, sets of strings it contains one of each (nil: any);
	// firstMid and preMid, first and pre for a match that does not start
	// the text, where "^" and "\A" cannot match (a pattern that opens with
	// "(?:^|[.!?]\s*)" then starts with punctuation). Its regexps (at1,
	// the pattern anchored after exactly one character, so "^" and "\b"
	// see the text before the match; at0, anchored at the start of the
	// text, compiled when first tried) are compiled only when alts is
	// whole alone.
	whole alternative
	// alts are the branches an attempt tries in order (alts.go): the
	// whole pattern, or its branches when it is large.
	alts []*alternative
}

// folded is the rule's pattern as the regexp sees it.
func (r *rule) folded() string { return foldPattern(placeholders.Replace(r.pattern)) }

// compile builds p from r's pattern, once.
func (p *program) compile(r *rule) error {
	p.once.Do(func() {
		f := r.folded()
		re, err := syntax.Parse(f, syntax.Perl)
		if err != nil {
			p.err = fmt.Errorf("rule %s: %w", r.id, err)
			return
		}
		p.whole.src = f
		p.whole.fill(re.Simplify())
		bs := splitBranches(f)
		if bs == nil {
			if p.whole.at1, err = regexp.Compile(`\A(?s:.)(?:` + f + `)`); err != nil {
				p.err = fmt.Errorf("rule %s: %w", r.id, err)
				return
			}
			p.alts = []*alternative{&p.whole}
			return
		}
		for _, b := range bs {
			a, err := newAlternative(b)
			if err != nil {
				p.err = fmt.Errorf("rule %s: branch %q: %w", r.id, b, err)
				return
			}
			p.alts = append(p.alts, a)
		}
	})
	return p.err
}

// weightFor is the rule's weight for a source.
func (r *rule) weightFor(src Source) float64 {
	if src == Prompt {
		switch {
		case r.promptWeight < 0:
			return 0
		case r.promptWeight > 0:
			return r.promptWeight
		case r.family == famPersona:
			// in a user prompt, role-play that frees the model is the
			// attack itself
			return min(r.weight*1.25, 0.95)
		case r.family == famExtract:
			return min(r.weight*1.15, 0.95)
		}
	}
	return r.weight
}

// alt joins words into a regexp alternation group.
func alt(words ...string) string {
	return "(?:" + strings.Join(words, "|") + ")"
}

// has reports whether the folded match m contains any of words, folded
// like the view (so callers write "told", not "toid").
func has(m string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(m, foldPattern(w)) {
			return true
		}
	}
	return false
}

// hasPrefix reports whether the folded match m starts with any of words.
func hasPrefix(m string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(m, foldPattern(w)) {
			return true
		}
	}
	return false
}

// foldAll folds a list of words like the view.
func foldAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = foldPattern(w)
	}
	return out
}
