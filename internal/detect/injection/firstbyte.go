package injection

import (
	"regexp/syntax"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }
func (s *byteSet) union(o *byteSet) {
	s[0], s[1], s[2], s[3] = s[0]|o[0], s[1]|o[1], s[2]|o[2], s[3]|o[3]
}

func fullSet() byteSet { return byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} }

// addRuneRange adds the first UTF-8 bytes of the runes lo..hi.
func addRuneRange(s *byteSet, lo, hi rune) {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		s.add(byte(r))
	}
	if hi >= utf8.RuneSelf {
		// any lead byte of a multi-byte rune in range: be generous
		for b := 0xC2; b <= 0xF4; b++ {
			s.add(byte(b))
		}
	}
}

// firstBytes computes the set of bytes a match of the pattern can start
// with (a superset), and whether the pattern can match the empty string.
// The engine skips anchored match attempts whose first byte is not in the
// set: most keyword neighbourhoods are rejected without running the
// regexp at all.
func firstBytes(pattern string) byteSet {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return fullSet()
	}
	return firstSet(re.Simplify())
}

// firstSet is firstBytes for a parsed, simplified pattern.
func firstSet(re *syntax.Regexp) byteSet {
	set, nullable := first(re)
	if nullable {
		return fullSet()
	}
	return set
}

func first(re *syntax.Regexp) (byteSet, bool) {
	var s byteSet
	switch re.Op {
	case syntax.OpNoMatch:
		return s, false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return s, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return s, true
		}
		r := re.Rune[0]
		if re.Flags&syntax.FoldCase != 0 {
			for _, f := range []rune{r, toLowerRune(r), toUpperRune(r)} {
				addRuneRange(&s, f, f)
			}
		} else {
			addRuneRange(&s, r, r)
		}
		return s, false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRuneRange(&s, re.Rune[i], re.Rune[i+1])
		}
		return s, false
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return fullSet(), false
	case syntax.OpCapture:
		return first(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		s, _ = first(re.Sub[0])
		return s, true
	case syntax.OpPlus:
		return first(re.Sub[0])
	case syntax.OpRepeat:
		s, n := first(re.Sub[0])
		return s, n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			fs, n := first(sub)
			s.union(&fs)
			if !n {
				return s, false
			}
		}
		return s, true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			fs, n := first(sub)
			s.union(&fs)
			nullable = nullable || n
		}
		return s, nullable
	}
	return fullSet(), true
}

func toLowerRune(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

func toUpperRune(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 32
	}
	return r
}
