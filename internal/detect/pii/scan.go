package pii

import (
	"slices"
	"sync"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// Finding types this package reports.
const (
	TypeEmail      = "pii:email"
	TypePhone      = "pii:phone"
	TypeCreditCard = "pii:credit_card"
	TypeSSN        = "pii:ssn"
	TypeIBAN       = "pii:iban"
	TypeIPAddress  = "pii:ip_address"
)

// Options configure a Detector. The zero value reports every type at its
// default severity.
type Options struct {
	// Types lists the finding types to report (TypeEmail, ...). Nil or
	// empty means all of them.
	Types []string
	// Severity overrides the severity of ordinary matches of a type, e.g.
	// {TypeIPAddress: detect.High} to block IP addresses, or
	// {TypeEmail: detect.Medium} to only report emails. Look-alikes the
	// rules downgrade (documentation values, test cards, private IPs) keep
	// their lower severity. Nil means the defaults.
	Severity map[string]detect.Severity
}

// Detector finds personal data in text. It is immutable after New and safe
// for concurrent use.
type Detector struct {
	// severity[i] is the severity of ordinary matches of ruleTable[i].
	severity []detect.Severity
	// byTrigger lists the enabled rules of each trigger, in table order;
	// an empty list lets the scan loop skip that work.
	byTrigger [onColon + 1][]int
}

// New builds a Detector from opts.
func New(opts Options) *Detector {
	d := &Detector{severity: make([]detect.Severity, len(ruleTable))}
	for i := range ruleTable {
		r := &ruleTable[i]
		d.severity[i] = r.severity
		if s, ok := opts.Severity[r.typ]; ok {
			d.severity[i] = s
		}
		if len(opts.Types) == 0 || slices.Contains(opts.Types, r.typ) {
			d.byTrigger[r.trigger] = append(d.byTrigger[r.trigger], i)
		}
	}
	return d
}

var defaultDetector = sync.OnceValue(func() *Detector { return New(Options{}) })

// Scan reports the personal data in text with the default options: emails,
// phone numbers, payment cards, US SSNs and IBANs of people at High, IP
// addresses and documented look-alikes below High.
func Scan(text string) []detect.Finding { return defaultDetector().Scan(text) }

// Scan reports the personal data in text, in order of position. Matches
// never overlap.
func (d *Detector) Scan(text string) []detect.Finding {
	sc := scanner{d: d, text: text}
	sc.run()
	return sc.out
}
