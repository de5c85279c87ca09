package injection

import (
	"bytes"
	"fmt"
	"regexp/syntax"
	"strings"
)

// A pattern whose {gN} gaps bound how many words come before a part it
// needs (a destination, "system prompt") cannot match where that part
// does not start within so many words: the may tests here check that
// before the regexp, which for such long patterns runs on its slow
// engine (a failed attempt costs several microseconds; these tests
// well under one).
//
// They count runs of word bytes (ASCII letters and digits, apostrophe,
// '-', '_' and every byte of a non-ASCII character) that hold an ASCII
// letter or digit (a token) other than a skipped word. Each word of a
// match (a literal word, a {gN} word, a \w+) lies inside one run, and
// the separators between them hold no letter or digit, so k words touch
// at most k counted runs: a part that follows at most k-1 words starts
// at or before the end of the k-th. A pattern's free words (as in
// `(?:{s}(?:me|us)\b)*`) are skipped: each is a whole token.

// wordsWithin returns a may test for a pattern that needs one of lits
// to start within its first n words (not counting skip words); lits
// and skip are folded here.
func wordsWithin(n int, lits, skip []string) func(t []byte) bool {
	return within(n, lits, skip, false)
}

// wordStartsWithin is wordsWithin for lits that start a word of the
// pattern (after a separator, [^\pL\pN]+): they count only where no
// ASCII letter or digit comes right before them ("is to", not "caiis
// toois").
func wordStartsWithin(n int, lits, skip []string) func(t []byte) bool {
	return within(n, lits, skip, true)
}

func within(n int, lits, skip []string, wordStart bool) func(t []byte) bool {
	skip = foldAll(skip)
	// the lits by their first byte: most bytes start none, and a byte
	// that does starts few of them ("s" starts a dozen of
	// promptObjectStarts: the loop over all fifty cost more than the
	// rest of the test)
	var firsts byteSet
	var by [256][]string
	for _, lit := range foldAll(lits) {
		firsts.add(lit[0])
		by[lit[0]] = append(by[lit[0]], lit)
	}
	return func(t []byte) bool {
		end := wordRunsEnd(t, n, skip)
		for i := 0; i <= end && i < len(t); i++ {
			if !firsts.has(t[i]) || wordStart && i > 0 && isAlnum(t[i-1]) {
				continue
			}
			for _, lit := range by[t[i]] {
				if len(t)-i >= len(lit) && string(t[i:i+len(lit)]) == lit {
					return true
				}
			}
		}
		return false
	}
}

// destinationLits start a destination; destinationNouns end one that
// names an address ("the following url"), right after one of
// destinationDets and a space. All are folded like the text.
var (
	destinationLits  = foldAll([]string{"://", "www.", "webhook", "pastebin", "discord", "telegram", "ngrok", "requestbin"})
	destinationNouns = foldAll([]string{"url", "address", "email", "endpoint", "server", "webhook", "link", "site", "website",
		"domain", "inbox", "bucket", "channel", "number"})
	destinationDets = foldAll([]string{"this", "following", "my", "our", "a", "an", "the", "that", "attacker", "attacker'",
		"attackers", "attacker's", "external", "remote"})
)

// destinationTLDs end a bare domain name (the destination pattern's
// list), folded like the text.
var destinationTLDs = foldAll([]string{".com", ".net", ".org", ".io", ".test", ".xyz", ".ru", ".cn", ".me", ".co", ".app", ".dev",
	".site", ".top", ".info", ".biz", ".onion", ".tk", ".ga", ".ml", ".cf", ".gq", ".pw", ".cc", ".su", ".zip"})

// destinationWithin returns a may test for a pattern whose matches hold
// at most before words before their destination, which the
// `destination` pattern reads.
//
// The destination starts in counted run before+1 at the latest, and its
// noun ("the following url") two runs further. With end the end of run
// before+3, a destination that is a literal ("www.", "webhook", "://"
// right after a word, that noun after its determiner and a space)
// starts at or before end; an address
// ("x.y+z@host") has its "@" at or before end or reached from end over
// bytes of \w.+-; a domain name its ".tld" over bytes of [a-z0-9.-].
func destinationWithin(before int) func(t []byte) bool {
	return func(t []byte) bool {
		end := wordRunsEnd(t, before+3, nil)
		for i := 0; i <= end && i < len(t); i++ {
			c := t[i]
			if c == '@' {
				return true
			}
			for _, lit := range destinationLits {
				if lit[0] == c && bytes.HasPrefix(t[i:], []byte(lit)) {
					return true
				}
			}
			if i > 0 && t[i-1] == ' ' {
				for _, noun := range destinationNouns {
					if noun[0] == c && bytes.HasPrefix(t[i:], []byte(noun)) && hasSuffixAny(t[:i-1], destinationDets) {
						return true
					}
				}
			}
			if c == '.' {
				for _, tld := range destinationTLDs {
					if bytes.HasPrefix(t[i:], []byte(tld)) {
						return true
					}
				}
			}
		}
		// an address or a domain name that starts before end may reach
		// its "@" or ".tld" after it
		at, dot := end, end
		for at < len(t) && isAddressByte(t[at]) {
			at++
		}
		if at < len(t) && t[at] == '@' {
			return true
		}
		for dot < len(t) && isDomainByte(t[dot]) {
			if t[dot] == '.' {
				for _, tld := range destinationTLDs {
					if bytes.HasPrefix(t[dot:], []byte(tld)) {
						return true
					}
				}
			}
			dot++
		}
		return false
	}
}

// hasSuffixAny reports whether t ends with one of strs.
func hasSuffixAny(t []byte, strs []string) bool {
	for _, s := range strs {
		if bytes.HasSuffix(t, []byte(s)) {
			return true
		}
	}
	return false
}

// wordRunsEnd returns the end of the n-th run of word bytes in t that
// holds a token not in skip, len(t) if there are fewer.
func wordRunsEnd(t []byte, n int, skip []string) int {
	runs := 0
	counted := false // the current run holds a token not in skip
	tok := -1        // where the current token started
	for i := 0; i <= len(t); i++ {
		c := byte(' ') // past the end: ends the last run
		if i < len(t) {
			c = t[i]
		}
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if tok >= 0 && !alnum {
			if !counted && !isSkipped(t[tok:i], skip) {
				counted = true
			}
			tok = -1
		} else if tok < 0 && alnum {
			tok = i
		}
		if !isRunByte(c) {
			if counted {
				if runs++; runs == n {
					return i
				}
			}
			counted = false
		}
	}
	return len(t)
}

// isSkipped reports whether tok is one of skip.
func isSkipped(tok []byte, skip []string) bool {
	for _, s := range skip {
		if string(tok) == s {
			return true
		}
	}
	return false
}

// isRunByte reports whether c can be part of a word for wordRunsEnd.
func isRunByte(c byte) bool {
	return c >= 0x80 || isRegexpWordByte(c) || c == '\'' || c == '-'
}

// isRegexpWordByte reports whether c is in \w ([0-9A-Za-z_]).
func isRegexpWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// isAddressByte reports whether c is in [\w.+-].
func isAddressByte(c byte) bool { return isRegexpWordByte(c) || c == '.' || c == '+' || c == '-' }

// isDomainByte reports whether c is in [a-z0-9.-].
func isDomainByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

// wordsOf returns every text a pattern of words matches, folded like the
// view: the pattern may hold literals, small classes ("[sz]"), "?" and
// alternations, no repetition. It panics on others (a bug in a rule's
// table, caught when the package loads).
func wordsOf(pattern string) []string {
	re, err := syntax.Parse(foldPattern(pattern), syntax.Perl)
	if err != nil {
		panic(fmt.Sprintf("injection: %v", err))
	}
	var expand func(re *syntax.Regexp) []string
	expand = func(re *syntax.Regexp) []string {
		switch re.Op {
		case syntax.OpLiteral:
			return []string{string(re.Rune)}
		case syntax.OpEmptyMatch:
			return []string{""}
		case syntax.OpCapture:
			return expand(re.Sub[0])
		case syntax.OpQuest:
			return append(expand(re.Sub[0]), "")
		case syntax.OpCharClass:
			var out []string
			for i := 0; i+1 < len(re.Rune); i += 2 {
				if re.Rune[i+1]-re.Rune[i] > 8 {
					break
				}
				for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
					out = append(out, string(r))
				}
			}
			if len(out) > 0 && len(out) <= 8 {
				return out
			}
		case syntax.OpAlternate:
			var out []string
			for _, sub := range re.Sub {
				out = append(out, expand(sub)...)
			}
			return out
		case syntax.OpConcat:
			out := []string{""}
			for _, sub := range re.Sub {
				var next []string
				for _, a := range out {
					for _, b := range expand(sub) {
						next = append(next, a+b)
					}
				}
				out = next
			}
			return out
		}
		panic(fmt.Sprintf("injection: wordsOf(%q): %v is not a finite list of words", pattern, re))
	}
	return expand(re)
}

// firstWords and lastWords index the first and the last words of texts.
func firstWords(texts []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range texts {
		if f := strings.Fields(s); len(f) > 0 {
			m[f[0]] = true
		}
	}
	return m
}

func lastWords(texts []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range texts {
		if f := strings.Fields(s); len(f) > 0 {
			m[f[len(f)-1]] = true
		}
	}
	return m
}

// startSet returns the strings one of which a match of pattern (folded
// here) starts with, up to 12 bytes of each. Unlike prefixesOf it has
// no bound on their number (a top-level alternation of many words,
// "send", "envia", "發送", …, is read branch by branch), and its strings
// are long enough to tell the words apart ("tartalm" is not "restart").
// Nil (any start) when a branch may start with anything.
func startSet(pattern string) *prefixSet {
	f := foldPattern(placeholders.Replace(pattern))
	bs := branches(f)
	if bs == nil {
		bs = []string{f}
	}
	p := &prefixSet{}
	for _, b := range bs {
		re, err := syntax.Parse(b, syntax.Perl)
		if err != nil {
			panic(fmt.Sprintf("injection: %v", err))
		}
		lits, ok := prefixesUpTo(re.Simplify(), 12)
		if !ok || len(lits) == 0 {
			return nil
		}
		for _, l := range lits {
			if l.s == "" {
				return nil
			}
			p.add(l.s)
		}
	}
	return p
}

// shortestAt returns the length of the shortest of p's strings that t
// starts with, -1 when none.
func (p *prefixSet) shortestAt(t []byte) int {
	n := -1
	if len(t) == 0 {
		return n
	}
	for _, s := range p.by[t[0]] {
		if (n < 0 || len(s) < n) && bytes.HasPrefix(t, []byte(s)) {
			n = len(s)
		}
	}
	return n
}

// lineEndAfterRuns returns the index of the first newline in t after the
// end of its n-th run of letters and digits (any byte of a non-ASCII
// character counts as one), len(t) when there is none.
func lineEndAfterRuns(t []byte, n int) int {
	runs := 0
	i := 0
	for i < len(t) && runs < n {
		for i < len(t) && !isAlnum(t[i]) && t[i] < 0x80 {
			i++
		}
		if i == len(t) {
			break
		}
		for i < len(t) && (isAlnum(t[i]) || t[i] >= 0x80) {
			i++
		}
		runs++
	}
	if j := bytes.IndexByte(t[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(t)
}
