package scan

import (
	"cmp"
	"slices"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// Finding is one problem found in one server, or one of its tools.
type Finding struct {
	Client string `json:"client"`         // clientcfg client, e.g. claude-desktop
	Config string `json:"config"`         // path of the client's config file
	Server string `json:"server"`         // the server's name in that file
	Tool   string `json:"tool,omitempty"` // "" for findings about the server
	// Type is the finding type, "family:type[:detail]" as in
	// detect.Finding (poisoning:tool_poisoning, unicode:tag_chars), or a
	// scan type: rugpull, unpinned, unsigned, start_failed, shadowing.
	Type string `json:"type"`
	// Rule names the rule that matched, "" if the type says it all.
	Rule string `json:"rule,omitempty"`
	// Severity is info, low, medium, high or critical (detect.Severity
	// names). Anything else ranks as critical, so that a typo fails a CI
	// gate rather than passing it.
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// Server statuses.
const (
	StatusOK      = "ok"      // started and listed its tools
	StatusFailed  = "failed"  // could not be started or listed; see Error
	StatusSkipped = "skipped" // not scanned (disabled, HTTP without --connect, ...); see Error
)

// ServerResult is what became of one server.
type ServerResult struct {
	Client string `json:"client"`
	Config string `json:"config"`
	Server string `json:"server"`
	Status string `json:"status"` // StatusOK, StatusFailed or StatusSkipped
	Tools  int    `json:"tools"`  // tools listed
	// Error says why a server failed or was skipped.
	Error string `json:"error,omitempty"`
}

// Report is the result of a scan. Servers keep the order they were scanned
// in; the writers order findings by severity, most severe first.
type Report struct {
	Servers  []ServerResult `json:"servers"`
	Findings []Finding      `json:"findings"`
}

// rank orders a severity string; unknown ones rank as critical.
func rank(s string) detect.Severity {
	sev, err := ParseSeverity(s)
	if err != nil {
		return detect.Critical
	}
	return sev
}

// sortedFindings returns the findings most severe first, then by client,
// config, server, tool, type, rule and message: a stable order for output
// and golden files. r is not modified.
func sortedFindings(r *Report) []Finding {
	fs := slices.Clone(r.Findings)
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(rank(b.Severity), rank(a.Severity)),
			cmp.Compare(a.Client, b.Client),
			cmp.Compare(a.Config, b.Config),
			cmp.Compare(a.Server, b.Server),
			cmp.Compare(a.Tool, b.Tool),
			cmp.Compare(a.Type, b.Type),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return fs
}
