package scan

import (
	"encoding/json"
	"io"
)

// jsonReport is the JSON form: the report, findings in table order, and a
// summary for scripts that only want the verdict.
type jsonReport struct {
	Servers  []ServerResult `json:"servers"`
	Findings []Finding      `json:"findings"`
	Summary  jsonSummary    `json:"summary"`
}

type jsonSummary struct {
	Servers     int            `json:"servers"`
	Tools       int            `json:"tools"`
	Findings    int            `json:"findings"`
	BySeverity  map[string]int `json:"by_severity"`
	MaxSeverity string         `json:"max_severity,omitempty"` // "" with no findings
}

// WriteJSON writes the report as one indented JSON object: servers,
// findings (most severe first) and a summary. Lists are [] when empty,
// never null.
func WriteJSON(w io.Writer, r *Report) error {
	out := jsonReport{
		Servers:  r.Servers,
		Findings: sortedFindings(r),
		Summary:  jsonSummary{Servers: len(r.Servers), Findings: len(r.Findings), BySeverity: map[string]int{}},
	}
	if out.Servers == nil {
		out.Servers = []ServerResult{}
	}
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	for _, s := range r.Servers {
		out.Summary.Tools += s.Tools
	}
	for _, f := range r.Findings {
		out.Summary.BySeverity[rank(f.Severity).String()]++
	}
	if top, ok := MaxSeverity(r); ok {
		out.Summary.MaxSeverity = top.String()
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
