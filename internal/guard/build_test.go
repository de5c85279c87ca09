package guard_test

import (
	"slices"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/guard"
)

// TestBuildLeavesOutIdleChecks: a data-loss or content check whose every
// action is off is not in the chain (it would walk every call for
// nothing); one with any action on is.
func TestBuildLeavesOutIdleChecks(t *testing.T) {
	scan := func(string) []detect.Finding { return nil }
	names := func(s guard.Settings) []string {
		var out []string
		for _, c := range guard.Build(s) {
			out = append(out, c.Name())
		}
		return out
	}
	for _, tc := range []struct {
		name string
		s    guard.Settings
		want []string
	}{
		{"all off", guard.Settings{
			Arguments: &guard.ArgumentOptions{Secrets: scan, OnSecret: guard.DataOff, PII: scan, OnPII: guard.DataOff},
			Content:   &guard.ContentOptions{Secrets: scan, OnSecret: guard.DataOff, PII: scan, OnPII: guard.DataOff, OnInjection: guard.InjectionWrap},
		}, nil},
		{"no scanners", guard.Settings{
			Arguments: &guard.ArgumentOptions{OnSecret: guard.DataDeny, OnPII: guard.DataReport},
			Content:   &guard.ContentOptions{OnSecret: guard.DataRedact, OnPII: guard.DataRedact},
		}, nil},
		{"secrets in arguments", guard.Settings{
			Arguments: &guard.ArgumentOptions{Secrets: scan, OnSecret: guard.DataDeny},
		}, []string{"arguments-dlp"}},
		{"pii reported", guard.Settings{
			Arguments: &guard.ArgumentOptions{PII: scan, OnPII: guard.DataReport},
			Content:   &guard.ContentOptions{PII: scan, OnPII: guard.DataReport},
		}, []string{"arguments-dlp", "content"}},
		{"sanitize only", guard.Settings{
			Content: &guard.ContentOptions{Sanitize: true},
		}, []string{"content"}},
		{"secrets in results", guard.Settings{
			Content: &guard.ContentOptions{Secrets: scan, OnSecret: guard.DataRedact},
		}, []string{"content"}},
	} {
		if got := names(tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("%s: checks %q, want %q", tc.name, got, tc.want)
		}
	}
}
