package scan

import (
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

func TestParseSeverity(t *testing.T) {
	tests := []struct {
		in   string
		want detect.Severity
		ok   bool
	}{
		{"info", detect.Info, true},
		{"low", detect.Low, true},
		{"Medium", detect.Medium, true},
		{" HIGH ", detect.High, true},
		{"critical", detect.Critical, true},
		{"", 0, false},
		{"severe", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSeverity(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseSeverity(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

func TestMaxSeverity(t *testing.T) {
	tests := []struct {
		name       string
		severities []string
		want       detect.Severity
		ok         bool
	}{
		{"none", nil, 0, false},
		{"info only", []string{"info"}, detect.Info, true},
		{"mixed", []string{"low", "high", "medium"}, detect.High, true},
		{"unknown is critical", []string{"low", "bogus"}, detect.Critical, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Report{}
			for _, s := range tt.severities {
				r.Findings = append(r.Findings, Finding{Severity: s})
			}
			got, ok := MaxSeverity(r)
			if got != tt.want || ok != tt.ok {
				t.Errorf("MaxSeverity = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
			if ex := Exceeds(r, detect.High); ex != (ok && got >= detect.High) {
				t.Errorf("Exceeds(high) = %v; want %v", ex, !ex)
			}
		})
	}
}

func TestCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "-"},
		{"plain text", "plain text"},
		{"日本語 ok", "日本語 ok"},
		{"a\x1b[31mb", `a\x1b[31mb`},
		{"line\nnext\ttab", `line\nnext\ttab`},
		{"rtl\u202Eevil", `rtl\u202eevil`},
		{"zero\u200Bwidth", `zero\u200bwidth`},
		{"tag\U000E0041", `tag\U000e0041`},
		{"bad\xffutf8", `bad\xffutf8`},
	}
	for _, tt := range tests {
		if got := cell(tt.in); got != tt.want {
			t.Errorf("cell(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
