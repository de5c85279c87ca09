//lint:file-ignore SA1019 exercises roots, sampling and logging, deprecated in 2026-07-28 (SEP-2577) but still carried by the shield.

package proxy

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// aggSDKServer is hcSDKServer with a prompt, resources (mem://NAME/readme,
// and mem://shared, which every such server lists), a resource template,
// completions and instructions. pageSize 0 means the SDK's default.
func aggSDKServer(name string, pageSize int) *mcp.Server {
	s := hcSDKServer(name, &mcp.ServerOptions{
		Instructions: "Use " + name + " well.",
		PageSize:     pageSize,
		CompletionHandler: func(_ context.Context, req *mcp.CompleteRequest) (*mcp.CompleteResult, error) {
			return &mcp.CompleteResult{Completion: mcp.CompletionResultDetails{
				Values: []string{name + ":" + req.Params.Argument.Value},
			}}, nil
		},
	})
	s.AddPrompt(&mcp.Prompt{Name: "greet", Arguments: []*mcp.PromptArgument{{Name: "who"}}},
		func(_ context.Context, req *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
			return &mcp.GetPromptResult{Messages: []*mcp.PromptMessage{{
				Role: "user", Content: &mcp.TextContent{Text: name + " greets " + req.Params.Arguments["who"]},
			}}}, nil
		})
	read := func(_ context.Context, req *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
		return &mcp.ReadResourceResult{Contents: []*mcp.ResourceContents{{
			URI: req.Params.URI, MIMEType: "text/plain", Text: name + " has " + req.Params.URI,
		}}}, nil
	}
	s.AddResource(&mcp.Resource{URI: "mem://" + name + "/readme", Name: "readme", MIMEType: "text/plain"}, read)
	s.AddResource(&mcp.Resource{URI: "mem://shared", Name: "shared", MIMEType: "text/plain"}, read)
	s.AddResourceTemplate(&mcp.ResourceTemplate{URITemplate: "mem://" + name + "/items/{id}", Name: "item"}, read)
	return s
}

// aggFixture is an aggregated session over three upstreams: "a", the
// stdio test server (testdata/stdioserver: echo, chatty, count, sleep,
// crash); "b", aggSDKServer over Streamable HTTP with SSE answers; "c",
// aggSDKServer with JSON answers and pages of two items.
type aggFixture struct {
	conn MsgConn
	b, c *httptest.Server
}

func stdioUpstream(name string) AggregateUpstream {
	return AggregateUpstream{Name: name, Dial: StdioDialer(Command{Path: stdioServerBin, Stderr: io.Discard}, 0, 2*time.Second, nil)}
}

func newAggFixture(t *testing.T, chain *guard.Chain) *aggFixture {
	t.Helper()
	b, _ := hcServe(t, aggSDKServer("b", 0), nil)
	c, _ := hcServe(t, aggSDKServer("c", 2), &mcp.StreamableHTTPOptions{JSONResponse: true})
	a := stdioUpstream("a")
	a.Chain = chain
	conn := aggDial(t, AggregateOptions{Version: "1.2.3", DialTimeout: 20 * time.Second, Upstreams: []AggregateUpstream{
		a,
		{Name: "b", Dial: HTTPDialer(HTTPConnOptions{URL: b.URL}), Chain: chain},
		{Name: "c", Dial: HTTPDialer(HTTPConnOptions{URL: c.URL}), Chain: chain},
	}})
	return &aggFixture{conn: conn, b: b, c: c}
}

// aggDial dials an aggregated session; the cleanup closes it and checks
// that none of its goroutines is left.
func aggDial(t *testing.T, opts AggregateOptions) MsgConn {
	t.Helper()
	c, err := AggregateDialer(opts)(t.Context())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() {
		c.Close()
		for _, frag := range []string{"(*aggConn)", "(*aggUp)", "(*httpConn)"} {
			checkNoGoroutine(t, frag)
		}
	})
	return c
}

// aggDo sends a request and returns its answer; other messages go to
// onOther (nil: skipped).
func aggDo(t *testing.T, c MsgConn, id, method, params string, onOther func(hcMsg)) hcMsg {
	t.Helper()
	frame := `{"jsonrpc":"2.0","id":` + id + `,"method":"` + method + `"`
	if params != "" {
		frame += `,"params":` + params
	}
	sendFrame(t, c, frame+"}")
	return await(t, c, id, onOther)
}

func aggInitialize(t *testing.T, c MsgConn) aggInitResult {
	t.Helper()
	m := aggDo(t, c, "0", "initialize", `{"protocolVersion":"2025-11-25","capabilities":{"sampling":{}},"clientInfo":{"name":"t","version":"1"}}`, nil)
	if m.Error != nil {
		t.Fatalf("initialize: %d %s", m.Error.Code, m.Error.Message)
	}
	var r aggInitResult
	if err := json.Unmarshal(m.Result, &r); err != nil {
		t.Fatal(err)
	}
	sendFrame(t, c, `{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	return r
}

// names returns the member "name" (or "uri", "uriTemplate") of each item of
// a list result.
func names(t *testing.T, m hcMsg, key string) []string {
	t.Helper()
	if m.Error != nil {
		t.Fatalf("list: error %d: %s", m.Error.Code, m.Error.Message)
	}
	var r map[string][]map[string]any
	if err := json.Unmarshal(m.Result, &r); err != nil {
		t.Fatalf("list: %v in %s", err, m.Result)
	}
	if _, more := r["nextCursor"]; more {
		t.Errorf("list has a nextCursor: %s", m.Result)
	}
	var out []string
	for _, it := range r[key] {
		for _, k := range []string{"name", "uri", "uriTemplate"} {
			if s, ok := it[k].(string); ok && (k != "name" || key == "tools" || key == "prompts") {
				out = append(out, s)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

func TestAggregateSession(t *testing.T) {
	f := newAggFixture(t, nil)
	c := f.conn

	r := aggInitialize(t, c)
	if r.ProtocolVersion != "2025-11-25" || r.ServerInfo.Name != "mcpshield" || r.ServerInfo.Version != "1.2.3" {
		t.Errorf("initialize: %+v", r)
	}
	for _, cap := range []string{"tools", "prompts", "resources", "logging", "completions"} {
		if r.Capabilities[cap] == nil {
			t.Errorf("capability %s missing: %v", cap, r.Capabilities)
		}
	}
	if r.Instructions != "b: Use b well.\n\nc: Use c well." {
		t.Errorf("instructions: %q", r.Instructions)
	}

	t.Run("tools", func(t *testing.T) {
		got := names(t, aggDo(t, c, "1", "tools/list", "", nil), "tools")
		want := []string{"a__chatty", "a__count", "a__crash", "a__echo", "a__sleep", "b__ask", "b__echo", "b__note", "c__ask", "c__echo", "c__note"}
		if !slices.Equal(got, want) {
			t.Errorf("tools/list: got %v; want %v", got, want)
		}
		for _, tt := range []struct{ id, tool, want string }{
			{`"id-ü"`, "a__echo", "hi"},
			{`-7`, "b__echo", "b:hi"},
			{`1.50`, "c__echo", "c:hi"},
		} {
			m := aggDo(t, c, tt.id, "tools/call", `{"name":"`+tt.tool+`","arguments":{"text":"hi"}}`, nil)
			if got := resultText(t, m); got != tt.want {
				t.Errorf("%s: got %q; want %q", tt.tool, got, tt.want)
			}
		}
		for _, bad := range []string{"z__echo", "echo", "b_echo"} {
			m := aggDo(t, c, "2", "tools/call", `{"name":"`+bad+`","arguments":{}}`, nil)
			if m.Error == nil || m.Error.Code != jsonrpc.CodeInvalidParams || !strings.Contains(m.Error.Message, "unknown tool") {
				t.Errorf("%s: got %+v; want -32602 unknown tool", bad, m.Error)
			}
		}
		if m := aggDo(t, c, "3", "tools/list", `{"cursor":"x"}`, nil); m.Error == nil || m.Error.Code != jsonrpc.CodeInvalidParams {
			t.Errorf("tools/list with a cursor: got %+v; want -32602", m.Error)
		}
	})

	t.Run("prompts", func(t *testing.T) {
		got := names(t, aggDo(t, c, "10", "prompts/list", "", nil), "prompts")
		if want := []string{"b__greet", "c__greet"}; !slices.Equal(got, want) {
			t.Errorf("prompts/list: got %v; want %v", got, want)
		}
		m := aggDo(t, c, "11", "prompts/get", `{"name":"c__greet","arguments":{"who":"you"}}`, nil)
		if !strings.Contains(string(m.Result), "c greets you") {
			t.Errorf("prompts/get: %s %+v", m.Result, m.Error)
		}
		m = aggDo(t, c, "12", "completion/complete", `{"ref":{"type":"ref/prompt","name":"b__greet"},"argument":{"name":"who","value":"x"}}`, nil)
		if !strings.Contains(string(m.Result), `"b:x"`) {
			t.Errorf("completion/complete: %s %+v", m.Result, m.Error)
		}
	})

	t.Run("resources", func(t *testing.T) {
		// Read before any list: the shield lists them itself to route.
		m := aggDo(t, c, "20", "resources/read", `{"uri":"mem://c/items/42"}`, nil)
		if !strings.Contains(string(m.Result), "c has mem://c/items/42") {
			t.Errorf("template read: %s %+v", m.Result, m.Error)
		}
		got := names(t, aggDo(t, c, "21", "resources/list", "", nil), "resources")
		if want := []string{"mem://b/readme", "mem://c/readme", "mem://shared"}; !slices.Equal(got, want) {
			t.Errorf("resources/list: got %v; want %v", got, want)
		}
		got = names(t, aggDo(t, c, "22", "resources/templates/list", "", nil), "resourceTemplates")
		if want := []string{"mem://b/items/{id}", "mem://c/items/{id}"}; !slices.Equal(got, want) {
			t.Errorf("resources/templates/list: got %v; want %v", got, want)
		}
		for uri, want := range map[string]string{
			"mem://shared":   "b has mem://shared", // b comes first in config order
			"mem://c/readme": "c has mem://c/readme",
			"mem://b/items/": "b has mem://b/items/",
		} {
			m := aggDo(t, c, "23", "resources/read", `{"uri":"`+uri+`"}`, nil)
			if !strings.Contains(string(m.Result), want) {
				t.Errorf("read %s: %s %+v", uri, m.Result, m.Error)
			}
		}
		m = aggDo(t, c, "24", "resources/read", `{"uri":"mem://nowhere"}`, nil)
		if m.Error == nil || m.Error.Code != codeResourceNotFound {
			t.Errorf("unknown resource: got %+v", m.Error)
		}
		m = aggDo(t, c, "25", "completion/complete", `{"ref":{"type":"ref/resource","uri":"mem://c/items/{id}"},"argument":{"name":"id","value":"4"}}`, nil)
		if !strings.Contains(string(m.Result), `"c:4"`) {
			t.Errorf("completion/complete for a template: %s %+v", m.Result, m.Error)
		}
	})

	t.Run("server requests", func(t *testing.T) {
		if m := aggDo(t, c, "30", "logging/setLevel", `{"level":"debug"}`, nil); m.Error != nil {
			t.Fatalf("logging/setLevel: %+v", m.Error)
		}
		// A sampling request from each kind of upstream, answered by the
		// client under the shield's id; progress and a log message too.
		for _, tt := range []struct{ tool, params, want string }{
			{"b__ask", `{}`, "sampled: yo"},
			{"a__chatty", `{},"_meta":{"progressToken":"tok"}`, "sampled: yo"},
		} {
			var seen []string
			m := aggDo(t, c, `"call"`, "tools/call", `{"name":"`+tt.tool+`","arguments":`+tt.params+`}`, func(o hcMsg) {
				seen = append(seen, o.Method)
				switch o.Method {
				case "sampling/createMessage":
					sendFrame(t, c, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":{"role":"assistant","model":"m","content":{"type":"text","text":"yo"}}}`, o.ID))
				case "notifications/progress":
					if !strings.Contains(string(o.Params), `"progressToken":"tok"`) {
						t.Errorf("progress: %s", o.Params)
					}
				case "notifications/message":
					if !strings.Contains(string(o.Params), `"logger":"a"`) {
						t.Errorf("log message: %s; want logger a", o.Params)
					}
				}
			})
			if got := resultText(t, m); got != tt.want {
				t.Errorf("%s: got %q; want %q (saw %v)", tt.tool, got, tt.want, seen)
			}
			want := []string{"sampling/createMessage"}
			if tt.tool == "a__chatty" {
				want = append(want, "notifications/progress", "notifications/message")
			}
			for _, w := range want {
				if !slices.Contains(seen, w) {
					t.Errorf("%s: no %s (saw %v)", tt.tool, w, seen)
				}
			}
		}
		if m := aggDo(t, c, "31", "ping", "", nil); string(m.Result) != "{}" {
			t.Errorf("ping: %s", m.Result)
		}
		for _, method := range []string{"tasks/list", "server/discover"} {
			if m := aggDo(t, c, "32", method, "", nil); m.Error == nil || m.Error.Code != jsonrpc.CodeMethodNotFound {
				t.Errorf("%s: got %+v; want -32601", method, m.Error)
			}
		}
	})

	t.Run("cancel", func(t *testing.T) {
		sendFrame(t, c, `{"jsonrpc":"2.0","id":40,"method":"tools/call","params":{"name":"a__sleep","arguments":{"ms":60000}}}`)
		sendFrame(t, c, `{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":40}}`)
		if got := resultText(t, aggDo(t, c, "41", "tools/call", `{"name":"a__echo","arguments":{"text":"after"}}`, nil)); got != "after" {
			t.Errorf("after a cancel: %q", got)
		}
		a := c.(*aggConn)
		a.mu.Lock()
		n := len(a.clientReqs)
		a.mu.Unlock()
		if n != 0 {
			t.Errorf("%d client requests still tracked", n)
		}
	})
}
