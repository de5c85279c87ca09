package cli

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
)

// TestToken: the printed config entry parses and accepts the printed token,
// and two runs make different tokens.
func TestToken(t *testing.T) {
	seen := map[string]bool{}
	for range 2 {
		out, errOut, err := call(t, tokenCmd, nil, "--name", "ci-agent")
		if err != nil {
			t.Fatalf("token: %v\n%s", err, errOut)
		}
		first, entry, ok := strings.Cut(out, "\n\n")
		tok, found := strings.CutPrefix(first, "token: ")
		if !ok || !found || len(tok) < config.MinTokenLength {
			t.Fatalf("output %q: want a token of at least %d characters, then the config entry", out, config.MinTokenLength)
		}
		if seen[tok] {
			t.Fatalf("the same token twice: %s", tok)
		}
		seen[tok] = true
		cfg, err := config.Parse("token.yaml", []byte("version: 1\n"+entry+"servers:\n  s:\n    command: s\n"), nil)
		if err != nil {
			t.Fatalf("the printed entry does not parse: %v\n%s", err, entry)
		}
		toks := cfg.HTTP.Auth.Tokens
		if len(toks) != 1 || toks[0].Name != "ci-agent" || toks[0].SHA256 != config.TokenDigest(tok) {
			t.Errorf("parsed %+v; want ci-agent with the token's digest", toks)
		}
	}
	if _, _, err := call(t, tokenCmd, nil, "--name", "two words"); err == nil || !strings.Contains(err.Error(), "must match") {
		t.Errorf("a bad name: err %v, want the name's rule", err)
	}
	if _, _, err := call(t, tokenCmd, nil); !errors.Is(err, errUsage) {
		t.Errorf("no name: err %v, want a usage error", err)
	}
}

// TestTokenExpires: --expires prints an expiry the config reads back.
func TestTokenExpires(t *testing.T) {
	out, errOut, err := call(t, tokenCmd, nil, "--name", "contractor", "--expires", "30d")
	if err != nil {
		t.Fatalf("token: %v\n%s", err, errOut)
	}
	_, entry, _ := strings.Cut(out, "\n\n")
	cfg, err := config.Parse("token.yaml", []byte("version: 1\n"+entry+"servers:\n  s:\n    command: s\n"), nil)
	if err != nil {
		t.Fatalf("the printed entry does not parse: %v\n%s", err, entry)
	}
	got := cfg.HTTP.Auth.Tokens[0].Expires
	if d := time.Until(got); d < 29*24*time.Hour || d > 31*24*time.Hour {
		t.Errorf("expires %v: want about 30 days from now", got)
	}
	for _, bad := range []string{"0d", "yesterday", "2001-01-01", "-1h"} {
		if _, _, err := call(t, tokenCmd, nil, "--name", "x", "--expires", bad); err == nil || !strings.Contains(err.Error(), "--expires") {
			t.Errorf("--expires %s: err %v, want an --expires error", bad, err)
		}
	}
}

// TestParseExpiry: the forms --expires reads.
func TestParseExpiry(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		in   string
		want time.Time
	}{
		{"90d", now.AddDate(0, 0, 90)},
		{"12h", now.Add(12 * time.Hour)},
		{"2027-01-31", time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)},
		{"2027-01-31T18:00:00+01:00", time.Date(2027, 1, 31, 17, 0, 0, 0, time.UTC)},
	} {
		got, err := parseExpiry(tt.in, now)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("parseExpiry(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}
