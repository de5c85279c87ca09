//go:build unix

package e2e

// Helpers of the tool integrity tests: a real MCP server built with the
// official Go SDK (testdata/integrityserver) that turns hostile on demand,
// the official Go SDK client, and the real mcpshield binary between them.
// integrity_test.go has rug pulls and poisoned servers,
// integrity_gateway_test.go shadowing and signed manifests behind serve
// --config, integrity_scan_test.go scan, wrap and unwrap.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// integrityServerPkg is the test server of the integrity tests.
const integrityServerPkg = "./internal/e2e/testdata/integrityserver"

// integrityEnv is what an integrity test runs: the shield, the test server,
// and a state directory of the test's own.
type integrityEnv struct {
	shield, server string
	home           string // MCPSHIELD_HOME of every shield the test starts
	userHome       string // HOME of the shield's commands, so no real client config is found
}

func newIntegrityEnv(t *testing.T) *integrityEnv {
	t.Helper()
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	server, err := buildBinary(t, p.root, integrityServerPkg)
	if err != nil {
		t.Fatalf("building the integrity test server: %v", err)
	}
	return &integrityEnv{shield: shield, server: server, home: t.TempDir(), userHome: t.TempDir()}
}

// env is what the shield's processes get on top of the test's environment.
func (e *integrityEnv) env() []string {
	return []string{"MCPSHIELD_HOME=" + e.home, "HOME=" + e.userHome}
}

// cliResult is the outcome of one mcpshield command.
type cliResult struct {
	stdout, stderr string
	code           int
}

func (r cliResult) String() string {
	return fmt.Sprintf("exit status %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// cli runs `mcpshield ARGS...` to its end (a minute at most) and returns
// its output and exit status.
func (e *integrityEnv) cli(t *testing.T, args ...string) cliResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.shield, args...)
	cmd.Env = append(os.Environ(), e.env()...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := cliResult{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && ctx.Err() == nil:
		r.code = exit.ExitCode()
	default:
		t.Fatalf("mcpshield %s: %v\n%s", strings.Join(args, " "), err, r)
	}
	return r
}

// connectRun connects the Go SDK client to the test server run with
// serverArgs behind `mcpshield run --name NAME`. The session, and with it
// the shield and the server, ends with the test if not closed before.
func (e *integrityEnv) connectRun(ctx context.Context, t *testing.T, name string, serverArgs ...string) *mcp.ClientSession {
	t.Helper()
	argv := append([]string{"run", "--name", name, "--", e.server}, serverArgs...)
	cmd := exec.Command(e.shield, argv...)
	cmd.Env = append(os.Environ(), e.env()...)
	stderr := new(tailBuffer)
	cmd.Stderr = stderr
	return connectCommand(ctx, t, cmd, stderr)
}

// connectDirect connects the Go SDK client to the test server itself.
func (e *integrityEnv) connectDirect(ctx context.Context, t *testing.T, serverArgs ...string) *mcp.ClientSession {
	t.Helper()
	cmd := exec.Command(e.server, serverArgs...)
	stderr := new(tailBuffer)
	cmd.Stderr = stderr
	return connectCommand(ctx, t, cmd, stderr)
}

func connectCommand(ctx context.Context, t *testing.T, cmd *exec.Cmd, stderr *tailBuffer) *mcp.ClientSession {
	t.Helper()
	c := mcp.NewClient(&mcp.Implementation{Name: "e2e-integrity", Version: "1"}, nil)
	s, err := c.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
	if err != nil {
		t.Fatalf("connecting to %s: %v\nstderr:\n%s", strings.Join(cmd.Args, " "), err, stderr.tail(4096))
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// connectHTTP connects the Go SDK client to a Streamable HTTP endpoint.
func connectHTTP(ctx context.Context, t *testing.T, endpoint string) *mcp.ClientSession {
	t.Helper()
	c := mcp.NewClient(&mcp.Implementation{Name: "e2e-integrity", Version: "1"}, nil)
	s, err := c.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: endpoint}, nil)
	if err != nil {
		t.Fatalf("connecting to %s: %v", endpoint, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// listTools returns the tools the session is shown, by name.
func listTools(ctx context.Context, t *testing.T, s *mcp.ClientSession) map[string]*mcp.Tool {
	t.Helper()
	res, err := s.ListTools(ctx, nil)
	if err != nil {
		t.Fatalf("tools/list: %v", err)
	}
	tools := make(map[string]*mcp.Tool, len(res.Tools))
	for _, tl := range res.Tools {
		tools[tl.Name] = tl
	}
	return tools
}

// names lists the keys of a tool map, sorted.
func names(tools map[string]*mcp.Tool) []string {
	var out []string
	for n := range tools {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// callTool calls a tool and returns whether the result is an error, and its
// text. A protocol error fails the test: the shield denies a tool call with
// an isError result the model can read.
func callTool(ctx context.Context, t *testing.T, s *mcp.ClientSession, name string, args map[string]any) (isError bool, text string) {
	t.Helper()
	if args == nil {
		args = map[string]any{}
	}
	res, err := s.CallTool(ctx, &mcp.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("tools/call %s: %v", name, err)
	}
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*mcp.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return res.IsError, b.String()
}

// wantCall calls a tool that must work and return want.
func wantCall(ctx context.Context, t *testing.T, s *mcp.ClientSession, name string, args map[string]any, want string) {
	t.Helper()
	if isErr, got := callTool(ctx, t, s, name, args); isErr || got != want {
		t.Errorf("tools/call %s = %q (isError %v); want %q", name, got, isErr, want)
	}
}

// wantDenied calls a tool that the shield must refuse with a reason
// containing every one of wants, and returns the reason.
func wantDenied(ctx context.Context, t *testing.T, s *mcp.ClientSession, name string, args map[string]any, wants ...string) string {
	t.Helper()
	isErr, got := callTool(ctx, t, s, name, args)
	if !isErr {
		t.Errorf("tools/call %s = %q; want an isError result from the shield", name, got)
		return got
	}
	for _, w := range append([]string{"mcpshield: "}, wants...) {
		if !strings.Contains(got, w) {
			t.Errorf("tools/call %s refused with %q; want it to contain %q", name, got, w)
		}
	}
	return got
}

// approveCommand finds, in text, the mcpshield approve command for tool of
// server, with or without --hash, and returns its arguments.
func approveCommand(text, server, tool string) ([]string, bool) {
	re := regexp.MustCompile(`mcpshield (approve (?:--hash \S+ )?` + regexp.QuoteMeta(server+" "+tool) + `)\b`)
	m := re.FindStringSubmatch(text)
	if m == nil {
		return nil, false
	}
	return strings.Fields(m[1]), true
}

// hasDiffLine reports whether some line of a line diff starts with sign
// and continues, after spaces, with text.
func hasDiffLine(diff, sign, text string) bool {
	for line := range strings.Lines(diff) {
		if rest, ok := strings.CutPrefix(line, sign); ok && strings.HasPrefix(strings.TrimLeft(rest, " "), text) {
			return true
		}
	}
	return false
}

// lineHas reports whether some line of text has every one of fields as a
// whitespace-separated field.
func lineHas(text string, fields ...string) bool {
	for line := range strings.Lines(text) {
		f := strings.Fields(line)
		if !slices.ContainsFunc(fields, func(want string) bool { return !slices.Contains(f, want) }) {
			return true
		}
	}
	return false
}

// resourceNames lists a session's resources, by name.
func resourceNames(ctx context.Context, t *testing.T, s *mcp.ClientSession) []string {
	t.Helper()
	var out []string
	for r, err := range s.Resources(ctx, nil) {
		if err != nil {
			t.Fatalf("listing resources: %v", err)
		}
		out = append(out, r.Name)
	}
	return out
}
