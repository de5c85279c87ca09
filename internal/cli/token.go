package cli

import (
	"context"
	"crypto/rand"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/config"
)

const tokenAbout = `
Make a client token for http.auth: 32 random bytes, printed as the token
(give it to the client, which sends it as Authorization: Bearer TOKEN) and
as the config entry that accepts it, by its SHA-256, so the config never
holds the token itself.

  mcpshield token --name ci-agent`

func tokenCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("token", "--name NAME", tokenAbout, io)
	name := fs.String("name", "", "the `name` the token's calls go by (their principal)")
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(io.Stderr, "mcpshield token: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	if *name == "" {
		fmt.Fprintln(io.Stderr, "mcpshield token: --name is required")
		fs.Usage()
		return errUsage
	}
	// The name must be one the config accepts; check it the way a file is.
	probe := config.Default()
	tok := rand.Text() + rand.Text()[:6] // 26+6 base32 characters: 160 bits
	probe.HTTP.Auth.Tokens = []config.Token{{Name: *name, Token: config.Secret(tok)}}
	if err := probe.Validate(); err != nil {
		return fmt.Errorf("--name: %w", err)
	}
	fmt.Fprintf(io.Stdout, "token: %s\n\n# in the config:\nhttp:\n  auth:\n    tokens:\n      - name: %s\n        sha256: %s\n",
		tok, *name, config.TokenDigest(tok))
	return nil
}
