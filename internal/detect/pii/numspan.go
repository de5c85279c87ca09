package pii

// maxGroups bounds the digit groups of one number span; longer runs of
// separated numbers (tables, lists) are cut, which only costs matches that
// no rule would accept anyway.
const maxGroups = 12

// numSpan is a run of digit groups joined by single separators, such as
// "+1 (512) 269-1311", "5538 2617 2786 7820" or "10.20.4.17". Every
// number rule reads spans, never raw text.
type numSpan struct {
	start, end int  // byte range, including a leading '+' or '('
	plus       bool // the span starts with '+'
	n          int  // number of groups
	// gs and ge are the byte ranges of each digit group.
	gs, ge [maxGroups]int
	// sep[i] is the separator before group i (sep[0] is 0): ' ', '-', '.',
	// ')' for a closing parenthesis (with or without a space after it) and
	// '(' for an opening one.
	sep [maxGroups]byte
	// paren[i] is true when group i sits in parentheses.
	paren [maxGroups]bool
}

func isDigit(c byte) bool { return c-'0' < 10 }
func isUpper(c byte) bool { return c-'A' < 26 }
func isAlpha(c byte) bool { return (c|0x20)-'a' < 26 }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }
func isWord(c byte) bool  { return isAlnum(c) || c == '_' }

// digits returns the number of digits in groups a..b inclusive.
func (s *numSpan) digits(a, b int) int {
	d := 0
	for i := a; i <= b; i++ {
		d += s.ge[i] - s.gs[i]
	}
	return d
}

// glen returns the number of digits in group i.
func (s *numSpan) glen(i int) int { return s.ge[i] - s.gs[i] }

// uniform reports whether groups a+1..b are all joined by sep.
func (s *numSpan) uniform(a, b int, sep byte) bool {
	for i := a + 1; i <= b; i++ {
		if s.sep[i] != sep {
			return false
		}
	}
	return true
}

// canStart reports whether a match may begin at group g: at the span start
// or after a space, never in the middle of "1-2-3" or "1.2.3".
func (s *numSpan) canStart(g int) bool {
	return g == 0 || s.sep[g] == ' ' || (s.sep[g] == '(' && s.paren[g])
}

// canEnd reports whether a match may end at group g.
func (s *numSpan) canEnd(g int) bool {
	return g == s.n-1 || s.sep[g+1] == ' ' || (s.sep[g+1] == '(' && s.paren[g+1])
}

// matchStart is the byte offset where a match beginning at group g starts.
func (s *numSpan) matchStart(g int) int {
	if g == 0 {
		return s.start
	}
	if s.paren[g] {
		return s.gs[g] - 1
	}
	return s.gs[g]
}

// matchEnd is the byte offset where a match ending at group g ends.
func (s *numSpan) matchEnd(g int) int {
	if s.paren[g] {
		return s.ge[g] + 1
	}
	return s.ge[g]
}

// appendDigits appends the digits of groups a..b to dst.
func (s *numSpan) appendDigits(dst []byte, text string, a, b int) []byte {
	for i := a; i <= b; i++ {
		dst = append(dst, text[s.gs[i]:s.ge[i]]...)
	}
	return dst
}

// parseSpan reads a number span starting at i, which holds a digit, or a
// '+' or '(' followed by a digit. It returns ok=false when the span runs
// into a word character or '@' (a hex string, an identifier, an email's
// local part); end is then where scanning should resume.
func parseSpan(text string, i int, s *numSpan) (ok bool) {
	s.start, s.plus, s.n = i, false, 0
	s.sep[0] = 0
	j := i
	open := false
	switch text[j] {
	case '+':
		s.plus = true
		j++
	case '(':
		open = true
		j++
	}
	for {
		g := j
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		s.gs[s.n], s.ge[s.n] = g, j
		s.paren[s.n] = open
		s.n++
		s.end = j
		if open {
			if j >= len(text) || text[j] != ')' {
				// An unclosed parenthesis: keep what came before it.
				s.n--
				if s.n == 0 {
					if g > i {
						// the span opened with it: "(5189-0570-…, valid
						// to…)" is the number in brackets, read
						// without the bracket
						return parseSpan(text, g, s)
					}
					s.end = j
					return false
				}
				s.end = s.ge[s.n-1]
				return true
			}
			j++
			s.end = j
			open = false
		}
		if s.n == maxGroups || j >= len(text) {
			break
		}
		// Separator before the next group.
		var sep byte
		k := j
		switch c := text[k]; {
		case c == ' ' || c == '-' || c == '.':
			k++
			sep = c
			if k < len(text) && text[k] == '(' && c != '.' {
				open = true
				sep = '('
				k++
			}
		case c == '(':
			open = true
			sep = '('
			k++
		}
		if text[j-1] == ')' {
			// ") 269" or ")269": the separator is the parenthesis.
			if sep == '(' {
				break
			}
			sep = ')'
		}
		if sep == 0 || k >= len(text) || !isDigit(text[k]) {
			break
		}
		s.sep[s.n] = sep
		j = k
	}
	if s.end < len(text) {
		c := text[s.end]
		if c == 'x' && s.end+1 < len(text) && isDigit(text[s.end+1]) {
			return true // an extension: 512-439-6131x204
		}
		if isWord(c) || c == '@' {
			return false
		}
	}
	return true
}
