//lint:file-ignore SA1019 exercises sampling and logging, deprecated in 2026-07-28 (SEP-2577) but still carried by the shield.

package proxy

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpshield/mcpshield/internal/guard"
)

func TestMsgServerSession(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test"})
	for _, version := range []string{"2025-11-25", "2025-06-18", "2025-03-26"} {
		t.Run(version, func(t *testing.T) {
			cs, ev := connect(t, s.URL, version)
			if cs.ID() == "" {
				t.Fatal("no session id")
			}
			ctx := context.Background()
			tools, err := cs.ListTools(ctx, nil)
			if err != nil {
				t.Fatalf("tools/list: %v", err)
			}
			if len(tools.Tools) != 5 {
				t.Errorf("tools/list: got %d tools; want 5", len(tools.Tools))
			}
			if got := callText(t, cs, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "hi"}}); got != "hi" {
				t.Errorf("echo: got %q; want %q", got, "hi")
			}
			if err := cs.SetLoggingLevel(ctx, &mcp.SetLoggingLevelParams{Level: "info"}); err != nil {
				t.Fatalf("logging/setLevel: %v", err)
			}
			p := &mcp.CallToolParams{Name: "chatty", Arguments: map[string]any{}}
			p.SetProgressToken("tok-1")
			if got := callText(t, cs, p); got != "sampled: hello" {
				t.Errorf("chatty: got %q; want %q", got, "sampled: hello")
			}
			waitFor(t, "progress and log", func() bool {
				progress, logs, _ := ev.snapshot()
				return len(progress) >= 2 && len(logs) >= 1
			})
			progress, logs, samples := ev.snapshot()
			if len(progress) != 2 || samples != 1 || len(logs) != 1 || logs[0] != "chatty at work" {
				t.Errorf("chatty: got progress %v, logs %q, %d samples; want 2 progress, 1 log, 1 sample", progress, logs, samples)
			}
			id := cs.ID()
			if err := cs.Close(); err != nil {
				t.Fatalf("closing the session: %v", err)
			}
			if code := rawPOST(t, s.URL, id, `{"jsonrpc":"2.0","id":9,"method":"ping"}`, version).StatusCode; code != http.StatusNotFound {
				t.Errorf("POST after DELETE: got %d; want 404", code)
			}
		})
	}
}

func TestMsgServerDeny(t *testing.T) {
	chain := guard.NewChain([]guard.Check{guard.NewMethodCheck(nil, []string{"tools/call"})}, guard.Options{})
	s := newTestMsgServer(t, MsgServerOptions{Server: "test", Chain: chain})
	for _, version := range []string{"2025-11-25", ""} {
		t.Run("version="+version, func(t *testing.T) {
			cs, _ := connect(t, s.URL, version)
			ctx := context.Background()
			if _, err := cs.ListTools(ctx, nil); err != nil {
				t.Fatalf("tools/list: %v", err)
			}
			_, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "x"}})
			if err == nil || !strings.Contains(err.Error(), "denied") {
				t.Errorf("tools/call: got error %v; want a denial", err)
			}
		})
	}
}

func TestMsgServerCrash(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test"})
	// Without the standalone stream: its end when the session goes would
	// fail the client before the call's error arrives.
	victim, _ := connectWith(t, &mcp.StreamableClientTransport{Endpoint: s.URL, MaxRetries: -1, DisableStandaloneSSE: true}, "2025-11-25")
	bystander, _ := connect(t, s.URL, "2025-11-25")
	ctx := context.Background()
	_, err := victim.CallTool(ctx, &mcp.CallToolParams{Name: "crash", Arguments: map[string]any{}})
	if err == nil || !strings.Contains(err.Error(), "exit status 3") {
		t.Errorf("crash: got error %v; want the child's exit", err)
	}
	if code := rawPOST(t, s.URL, victim.ID(), `{"jsonrpc":"2.0","id":9,"method":"ping"}`, "2025-11-25").StatusCode; code != http.StatusNotFound {
		t.Errorf("POST after the child died: got %d; want 404", code)
	}
	if got := callText(t, bystander, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "still here"}}); got != "still here" {
		t.Errorf("other session: got %q", got)
	}
	// The shared stateless connection is dialed anew after a crash.
	stateless, _ := connect(t, s.URL, "")
	if _, err := stateless.CallTool(ctx, &mcp.CallToolParams{Name: "crash", Arguments: map[string]any{}}); err == nil {
		t.Error("stateless crash: got no error")
	}
	if got := callText(t, stateless, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "again"}}); got != "again" {
		t.Errorf("stateless after crash: got %q", got)
	}
}

func TestMsgServerIdleExpiry(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test", IdleTimeout: 50 * time.Millisecond})
	id := initSession(t, s.URL)
	waitFor(t, "the idle session to expire", func() bool { return s.liveSessions() == 0 })
	if code := rawPOST(t, s.URL, id, `{"jsonrpc":"2.0","id":9,"method":"ping"}`, "2025-11-25").StatusCode; code != http.StatusNotFound {
		t.Errorf("POST to an expired session: got %d; want 404", code)
	}
}

func TestMsgServerMaxSessions(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test", MaxSessions: 1})
	first := initSession(t, s.URL)
	second := initSession(t, s.URL) // evicts the idle first session
	if code := rawPOST(t, s.URL, first, `{"jsonrpc":"2.0","id":9,"method":"ping"}`, "2025-11-25").StatusCode; code != http.StatusNotFound {
		t.Errorf("evicted session: got %d; want 404", code)
	}
	// While the second session has a call in flight, there is no room.
	started := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		resp := rawPOSTStream(t, s.URL, second, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"sleep","arguments":{"ms":60000}}}`, "2025-11-25")
		close(started)
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}()
	<-started
	resp := rawPOST(t, s.URL, "", initializeBody, "")
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(readBody(t, resp), "too many sessions") {
		t.Errorf("initialize beyond the cap: got %d; want 503 with a JSON-RPC error", resp.StatusCode)
	}
	// Ending the second session answers its call and makes room.
	if code := rawDELETE(t, s.URL, second); code != http.StatusNoContent {
		t.Errorf("DELETE: got %d; want 204", code)
	}
	<-done
	initSession(t, s.URL)
}

func TestMsgServerClose(t *testing.T) {
	before := runtime.NumGoroutine()
	s := NewMsgServer(MsgServerOptions{
		Server: "test",
		Dial:   StdioDialer(Command{Path: stdioServerBin, Stderr: io.Discard}, 0, 2*time.Second, nil),
	})
	ts := httptest.NewServer(s)
	cs, _ := connect(t, ts.URL, "2025-11-25")
	stateless, _ := connect(t, ts.URL, "")
	// A call in flight when Close starts is let finish.
	result := make(chan string, 1)
	go func() {
		res, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: "sleep", Arguments: map[string]any{"ms": 200}})
		if err != nil {
			result <- err.Error()
			return
		}
		result <- res.Content[0].(*mcp.TextContent).Text
	}()
	waitFor(t, "the call to start", func() bool {
		sess := s.acquire(cs.ID())
		defer sess.release()
		sess.mu.Lock()
		defer sess.mu.Unlock()
		return len(sess.calls) > 0
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := s.Close(ctx); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if got := <-result; got != "slept" {
		t.Errorf("call in flight during Close: got %q; want slept", got)
	}
	if code := rawPOST(t, ts.URL, "", initializeBody, "").StatusCode; code != http.StatusServiceUnavailable {
		t.Errorf("initialize after Close: got %d; want 503", code)
	}
	cs.Close()
	stateless.Close()
	ts.Close()
	http.DefaultClient.CloseIdleConnections()
	waitFor(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
	if n := runningServers(t); n != 0 {
		t.Errorf("after Close: %d upstream processes left", n)
	}
}

func TestMsgServerUpstreamTooLarge(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{
		Server: "test",
		Dial:   StdioDialer(Command{Path: stdioServerBin, Stderr: io.Discard}, 2048, 2*time.Second, nil),
	})
	for _, version := range []string{"2025-11-25", ""} {
		t.Run("version="+version, func(t *testing.T) {
			cs, _ := connect(t, s.URL, version)
			_, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": strings.Repeat("x", 4096)}})
			if err == nil || !strings.Contains(err.Error(), "larger than 2048 bytes") {
				t.Errorf("oversized answer: got %v; want an error", err)
			}
			if got := callText(t, cs, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "small"}}); got != "small" {
				t.Errorf("after the oversized answer: got %q", got)
			}
		})
	}
}
