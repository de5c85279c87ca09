//lint:file-ignore SA1019 exercises sampling and logging, deprecated in 2026-07-28 (SEP-2577) but still carried by the shield.

package proxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// stdioServerBin is the test MCP server (testdata/stdioserver), built once.
var stdioServerBin string

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "msgserver-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "stdioserver")
	cmd := exec.Command("go", "build", "-o", bin, "./testdata/stdioserver")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building testdata/stdioserver:", err)
		return 1
	}
	stdioServerBin = bin
	return m.Run()
}

// testMsgServer is a MsgServer in front of the test stdio server, served by
// an httptest server on 127.0.0.1.
type testMsgServer struct {
	*MsgServer
	URL string
}

func newTestMsgServer(t *testing.T, opts MsgServerOptions) *testMsgServer {
	t.Helper()
	if opts.Dial == nil {
		opts.Dial = StdioDialer(Command{Path: stdioServerBin, Stderr: io.Discard}, 0, 2*time.Second, nil)
	}
	if opts.Hosts == nil {
		opts.Hosts = &HostPolicy{}
	}
	s := NewMsgServer(opts)
	ts := httptest.NewServer(s)
	t.Cleanup(func() {
		ts.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.Close(ctx); err != nil {
			t.Errorf("Close: %v", err)
		}
		if n := s.liveSessions(); n != 0 {
			t.Errorf("after Close: %d sessions left", n)
		}
		if n := runningServers(t); n != 0 {
			t.Errorf("after Close: %d upstream processes left", n)
		}
	})
	return &testMsgServer{MsgServer: s, URL: ts.URL}
}

// liveSessions returns how many sessions the server holds.
func (s *MsgServer) liveSessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// clientEvents collects what a test client receives besides answers.
type clientEvents struct {
	mu       sync.Mutex
	progress []float64
	logs     []string
	samples  int
}

func (e *clientEvents) snapshot() (progress []float64, logs []string, samples int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]float64(nil), e.progress...), append([]string(nil), e.logs...), e.samples
}

// connect opens a client session; version "" lets the client pick (the SDK
// then speaks the 2026-07-28 stateless protocol).
func connect(t *testing.T, url, version string) (*mcp.ClientSession, *clientEvents) {
	t.Helper()
	return connectWith(t, &mcp.StreamableClientTransport{Endpoint: url, MaxRetries: -1}, version)
}

func connectWith(t *testing.T, transport *mcp.StreamableClientTransport, version string) (*mcp.ClientSession, *clientEvents) {
	t.Helper()
	ev := &clientEvents{}
	c := mcp.NewClient(&mcp.Implementation{Name: "msgserver-test", Version: "1"}, &mcp.ClientOptions{
		CreateMessageHandler: func(context.Context, *mcp.CreateMessageRequest) (*mcp.CreateMessageResult, error) {
			ev.mu.Lock()
			ev.samples++
			ev.mu.Unlock()
			return &mcp.CreateMessageResult{Model: "test", Role: "assistant", Content: &mcp.TextContent{Text: "hello"}}, nil
		},
		LoggingMessageHandler: func(_ context.Context, r *mcp.LoggingMessageRequest) {
			ev.mu.Lock()
			ev.logs = append(ev.logs, fmt.Sprint(r.Params.Data))
			ev.mu.Unlock()
		},
		ProgressNotificationHandler: func(_ context.Context, r *mcp.ProgressNotificationClientRequest) {
			ev.mu.Lock()
			ev.progress = append(ev.progress, r.Params.Progress)
			ev.mu.Unlock()
		},
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cs, err := c.Connect(ctx, transport, &mcp.ClientSessionOptions{ProtocolVersion: version})
	if err != nil {
		t.Fatalf("connecting (version %q): %v", version, err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs, ev
}

func callText(t *testing.T, cs *mcp.ClientSession, params *mcp.CallToolParams) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := cs.CallTool(ctx, params)
	if err != nil {
		t.Fatalf("calling %s: %v", params.Name, err)
	}
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*mcp.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	if res.IsError {
		return "error: " + b.String()
	}
	return b.String()
}

// waitFor polls cond until it holds, failing the test after a long while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

var errNoSession = errors.New("no session id")

const initializeBody = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`

// initSession initializes a session with raw requests and returns its id.
func initSession(t *testing.T, url string) string {
	t.Helper()
	resp := rawPOST(t, url, "", initializeBody, "")
	body := readBody(t, resp)
	id := resp.Header.Get("Mcp-Session-Id")
	if resp.StatusCode != http.StatusOK || id == "" {
		t.Fatalf("initialize: got %d, session %q, body %q: %v", resp.StatusCode, id, body, errNoSession)
	}
	if code := rawPOST(t, url, id, `{"jsonrpc":"2.0","method":"notifications/initialized"}`, "2025-11-25").StatusCode; code != http.StatusAccepted {
		t.Fatalf("notifications/initialized: got %d; want 202", code)
	}
	return id
}

// rawPOST posts body and reads the whole answer.
func rawPOST(t *testing.T, url, session, body, version string) *http.Response {
	t.Helper()
	resp := rawPOSTStream(t, url, session, body, version)
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	resp.Body = io.NopCloser(strings.NewReader(string(b)))
	return resp
}

// rawPOSTStream posts body and returns the answer unread.
func rawPOSTStream(t *testing.T, url, session, body, version string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	if session != "" {
		req.Header.Set("Mcp-Session-Id", session)
	}
	if version != "" {
		req.Header.Set("Mcp-Protocol-Version", version)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST: %v", err)
	}
	return resp
}

func rawDELETE(t *testing.T, url, session string) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodDelete, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Mcp-Session-Id", session)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("DELETE: %v", err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func readBody(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	return string(b)
}

// runningServers counts the live processes of the test server (Linux).
func runningServers(t *testing.T) int {
	t.Helper()
	exes, err := filepath.Glob("/proc/[0-9]*/exe")
	if err != nil || len(exes) == 0 {
		t.Log("no /proc: not counting processes")
		return 0
	}
	n := 0
	for _, e := range exes {
		if target, err := os.Readlink(e); err == nil && target == stdioServerBin {
			n++
		}
	}
	return n
}
