package cli

import (
	"context"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/config"
)

const configAbout = `
Check a config file without starting anything: every problem is reported at
once, each with file, line, column and field path. Exit status 0 when the
file is valid, 1 when it is not.

  mcpshield config check shield.yaml`

func configCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("config", "check FILE", configAbout, io)
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) != 2 || rest[0] != "check" {
		fs.Usage()
		return errUsage
	}
	cfg, err := config.Load(rest[1], io.Getenv)
	if err != nil {
		fmt.Fprintln(io.Stderr, err)
		return fmt.Errorf("%s is not valid", rest[1])
	}
	fmt.Fprintf(io.Stdout, "%s: valid (%d servers)\n", rest[1], len(cfg.Servers))
	return nil
}
