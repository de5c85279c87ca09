package secrets

import (
	"math"
	"strings"
)

// knownExamples are credentials published in vendor documentation as
// examples. FORMAT.md: documented placeholder values are benign. Values
// containing "EXAMPLE" need no entry (see placeholderWords). They are
// written in pieces so that secret scanners reading this source do not
// flag it.
var knownExamples = map[string]bool{
	"sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc": true, // Stripe API reference
	"sk_test_" + "BQokikJOvBiI2HlWgH4olfQ2": true, // Stripe docs, older
	jwtIOExample:                            true,
	azuriteKey:                              true, // Azure storage emulator (Azurite) account key
}

// jwtIOExample is jwt.io's default HS256 token ("John Doe", signed with
// "your-256-bit-secret").
const jwtIOExample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." +
	"eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ" + "." +
	"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"

// placeholderWords mark a token body as a stand-in when they occur in it,
// case-insensitively. Words of five letters or more hardly occur by chance
// in a random token; "your" (four) has about a 1e-4 chance in a 100-char
// body, accepted for how often docs write "your-token-here". "fake" and
// "test" are deliberately absent: "sk_test_" keys are credentials, and
// published sample keys containing "fake" are labelled as credentials.
var placeholderWords = []string{
	"example", "placeholder", "redacted", "dummy", "sample", "your",
	"changeme", "insert", "replace", "xxxx", "****", "...", "####", "…",
	"<", ">", "${", "{{", "%s",
}

// isSep reports separators inside tokens, ignored by the structure checks.
func isSep(b byte) bool { return b == '-' || b == '_' || b == '.' }

// reasonLongRun is placeholderReason's answer for a long run of one
// character.
const reasonLongRun = "a long run of one character"

// placeholderReason says why body (a token after its fixed prefix) is a
// placeholder, or "" if it looks like a real random value. The checks are
// chosen to be near-impossible for random tokens: a run of 6 equal
// characters, at most 3 distinct characters, a body that is 90% ascending
// runs ("1234567890abcdef..."), a short repeated unit, or very low entropy.
func placeholderReason(body string) string {
	if knownExamples[body] {
		return "a documented example value"
	}
	if w := placeholderWord(body); w != "" {
		return "contains " + quoteWord(w)
	}
	s := stripSeps(body)
	if len(s) < 4 {
		return "too short to be a credential"
	}
	if longestRun(s) >= 6 {
		return reasonLongRun
	}
	if len(s) >= 8 && distinct(s) <= 3 {
		return "only a few distinct characters"
	}
	if len(s) >= 8 && sequentialCoverage(s) >= 0.9 {
		return "a sequential run of characters"
	}
	if len(s) >= 8 && periodic(s) {
		return "a repeated pattern"
	}
	if len(s) >= 12 && shannon(s) < 2.5 {
		return "very low entropy"
	}
	return ""
}

// placeholderWord returns the first placeholder word in s, or "".
func placeholderWord(s string) string {
	lower := strings.ToLower(s)
	for _, w := range placeholderWords {
		if strings.Contains(lower, w) {
			return w
		}
	}
	return ""
}

func hasPlaceholderWord(s string) bool { return placeholderWord(s) != "" }

func quoteWord(w string) string { return "\"" + w + "\"" }

// stripSeps drops '-', '_' and '.' from s.
func stripSeps(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r < 0x80 && isSep(byte(r)) }) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if !isSep(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// shannon is the Shannon entropy of s in bits per byte.
func shannon(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	var h float64
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// distinct counts distinct bytes in s.
func distinct(s string) int {
	var seen [256]bool
	n := 0
	for i := 0; i < len(s); i++ {
		if !seen[s[i]] {
			seen[s[i]] = true
			n++
		}
	}
	return n
}

// longestRun is the length of the longest run of one letter or digit in
// s. Runs of punctuation are structure ("//////////" inside AWS session
// tokens, "==" padding), not filler.
func longestRun(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if !defaultBoundary(s[i]) && s[i] != '*' && s[i] != '#' {
			run = 0
			continue
		}
		if i > 0 && s[i] == s[i-1] {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return best
}

// sequentialCoverage is the fraction of s inside ascending runs ("abc",
// "123") of at least 3 bytes.
func sequentialCoverage(s string) float64 {
	if s == "" {
		return 0
	}
	covered := 0
	for i := 0; i < len(s); {
		j := i
		for j+1 < len(s) && s[j+1] == s[j]+1 {
			j++
		}
		if j-i+1 >= 3 {
			covered += j - i + 1
		}
		i = j + 1
	}
	return float64(covered) / float64(len(s))
}

// periodic reports whether s repeats a unit of at most 8 bytes, at least
// three times.
func periodic(s string) bool {
	for p := 1; p <= 8 && 3*p <= len(s); p++ {
		ok := true
		for i := p; i < len(s); i++ {
			if s[i] != s[i-p] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// charClasses counts which of lower case, upper case and digits s has.
func charClasses(s string) int {
	var lower, upper, digit bool
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case 'a' <= b && b <= 'z':
			lower = true
		case 'A' <= b && b <= 'Z':
			upper = true
		case '0' <= b && b <= '9':
			digit = true
		}
	}
	n := 0
	for _, ok := range []bool{lower, upper, digit} {
		if ok {
			n++
		}
	}
	return n
}

// placeholderVerdict is the default check: the body's placeholder test.
func placeholderVerdict(c *candidate) verdict {
	if knownExamples[c.secret] {
		return verdict{kind: placeholder, note: "a documented example value"}
	}
	if r := placeholderReason(c.body); r != "" {
		return verdict{kind: placeholder, note: r}
	}
	return verdict{kind: confirmed}
}

// elided says why a token ending at text[end] is cut short in the
// documentation way: followed by a stand-in ("<signature>", "{payload}",
// "[sig]", "${SIG}", "$SIG", "%s", "…", "...", "***"), or "" if it is not.
// Markup after a token ("</code>", "<br>") is not a stand-in.
func elided(text string, end int) string {
	rest := text[end:min(len(text), end+40)]
	for _, p := range []string{"…", "...", "***", "${", "{{", "%s", "%v", "%("} {
		if strings.HasPrefix(rest, p) {
			return "cut short, followed by " + quoteWord(p)
		}
	}
	if len(rest) < 2 {
		return ""
	}
	switch rest[0] {
	case '<', '{', '[':
		closer := map[byte]byte{'<': '>', '{': '}', '[': ']'}[rest[0]]
		k := strings.IndexByte(rest, closer)
		if k < 2 {
			return ""
		}
		w := rest[1:k]
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_- ") != "" ||
			rest[0] == '<' && htmlTags[strings.ToLower(w)] {
			return ""
		}
		return "cut short, followed by " + quoteWord(rest[:k+1])
	case '$':
		if b := rest[1]; 'A' <= b && b <= 'Z' || b == '_' {
			return "cut short, followed by a variable"
		}
	case '.':
		return elided(text, end+1)
	}
	return ""
}

// htmlTags are markup that may follow a token in a page, not stand-ins.
var htmlTags = map[string]bool{
	"a": true, "b": true, "i": true, "p": true, "br": true, "hr": true, "em": true,
	"td": true, "th": true, "tr": true, "li": true, "ul": true, "ol": true, "dd": true,
	"dt": true, "tt": true, "div": true, "pre": true, "sub": true, "sup": true,
	"kbd": true, "span": true, "code": true, "samp": true, "strong": true,
	"wbr": true, "mark": true, "small": true,
}

// jwtStandIn says why a dotted token shaped like a JWT (a header "eyJ…"
// then more parts) has stand-in parts: "eyJhbGciOiJIUzI1NiJ9.payload.sig",
// "eyJ….<payload>", or "" if it does not.
func jwtStandIn(tok string) string {
	if !strings.HasPrefix(tok, "eyJ") {
		return ""
	}
	parts := strings.Split(tok, ".")
	if len(parts) < 2 {
		return ""
	}
	for _, p := range parts[1:] {
		switch {
		case hasPlaceholderWord(p):
			return "a stand-in part " + quoteWord(p)
		case p != "" && len(p) < 16 && isWordsLike(p):
			return "a stand-in part " + quoteWord(p)
		}
	}
	return ""
}
