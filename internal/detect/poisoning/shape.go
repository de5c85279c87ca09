package poisoning

import (
	"strings"
)

// shape classifies the chunk text[i:j] by its form. When the chunk is a
// quoted identifier it returns the identifier. Plain words (with at most
// sentence punctuation around them) cost one pass over their bytes.
func (t *tokenizer) shape(i, j int, c string) (string, bool) {
	var slash, dot, tilde, at, under, upper, quote, other bool
	core := trimClosing(c)
	for k := 0; k < len(core); k++ {
		switch b := core[k]; {
		case b == '/' || b == '\\':
			slash = true
		case b == '.':
			dot = true
		case b == '~' || b == '$' || b == '%':
			tilde = true
		case b == '@':
			at = true
		case b == '_':
			under = true
		case b == '\'' || b == '"' || b == '`':
			quote = true
		case isUpper(b):
			upper = upper || k > 0
		case b >= 0x80:
			quote = quote || k == 0 // curly quotes open a chunk
			other = true
		case b == ':' || b == '#' || b == '+' || b == '=':
			other = true
		}
	}
	long := len(core) >= 15
	if !(slash || dot || tilde || at || under || upper || quote || other || long) {
		if len(core) > 0 && (isDigit(core[0]) || core[0] == '-') && t.words-t.recipAt <= 4 && isAcctID(core) {
			t.cur.f |= fAcctNum
		}
		return "", false
	}
	if (upper || c[0] == '-' || isDigit(c[0])) && t.words-t.recipAt <= 4 && isAcctID(core) {
		t.cur.f |= fAcctNum
	}
	var f feat
	if slash || dot || tilde {
		lc := c
		if upper || isUpper(c[0]) {
			lc = strings.ToLower(c)
		}
		if isSensitivePath(lc) {
			f |= fPath
			if exampleBefore(t.text, i) {
				// "e.g. ~/.cursor/mcp.json", "secrets such as .env files":
				// a kind of file named, not one to take.
				f |= fPathWord
			}
		}
		if tilde || slash {
			if isHome(lc) {
				f |= fHome
			}
		}
	}
	switch {
	case (slash || other) && strings.Contains(c, "://") || dot && strings.HasPrefix(c, "www."):
		f |= fURL
	case at && isEmail(c):
		f |= fEmail
	case dot && isDomain(c):
		f |= fDomain
	}
	switch c[0] {
	case '+':
		if phoneAt(t.text, i) {
			f |= fPhone
		}
	case '#':
		if name := trimPunct(c[1:]); len(name) > 1 && (name[0] >= 'a' && name[0] <= 'z' || isUpper(name[0])) &&
			!(isHex(name) && (len(name) == 3 || len(name) == 4 || len(name) == 6 || len(name) == 8)) { // not a colour
			f |= fChannel | fRecip
		}
	}
	var name string
	var quoted bool
	if quote {
		if name, quoted = quotedIdent(c); quoted && f&fPath == 0 {
			f |= fQuoted // `.env` names a file, not a parameter to fill
		}
	}
	if other && !quoted && assignsValue(c) {
		f |= fQuoted // profile='prod-admin': a fixed value, named
	}
	if (under || dot || upper) && f&(fPath|fURL|fEmail|fDomain) == 0 {
		if n, ok := toolIdent(c); ok && !isOwn(t.ctx.own, n) {
			f |= fToolRef
		}
	}
	if under && upper && isSecretName(c) {
		f |= fSecretKey | fSecret
	}
	if long {
		if isIBAN(c) {
			f |= fIBAN
		}
		if isCrypto(c) {
			f |= fCrypto
		}
		orig := t.text[i:j] // c may have lost invisible characters
		for _, r := range encodedRuns(orig) {
			if s, kind := encodedKind(orig[r[0]:r[1]]); kind != 0 {
				t.a.encoded = append(t.a.encoded, blob{start: i + r[0], end: i + r[1], s: s, kind: kind})
			}
		}
	}
	t.cur.f |= f
	return name, quoted
}

// exampleBefore reports whether the chunk at text[i] is given as an
// example: it follows "e.g.", "such as", "for example" or "like".
func exampleBefore(text string, i int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, i-14):i], " ('\"`"))
	for _, w := range []string{"e.g.", "e.g.,", "eg.", "such as", "for example", "for example,", "like", "i.e.", "z.b.", "p.ej.", "par exemple"} {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isAlnum(before[len(before)-len(w)-1])) {
			return true
		}
	}
	return false
}

// isAcctNum reports a bank account number as written after "account":
// nine or more digits, or eight or more in groups joined by dashes, and
// not a date (2024-05-01).
func isAcctNum(c string) bool {
	digits, dashes := 0, 0
	for k := 0; k < len(c); k++ {
		switch b := c[k]; {
		case isDigit(b):
			digits++
		case b == '-':
			dashes++
		default:
			return false
		}
	}
	if dashes == 2 && len(c) == 10 && c[4] == '-' && c[7] == '-' {
		return false // a date
	}
	return digits >= 9 || digits >= 8 && dashes > 0
}

// isAcctID reports an account, channel or chat written as an ID after
// "account", "channel" or "chat_id": SET-00918, C0EXTSHARE9,
// -1001987654321.
func isAcctID(c string) bool {
	if strings.HasPrefix(c, "-") {
		return isAcctNum(c[1:])
	}
	if c != "" && isDigit(c[0]) && isAcctNum(c) {
		return true
	}
	if len(c) < 6 {
		return false
	}
	digits, letters := 0, 0
	for k := 0; k < len(c); k++ {
		switch b := c[k]; {
		case isDigit(b):
			digits++
		case isUpper(b):
			letters++
		case b == '-' || b == '_':
		default:
			return false
		}
	}
	return digits > 0 && letters > 0
}
