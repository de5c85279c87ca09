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

  mcpshield audit verify /var/log/mcpshield/audit.jsonl
  mcpshield audit verify --key-env MCPSHIELD_AUDIT_KEY audit.jsonl`

func auditCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("audit verify", "[--key-env VAR] FILE", auditAbout, io)
	keyEnv := fs.String("key-env", "", "read the HMAC key from the environment variable `VAR`")
	if len(args) == 0 || args[0] != "verify" {
		fmt.Fprintln(io.Stderr, "mcpshield audit: the subcommand is verify")
		fs.Usage()
		return errUsage
	}
	if err := parseFlags(fs, args[1:], io); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(io.Stderr, "mcpshield audit verify: give one FILE")
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
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("opening the audit log: %w", err)
	}
	defer f.Close()
	s, err := audit.Verify(f, key)
	var p *audit.Problem
	if errors.As(err, &p) {
		return fmt.Errorf("%s:%d: %s (%d lines before it are intact)", path, p.Line, p.Msg, p.Line-1)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(io.Stdout, "%s: %d records, chain intact\n", path, s.Records)
	if len(s.Cut) > 0 {
		lines := make([]string, len(s.Cut))
		for i, n := range s.Cut {
			lines[i] = fmt.Sprint(n)
		}
		fmt.Fprintf(io.Stdout, "cut short by a stopped writer: line %s\n", strings.Join(lines, ", "))
	}
	if s.Records > 0 {
		fmt.Fprintf(io.Stdout, "last chain value: %s\n", s.Last)
	}
	if key == nil {
		fmt.Fprintln(io.Stdout, "checked without a key (the log was written without audit.key): whoever can write the file could have rewritten it whole")
	}
	return nil
}
