package injection

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// Required literals: beyond its first words, a pattern usually needs
// others later on (`collect … the api keys … send … to …`). If none of
// one such set occurs in the window a match would lie in, no attempt in
// the window can match.

// Bounds on the exact sets factors works with.
const (
	maxExact    = 128 // strings in an exact set
	maxExactLen = 40  // bytes in one of them
)

// exactSet returns every string re can match (zero-width assertions
// read as matching nothing, so every match is one of them), or ok false
// when that set is not small and finite.
func exactSet(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		var b []byte
		for _, r := range re.Rune {
			if r == utf8.RuneError || !utf8.ValidRune(r) {
				return nil, false
			}
			b = utf8.AppendRune(b, r)
		}
		return []string{string(b)}, len(b) <= maxExactLen
	case syntax.OpCharClass:
		lits, ok := prefixes(re)
		if !ok || len(lits) == 0 || !lits[0].full {
			return nil, false // a large class (prefixes gave up on it)
		}
		for _, l := range lits {
			set = append(set, l.s)
		}
		return set, true
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := exactSet(re.Sub[0])
		return append(sub, ""), ok && len(sub) < maxExact
	case syntax.OpConcat:
		set = []string{""}
		for _, sub := range re.Sub {
			s, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			if set, ok = cross(set, s); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			set = append(set, s...)
			if len(set) > maxExact {
				return nil, false
			}
		}
		return set, true
	}
	return nil, false
}

// cross joins every string of a with every string of b, within bounds.
func cross(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxExact {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if len(x)+len(y) > maxExactLen {
				return nil, false
			}
			out = append(out, x+y)
		}
	}
	return out, true
}

// factors returns sets of strings such that every match of re contains
// a string of each set; late lists those that do not open the match.
func factors(re *syntax.Regexp) (all, late [][]string) {
	if set, ok := exactSet(re); ok {
		if slices.Contains(set, "") {
			return nil, nil
		}
		return [][]string{set}, nil
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return factors(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return factors(re.Sub[0])
		}
	case syntax.OpConcat:
		// runs of exact parts make longer strings; the first part that
		// can match something opens the match
		run, opened := []string{""}, false
		flush := func() {
			if len(run) > 0 && !slices.Contains(run, "") {
				all = append(all, run)
				if opened {
					late = append(late, run)
				}
				opened = true
			}
			run = []string{""}
		}
		for _, sub := range re.Sub {
			if s, ok := exactSet(sub); ok {
				if joined, ok := cross(run, s); ok {
					run = joined
					continue
				}
				flush()
				run = s
				continue
			}
			flush()
			a, _ := factors(sub)
			all = append(all, a...)
			if opened {
				late = append(late, a...)
			}
			opened = true // (a part that can match nothing is rare enough)
		}
		flush()
		return all, late
	case syntax.OpAlternate:
		// every match matches a branch: it holds a string of that
		// branch's best set
		var union, lateUnion []string
		allLate := true // every branch has a set beyond its opening
		for _, sub := range re.Sub {
			a, l := factors(sub)
			best := bestFactor(a)
			if best == nil {
				return nil, nil
			}
			union = append(union, best...)
			if b := bestFactor(l); b != nil {
				lateUnion = append(lateUnion, b...)
			} else {
				allLate = false
			}
		}
		if len(union) > maxExact {
			return nil, nil
		}
		all = [][]string{union}
		if allLate && len(lateUnion) <= maxExact {
			late = [][]string{lateUnion}
		}
		return all, late
	}
	return nil, nil
}

// bestFactor picks the set whose shortest string is longest (the rarer
// to meet by chance), then the smallest.
func bestFactor(sets [][]string) []string {
	var best []string
	bestMin := 0
	for _, s := range sets {
		m := maxExactLen + 1
		for _, x := range s {
			m = min(m, len(x))
		}
		if m > bestMin || m == bestMin && len(s) < len(best) {
			best, bestMin = s, m
		}
	}
	return best
}

// needSetOf returns a set of strings one of which every match of re
// contains beyond its opening words, good enough to test first (its
// strings at least 3 bytes); nil when there is none.
func needSetOf(re *syntax.Regexp) *prefixSet {
	_, late := factors(re)
	return setOf(bestFactor(late))
}

// requiredSetOf returns a set of strings (each at least 3 bytes) one of
// which every match of re contains; nil when there is none.
func requiredSetOf(re *syntax.Regexp) *prefixSet {
	all, _ := factors(re)
	return setOf(bestFactor(all))
}

// moreSetsOf returns the other sets of strings (each at least 3 bytes)
// that every match of re contains one of: those beyond its opening
// words first (the likelier to be missing), but for the one needSetOf
// picks.
func moreSetsOf(re *syntax.Regexp) []*prefixSet {
	all, late := factors(re)
	sets := [][]string{bestFactor(late)}
	var out []*prefixSet
	for _, set := range append(late, all...) {
		if slices.ContainsFunc(sets, func(s []string) bool { return slices.Equal(s, set) }) {
			continue
		}
		sets = append(sets, set)
		if p := setOf(set); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// filteredRegexp is a regexp that does not run on texts that lack all
// of a set of strings its matches need.
type filteredRegexp struct {
	re   *regexp.Regexp
	need *prefixSet
}

// mustFiltered compiles pattern (a bug if it does not compile).
func mustFiltered(pattern string) *filteredRegexp {
	f := &filteredRegexp{re: regexp.MustCompile(pattern)}
	if re, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		f.need = requiredSetOf(re.Simplify())
	}
	return f
}

// MatchString reports whether s contains a match.
func (f *filteredRegexp) MatchString(s string) bool {
	return f.need.occursInString(s) && f.re.MatchString(s)
}
