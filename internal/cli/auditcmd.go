package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/mcpshield/mcpshield/internal/audit"
)

const auditAbout = `
Check an audit log (audit.path): every line must hold the chain value of
the line before it, so a line changed, removed or inserted anywhere but at
the end is found. Give the HMAC key (audit.key) through an environment
variable. The last chain value is printed: keep it elsewhere, and a log cut
short later will not end with it.

A rotated log is checked as one: give its files oldest first, and each
file's first line must continue the chain of the file before. --after
checks a file against a chain value printed and kept before.

  mcpshield audit verify /var/log/mcpshield/audit.jsonl
  mcpshield audit verify --key-env MCPSHIELD_AUDIT_KEY audit.jsonl.1 audit.jsonl
  mcpshield audit verify --after 3f2a…c9 audit.jsonl`

func auditCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("audit verify", "[--key-env VAR] [--after VALUE] FILE...", auditAbout, io)
	keyEnv := fs.String("key-env", "", "read the HMAC key from the environment variable `VAR`")
	after := fs.String("after", "", "the chain `value` the first file's first line continues (the last value of the file before it)")
	if len(args) == 0 || args[0] != "verify" {
		fmt.Fprintln(io.Stderr, "mcpshield audit: the subcommand is verify")
		fs.Usage()
		return errUsage
	}
	if err := parseFlags(fs, args[1:], io); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(io.Stderr, "mcpshield audit verify: give a FILE")
		fs.Usage()
		return errUsage
	}
	var key []byte
	if *keyEnv != "" {
		v, ok := io.Getenv(*keyEnv)
		if !ok || v == "" {
			return fmt.Errorf("--key-env: %s is not set", *keyEnv)
		}
		key = []byte(v)
	}
	s := audit.Summary{Last: strings.ToLower(strings.TrimSpace(*after))}
	for _, path := range fs.Args() {
		var err error
		if s, err = verifyFile(path, key, s); err != nil {
			return err
		}
		fmt.Fprintf(io.Stdout, "%s: %d records, chain intact\n", path, s.Records)
		if len(s.Cut) > 0 {
			lines := make([]string, len(s.Cut))
			for i, n := range s.Cut {
				lines[i] = fmt.Sprint(n)
			}
			fmt.Fprintf(io.Stdout, "%s: cut short by a stopped writer: line %s\n", path, strings.Join(lines, ", "))
		}
	}
	if s.Last != "" {
		fmt.Fprintf(io.Stdout, "last chain value: %s\n", s.Last)
	}
	if key == nil {
		fmt.Fprintln(io.Stdout, "checked without a key (the log was written without audit.key): whoever can write the file could have rewritten it whole")
	}
	return nil
}

// verifyFile checks one file of a log whose chain, before it, ends where
// before says.
func verifyFile(path string, key []byte, before audit.Summary) (audit.Summary, error) {
	f, err := os.Open(path)
	if err != nil {
		return before, fmt.Errorf("opening the audit log: %w", err)
	}
	defer f.Close()
	s, err := audit.Continue(f, key, before)
	var p *audit.Problem
	if errors.As(err, &p) {
		return s, fmt.Errorf("%s:%d: %s (%d lines before it are intact)", path, p.Line, p.Msg, p.Line-1)
	}
	return s, err
}
