package proxy

//lint:file-ignore SA1019 the tests exercise sampling and logging, deprecated by 2026-07-28 but still spoken by 2025-11-25 peers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// hcSDKServer is an mcp.Server with tools that exercise both directions:
// echo, ask (a sampling request to the client), and note (a log message and
// progress before the result). opts may be nil.
func hcSDKServer(name string, opts *mcp.ServerOptions) *mcp.Server {
	s := mcp.NewServer(&mcp.Implementation{Name: name, Version: "1.0.0"}, opts)
	type textArgs struct {
		Text string `json:"text"`
	}
	mcp.AddTool(s, &mcp.Tool{Name: "echo", Description: "echoes text"},
		func(_ context.Context, _ *mcp.CallToolRequest, a textArgs) (*mcp.CallToolResult, any, error) {
			return hcText(name + ":" + a.Text), nil, nil
		})
	mcp.AddTool(s, &mcp.Tool{Name: "ask", Description: "asks the client to sample"},
		func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, any, error) {
			res, err := req.Session.CreateMessage(ctx, &mcp.CreateMessageParams{
				MaxTokens: 10,
				Messages:  []*mcp.SamplingMessage{{Role: "user", Content: &mcp.TextContent{Text: "say something"}}},
			})
			if err != nil {
				return nil, nil, err
			}
			t, _ := res.Content.(*mcp.TextContent)
			if t == nil {
				return hcText("sampled nothing"), nil, nil
			}
			return hcText("sampled: " + t.Text), nil, nil
		})
	mcp.AddTool(s, &mcp.Tool{Name: "note", Description: "logs, reports progress, returns"},
		func(ctx context.Context, req *mcp.CallToolRequest, _ struct{}) (*mcp.CallToolResult, any, error) {
			if tok := req.Params.GetProgressToken(); tok != nil {
				p := &mcp.ProgressNotificationParams{ProgressToken: tok, Progress: 1, Total: 1}
				if err := req.Session.NotifyProgress(ctx, p); err != nil {
					return nil, nil, err
				}
			}
			if err := req.Session.Log(ctx, &mcp.LoggingMessageParams{Level: "info", Data: "noted"}); err != nil {
				return nil, nil, err
			}
			return hcText("noted"), nil, nil
		})
	return s
}

func hcText(s string) *mcp.CallToolResult {
	return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: s}}}
}

// hcRecorder serves h and records the method and MCP headers of each request.
type hcRecorder struct {
	mu   sync.Mutex
	reqs []hcSeen
}

type hcSeen struct {
	method, session, version, mcpMethod, mcpName, lastID string
}

func (r *hcRecorder) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.mu.Lock()
		r.reqs = append(r.reqs, hcSeen{
			method: req.Method, session: req.Header.Get(hcHeaderSession),
			version: req.Header.Get(hcHeaderVersion), mcpMethod: req.Header.Get(hcHeaderMethod),
			mcpName: req.Header.Get(hcHeaderName), lastID: req.Header.Get(hcHeaderLastID),
		})
		r.mu.Unlock()
		h.ServeHTTP(w, req)
	})
}

func (r *hcRecorder) seen() []hcSeen {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]hcSeen(nil), r.reqs...)
}

// hcServe serves s over Streamable HTTP on 127.0.0.1, recording requests.
func hcServe(t *testing.T, s *mcp.Server, opts *mcp.StreamableHTTPOptions) (*httptest.Server, *hcRecorder) {
	t.Helper()
	rec := &hcRecorder{}
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, opts)
	ts := httptest.NewServer(rec.wrap(h))
	t.Cleanup(func() {
		ts.CloseClientConnections()
		ts.Close()
	})
	return ts, rec
}

// hcDial dials url; the cleanup closes the connection and checks that no
// goroutine of it is left.
func hcDial(t *testing.T, opts HTTPConnOptions) MsgConn {
	t.Helper()
	c, err := HTTPDialer(opts)(t.Context())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() {
		c.Close()
		checkNoGoroutine(t, "(*httpConn)")
	})
	return c
}

// checkNoGoroutine fails if a goroutine whose stack mentions frag is still
// running after a short while.
func checkNoGoroutine(t *testing.T, frag string) {
	t.Helper()
	buf := make([]byte, 1<<20)
	for range 200 {
		stacks := string(buf[:runtime.Stack(buf, true)])
		if !strings.Contains(stacks, frag) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("a goroutine of %s is still running:\n%s", frag, buf)
}

// hcMsg is a decoded message, for assertions.
type hcMsg struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// recvMsg receives the next message, failing the test after a while.
func recvMsg(t *testing.T, c MsgConn) hcMsg {
	t.Helper()
	type got struct {
		data []byte
		err  error
	}
	ch := make(chan got, 1)
	go func() {
		data, err := c.Recv()
		ch <- got{append([]byte(nil), data...), err}
	}()
	select {
	case g := <-ch:
		if g.err != nil {
			t.Fatalf("Recv: %v", g.err)
		}
		var m hcMsg
		if err := json.Unmarshal(g.data, &m); err != nil {
			t.Fatalf("Recv: %v in %s", err, g.data)
		}
		return m
	case <-time.After(20 * time.Second):
		t.Fatal("Recv: nothing came")
	}
	return hcMsg{}
}

func sendFrame(t *testing.T, c MsgConn, frame string) {
	t.Helper()
	if err := c.Send(t.Context(), []byte(frame)); err != nil {
		t.Fatalf("Send %s: %v", frame, err)
	}
}

// await receives messages until the answer with id arrives; others go to
// onOther (nil: skipped).
func await(t *testing.T, c MsgConn, id string, onOther func(hcMsg)) hcMsg {
	t.Helper()
	for {
		m := recvMsg(t, c)
		if string(m.ID) == id && m.Method == "" {
			return m
		}
		if onOther != nil {
			onOther(m)
		}
	}
}

const hcInit = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{"sampling":{}},"clientInfo":{"name":"t","version":"1"}}}`

func resultText(t *testing.T, m hcMsg) string {
	t.Helper()
	if m.Error != nil {
		t.Fatalf("error %d: %s", m.Error.Code, m.Error.Message)
	}
	var r struct {
		Content []struct {
			Text string `json:"text"`
		} `json:"content"`
	}
	if err := json.Unmarshal(m.Result, &r); err != nil || len(r.Content) == 0 {
		t.Fatalf("not a tool result: %s", m.Result)
	}
	return r.Content[0].Text
}

func TestHTTPConnSession(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts *mcp.StreamableHTTPOptions
	}{
		{"sse", nil},
		{"json", &mcp.StreamableHTTPOptions{JSONResponse: true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts, rec := hcServe(t, hcSDKServer("up", nil), tt.opts)
			c := hcDial(t, HTTPConnOptions{URL: ts.URL, Headers: http.Header{"X-Token": {"t"}}})
			sendFrame(t, c, hcInit)
			m := await(t, c, "1", nil)
			if !strings.Contains(string(m.Result), `"protocolVersion":"2025-11-25"`) {
				t.Fatalf("initialize result: %s", m.Result)
			}
			sendFrame(t, c, `{"jsonrpc":"2.0","method":"notifications/initialized"}`)
			sendFrame(t, c, `{"jsonrpc":"2.0","id":"two","method":"tools/call","params":{"name":"echo","arguments":{"text":"hi"}}}`)
			if got := resultText(t, await(t, c, `"two"`, nil)); got != "up:hi" {
				t.Errorf("echo: got %q; want %q", got, "up:hi")
			}

			// A sampling request comes back to the client, which answers.
			sendFrame(t, c, `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"ask","arguments":{}}}`)
			m = await(t, c, "3", func(o hcMsg) {
				if o.Method != "sampling/createMessage" {
					return
				}
				sendFrame(t, c, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":{"role":"assistant","model":"m","content":{"type":"text","text":"yo"}}}`, o.ID))
			})
			if got := resultText(t, m); got != "sampled: yo" {
				t.Errorf("ask: got %q; want %q", got, "sampled: yo")
			}

			// Progress and a log message come too (on the standalone
			// stream in JSON mode, so maybe after the result).
			sendFrame(t, c, `{"jsonrpc":"2.0","id":4,"method":"logging/setLevel","params":{"level":"info"}}`)
			await(t, c, "4", nil)
			sendFrame(t, c, `{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"note","arguments":{},"_meta":{"progressToken":"p"}}}`)
			seen := map[string]bool{}
			for !seen["result"] || !seen["notifications/progress"] || !seen["notifications/message"] {
				m := recvMsg(t, c)
				if m.Method == "" && string(m.ID) == "5" {
					m.Method = "result"
				}
				if seen[m.Method] {
					t.Fatalf("twice: %s", m.Method)
				}
				seen[m.Method] = true
			}
			c.Close()

			reqs := rec.seen()
			sid := ""
			var methods []string
			for i, r := range reqs {
				methods = append(methods, r.method)
				if i == 0 {
					if r.session != "" || r.version != "" {
						t.Errorf("initialize carried session %q version %q", r.session, r.version)
					}
					continue
				}
				if sid == "" {
					sid = r.session
				}
				if r.session == "" || r.session != sid || r.version != "2025-11-25" {
					t.Errorf("request %d (%s): session %q version %q", i, r.method, r.session, r.version)
				}
			}
			if methods[len(methods)-1] != http.MethodDelete || !strings.Contains(strings.Join(methods, ","), "GET") {
				t.Errorf("requests: %v; want a GET stream and a final DELETE", methods)
			}
		})
	}
}

// TestHTTPConnStateless sends 2026-07-28 requests to a stateless server,
// which refuses them without the Mcp-Method and Mcp-Name headers.
func TestHTTPConnStateless(t *testing.T) {
	ts, rec := hcServe(t, hcSDKServer("up", nil), &mcp.StreamableHTTPOptions{Stateless: true})
	c := hcDial(t, HTTPConnOptions{URL: ts.URL})
	const meta = `"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientInfo":{"name":"t","version":"1"},"io.modelcontextprotocol/clientCapabilities":{}}`
	sendFrame(t, c, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"},`+meta+`}}`)
	if got := resultText(t, await(t, c, "1", nil)); got != "up:x" {
		t.Errorf("echo: got %q", got)
	}
	// A rejection is a JSON-RPC error in an HTTP 4xx: it is the answer.
	sendFrame(t, c, `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}`)
	if m := await(t, c, "2", nil); m.Error == nil || m.Error.Code == jsonrpc.CodeUpstream {
		t.Errorf("incomplete _meta: got %+v; want the server's own error", m)
	}
	c.Close()
	r := rec.seen()[0]
	if r.mcpMethod != "tools/call" || r.mcpName != "echo" || r.version != "2026-07-28" || r.session != "" {
		t.Errorf("headers: %+v", r)
	}
	for _, r := range rec.seen() {
		if r.method != http.MethodPost {
			t.Errorf("%s request to a stateless server", r.method)
		}
	}
}

// TestHTTPConnSessionGone ends the session on the server: the next request
// gets 404 and the connection ends.
func TestHTTPConnSessionGone(t *testing.T) {
	ts, rec := hcServe(t, hcSDKServer("up", nil), nil)
	c := hcDial(t, HTTPConnOptions{URL: ts.URL})
	sendFrame(t, c, hcInit)
	await(t, c, "1", nil)
	sendFrame(t, c, `{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	sid := rec.seen()[1].session
	req, _ := http.NewRequest(http.MethodDelete, ts.URL, nil)
	req.Header.Set(hcHeaderSession, sid)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	select {
	case <-c.Done():
	case <-time.After(20 * time.Second):
		t.Fatal("the connection did not end")
	}
	if !errors.Is(c.Err(), errSessionGone) {
		t.Errorf("Err: %v; want errSessionGone", c.Err())
	}
	if _, err := c.Recv(); err != io.EOF {
		t.Errorf("Recv: %v; want EOF", err)
	}
	if err := c.Send(t.Context(), []byte(`{"jsonrpc":"2.0","id":2,"method":"ping"}`)); err == nil {
		t.Error("Send after the end: no error")
	}
}

// TestHTTPConnErrors covers answers that are not answers.
func TestHTTPConnErrors(t *testing.T) {
	for _, tt := range []struct {
		name    string
		handler http.HandlerFunc
		want    string // in the error message Recv returns for request 7
	}{
		{"status", func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "overloaded", http.StatusServiceUnavailable)
		}, "503"},
		{"content type", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "hello")
		}, "text/plain"},
		{"stream cut", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/event-stream")
			io.WriteString(w, "data: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{}}\n\n")
		}, "ended before the answer"},
		{"json without the answer", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"jsonrpc":"2.0","id":8,"result":{}}`)
		}, "did not hold"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts := httptest.NewServer(tt.handler)
			t.Cleanup(ts.Close)
			c := hcDial(t, HTTPConnOptions{URL: ts.URL})
			sendFrame(t, c, `{"jsonrpc":"2.0","id":7,"method":"tools/list"}`)
			m := await(t, c, "7", nil)
			if m.Error == nil || m.Error.Code != jsonrpc.CodeUpstream || !strings.Contains(m.Error.Message, tt.want) {
				t.Errorf("got %+v; want a %d error mentioning %q", m.Error, jsonrpc.CodeUpstream, tt.want)
			}
		})
	}
}

func TestHTTPConnSendErrors(t *testing.T) {
	if _, err := HTTPDialer(HTTPConnOptions{URL: "ftp://x"})(t.Context()); err == nil {
		t.Error("dial ftp://x: no error")
	}
	ts := httptest.NewServer(http.NotFoundHandler())
	url := ts.URL
	ts.Close() // nothing listens there any more
	c := hcDial(t, HTTPConnOptions{URL: url})
	if err := c.Send(t.Context(), []byte(`{"jsonrpc":"2.0","id":1,"method":"ping"}`)); err == nil {
		t.Error("Send to a closed port: no error")
	}
	if err := c.Send(t.Context(), []byte(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)); err == nil {
		t.Error("Send of a notification to a closed port: no error")
	}
	if err := c.Send(t.Context(), []byte(`not json`)); err == nil {
		t.Error("Send of garbage: no error")
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := c.Send(ctx, []byte(`{"jsonrpc":"2.0","id":2,"method":"ping"}`)); err == nil {
		t.Error("Send with a cancelled ctx: no error")
	}
}

// TestHTTPConnReusesConnections makes sequential calls: each answer is read
// to its end, so one connection carries them all (plus the standalone
// stream's).
func TestHTTPConnReusesConnections(t *testing.T) {
	s := hcSDKServer("up", nil)
	var mu sync.Mutex
	conns := 0
	ts := httptest.NewUnstartedServer(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return s }, nil))
	ts.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			mu.Lock()
			conns++
			mu.Unlock()
		}
	}
	ts.Start()
	t.Cleanup(func() {
		ts.CloseClientConnections()
		ts.Close()
	})
	c := hcDial(t, HTTPConnOptions{URL: ts.URL})
	sendFrame(t, c, hcInit)
	await(t, c, "1", nil)
	sendFrame(t, c, `{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	for i := 2; i < 12; i++ {
		id := fmt.Sprint(i)
		sendFrame(t, c, `{"jsonrpc":"2.0","id":`+id+`,"method":"tools/call","params":{"name":"echo","arguments":{"text":"x"}}}`)
		await(t, c, id, nil)
	}
	mu.Lock()
	defer mu.Unlock()
	// One carries the calls and one the stream; the notification's POST
	// and the stream's GET may race the first calls for a connection or
	// two more on a loaded machine (4 was seen in CI). A connection per
	// call would make 11 or more.
	if conns > 5 {
		t.Errorf("%d connections for 11 sequential calls and a stream", conns)
	}
}
