package cli

import (
	"errors"
	"strings"
	"testing"

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
