package injection

import (
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// Literal prefixes: most rule patterns open with a list of words
// (`\b(?:ignore|disregard|…)`), so a match can only start where one of a
// few short strings does. matchAt checks them before it runs the regexp:
// a failed regexp attempt still costs a microsecond or two (the
// backtracker clears a bitmap the size of program times input), a failed
// prefix check a few nanoseconds.

// Bounds on the prefix sets.
const (
	maxPrefixLen  = 4  // bytes kept of each prefix
	maxPrefixes   = 64 // strings in a set; a larger set gives up
	maxClassRunes = 8  // a character class with more runes ends a prefix
)

// lit is a string one of a pattern's matches starts with; full means it
// is the whole match (so what follows in a concatenation extends it).
type lit struct {
	s    string
	full bool
}

// prefixSet holds the literal prefixes of a pattern, by first byte: a
// match can only start at a text whose start is one of them. A nil set
// (the pattern may start with anything) allows every position.
type prefixSet struct {
	by    [256][]string
	first byteSet // the bytes by has strings for
	// pairs has the bit pairBit(s[0], s[1]) of each string longer than
	// a byte set (a string of one byte sets all): a quick no for most
	// places in a text.
	pairs [pairBits / 64]uint64
}

const pairBits = 4096

func pairBit(a, b byte) int { return (int(a)<<4 ^ int(b)) & (pairBits - 1) }

// add adds s (not empty) to the set.
func (p *prefixSet) add(s string) {
	if slices.Contains(p.by[s[0]], s) {
		return
	}
	p.by[s[0]] = append(p.by[s[0]], s)
	p.first.add(s[0])
	if len(s) == 1 {
		for b := range 256 {
			i := pairBit(s[0], byte(b))
			p.pairs[i>>6] |= 1 << (i & 63)
		}
		return
	}
	i := pairBit(s[0], s[1])
	p.pairs[i>>6] |= 1 << (i & 63)
}

// maybeAt reports whether a string may start at t[i] (t[i+1] when there
// is one).
func (p *prefixSet) maybeAt(t []byte, i int) bool {
	if !p.first.has(t[i]) {
		return false
	}
	if i+1 == len(t) {
		return true
	}
	k := pairBit(t[i], t[i+1])
	return p.pairs[k>>6]&(1<<(k&63)) != 0
}

// allows reports whether t starts with one of the prefixes.
func (p *prefixSet) allows(t []byte) bool {
	if p == nil {
		return true
	}
	if len(t) == 0 {
		return false
	}
	for _, s := range p.by[t[0]] {
		if len(t) >= len(s) && string(t[:len(s)]) == s {
			return true
		}
	}
	return false
}

// prefixesOf computes the prefix set of a pattern (in regexp syntax, as
// regexp.Compile reads it); nil when it cannot be bounded.
func prefixesOf(pattern string) *prefixSet {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	return prefixSetOf(re.Simplify())
}

// prefixSetOf is prefixesOf for a parsed, simplified pattern.
func prefixSetOf(re *syntax.Regexp) *prefixSet {
	lits, ok := prefixes(re)
	if !ok || len(lits) == 0 {
		return nil
	}
	p := &prefixSet{}
	for _, l := range lits {
		if l.s == "" {
			return nil // a match may start anywhere
		}
		p.add(l.s)
	}
	return p
}

// prefixes returns strings one of which every match of re starts with;
// ok is false when there are too many to list.
func prefixes(re *syntax.Regexp) (lits []lit, ok bool) { return prefixesUpTo(re, maxPrefixLen) }

// prefixesUpTo is prefixes keeping up to n bytes of each.
func prefixesUpTo(re *syntax.Regexp, n int) (lits []lit, ok bool) {
	open := []lit{{s: "", full: false}} // the prefix of a match that starts with anything
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []lit{{s: "", full: true}}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return open, true
		}
		var b []byte
		for _, r := range re.Rune {
			if r == utf8.RuneError || !utf8.ValidRune(r) {
				// the regexp reads an invalid byte as U+FFFD: compare no further
				return []lit{{s: string(b)}}, true
			}
			b = utf8.AppendRune(b, r)
			if len(b) >= n {
				return []lit{{s: string(b[:n])}}, true
			}
		}
		return []lit{{s: string(b), full: true}}, true
	case syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return open, true
		}
		runes := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			runes += int(re.Rune[i+1]-re.Rune[i]) + 1
			if runes > maxClassRunes {
				return open, true
			}
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r == utf8.RuneError || !utf8.ValidRune(r) {
					return open, true
				}
				lits = append(lits, lit{s: string(r), full: true})
			}
		}
		return lits, true
	case syntax.OpCapture:
		return prefixesUpTo(re.Sub[0], n)
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat:
		sub, ok := prefixesUpTo(re.Sub[0], n)
		if !ok {
			return nil, false
		}
		if re.Op != syntax.OpQuest {
			sub = partial(sub) // more repetitions may follow
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpQuest || re.Op == syntax.OpRepeat && re.Min == 0 {
			sub = append(sub, lit{s: "", full: true})
		}
		return sub, true
	case syntax.OpConcat:
		cur := []lit{{s: "", full: true}}
		for _, sub := range re.Sub {
			if !anyFull(cur) {
				break
			}
			next, ok := prefixesUpTo(sub, n)
			if !ok {
				return partial(cur), true
			}
			joined := make([]lit, 0, len(cur))
			for _, c := range cur {
				if !c.full {
					joined = append(joined, c)
					continue
				}
				for _, x := range next {
					s, full := c.s+x.s, x.full
					if len(s) > n {
						s, full = s[:n], false
					}
					joined = append(joined, lit{s: s, full: full})
				}
			}
			joined = dedupe(joined)
			if len(joined) > maxPrefixes {
				return partial(cur), true
			}
			cur = joined
		}
		return cur, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			l, ok := prefixesUpTo(sub, n)
			if !ok {
				return nil, false
			}
			lits = append(lits, l...)
		}
		lits = dedupe(lits)
		if len(lits) > maxPrefixes {
			return nil, false
		}
		return lits, true
	}
	return open, true // any character (., (?s:.)) or an unknown operator
}

// partial marks every prefix as one that more may follow.
func partial(lits []lit) []lit {
	out := make([]lit, len(lits))
	for i, l := range lits {
		out[i] = lit{s: l.s}
	}
	return dedupe(out)
}

func anyFull(lits []lit) bool {
	for _, l := range lits {
		if l.full {
			return true
		}
	}
	return false
}

// dedupe drops repeated prefixes (a partial one covers a full one with
// the same string).
func dedupe(lits []lit) []lit {
	seen := map[string]int{}
	out := lits[:0:0]
	for _, l := range lits {
		if i, ok := seen[l.s]; ok {
			out[i].full = out[i].full && l.full
			continue
		}
		seen[l.s] = len(out)
		out = append(out, l)
	}
	return out
}

// occursIn reports whether one of the strings occurs in t.
func (p *prefixSet) occursIn(t []byte) bool {
	if p == nil {
		return true
	}
	for i := range t {
		if !p.maybeAt(t, i) {
			continue
		}
		// allows(t[i:]), with a look at a string's second and last
		// bytes before the comparison of the whole
		rest := t[i:]
		for _, s := range p.by[t[i]] {
			if len(rest) >= len(s) && (len(s) == 1 || rest[1] == s[1] && rest[len(s)-1] == s[len(s)-1]) && string(rest[:len(s)]) == s {
				return true
			}
		}
	}
	return false
}

// occursInString is occursIn for a string.
func (p *prefixSet) occursInString(t string) bool {
	if p == nil {
		return true
	}
	for i := 0; i < len(t); i++ {
		if !p.first.has(t[i]) {
			continue
		}
		for _, s := range p.by[t[i]] {
			if len(t)-i >= len(s) && t[i:i+len(s)] == s {
				return true
			}
		}
	}
	return false
}

// setOf indexes strings by their first byte; nil if one is shorter than
// 3 bytes (too common to be worth a test) or there are none.
func setOf(strs []string) *prefixSet {
	if len(strs) == 0 {
		return nil
	}
	p := &prefixSet{}
	for _, s := range strs {
		if len(s) < 3 {
			return nil
		}
		p.add(s)
	}
	return p
}

// notAtStart returns a copy of re in which the beginning-of-text
// assertions ("^" without (?m), "\A") match nothing: re as it reads text
// that does not start at its first byte.
func notAtStart(re *syntax.Regexp) *syntax.Regexp {
	if re.Op == syntax.OpBeginText {
		return &syntax.Regexp{Op: syntax.OpNoMatch}
	}
	c := *re
	c.Sub = make([]*syntax.Regexp, len(re.Sub))
	for i, sub := range re.Sub {
		c.Sub[i] = notAtStart(sub)
	}
	return &c
}
