package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mcpshield/mcpshield/internal/manifest"
)

const verifyAbout = `
Check a signed manifest: at least one of its signatures must be by a trusted
key (--pub, repeatable: a .pub file or the key line itself) and match the
content. With a live server (a command after --, or --url) also compare every
definition the server declares with the manifest, and list those changed,
missing and extra. Exit status 0 when everything checks out, 1 otherwise.

  mcpshield verify --pub signing.pub fs.manifest.json
  mcpshield verify --pub signing.pub fs.manifest.json -- npx -y @modelcontextprotocol/server-filesystem /tmp
  mcpshield verify --pub signing.pub fs.manifest.json --url http://127.0.0.1:3000/mcp`

func verifyCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("verify", "--pub KEY [--pub KEY...] MANIFEST [--url URL | -- COMMAND [ARG...]]", verifyAbout, io)
	var pubs stringsFlag
	fs.Var(&pubs, "pub", "trusted public `key`: a .pub file or a \"mcpshield-ed25519 ...\" line (repeatable)")
	var t target
	t.register(fs)
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	var path string
	if fs.NArg() > 0 {
		path = fs.Arg(0)
		// Flags may follow the manifest too.
		if err := parseFlags(fs, fs.Args()[1:], io); err != nil {
			return err
		}
	}
	if path == "" || len(pubs) == 0 {
		fmt.Fprintln(io.Stderr, "mcpshield verify: give at least one --pub and the manifest file")
		fs.Usage()
		return errUsage
	}
	argv := fs.Args()
	if t.url != "" && len(argv) > 0 {
		fmt.Fprintln(io.Stderr, "mcpshield verify: give --url or a command, not both")
		fs.Usage()
		return errUsage
	}
	var keys []manifest.PublicKey
	for _, p := range pubs {
		k, err := loadPublicKey(p)
		if err != nil {
			return err
		}
		keys = append(keys, k)
	}
	data, err := readLimited(path, manifest.MaxBytes)
	if err != nil {
		return err
	}
	m, err := manifest.Verify(data, keys)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(io.Stdout, "%s: signature OK; server %q, %s, created %s\n",
		path, m.Server, countEntries(m.Entries), m.Created.Format("2006-01-02 15:04:05Z"))
	if t.url == "" && len(argv) == 0 {
		return nil
	}
	snap, err := t.capture(ctx, argv, io)
	if err != nil {
		return err
	}
	diffs, err := m.Compare(snap)
	if err != nil {
		return fmt.Errorf("comparing the server with %s: %w", path, err)
	}
	if len(diffs) == 0 {
		fmt.Fprintf(io.Stdout, "server %q: every definition matches the manifest\n", snap.ServerName)
		return nil
	}
	for _, d := range diffs {
		fmt.Fprintf(io.Stdout, "%-8s %s\n", strings.ToUpper(string(d.Status)), d)
	}
	return fmt.Errorf("%d definitions differ from the manifest", len(diffs))
}

// loadPublicKey reads a key given on the command line: the key line itself,
// or the path of a .pub file.
func loadPublicKey(s string) (manifest.PublicKey, error) {
	if strings.HasPrefix(strings.TrimSpace(s), "mcpshield-ed25519 ") {
		return manifest.ParsePublicKey(s)
	}
	return manifest.LoadPublicKey(s)
}

// readLimited reads a file of at most max bytes.
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, max)
	}
	return data, nil
}

// stringsFlag collects a repeated flag.
type stringsFlag []string

func (f *stringsFlag) String() string { return strings.Join(*f, ", ") }

func (f *stringsFlag) Set(s string) error {
	*f = append(*f, s)
	return nil
}
