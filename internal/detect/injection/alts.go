package injection

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// A rule's pattern is often a long alternation: one branch per phrasing,
// or per language. Compiled whole, such a pattern runs on the regexp
// package's slowest engine (a program over 500 instructions is never
// backtracked), and every attempt walks the opening instructions of every
// branch, even where one byte rules all but one of them out. A large
// pattern is therefore compiled branch by branch (alternative), each with
// its own filters; an attempt tries the branches in order and takes the
// first that matches, which is the match of the whole alternation: at a
// fixed start, "A|B" matches as A whenever A matches at all.

// splitAbove is the size, in instructions, above which a pattern is
// compiled branch by branch; maxBranches bounds how many branches one
// rule is cut into (the need-test cache is one word).
const (
	splitAbove  = 400
	maxBranches = 64
)

// alternative is one branch of a rule's pattern, compiled, with the
// filters an attempt checks before running it (see program).
type alternative struct {
	src       string // the branch, folded
	at1       *regexp.Regexp
	first     byteSet
	pre, need *prefixSet
	needMore  []*prefixSet
	firstMid  byteSet
	preMid    *prefixSet
	once0     sync.Once
	at0       *regexp.Regexp
}

// newAlternative compiles one branch.
func newAlternative(src string) (*alternative, error) {
	a := &alternative{src: src}
	var err error
	if a.at1, err = regexp.Compile(`\A(?s:.)(?:` + src + `)`); err != nil {
		return nil, err
	}
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil, err
	}
	a.fill(re.Simplify())
	return a, nil
}

// fill computes the filters of a parsed, simplified pattern.
func (a *alternative) fill(re *syntax.Regexp) {
	a.first, a.pre, a.need = firstSet(re), prefixSetOf(re), needSetOf(re)
	a.needMore = moreSetsOf(re)
	mid := notAtStart(re)
	a.firstMid, a.preMid = firstSet(mid), prefixSetOf(mid)
}

// anchored0 returns the branch anchored at the start of the text,
// compiled on first use.
func (a *alternative) anchored0() *regexp.Regexp {
	a.once0.Do(func() { a.at0 = regexp.MustCompile(`\A(?:` + a.src + `)`) })
	return a.at0
}

// needed reports whether every need set of a finds one of its strings
// in t.
func (a *alternative) needed(t []byte) bool {
	if !a.need.occursIn(t) {
		return false
	}
	for _, need := range a.needMore {
		if !need.occursIn(t) {
			return false
		}
	}
	return true
}

// starts reports whether a match of a may start at t[0] (mid says t does
// not start the text).
func (a *alternative) starts(t []byte, mid bool) bool {
	if mid {
		return a.firstMid.has(t[0]) && a.preMid.allows(t)
	}
	return a.first.has(t[0]) && a.pre.allows(t)
}

// branches splits a pattern at the "|" of its top level (looking inside
// one group that wraps it whole), or returns nil when it has no such
// alternation, sets flags for what follows ("(?i)…"), which a split
// would lose, or quotes ("\Q…"). Joined with "|", the branches are the pattern.
func branches(pattern string) []string {
	if strings.Contains(pattern, `\Q`) {
		return nil // "\Q…\E" quotes "|" and brackets: not worth reading
	}
	p := pattern
	for {
		inner, ok := unwrapGroup(p)
		if !ok {
			break
		}
		p = inner
	}
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++ // the escaped byte ("\|", "\(") is literal
		case '[':
			i = classEnd(p, i)
			if i < 0 {
				return nil
			}
		case '(':
			if depth == 0 && strings.HasPrefix(p[i:], "(?") && flagsOnly(p[i+2:]) {
				return nil
			}
			depth++
		case ')':
			if depth--; depth < 0 {
				return nil
			}
		case '|':
			if depth == 0 {
				out = append(out, p[start:i])
				start = i + 1
			}
		}
	}
	if len(out) == 0 || depth != 0 {
		return nil
	}
	return append(out, p[start:])
}

// unwrapGroup returns what "(?:…)" holds when the group spans p whole.
func unwrapGroup(p string) (string, bool) {
	if !strings.HasPrefix(p, "(?:") || !strings.HasSuffix(p, ")") {
		return "", false
	}
	depth := 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[':
			if i = classEnd(p, i); i < 0 {
				return "", false
			}
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && i != len(p)-1 {
				return "", false // the first group closes before the end
			}
		}
	}
	return p[3 : len(p)-1], depth == 0
}

// classEnd returns the index of the "]" that closes the character class
// opening at p[i], or -1.
func classEnd(p string, i int) int {
	j := i + 1
	if j < len(p) && p[j] == '^' {
		j++
	}
	if j < len(p) && p[j] == ']' {
		j++ // a leading "]" is literal
	}
	for ; j < len(p); j++ {
		switch {
		case p[j] == '\\':
			j++
		case strings.HasPrefix(p[j:], "[:"):
			if k := strings.Index(p[j+2:], ":]"); k >= 0 {
				j += k + 3
			}
		case p[j] == ']':
			return j
		}
	}
	return -1
}

// flagsOnly reports whether s (what follows "(?") is a flag group that
// sets flags for the rest of its level, like "i)" or "s-m)", rather than
// opening a group ("i:…", ":…", "P<name>…").
func flagsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ')':
			return i > 0
		case c == '-' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return false
}

// splitBranches returns a pattern's branches grouped into at most
// maxBranches alternatives (consecutive branches joined), or nil when
// the pattern is small or is no alternation.
func splitBranches(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil || len(prog.Inst) <= splitAbove {
		return nil
	}
	bs := branches(pattern)
	if len(bs) < 2 {
		return nil
	}
	per := (len(bs) + maxBranches - 1) / maxBranches
	var out []string
	for i := 0; i < len(bs); i += per {
		out = append(out, strings.Join(bs[i:min(len(bs), i+per)], "|"))
	}
	return out
}
