package proxy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// sdkLegacyServer serves an mcp.Server with one tool through the official Go
// SDK's 2024-11-05 SSE handler. Requests without the bearer token are
// refused, so the tests also see Headers reach both the GET and the POSTs.
func sdkLegacyServer(t *testing.T) (*httptest.Server, *mcp.Server) {
	t.Helper()
	server := mcp.NewServer(&mcp.Implementation{Name: "legacy", Version: "1.0.0"}, nil)
	type greetIn struct {
		Name string `json:"name"`
	}
	mcp.AddTool(server, &mcp.Tool{Name: "greet", Description: "Says hello."},
		func(_ context.Context, _ *mcp.CallToolRequest, in greetIn) (*mcp.CallToolResult, any, error) {
			return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: "Hello, " + in.Name}}}, nil, nil
		})
	h := mcp.NewSSEHandler(func(*http.Request) *mcp.Server { return server }, nil)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer s3cret" {
			http.Error(w, "no token", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close) // hangs if a stream was left open
	return ts, server
}

func withToken(url string) LegacySSEOptions {
	return LegacySSEOptions{URL: url, Headers: http.Header{"authorization": {"Bearer s3cret"}}}
}

func dialLegacy(t *testing.T, opts LegacySSEOptions) MsgConn {
	t.Helper()
	c, err := LegacySSEDialer(opts)(t.Context())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() {
		c.Close()
		checkNoReader(t)
	})
	return c
}

// checkNoReader fails if a stream reader goroutine is still running. Close
// waits for it, and so does Done, up to the reader's last few instructions.
func checkNoReader(t *testing.T) {
	t.Helper()
	buf := make([]byte, 1<<20)
	for range 100 {
		stacks := string(buf[:runtime.Stack(buf, true)])
		if !strings.Contains(stacks, "(*legacySSEConn)") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("a legacy SSE reader goroutine is still running:\n%s", buf)
}

// call sends a request and returns its response, skipping anything else the
// server sends.
func call(t *testing.T, c MsgConn, id int, method, params string) map[string]json.RawMessage {
	t.Helper()
	frame := fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, id, method, params)
	if err := c.Send(t.Context(), []byte(frame)); err != nil {
		t.Fatalf("send %s: %v", method, err)
	}
	for {
		data, err := c.Recv()
		if err != nil {
			t.Fatalf("recv after %s: %v", method, err)
		}
		var msg map[string]json.RawMessage
		if err := json.Unmarshal(data, &msg); err != nil {
			t.Fatalf("recv after %s: %v in %q", method, err, data)
		}
		if string(msg["id"]) == fmt.Sprint(id) {
			return msg
		}
	}
}

func initialize(t *testing.T, c MsgConn) {
	t.Helper()
	res := call(t, c, 1, "initialize", `{"protocolVersion":"2024-11-05","capabilities":{},"clientInfo":{"name":"t","version":"1"}}`)
	if !strings.Contains(string(res["result"]), `"protocolVersion":"2024-11-05"`) {
		t.Fatalf("initialize: got %s; want protocolVersion 2024-11-05", res["result"])
	}
	if err := c.Send(t.Context(), []byte(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)); err != nil {
		t.Fatalf("send initialized: %v", err)
	}
}

func TestLegacySSESession(t *testing.T) {
	ts, _ := sdkLegacyServer(t)
	c := dialLegacy(t, withToken(ts.URL+"/sse"))
	initialize(t, c)

	list := call(t, c, 2, "tools/list", `{}`)
	if !strings.Contains(string(list["result"]), `"name":"greet"`) {
		t.Errorf("tools/list: got %s; want the greet tool", list["result"])
	}
	res := call(t, c, 3, "tools/call", `{"name":"greet","arguments":{"name":"shield"}}`)
	if !strings.Contains(string(res["result"]), `"text":"Hello, shield"`) {
		t.Errorf("tools/call: got %s; want Hello, shield", res["result"])
	}

	if err := c.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	select {
	case <-c.Done():
	default:
		t.Fatal("Done not closed after Close")
	}
	if err := c.Err(); err != nil {
		t.Errorf("Err after Close: %v; want nil", err)
	}
	if _, err := c.Recv(); err != io.EOF {
		t.Errorf("Recv after Close: %v; want io.EOF", err)
	}
	if err := c.Send(t.Context(), []byte(`{"jsonrpc":"2.0","method":"ping","id":9}`)); err == nil {
		t.Error("Send after Close succeeded")
	}
}

func TestLegacySSEDialErrors(t *testing.T) {
	ts, _ := sdkLegacyServer(t)
	tests := []struct {
		name string
		opts LegacySSEOptions
		want string
	}{
		{"no token", LegacySSEOptions{URL: ts.URL + "/sse"}, "401 Unauthorized"},
		{"bad URL", LegacySSEOptions{URL: "ftp://example.com/sse"}, "absolute http or https URL"},
		{"relative URL", LegacySSEOptions{URL: "/sse"}, "absolute http or https URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := LegacySSEDialer(tt.opts)(t.Context())
			if err == nil {
				c.Close()
				t.Fatal("dial succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want it to mention %q", err, tt.want)
			}
		})
	}
}

// rawSSE serves a stream that writes head, then holds the stream open until
// the client goes. POSTs are answered 202 and their paths sent on posts.
func rawSSE(t *testing.T, head func(origin string) string) (ts *httptest.Server, posts chan string) {
	t.Helper()
	posts = make(chan string, 10)
	ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			posts <- r.URL.RequestURI()
			w.WriteHeader(http.StatusAccepted)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, head("http://"+r.Host))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}))
	t.Cleanup(ts.Close)
	return ts, posts
}

func TestLegacySSEEndpointOrigin(t *testing.T) {
	tests := []struct {
		name     string
		endpoint string // %s is the stream's origin, http://127.0.0.1:port
		wantPost string // the request URI posted to, when the dial succeeds
		wantErr  string // when it must fail
	}{
		{"absolute path", "/messages?sessionId=1", "/messages?sessionId=1", ""},
		{"relative path", "messages?s=2", "/mcp/messages?s=2", ""},
		{"query only", "?sessionid=3", "/mcp/sse?sessionid=3", ""},
		{"same origin absolute", "%[1]s/m?s=4", "/m?s=4", ""},
		{"other host", "http://evil.example/m", "", "refusing endpoint http://evil.example/m"},
		{"other host same port", "http://localhost:%[2]s/m", "", "refusing endpoint"},
		{"other port", "http://127.0.0.1:1/m", "", "refusing endpoint"},
		{"other scheme", "https://%[3]s/m", "", "refusing endpoint"},
		{"scheme relative", "//evil.example/m", "", "refusing endpoint"},
		{"empty", "", "", "empty endpoint event"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, posts := rawSSE(t, func(origin string) string {
				hostport := strings.TrimPrefix(origin, "http://")
				port := hostport[strings.LastIndexByte(hostport, ':')+1:]
				ep := tt.endpoint
				if strings.Contains(ep, "%") {
					ep = fmt.Sprintf(ep, origin, port, hostport)
				}
				return ": hello\n\nevent: endpoint\ndata: " + ep + "\n\n"
			})
			c, err := LegacySSEDialer(LegacySSEOptions{URL: ts.URL + "/mcp/sse"})(t.Context())
			if tt.wantErr != "" {
				if err == nil {
					c.Close()
					t.Fatalf("dial with endpoint %q succeeded; want it refused", tt.endpoint)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("got %v; want it to mention %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("dial: %v", err)
			}
			defer c.Close()
			if err := c.Send(t.Context(), []byte(`{"jsonrpc":"2.0","method":"ping","id":1}`)); err != nil {
				t.Fatalf("send: %v", err)
			}
			if got := <-posts; got != tt.wantPost {
				t.Errorf("posted to %s; want %s", got, tt.wantPost)
			}
		})
	}
}

func TestLegacySSERedirect(t *testing.T) {
	elsewhere, posts := rawSSE(t, func(string) string { return "event: endpoint\ndata: /m\n\n" })
	tests := []struct {
		name    string
		target  string
		wantErr bool
	}{
		{"same origin", "/real/sse", false},
		{"other origin", elsewhere.URL + "/sse", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				switch r.URL.Path {
				case "/sse":
					http.Redirect(w, r, tt.target, http.StatusTemporaryRedirect)
				case "/real/sse":
					w.Header().Set("Content-Type", "text/event-stream")
					io.WriteString(w, "event: endpoint\ndata: post\n\n")
					w.(http.Flusher).Flush()
					<-r.Context().Done()
				}
			}))
			t.Cleanup(ts.Close)
			c, err := LegacySSEDialer(withToken(ts.URL + "/sse"))(t.Context())
			if err == nil {
				c.Close()
			}
			if got := err != nil; got != tt.wantErr {
				t.Fatalf("dial error: %v; want error %v", err, tt.wantErr)
			}
			if tt.wantErr && !strings.Contains(err.Error(), "refusing redirect to another origin") {
				t.Errorf("got %v; want a refused redirect", err)
			}
		})
	}
	select {
	case p := <-posts:
		t.Errorf("the other origin got a POST to %s", p)
	default:
	}
}

func TestLegacySSEEvents(t *testing.T) {
	big := strings.Repeat("x", 200)
	ts, _ := rawSSE(t, func(string) string {
		return "event: endpoint\ndata: /m\n\n" +
			"event: ping\ndata: {}\n\n" +
			`data: {"n":1}` + "\n\n" + // no event name: a message
			"event: message\ndata: \"" + big + "\"\n\n" +
			"event: endpoint\ndata: /elsewhere\n\n" +
			"event: message\ndata: {\"n\":\ndata: 2}\n\n"
	})
	c := dialLegacy(t, LegacySSEOptions{URL: ts.URL + "/sse", MaxMessageBytes: 100})
	want := []string{`{"n":1}`, "too large", "{\"n\":\n2}"}
	for _, w := range want {
		data, err := c.Recv()
		if w == "too large" {
			if !errors.Is(err, jsonrpc.ErrMessageTooLarge) {
				t.Fatalf("Recv: %q, %v; want an error matching jsonrpc.ErrMessageTooLarge", data, err)
			}
			continue
		}
		if err != nil || string(data) != w {
			t.Fatalf("Recv: %q, %v; want %q", data, err, w)
		}
	}
}

func TestLegacySSEServerGone(t *testing.T) {
	tests := []struct {
		name string
		end  func(ts *httptest.Server, s *mcp.Server)
	}{
		{"session closed", func(_ *httptest.Server, s *mcp.Server) {
			for ss := range s.Sessions() {
				ss.Close()
			}
		}},
		{"connection cut", func(ts *httptest.Server, _ *mcp.Server) { ts.CloseClientConnections() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, server := sdkLegacyServer(t)
			c := dialLegacy(t, withToken(ts.URL+"/sse"))
			initialize(t, c)
			if err := c.Err(); err != nil {
				t.Fatalf("Err while open: %v", err)
			}
			tt.end(ts, server)
			if _, err := c.Recv(); err != io.EOF {
				t.Fatalf("Recv: %v; want io.EOF", err)
			}
			<-c.Done()
			err := c.Err()
			if err == nil || !strings.Contains(err.Error(), "legacy SSE stream from "+ts.URL+"/sse ended") {
				t.Errorf("Err: %v; want it to say the stream ended", err)
			}
			if err := c.Send(t.Context(), []byte(`{"jsonrpc":"2.0","method":"ping","id":2}`)); err == nil {
				t.Error("Send after the stream ended succeeded")
			}
		})
	}
}

func TestLegacySSECloseUnblocksRecv(t *testing.T) {
	ts, _ := sdkLegacyServer(t)
	c := dialLegacy(t, withToken(ts.URL+"/sse"))
	got := make(chan error, 1)
	go func() {
		_, err := c.Recv()
		got <- err
	}()
	c.Close()
	if err := <-got; err != io.EOF {
		t.Errorf("pending Recv: %v; want io.EOF", err)
	}
}

func TestLegacySSESendError(t *testing.T) {
	ts, _ := sdkLegacyServer(t)
	c := dialLegacy(t, withToken(ts.URL+"/sse"))
	err := c.Send(t.Context(), []byte(`{not json`))
	if err == nil {
		t.Fatal("Send of malformed JSON succeeded")
	}
	if !strings.Contains(err.Error(), "400 Bad Request") || !strings.Contains(err.Error(), "failed to parse body") {
		t.Errorf("got %v; want the status and the body", err)
	}
	if strings.Contains(err.Error(), "sessionid") {
		t.Errorf("error %q shows the session id", err)
	}
}

func TestLegacySSEDialCancelled(t *testing.T) {
	started := make(chan struct{})
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.(http.Flusher).Flush()
		close(started)
		<-r.Context().Done()
	}))
	t.Cleanup(ts.Close)
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-started
		cancel()
	}()
	c, err := LegacySSEDialer(LegacySSEOptions{URL: ts.URL})(ctx)
	if err == nil {
		c.Close()
		t.Fatal("dial succeeded without an endpoint event")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v; want context.Canceled", err)
	}
}
