package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/mcpshield/mcpshield/internal/capture"
	"github.com/mcpshield/mcpshield/internal/manifest"
	"github.com/mcpshield/mcpshield/internal/pin"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

const signAbout = `
Sign a manifest of a server's definitions (tools, prompts, resource
templates, each by its canonical hash) with a key from 'mcpshield keygen'.
The definitions come from the server itself, captured without calling
anything (a stdio command after --, or --url), or from --from FILE: a
tools/list result ({"tools": [...]}) or a capture snapshot. The manifest goes
to --out, else stdout. Format: docs/manifest.md.

  mcpshield sign --key signing.key --label fs --out fs.manifest.json -- npx -y @modelcontextprotocol/server-filesystem /tmp
  mcpshield sign --key signing.key --url http://127.0.0.1:3000/mcp
  mcpshield sign --key signing.key --label fs --from tools.json`

func signCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("sign", "--key FILE [--out FILE] [--label NAME] (--from FILE | --url URL | -- COMMAND [ARG...])", signAbout, io)
	keyPath := fs.String("key", "", "private key `file` (required)")
	out := fs.String("out", "", "write the manifest to `file` (default stdout)")
	label := fs.String("label", "", "`name` of the server in the manifest (default: the name the server gives)")
	from := fs.String("from", "", "read the definitions from `file` instead of a live server")
	var t target
	t.register(fs)
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	argv := fs.Args()
	sources := 0
	for _, set := range []bool{*from != "", t.url != "", len(argv) > 0} {
		if set {
			sources++
		}
	}
	if *keyPath == "" || sources != 1 {
		fmt.Fprintln(io.Stderr, "mcpshield sign: give --key and one of --from, --url or a command after --")
		fs.Usage()
		return errUsage
	}
	key, err := manifest.LoadPrivateKey(*keyPath)
	if err != nil {
		return err
	}
	var snap *capture.Snapshot
	if *from != "" {
		snap, err = readDefinitions(*from)
	} else {
		snap, err = t.capture(ctx, argv, io)
	}
	if err != nil {
		return err
	}
	m, err := manifest.FromSnapshot(*label, snap, time.Now())
	if err != nil {
		return err
	}
	if err := manifest.Sign(m, key); err != nil {
		return err
	}
	data, err := m.Marshal()
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = io.Stdout.Write(data)
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return fmt.Errorf("writing the manifest: %w", err)
	}
	fmt.Fprintf(io.Stderr, "signed %s of %q with key %s: %s\n", countEntries(m.Entries), m.Server, manifest.KeyID(key.Public()), *out)
	return nil
}

// countEntries says how many definitions of each kind there are.
func countEntries(entries []manifest.Entry) string {
	n := map[pin.Kind]int{}
	for _, e := range entries {
		n[e.Kind]++
	}
	return fmt.Sprintf("%d tools, %d prompts, %d resource templates",
		n[pin.KindTool], n[pin.KindPrompt], n[pin.KindResourceTemplate])
}

// target is a live server named on the command line: --url, or a command.
type target struct {
	url       string
	transport string
	headers   headerFlags
	timeout   time.Duration
}

func (t *target) register(fs *flag.FlagSet) {
	fs.StringVar(&t.url, "url", "", "`URL` of an HTTP MCP server")
	fs.StringVar(&t.transport, "transport", "streamable-http", "transport of --url: streamable-http or sse (legacy 2024-11-05)")
	fs.Var(&t.headers, "header", "`header` \"Name: value\" sent to --url (repeatable), e.g. credentials")
	fs.DurationVar(&t.timeout, "timeout", 30*time.Second, "how long the server gets to list its definitions")
}

// capture reads the definitions of the server at --url or started by argv.
func (t *target) capture(ctx context.Context, argv []string, io IO) (*capture.Snapshot, error) {
	var dial proxy.Dialer
	var name string
	switch {
	case t.url != "" && t.transport == "sse":
		dial, name = proxy.LegacySSEDialer(proxy.LegacySSEOptions{URL: t.url, Headers: t.headers.h}), t.url
	case t.url != "" && t.transport == "streamable-http":
		dial, name = proxy.HTTPDialer(proxy.HTTPConnOptions{URL: t.url, Headers: t.headers.h}), t.url
	case t.url != "":
		return nil, fmt.Errorf("--transport: want streamable-http or sse, not %q", t.transport)
	default:
		cmd := proxy.Command{Path: argv[0], Args: argv[1:], Stderr: io.Stderr}
		dial, name = proxy.StdioDialer(cmd, 0, 0, nil), strings.Join(argv, " ")
	}
	ctx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	snap, err := capture.Capture(ctx, dial, capture.Options{Version: version()})
	if err != nil {
		return nil, fmt.Errorf("capturing %s: %w", name, err)
	}
	return snap, nil
}

// headerFlags collects repeated --header "Name: value" flags.
type headerFlags struct{ h http.Header }

func (f *headerFlags) String() string { return "" }

func (f *headerFlags) Set(s string) error {
	name, value, ok := strings.Cut(s, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return errors.New(`want "Name: value"`)
	}
	if f.h == nil {
		f.h = http.Header{}
	}
	f.h.Add(name, strings.TrimSpace(value))
	return nil
}

// readDefinitions reads a file of definitions: a capture snapshot, a
// tools/list result, or a JSON-RPC response holding one.
func readDefinitions(path string) (*capture.Snapshot, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	snap, err := parseDefinitions(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return snap, nil
}

// snapshotKeys are the members of a capture snapshot's JSON form.
var snapshotKeys = []string{"protocol_version", "server_name", "server_version", "instructions", "tools", "prompts", "resource_templates"}

func parseDefinitions(data []byte) (*capture.Snapshot, error) {
	// The canonical encoder refuses duplicate keys and invalid UTF-8.
	if _, err := pin.CanonicalJSON(data); err != nil {
		return nil, err
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil || top == nil {
		return nil, errors.New("want a JSON object: a tools/list result or a capture snapshot")
	}
	if res, ok := top["result"]; ok && top["jsonrpc"] != nil {
		return parseDefinitions(res)
	}
	if err := onlyKeys(top, snapshotKeys, "nextCursor", "_meta"); err != nil {
		return nil, err
	}
	if _, ok := top["protocol_version"]; ok {
		if err := onlyKeys(top, snapshotKeys); err != nil {
			return nil, err
		}
		snap := &capture.Snapshot{}
		if err := json.Unmarshal(data, snap); err != nil {
			return nil, fmt.Errorf("reading the snapshot: %w", err)
		}
		return snap, nil
	}
	if err := onlyKeys(top, []string{"tools", "nextCursor", "_meta"}); err != nil {
		return nil, err
	}
	if c, ok := top["nextCursor"]; ok && string(c) != "null" && string(c) != `""` {
		return nil, errors.New("this is one page of a paginated tools/list (it has a nextCursor): capture the server instead")
	}
	raw, ok := top["tools"]
	if !ok {
		return nil, errors.New(`want a tools/list result ({"tools": [...]}) or a capture snapshot`)
	}
	snap := &capture.Snapshot{}
	if err := json.Unmarshal(raw, &snap.Tools); err != nil {
		return nil, fmt.Errorf("tools: %w", err)
	}
	return snap, nil
}

// onlyKeys reports a member of obj in neither list.
func onlyKeys(obj map[string]json.RawMessage, keys []string, more ...string) error {
	var unknown []string
	for k := range obj {
		if !slices.Contains(keys, k) && !slices.Contains(more, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	slices.Sort(unknown)
	return fmt.Errorf("unknown member %q", unknown[0])
}
