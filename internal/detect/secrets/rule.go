package secrets

import (
	"regexp"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// rule is one kind of credential, as data: what it is, where to look
// (keywords), what it looks like (re) and how to judge a match (check).
// Rules are built once and never changed.
type rule struct {
	id       string // stable name, e.g. "github-token"; used in findings and Options
	typ      string // finding type, FORMAT.md vocabulary
	what     string // for people: "GitHub personal access token"
	severity detect.Severity
	generic  bool // a context rule: gives way to specific rules on the same bytes (see dropped)

	// keywords are matched case-insensitively. The regex only runs where
	// one occurs: anchored at the keyword's first byte, on at most after
	// bytes. A match therefore starts with a keyword.
	keywords []string
	after    int

	re *regexp.Regexp // built with anchored
	// pre, if set, is a cheap test at the keyword's start that must pass
	// before the regex runs, for keywords common in ordinary text. memo is
	// the rule's scratch for one scan (0 at the start), for tests that can
	// reuse work across hits.
	pre func(text string, start int, memo *int) bool
	// secret is the submatch holding the credential (0 = whole match); the
	// finding's Start/End are its bounds. body is the submatch after the
	// fixed prefix (-1 = the whole secret), judged for placeholders.
	secret, body int
	// boundary reports bytes that may not touch the secret on either side
	// (nil = ASCII letters and digits), so a token inside a longer one does
	// not match.
	boundary func(byte) bool

	// check judges a match; nil means placeholderVerdict on the body.
	check func(c *candidate) verdict

	// pass, for a rule no keyword can introduce, reads the whole text and
	// appends what it finds; such a rule has no keywords or regex.
	pass func(r *rule, text string, found []finding) []finding

	// Samples, checked by TestRuleSamples. They use «kind:n» templates,
	// expanded with generated characters (sample_test.go), so the source
	// holds no credential-shaped strings. Each tp must produce a blocking
	// finding of the rule's type, no fp a finding from this rule, and each
	// info an Info finding of the type and nothing blocking.
	tps, fps, infos []string
}

// anchored compiles a rule pattern to match only at the start of its input.
func anchored(pattern string) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + pattern + `)`)
}

// candidate is one regex match being judged.
type candidate struct {
	det        *Detector // the detector scanning, for rules that rescan a rewritten text
	text       string    // the whole scanned text
	sub        []int     // submatch indexes, absolute offsets into text
	start, end int       // bounds of the secret
	secret     string    // text[start:end]
	body       string    // the part judged for placeholders
	prefix     int       // length of the fixed prefix before body, shown when redacting
}

// keyBefore returns the identifier characters ([A-Za-z0-9_.-], at most 40)
// just before the match: the start of a key whose keyword began the match,
// as "DB_" in "DB_PASSWORD=".
func (c *candidate) keyBefore() string {
	i := c.sub[0]
	for i > 0 && c.sub[0]-i < 40 {
		b := c.text[i-1]
		if !(defaultBoundary(b) || isSep(b)) {
			break
		}
		i--
	}
	return c.text[i:c.sub[0]]
}

// key returns the key a match starts in: keyBefore and the identifier
// characters from the match start.
func (c *candidate) key() string {
	j := c.sub[0]
	for j < len(c.text) && j-c.sub[0] < 64 && (defaultBoundary(c.text[j]) || isSep(c.text[j])) {
		j++
	}
	return c.keyBefore() + c.text[c.sub[0]:j]
}

// group returns submatch i, or "" if it did not participate.
func (c *candidate) group(i int) string {
	if 2*i+1 >= len(c.sub) || c.sub[2*i] < 0 {
		return ""
	}
	return c.text[c.sub[2*i]:c.sub[2*i+1]]
}

type verdictKind uint8

const (
	reject      verdictKind = iota // not this credential
	placeholder                    // the shape of one, but a documented or dummy value: Info
	weak                           // plausible but unconfirmed: Medium
	confirmed                      // the rule's severity
)

// verdict is what a check decided about a candidate.
type verdict struct {
	kind     verdictKind
	severity detect.Severity // overrides the rule's severity for confirmed when non-zero
	typ      string          // overrides the rule's type when non-empty
	what     string          // overrides the rule's description when non-empty
	shown    string          // redacted form for the explanation; "" = redact(secret)
	note     string          // why, appended to the explanation
	explain  string          // when set: the whole explanation, and severity is the finding's
	start    int             // when end > 0: overrides the finding's bounds
	end      int
}

// defaultBoundary: letters and digits.
func defaultBoundary(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// tokenBoundary: letters, digits, '_' and '-' (tokens whose alphabet has them).
func tokenBoundary(b byte) bool {
	return defaultBoundary(b) || b == '_' || b == '-'
}

// noBoundary accepts any neighbour.
func noBoundary(byte) bool { return false }
