package scan

import (
	"fmt"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// ParseSeverity parses a severity name (info, low, medium, high, critical;
// any case), as given to scan's exit-code threshold.
func ParseSeverity(s string) (detect.Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "info":
		return detect.Info, nil
	case "low":
		return detect.Low, nil
	case "medium":
		return detect.Medium, nil
	case "high":
		return detect.High, nil
	case "critical":
		return detect.Critical, nil
	}
	return 0, fmt.Errorf("unknown severity %q: want info, low, medium, high or critical", s)
}

// MaxSeverity returns the highest severity among the report's findings; ok
// is false when there are none. A finding whose severity does not parse
// counts as critical.
func MaxSeverity(r *Report) (sev detect.Severity, ok bool) {
	for _, f := range r.Findings {
		if s := rank(f.Severity); !ok || s > sev {
			sev, ok = s, true
		}
	}
	return sev, ok
}

// Exceeds reports whether any finding is at or above threshold: the
// condition for scan's failing exit code.
func Exceeds(r *Report, threshold detect.Severity) bool {
	top, ok := MaxSeverity(r)
	return ok && top >= threshold
}

// severities lists the severities most severe first.
var severities = []detect.Severity{detect.Critical, detect.High, detect.Medium, detect.Low, detect.Info}
