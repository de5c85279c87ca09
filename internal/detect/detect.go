// Package detect holds what every detector shares: the Finding a detector
// reports and its Severity. Detectors live in subpackages
// (internal/detect/<kind>): pure functions from text to findings, each with
// its own rules, tests and benchmarks, shared by the gateway's checks and by
// `mcpshield eval` and `mcpshield scan`.
package detect

import "fmt"

// Severity ranks findings. Under default settings a finding at or above
// High blocks (or is withheld), Medium and below are reported.
type Severity uint8

const (
	Info     Severity = iota // worth a note, never acted on (e.g. a documented placeholder key)
	Low                      // probably benign, reported
	Medium                   // suspicious, reported
	High                     // malicious under default settings
	Critical                 // malicious, no doubt
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	case Critical:
		return "critical"
	}
	return fmt.Sprintf("severity(%d)", uint8(s))
}

// Finding is one thing a detector found in a text.
type Finding struct {
	// Type is the finding type in the vocabulary of shared/eval/FORMAT.md,
	// "family:type[:detail]", e.g. "secret:github_token:fine_grained",
	// "pii:email", "injection:prompt_injection", "poisoning:tool_poisoning",
	// "unicode:tag_chars", "ansi:escape".
	Type string
	// Rule names the rule that matched, for people and per-rule settings.
	Rule     string
	Severity Severity
	// Start and End are the byte offsets of the match in the scanned text
	// (End exclusive). Both are 0 for findings about the whole text.
	Start, End int
	// Explanation says, for a person, what was found and why it matters.
	Explanation string
}

// Blocking reports whether f acts under default settings (High or above).
func (f Finding) Blocking() bool { return f.Severity >= High }

func (f Finding) String() string {
	return fmt.Sprintf("%s [%s] %d-%d %s: %s", f.Type, f.Severity, f.Start, f.End, f.Rule, f.Explanation)
}
