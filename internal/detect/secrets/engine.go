package secrets

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// Options selects rules. The zero value enables every rule.
type Options struct {
	// Disable lists rule IDs (see Rules) to skip. Nil disables none.
	Disable []string
}

// RuleInfo describes one rule, for configuration and listings.
type RuleInfo struct {
	ID       string
	Type     string
	Severity detect.Severity // for a confirmed match; placeholders are Info
	What     string
}

// Detector scans text for credentials with a fixed set of rules. It is
// immutable after New and safe for concurrent use.
type Detector struct {
	rules []*rule
	ac    *acMatcher
	// kwRule maps an automaton keyword index to its rule index.
	kwRule []int
	// passes are the enabled rules that read the whole text (rule.pass).
	passes []*rule
}

// allRules is the rule table, compiled on first use.
var allRules = sync.OnceValue(func() []*rule {
	var rs []*rule
	for _, group := range [][]*rule{
		cloudRules(), vcsRules(), slackRules(), aiRules(), paymentRules(),
		keyRules(), keyFileRules(), seedRules(), walletRules(), dbRules(), serviceRules(), moreServiceRules(), credentialRules(), genericRules(), labelRules(), namedRules(),
	} {
		rs = append(rs, group...)
	}
	return rs
})

var defaultDetector = sync.OnceValue(func() *Detector {
	d, err := New(Options{})
	if err != nil {
		panic(err) // the zero Options cannot fail
	}
	return d
})

// Scan reports the credentials in text found by the default rule set.
func Scan(text string) []detect.Finding { return defaultDetector().Scan(text) }

// Rules lists every rule.
func Rules() []RuleInfo {
	var out []RuleInfo
	for _, r := range allRules() {
		out = append(out, RuleInfo{ID: r.id, Type: r.typ, Severity: r.severity, What: r.what})
	}
	return out
}

// New builds a Detector. It fails if Options names an unknown rule.
func New(opts Options) (*Detector, error) {
	all := allRules()
	off := make(map[string]bool, len(opts.Disable))
	for _, id := range opts.Disable {
		if !slices.ContainsFunc(all, func(r *rule) bool { return r.id == id }) {
			return nil, fmt.Errorf("secrets: disabling rule %q: no such rule", id)
		}
		off[id] = true
	}
	d := &Detector{}
	var keywords []string
	for _, r := range all {
		if off[r.id] {
			continue
		}
		if r.pass != nil {
			d.passes = append(d.passes, r)
			continue
		}
		for _, kw := range r.keywords {
			keywords = append(keywords, kw)
			d.kwRule = append(d.kwRule, len(d.rules))
		}
		d.rules = append(d.rules, r)
	}
	d.ac = newACMatcher(keywords)
	return d, nil
}

// Scan reports the credentials in text, ordered by position. Placeholders
// are reported at Info. Where a generic assignment rule and a specific rule
// see the same bytes, only the specific finding is kept.
func (d *Detector) Scan(text string) []detect.Finding {
	return d.scan(text, workBudget(len(text)))
}

// scan is Scan with the bytes its regexes may examine: a rule that
// rescans a rewritten piece of the text (named-value) gives the rescan a
// budget in proportion to the piece, so that a text packed with such
// pieces stays linear.
func (d *Detector) scan(text string, budget int) []detect.Finding {
	// One pass finds the keywords; each hit runs its rule's regex anchored
	// there. Text without keywords allocates nothing.
	var found []finding
	var covered []int // per rule: end of its last match, to skip hits inside it
	var memo []int    // per rule: scratch for its pre test
	d.ac.scan(text, func(kw, start int) {
		ri := d.kwRule[kw]
		if covered == nil {
			covered = make([]int, len(d.rules))
			memo = make([]int, len(d.rules))
		}
		r := d.rules[ri]
		if start < covered[ri] || budget < 0 || r.pre != nil && !r.pre(text, start, &memo[ri]) {
			return
		}
		var end int
		found, end = r.matchAt(d, text, start, found)
		covered[ri] = max(covered[ri], end)
		// A match costs its length; a miss, its whole window (an upper
		// bound: the regex does not say how far it read).
		if end > start {
			budget -= end - start
		} else {
			budget -= min(r.after, len(text)-start)
		}
	})
	for _, r := range d.passes {
		found = r.pass(r, text, found)
	}
	if budget < 0 {
		found = append(found, finding{Finding: detect.Finding{
			Type: "secret:generic", Rule: "scan-budget", Severity: detect.Medium,
			Explanation: "secret scan incomplete: the text holds too many credential keywords to check them all",
		}})
	}
	if len(found) == 0 {
		return nil
	}
	return resolve(found)
}

// workBudget bounds the bytes the rules' regexes may examine in one scan,
// so a text packed with keywords ("eyJeyJeyJ…") costs linear, not
// quadratic, time. Ordinary text uses a tiny fraction of it; when it runs
// out, Scan stops matching and reports a Medium finding instead of
// silently passing what it did not check.
func workBudget(n int) int { return 32*n + 256<<10 }

// finding is a detect.Finding with what resolve needs.
type finding struct {
	detect.Finding
	generic bool
}

// rank orders findings on the same bytes: specific rules first, then
// generic ones that still name a credential type, then plain generic ones.
func (f finding) rank() int {
	switch {
	case !f.generic:
		return 0
	case f.Type != "secret:generic":
		return 1
	}
	return 2
}

// matchAt runs r, a rule of d, anchored at text[start:], appends what it
// judged, and returns the end of the regex match (0 if none).
func (r *rule) matchAt(d *Detector, text string, start int, found []finding) ([]finding, int) {
	loc := r.re.FindStringSubmatchIndex(text[start:min(len(text), start+r.after)])
	if loc == nil {
		return found, 0
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += start
		}
	}
	matchEnd := loc[1]
	boundary := r.boundary
	if boundary == nil {
		boundary = defaultBoundary
	}
	s, e := loc[2*r.secret], loc[2*r.secret+1]
	if s < 0 || (s > 0 && boundary(text[s-1])) || (e < len(text) && boundary(text[e])) {
		return found, 0
	}
	c := &candidate{det: d, text: text, sub: loc, start: s, end: e, secret: text[s:e]}
	c.body = c.secret
	if r.body >= 0 && loc[2*r.body] >= 0 {
		c.body = text[loc[2*r.body]:loc[2*r.body+1]]
		c.prefix = loc[2*r.body] - s
	}
	check := r.check
	if check == nil {
		check = placeholderVerdict
	}
	v := check(c)
	if v.kind == reject {
		return found, 0
	}
	f := r.report(c, v)
	return append(found, f), max(matchEnd, f.End)
}

// report turns a judged candidate into a finding.
func (r *rule) report(c *candidate, v verdict) finding {
	f := detect.Finding{Type: r.typ, Rule: r.id, Start: c.start, End: c.end}
	if v.end > 0 {
		f.Start, f.End = v.start, v.end
	}
	if v.typ != "" {
		f.Type = v.typ
	}
	what := r.what
	if v.what != "" {
		what = v.what
	}
	shown := v.shown
	if shown == "" {
		shown = redact(c.secret, c.prefix)
	}
	switch {
	case v.explain != "":
		f.Severity = v.severity
		f.Explanation = v.explain
	case v.kind == placeholder:
		f.Severity = detect.Info
		f.Explanation = fmt.Sprintf("placeholder %s %s (%s), not a usable credential", what, shown, v.note)
	case v.kind == weak:
		f.Severity = detect.Medium
		f.Explanation = fmt.Sprintf("possible %s %s", what, shown)
		if v.note != "" {
			f.Explanation += " (" + v.note + ")"
		}
	default:
		f.Severity = r.severity
		if v.severity != 0 {
			f.Severity = v.severity
		}
		f.Explanation = fmt.Sprintf("%s %s", what, shown)
		if v.note != "" {
			f.Explanation += " (" + v.note + ")"
		}
		f.Explanation += ": whoever reads it can use it; revoke and rotate it"
	}
	// An explanation never spells out what it reports, whatever the text:
	// a stand-in built from the found bytes (a key name that ends like its
	// value, an empty PEM block's BEGIN line) gives way to its length.
	if span := c.text[f.Start:f.End]; len(span) >= 12 && strings.Contains(f.Explanation, span) {
		f.Explanation = strings.ReplaceAll(f.Explanation, span, fmt.Sprintf("(%d bytes)", len(span)))
		if strings.Contains(f.Explanation, span) {
			f.Explanation = fmt.Sprintf("%s (%d bytes)", what, len(span))
		}
	}
	return finding{Finding: f, generic: r.generic}
}

// resolve orders findings, drops duplicates (same bytes, several rules of
// one type) and generic findings overlapping a specific one.
func resolve(fs []finding) []detect.Finding {
	slices.SortFunc(fs, func(a, b finding) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End),
			cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.rank(), b.rank()),
			cmp.Compare(a.Rule, b.Rule))
	})
	longest := 0
	for _, f := range fs {
		longest = max(longest, f.End-f.Start)
	}
	out := make([]detect.Finding, 0, len(fs))
	for i, a := range fs {
		if !dropped(fs, i, longest) {
			out = append(out, a.Finding)
		}
	}
	return out
}

// redact shows a secret's fixed prefix and a few characters of its body,
// never more than a quarter of the body, then its length.
func redact(secret string, prefixLen int) string {
	prefixLen = min(max(prefixLen, 0), len(secret))
	show := prefixLen + min(4, (len(secret)-prefixLen)/4)
	for show > 0 && show < len(secret) && !utf8.RuneStart(secret[show]) {
		show-- // never half a character: explanations stay UTF-8
	}
	return fmt.Sprintf("%s… (%d chars)", secret[:show], utf8.RuneCountInString(secret))
}

// dropped reports whether fs[i] gives way: a generic finding to any
// overlapping finding of better rank (a specific rule, or a stand-in with a
// known credential prefix), and any finding to an earlier one (in resolve's
// order: of at least its severity) of the same rank on the same bytes. fs
// is sorted by Start and no finding is longer than longest, which bounds
// the neighbours to look at.
func dropped(fs []finding, i, longest int) bool {
	a := fs[i]
	lo := i
	for lo > 0 && fs[lo-1].Start > a.Start-longest {
		lo--
	}
	for j := lo; j < len(fs) && fs[j].Start < a.End; j++ {
		b := fs[j]
		if j == i || b.End <= a.Start {
			continue
		}
		if a.generic && b.rank() < a.rank() {
			return true
		}
		if j < i && a.rank() == b.rank() && a.Start == b.Start && a.End == b.End {
			return true
		}
	}
	return false
}
