package pii

import "github.com/mcpshield/mcpshield/internal/detect"

// trigger says which candidates the engine hands to a rule.
type trigger uint8

const (
	onNumber trigger = iota // a number span (digit groups and separators)
	onAt                    // an '@' with word characters around it
	onIBAN                  // two capital letters followed by two digits
	onColon                 // a ':' between hex digits or colons
)

// hit is what a rule reports for one match.
type hit struct {
	start, end int
	severity   detect.Severity
	// value is the matched text, already stripped of separators where that
	// helps masking; it never leaves the package unmasked.
	value string
	// why explains a lowered severity ("documentation domain"); empty for
	// an ordinary match.
	why string
	// detail names the variant (card brand, IP family) for the explanation.
	detail string
	// lastGroup is the last group of a number span the match consumed.
	lastGroup int
}

// rule is one detection rule: data the engine runs, gitleaks style. The
// matchers are the patterns and validators; the samples are its own tests.
type rule struct {
	id       string
	typ      string
	trigger  trigger
	severity detect.Severity // severity of an ordinary match
	// keywords are context words that confirm a weak match when they sit
	// just before it (a phone number without formatting, an SSN without
	// dashes); negative are context words that rule a match out ("order",
	// "isbn"). The nearer one wins.
	keywords, negative wordSet
	// skipHostLabels: a word joined by dots to letters or digits on either
	// side ("api.helpdesk.acme-corp.io") is a host name's label, not a
	// context word.
	skipHostLabels bool
	// number matches a number span starting at group g.
	number func(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool)
	// at matches around the '@' at text[i].
	at func(r *rule, sc *scanner, i int) (hit, bool)
	// text matches at byte offset i (IBAN, IPv6).
	text func(r *rule, sc *scanner, i int) (hit, bool)
	// explain describes a hit for a person, with the value masked.
	explain func(h hit) string
	// tp must produce a finding of typ at the rule's severity; lo must
	// produce one below High; fp must produce no finding of typ.
	tp, lo, fp []string
}
