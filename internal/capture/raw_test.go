package capture

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

// rawConn is an in-memory connection to a scripted server: serve gets each
// frame the client sends and returns the frames to send back. It is for
// what no real server sends on purpose: malformed answers.
type rawConn struct {
	serve func(msg *jsonrpc.Message) []string
	out   chan []byte
	done  chan struct{}
	once  sync.Once
}

func rawDialer(serve func(msg *jsonrpc.Message) []string) proxy.Dialer {
	return func(context.Context) (proxy.MsgConn, error) {
		return &rawConn{serve: serve, out: make(chan []byte, 16), done: make(chan struct{})}, nil
	}
}

func (c *rawConn) Send(_ context.Context, frame []byte) error {
	m, err := jsonrpc.Parse(frame)
	if err != nil {
		return err
	}
	for _, f := range c.serve(m) {
		select {
		case c.out <- []byte(f):
		case <-c.done:
			return io.ErrClosedPipe
		}
	}
	return nil
}

func (c *rawConn) Recv() ([]byte, error) {
	select {
	case f := <-c.out:
		return f, nil
	case <-c.done:
		return nil, io.EOF
	}
}

func (c *rawConn) Close() error          { c.once.Do(func() { close(c.done) }); return nil }
func (c *rawConn) Done() <-chan struct{} { return c.done }
func (c *rawConn) Err() error            { return nil }

const rawInit = `{"protocolVersion":"2025-06-18","capabilities":{"tools":{}},"serverInfo":{"name":"raw"}}`

// script answers initialize with rawInit and tools/list with tools.
func script(tools ...string) func(m *jsonrpc.Message) []string {
	return func(m *jsonrpc.Message) []string {
		switch m.Method {
		case "initialize":
			return []string{string(jsonrpc.ResultResponse(m.ID, []byte(rawInit)))}
		case "tools/list":
			return tools
		}
		return nil
	}
}

func TestCaptureRaw(t *testing.T) {
	tests := []struct {
		name  string
		tools []string // frames sent for tools/list (the request's id is 2)
		want  string   // error, or the captured tools as JSON
	}{
		{"answered amid noise", []string{
			`{"jsonrpc":"2.0","method":"notifications/message","params":{}}`,
			`{"jsonrpc":"2.0","id":99,"result":{}}`,
			`not json`,
			`[{"jsonrpc":"2.0","id":"s1","method":"sampling/createMessage","params":{}},{"jsonrpc":"2.0","id":2,"result":{"tools":[{"name":"a"}, {"name":"b"}]}}]`,
		}, `[{"name":"a"},{"name":"b"}]`},
		{"null tools", []string{`{"jsonrpc":"2.0","id":2,"result":{"tools":null}}`}, `[]`},
		{"no tools", []string{`{"jsonrpc":"2.0","id":2,"result":{}}`}, `tools/list: the answer has no "tools" list`},
		{"tools not array", []string{`{"jsonrpc":"2.0","id":2,"result":{"tools":{}}}`}, `tools/list: "tools" is not an array`},
		{"item not object", []string{`{"jsonrpc":"2.0","id":2,"result":{"tools":[{"name":"a"},"b"]}}`}, `tools/list: tools[1] is not an object`},
		{"bad cursor", []string{`{"jsonrpc":"2.0","id":2,"result":{"tools":[],"nextCursor":7}}`}, `tools/list: nextCursor is not a string`},
		{"null id error", []string{`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse\u0007 error"}}`}, `tools/list: server error -32700: Parse  error`},
		{"duplicate keys", []string{`{"jsonrpc":"2.0","id":2,"result":{"tools":[],"tools":[{"name":"x"}]}}`}, `tools/list: invalid answer: `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			snap, err := Capture(ctx, rawDialer(script(tt.tools...)), Options{})
			got := ""
			if err != nil {
				got = err.Error()
			} else {
				b, _ := json.Marshal(snap.Tools)
				got = string(b)
				if snap.ProtocolVersion != "2025-06-18" || snap.ServerName != "raw" {
					t.Errorf("snapshot = %+v", snap)
				}
			}
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got %s; want %s", got, tt.want)
			}
		})
	}
}

func TestCaptureBadInitialize(t *testing.T) {
	tests := []struct{ name, result, want string }{
		{"no version", `{"capabilities":{}}`, "initialize: the answer has no protocolVersion"},
		{"no capabilities", `{"protocolVersion":"2025-11-25"}`, "initialize: the answer has no capabilities object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dial := rawDialer(func(m *jsonrpc.Message) []string {
				return []string{string(jsonrpc.ResultResponse(m.ID, []byte(tt.result)))}
			})
			_, err := Capture(context.Background(), dial, Options{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got %v; want %s", err, tt.want)
			}
		})
	}
}

func FuzzListPage(f *testing.F) {
	f.Add([]byte(`{"tools":[{"name":"a"}],"nextCursor":"x"}`))
	f.Add([]byte(`{"tools":null}`))
	f.Add([]byte(`{"tools":[1,[],{}],"nextCursor":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := jsonrpc.Parse(jsonrpc.ResultResponse([]byte("1"), data)); err != nil {
			return // listPage sees only results of parsed messages
		}
		items, _, err := listPage(data, "tools")
		if err != nil {
			return
		}
		for _, it := range items {
			if !json.Valid(it) || it[0] != '{' {
				t.Errorf("item %q is not an object", it)
			}
		}
	})
}
