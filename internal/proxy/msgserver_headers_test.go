package proxy

import (
	"net/http"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

func mustParse(t *testing.T, s string) *jsonrpc.Message {
	t.Helper()
	m, err := jsonrpc.Parse([]byte(s))
	if err != nil {
		t.Fatalf("parsing %s: %v", s, err)
	}
	return m
}

func TestMsCheckMeta(t *testing.T) {
	const meta = `"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}`
	tests := []struct {
		name     string
		msg      string
		header   string
		stateful bool
		code     int // 0: accepted
	}{
		{"legacy", `{"jsonrpc":"2.0","id":1,"method":"tools/list"}`, "2025-11-25", false, 0},
		{"legacy without header", `{"jsonrpc":"2.0","id":1,"method":"tools/list"}`, "", true, 0},
		{"modern", `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{` + meta + `}}`, "2026-07-28", false, 0},
		{"modern header without meta", `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}`, "2026-07-28", false, jsonrpc.CodeInvalidParams},
		{"modern notification without meta", `{"jsonrpc":"2.0","method":"notifications/cancelled"}`, "2026-07-28", false, 0},
		{"meta without header", `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{` + meta + `}}`, "", false, msCodeHeaderMismatch},
		{"meta and header differ", `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{` + meta + `}}`, "2025-11-25", false, msCodeHeaderMismatch},
		{"modern in a session", `{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{` + meta + `}}`, "2026-07-28", true, msCodeUnsupportedProtocolVersion},
		{"discover in a session", `{"jsonrpc":"2.0","id":1,"method":"server/discover","params":{` + meta + `}}`, "2026-07-28", true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rej := msCheckMeta(mustParse(t, tt.msg), tt.header, tt.stateful)
			switch {
			case rej == nil && tt.code != 0:
				t.Errorf("accepted; want code %d", tt.code)
			case rej != nil && rej.code != tt.code:
				t.Errorf("got code %d (%s); want %d", rej.code, rej.message, tt.code)
			case rej != nil && rej.status != http.StatusBadRequest:
				t.Errorf("got status %d; want 400", rej.status)
			}
		})
	}
}

func TestMsCheckHeaders(t *testing.T) {
	tools := &msToolHeaders{}
	tools.learn([]byte(`{"tools":[{"name":"geo","inputSchema":{"type":"object","properties":{
		"region":{"type":"string","x-mcp-header":"Region"},
		"n":{"type":"integer","x-mcp-header":"N"},
		"deep":{"type":"object","properties":{"flag":{"type":"boolean","x-mcp-header":"Flag"}}},
		"plain":{"type":"string"}}}},{"name":"plain","inputSchema":{"type":"object"}}]}`))
	call := func(args string) string {
		return `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"geo","arguments":` + args + `}}`
	}
	base := map[string]string{"Mcp-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call", "Mcp-Name": "geo"}
	tests := []struct {
		name    string
		msg     string
		headers map[string]string
		want    string // "" accepted, else part of the error
	}{
		{"old version skips", `{"jsonrpc":"2.0","id":1,"method":"tools/list"}`, map[string]string{"Mcp-Protocol-Version": "2025-11-25"}, ""},
		{"method missing", `{"jsonrpc":"2.0","id":1,"method":"tools/list"}`, map[string]string{"Mcp-Protocol-Version": "2026-07-28"}, "missing required Mcp-Method"},
		{"method case", `{"jsonrpc":"2.0","id":1,"method":"tools/list"}`, map[string]string{"Mcp-Protocol-Version": "2026-07-28", "Mcp-Method": "Tools/List"}, "does not match"},
		{"notification", `{"jsonrpc":"2.0","method":"notifications/x"}`, map[string]string{"Mcp-Protocol-Version": "2026-07-28", "Mcp-Method": "notifications/x"}, ""},
		{"name missing", call(`{}`), map[string]string{"Mcp-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call"}, "missing required Mcp-Name"},
		{"resource uri", `{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"file:///a"}}`,
			map[string]string{"Mcp-Protocol-Version": "2026-07-28", "Mcp-Method": "resources/read", "Mcp-Name": "file:///a"}, ""},
		{"params all there", call(`{"region":"eu","n":3,"deep":{"flag":true},"plain":"x"}`),
			map[string]string{"Mcp-Param-Region": "eu", "Mcp-Param-N": "3.0", "Mcp-Param-Flag": "true"}, ""},
		{"param base64", call(`{"region":"Hello"}`), map[string]string{"Mcp-Param-Region": "=?base64?SGVsbG8=?="}, ""},
		{"param bad base64", call(`{"region":"Hello"}`), map[string]string{"Mcp-Param-Region": "=?base64?SGVsbG8?="}, "invalid Base64"},
		{"param literal", call(`{"region":"=?base64?SGVsbG8="}`), map[string]string{"Mcp-Param-Region": "=?base64?SGVsbG8="}, ""},
		{"param missing", call(`{"region":"eu"}`), nil, "missing Mcp-Param-Region"},
		{"param unexpected", call(`{"region":null}`), map[string]string{"Mcp-Param-Region": "eu"}, "unexpected Mcp-Param-Region"},
		{"param mismatch", call(`{"n":3}`), map[string]string{"Mcp-Param-N": "4"}, "does not match body value"},
		{"param not primitive", call(`{"n":1.5}`), map[string]string{"Mcp-Param-N": "1.5"}, "not a primitive"},
		{"unknown tool", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"other"}}`, map[string]string{"Mcp-Name": "other"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			if tt.headers["Mcp-Protocol-Version"] == "" {
				for k, v := range base {
					h.Set(k, v)
				}
			}
			for k, v := range tt.headers {
				h.Set(k, v)
			}
			err := msCheckHeaders(h, mustParse(t, tt.msg), tools)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("got %v; want accepted", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v; want an error with %q", err, tt.want)
			}
		})
	}
}

func TestMsAccepts(t *testing.T) {
	tests := []struct {
		in           []string
		json, stream bool
	}{
		{[]string{"application/json, text/event-stream"}, true, true},
		{[]string{"application/json", "text/event-stream;q=0.9"}, true, true},
		{[]string{"*/*"}, true, true},
		{[]string{"application/*"}, true, false},
		{[]string{"TEXT/EVENT-STREAM"}, false, true},
		{nil, false, false},
	}
	for _, tt := range tests {
		if j, s := msAccepts(tt.in); j != tt.json || s != tt.stream {
			t.Errorf("msAccepts(%q) = %v, %v; want %v, %v", tt.in, j, s, tt.json, tt.stream)
		}
	}
}

func TestMsErrorStatus(t *testing.T) {
	tests := []struct {
		version, msg string
		want         int
	}{
		{"2026-07-28", `{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"x"}}`, 404},
		{"2026-07-28", `{"jsonrpc":"2.0","id":1,"error":{"message":"x","code":-32602}}`, 400},
		{"2026-07-28", `{"jsonrpc":"2.0","id":1,"error":{"code":-32021,"message":"x"}}`, 400},
		{"2026-07-28", `{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"x"}}`, 0},
		{"2026-07-28", `{"jsonrpc":"2.0","id":1,"result":{}}`, 0},
		{"2025-11-25", `{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"x"}}`, 0},
	}
	for _, tt := range tests {
		if got := msErrorStatus(tt.version, mustParse(t, tt.msg)); got != tt.want {
			t.Errorf("msErrorStatus(%s, %s) = %d; want %d", tt.version, tt.msg, got, tt.want)
		}
	}
}
