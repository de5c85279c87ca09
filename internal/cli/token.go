package cli

import (
	"context"
	"crypto/rand"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
)

const tokenAbout = `
Make a client token for http.auth: 32 random bytes, printed as the token
(give it to the client, which sends it as Authorization: Bearer TOKEN) and
as the config entry that accepts it, by its SHA-256, so the config never
holds the token itself. --expires sets when the shield stops accepting it:
a number of days (90d), a duration (12h) or a date.

  mcpshield token --name ci-agent
  mcpshield token --name contractor --expires 30d`

func tokenCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("token", "--name NAME", tokenAbout, io)
	name := fs.String("name", "", "the `name` the token's calls go by (their principal)")
	expiresIn := fs.String("expires", "", "when the token stops being accepted: `90d`, 12h, or a date (2027-01-31)")
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
	var expires time.Time
	if *expiresIn != "" {
		var err error
		if expires, err = parseExpiry(*expiresIn, time.Now()); err != nil {
			return fmt.Errorf("--expires: %w", err)
		}
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
	if !expires.IsZero() {
		fmt.Fprintf(io.Stdout, "        expires: %s\n", expires.UTC().Format(time.RFC3339))
	}
	return nil
}

// parseExpiry reads --expires: days (90d), a Go duration (12h), a date
// (midnight UTC) or an RFC 3339 time; it must lie after now.
func parseExpiry(s string, now time.Time) (time.Time, error) {
	var t time.Time
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 || n > 3650 {
			return t, fmt.Errorf("%q is not a number of days from 1 to 3650", s)
		}
		t = now.AddDate(0, 0, n)
	} else if d, err := time.ParseDuration(s); err == nil {
		t = now.Add(d)
	} else if t, err = time.Parse(time.DateOnly, s); err != nil {
		if t, err = time.Parse(time.RFC3339, s); err != nil {
			return t, fmt.Errorf("%q is not 90d, 12h, a date such as 2027-01-31 or an RFC 3339 time", s)
		}
	}
	if !t.After(now) {
		return t, fmt.Errorf("%s is not in the future", t.UTC().Format(time.RFC3339))
	}
	return t.Truncate(time.Second), nil
}
