//lint:file-ignore SA1019 exercises roots, deprecated in 2026-07-28 (SEP-2577) but still carried by the shield.

package proxy

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// TestAggregateUpstreamEnds kills upstreams one by one: the others go on,
// and the session ends with the last.
func TestAggregateUpstreamEnds(t *testing.T) {
	f := newAggFixture(t, nil)
	c := f.conn
	aggInitialize(t, c)
	names(t, aggDo(t, c, "1", "tools/list", "", nil), "tools")

	var changed []string
	m := aggDo(t, c, "2", "tools/call", `{"name":"a__crash","arguments":{}}`, func(o hcMsg) { changed = append(changed, o.Method) })
	if m.Error == nil || m.Error.Code != jsonrpc.CodeUpstream {
		t.Fatalf("a__crash: got %+v; want a %d error", m.Error, jsonrpc.CodeUpstream)
	}
	for !slices.Contains(changed, "notifications/tools/list_changed") {
		changed = append(changed, recvMsg(t, c).Method)
	}
	got := names(t, aggDo(t, c, "3", "tools/list", "", nil), "tools")
	if want := []string{"b__ask", "b__echo", "b__note", "c__ask", "c__echo", "c__note"}; !slices.Equal(got, want) {
		t.Errorf("tools/list after a ended: got %v; want %v", got, want)
	}
	if got := resultText(t, aggDo(t, c, "4", "tools/call", `{"name":"b__echo","arguments":{"text":"x"}}`, nil)); got != "b:x" {
		t.Errorf("b__echo: %q", got)
	}
	m = aggDo(t, c, "5", "tools/call", `{"name":"a__echo","arguments":{"text":"x"}}`, nil)
	if m.Error == nil || m.Error.Code != jsonrpc.CodeUpstream {
		t.Errorf("a__echo after a ended: got %+v; want a %d error", m.Error, jsonrpc.CodeUpstream)
	}

	// The HTTP upstreams go away: their standalone streams cannot be
	// reopened, and the session ends after the last.
	for _, ts := range []*httptest.Server{f.b, f.c} {
		ts.CloseClientConnections()
		ts.Close()
	}
	for {
		data, err := c.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("Recv: %v", err)
		}
		_ = data
	}
	<-c.Done()
	if err := c.Err(); err == nil || !strings.Contains(err.Error(), "every upstream server ended") {
		t.Errorf("Err: %v", err)
	}
}

func TestAggregateStartFailures(t *testing.T) {
	broken := AggregateUpstream{Name: "broken", Dial: func(context.Context) (MsgConn, error) {
		return nil, fmt.Errorf("no such server")
	}}
	closed := httptest.NewServer(nil)
	closed.Close()
	refused := AggregateUpstream{Name: "refused", Dial: HTTPDialer(HTTPConnOptions{URL: closed.URL})}

	t.Run("some", func(t *testing.T) {
		b, _ := hcServe(t, aggSDKServer("b", 0), nil)
		c := aggDial(t, AggregateOptions{DialTimeout: 20 * time.Second, Upstreams: []AggregateUpstream{
			broken, refused, {Name: "b", Dial: HTTPDialer(HTTPConnOptions{URL: b.URL})},
		}})
		r := aggInitialize(t, c)
		if r.Instructions != "b: Use b well." || r.ServerInfo.Version != "dev" {
			t.Errorf("initialize: %+v", r)
		}
		got := names(t, aggDo(t, c, "1", "tools/list", "", nil), "tools")
		if want := []string{"b__ask", "b__echo", "b__note"}; !slices.Equal(got, want) {
			t.Errorf("tools/list: got %v; want %v", got, want)
		}
		m := aggDo(t, c, "2", "tools/call", `{"name":"broken__echo","arguments":{}}`, nil)
		if m.Error == nil || m.Error.Code != jsonrpc.CodeUpstream {
			t.Errorf("a tool of a server left out: %+v", m.Error)
		}
	})
	t.Run("all", func(t *testing.T) {
		c := aggDial(t, AggregateOptions{Upstreams: []AggregateUpstream{broken, refused}})
		for _, id := range []string{"1", "2"} { // a failed initialize may be retried
			m := aggDo(t, c, id, "initialize", `{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}`, nil)
			if m.Error == nil || m.Error.Code != jsonrpc.CodeUpstream || !strings.Contains(m.Error.Message, "no such server") {
				t.Errorf("initialize: got %+v", m.Error)
			}
		}
		if m := aggDo(t, c, "3", "tools/list", "", nil); m.Error == nil || m.Error.Code != jsonrpc.CodeInvalidRequest {
			t.Errorf("tools/list before initialization: %+v", m.Error)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		// A server that accepts the connection and never answers.
		hang := make(chan struct{})
		stuck := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-hang }))
		t.Cleanup(func() { close(hang); stuck.Close() })
		b, _ := hcServe(t, aggSDKServer("b", 0), nil)
		c := aggDial(t, AggregateOptions{DialTimeout: 500 * time.Millisecond, Upstreams: []AggregateUpstream{
			{Name: "stuck", Dial: HTTPDialer(HTTPConnOptions{URL: stuck.URL})},
			{Name: "b", Dial: HTTPDialer(HTTPConnOptions{URL: b.URL})},
		}})
		if r := aggInitialize(t, c); r.Instructions != "b: Use b well." {
			t.Errorf("initialize: %+v", r)
		}
	})
}

func TestAggregateDialerOptions(t *testing.T) {
	dial := stdioUpstream("x").Dial
	for _, tt := range []struct {
		name string
		ups  []AggregateUpstream
		want string
	}{
		{"none", nil, "no upstream"},
		{"separator", []AggregateUpstream{{Name: "a__b", Dial: dial}}, `cannot contain "__"`},
		{"empty", []AggregateUpstream{{Name: "", Dial: dial}}, "empty name"},
		{"twice", []AggregateUpstream{{Name: "a", Dial: dial}, {Name: "a", Dial: dial}}, "used twice"},
		{"no dialer", []AggregateUpstream{{Name: "a"}}, "no dialer"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := AggregateDialer(AggregateOptions{Upstreams: tt.ups})(t.Context())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want an error with %q", err, tt.want)
			}
		})
	}
}

// recordCheck denies tools/call of echo on server b, and records the
// servers whose tools/list results it saw.
type recordCheck struct {
	mu    sync.Mutex
	lists []string
}

func (*recordCheck) Name() string { return "record" }

func (r *recordCheck) Inspect(_ context.Context, ev *guard.Event) (guard.Decision, error) {
	switch ev.Kind {
	case guard.KindToolsListResult:
		r.mu.Lock()
		r.lists = append(r.lists, ev.Server)
		r.mu.Unlock()
	case guard.KindToolCall:
		if ev.Server == "b" && ev.Tool == "echo" {
			return guard.Denied(jsonrpc.CodeDenied, "no echo on b"), nil
		}
	}
	return guard.Allowed, nil
}

// TestAggregateChecks runs each upstream's messages through its chain, in
// events that name the server and the original tool.
func TestAggregateChecks(t *testing.T) {
	rc := &recordCheck{}
	f := newAggFixture(t, guard.NewChain([]guard.Check{rc}, guard.Options{}))
	c := f.conn
	aggInitialize(t, c)
	names(t, aggDo(t, c, "1", "tools/list", "", nil), "tools")
	rc.mu.Lock()
	lists := slices.Sorted(slices.Values(rc.lists))
	rc.mu.Unlock()
	if want := []string{"a", "b", "c", "c"}; !slices.Equal(lists, want) { // c's list has two pages
		t.Errorf("tools/list results seen from %v; want %v", lists, want)
	}
	m := aggDo(t, c, `"x"`, "tools/call", `{"name":"b__echo","arguments":{"text":"x"}}`, nil)
	if !strings.Contains(string(m.Result), `"isError":true`) || !strings.Contains(string(m.Result), "no echo on b") {
		t.Errorf("denied call: %s %+v", m.Result, m.Error)
	}
	if got := resultText(t, aggDo(t, c, "3", "tools/call", `{"name":"c__echo","arguments":{"text":"x"}}`, nil)); got != "c:x" {
		t.Errorf("c__echo: %q", got)
	}
}

// TestAggregateEarlyServerRequest has a server ask for the client's roots
// as soon as it is initialized, before the client has its initialize
// result: the request reaches the client after the result, and the answer
// gets back to the server.
func TestAggregateEarlyServerRequest(t *testing.T) {
	roots := make(chan string, 1)
	s := mcp.NewServer(&mcp.Implementation{Name: "e", Version: "1"}, &mcp.ServerOptions{
		InitializedHandler: func(ctx context.Context, req *mcp.InitializedRequest) {
			go func() {
				res, err := req.Session.ListRoots(context.WithoutCancel(ctx), &mcp.ListRootsParams{})
				if err != nil {
					roots <- "error: " + err.Error()
					return
				}
				roots <- res.Roots[0].URI
			}()
		},
	})
	e, _ := hcServe(t, s, nil)
	c := aggDial(t, AggregateOptions{Upstreams: []AggregateUpstream{
		{Name: "e", Dial: HTTPDialer(HTTPConnOptions{URL: e.URL})},
		stdioUpstream("a"),
	}})
	aggInitialize(t, c)
	m := recvMsg(t, c)
	if m.Method != "roots/list" {
		t.Fatalf("got %+v; want roots/list", m)
	}
	sendFrame(t, c, `{"jsonrpc":"2.0","id":`+string(m.ID)+`,"result":{"roots":[{"uri":"file:///work"}]}}`)
	select {
	case got := <-roots:
		if got != "file:///work" {
			t.Errorf("roots: %s", got)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the server got no roots")
	}
}
