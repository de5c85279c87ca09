package schema

import (
	"fmt"
	"regexp"
	"regexp/syntax"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// pattern is a compiled regular expression with its estimated size.
type pattern struct {
	*regexp.Regexp
	// size estimates the compiled program's instructions: matching costs
	// about size steps per byte of input, compiling about size
	// microseconds.
	size int
}

// compileRegexp is the compiler's regexp engine, used for pattern,
// patternProperties and, when asserted, the "regex" format: Go's RE2, which
// matches in linear time, plus a bound on the program's size. RE2 alone
// accepts "[a-z]{1000}" repeated 200 times, 2 KB that take a second to
// compile and then milliseconds per byte matched.
func compileRegexp(s string) (jsonschema.Regexp, error) {
	size, err := regexpSize(s)
	if err != nil {
		// Not RE2 (look-around, back-references): not enforced; see the
		// package doc.
		return unenforced(s), nil
	}
	if size > maxPatternSize {
		return nil, fmt.Errorf("regular expression too large (limit %d instructions)", maxPatternSize)
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return nil, err
	}
	return pattern{re, max(size, 1)}, nil
}

// unenforced is a pattern RE2 cannot parse: it matches everything.
type unenforced string

func (u unenforced) MatchString(string) bool { return true }
func (u unenforced) String() string          { return string(u) }

// regexpSize parses s as regexp.Compile does and estimates its program
// size, saturating just above maxPatternSize.
func regexpSize(s string) (int, error) {
	re, err := syntax.Parse(s, syntax.Perl)
	if err != nil {
		return 0, err
	}
	return progSize(re), nil
}

// progSize estimates the instructions syntax.Compile would emit for re,
// after the simplification that expands x{n,m} into copies of x.
func progSize(re *syntax.Regexp) int {
	const limit = maxPatternSize + 1
	sum := func(subs []*syntax.Regexp) int {
		n := 0
		for _, sub := range subs {
			n = min(limit, n+progSize(sub))
		}
		return n
	}
	switch re.Op {
	case syntax.OpLiteral:
		return min(limit, len(re.Rune))
	case syntax.OpCapture:
		return min(limit, 2+sum(re.Sub))
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		return min(limit, 1+sum(re.Sub))
	case syntax.OpRepeat:
		// x{n,m} becomes n copies of x, then m-n nested optional ones;
		// x{n,} becomes n copies then x+.
		x := sum(re.Sub)
		opt := re.Max - re.Min
		if re.Max < 0 {
			opt = 1
		}
		n := re.Min + opt
		if n > 0 && x+1 > limit/n {
			return limit
		}
		return max(1, re.Min*x+opt*(x+1))
	case syntax.OpConcat:
		return sum(re.Sub)
	case syntax.OpAlternate:
		return min(limit, len(re.Sub)+sum(re.Sub))
	default:
		return min(limit, 1+sum(re.Sub))
	}
}

// matchCost is the cost in steps of matching re against n bytes.
func matchCost(re jsonschema.Regexp, n int) int {
	size := maxPatternSize
	if p, ok := re.(pattern); ok {
		size = p.size
	}
	return 1 + n*size>>6
}
