// Package cli implements the mcpshield command line: one file per
// subcommand, each a function from arguments to an exit code.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// IO is what a command may touch of its process: streams and environment.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) (string, bool)
}

// Stdio returns the process's own IO.
func Stdio() IO {
	return IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.LookupEnv}
}

type command struct {
	summary string
	run     func(ctx context.Context, args []string, io IO) error
}

func commands() map[string]command {
	return map[string]command{
		"run":     {"run a stdio MCP server behind the shield (for a client's config)", runCmd},
		"serve":   {"serve Streamable HTTP in front of one or many MCP servers", serveCmd},
		"config":  {"check a config file: mcpshield config check FILE", configCmd},
		"version": {"print the version", versionCmd},
		"demo":    {"watch the shield stop a hostile MCP server (no setup needed)", demoCmd},
		"eval":    {"score the detectors on labelled cases", evalCmd},
		"pins":    {"list, diff or reset the pinned tool definitions", pinsCmd},
		"approve": {"approve a changed, new or flagged definition", approveCmd},
		"keygen":  {"make an Ed25519 key pair for signing tool manifests", keygenCmd},
		"token":   {"make a client token for http.auth", tokenCmd},
		"audit":   {"check the chain of an audit log: mcpshield audit verify FILE", auditCmd},
		"sign":    {"sign a manifest of a server's tool definitions", signCmd},
		"verify":  {"verify a signed manifest, and a live server against it", verifyCmd},
		"scan":    {"audit the MCP servers in your AI clients' configs", scanCmd},
		"wrap":    {"route your AI clients' MCP servers through the shield", wrapCmd},
		"unwrap":  {"undo wrap", unwrapCmd},
		"help":    {"show help for a command", nil},
	}
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command failed
	exitUsage = 2 // bad arguments
)

// errUsage marks errors that are the user's arguments' fault; the message
// has been printed with the command's usage.
var errUsage = errors.New("usage")

// Main runs the command line args and returns the process exit code.
func Main(ctx context.Context, args []string, io IO) int {
	if len(args) == 0 {
		usage(io.Stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && name == "help" {
			return Main(ctx, []string{args[1], "--help"}, io)
		}
		usage(io.Stdout)
		return exitOK
	case "-version", "--version":
		name = "version"
	}
	if name == "demo-server" { // hidden: the demo's hostile server
		return exitCode(name, demoServerCmd(ctx, args[1:], io), io)
	}
	cmd, ok := commands()[name]
	if !ok || cmd.run == nil {
		fmt.Fprintf(io.Stderr, "mcpshield: unknown command %q\n\n", name)
		usage(io.Stderr)
		return exitUsage
	}
	return exitCode(name, cmd.run(ctx, args[1:], io), io)
}

// exitCode reports err and maps it to the process exit status.
func exitCode(name string, err error, io IO) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	default:
		fmt.Fprintf(io.Stderr, "mcpshield %s: %v\n", name, err)
		var ec interface{ ExitCode() int }
		if errors.As(err, &ec) && ec.ExitCode() > 0 {
			return ec.ExitCode()
		}
		return exitError
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `mcpshield is a security gateway for MCP: it sits between an MCP client and its
servers, speaks the protocol on both sides, and passes every message through
a chain of checks.

Usage:
  mcpshield <command> [flags] [-- server command]

Commands:
`)
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprint(w, `
Examples:
  mcpshield run -- npx -y @modelcontextprotocol/server-everything
  mcpshield serve --listen 127.0.0.1:8080 --upstream http://127.0.0.1:3000/mcp
  mcpshield serve --listen 127.0.0.1:8080 -- ./some-stdio-server --flag
  mcpshield serve --config shield.yaml
  mcpshield config check shield.yaml

Run 'mcpshield help <command>' for a command's flags.
State lives under $MCPSHIELD_HOME (default: the user's state directory,
e.g. ~/.local/state/mcpshield).
`)
}

// newFlagSet returns a flag set that prints the command's usage on -h and
// returns errors instead of exiting.
func newFlagSet(name, synopsis, about string, io IO) *flag.FlagSet {
	fs := flag.NewFlagSet("mcpshield "+name, flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "Usage: mcpshield %s %s\n\n%s\n\nFlags:\n", name, synopsis, strings.TrimSpace(about))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, printing the usage to stdout for -h and the
// error with the usage to stderr for bad flags (then errUsage).
func parseFlags(fs *flag.FlagSet, args []string, io IO) error {
	fs.SetOutput(discard{})
	err := fs.Parse(args)
	switch {
	case err == nil:
		fs.SetOutput(io.Stderr)
		return nil
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(io.Stdout)
		fs.Usage()
		return flag.ErrHelp
	default:
		fs.SetOutput(io.Stderr)
		fmt.Fprintf(io.Stderr, "%s: %v\n", fs.Name(), err)
		fs.Usage()
		return errUsage
	}
}

// discard is io.Discard without importing io under another name.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
