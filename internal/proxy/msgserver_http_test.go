package proxy

import (
	"bufio"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/sse"
)

// meta2026 is the per-request _meta of a 2026-07-28 request.
const meta2026 = `"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}`

func TestMsgServerHTTPErrors(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test", MaxMessageBytes: 4096})
	session := initSession(t, s.URL)
	const ping = `{"jsonrpc":"2.0","id":7,"method":"ping"}`
	json := http.Header{"Content-Type": {"application/json"}, "Accept": {"application/json, text/event-stream"}}
	with := func(h http.Header, kv ...string) http.Header {
		h = h.Clone()
		for i := 0; i < len(kv); i += 2 {
			h.Set(kv[i], kv[i+1])
		}
		return h
	}
	v26 := with(json, "Mcp-Protocol-Version", "2026-07-28")
	tests := []struct {
		name   string
		method string
		header http.Header
		host   string
		body   string
		status int
		want   string // in the body
	}{
		{"method", http.MethodPut, json, "", ping, 405, "Method Not Allowed"},
		{"content type", http.MethodPost, with(json, "Content-Type", "text/plain"), "", ping, 415, "Content-Type must be 'application/json'"},
		{"accept", http.MethodPost, with(json, "Accept", "application/json"), "", ping, 400, "Accept must contain both"},
		{"too large", http.MethodPost, json, "", `{"jsonrpc":"2.0","id":1,"method":"x","params":{"p":"` + strings.Repeat("a", 5000) + `"}}`, 413, "request body exceeds 4096 bytes"},
		{"unknown session", http.MethodPost, with(json, "Mcp-Session-Id", "nope"), "", ping, 404, "session not found"},
		{"empty", http.MethodPost, with(json, "Mcp-Session-Id", session), "", "", 400, "non-empty body"},
		{"malformed", http.MethodPost, with(json, "Mcp-Session-Id", session), "", `{"jsonrpc":`, 400, "malformed payload"},
		{"batch after 2025-03-26", http.MethodPost, with(json, "Mcp-Session-Id", session, "Mcp-Protocol-Version", "2025-06-18"), "", "[" + ping + "]", 400, "batching is not supported"},
		{"bad version", http.MethodPost, with(json, "Mcp-Protocol-Version", "1999-01-01"), "", ping, 400, "unsupported protocol version"},
		{"last event id on POST", http.MethodPost, with(json, "Mcp-Session-Id", session, "Last-Event-ID", "1_0"), "", ping, 400, "Last-Event-ID"},
		{"host", http.MethodPost, json, "evil.example", ping, 403, "invalid Host header"},
		{"origin", http.MethodPost, with(json, "Origin", "https://evil.example"), "", ping, 403, "origin"},
		{"GET accept", http.MethodGet, with(json, "Accept", "application/json", "Mcp-Session-Id", session), "", "", 400, "text/event-stream"},
		{"GET without session", http.MethodGet, with(json, "Accept", "text/event-stream"), "", "", 400, "requires an Mcp-Session-Id"},
		{"GET stateless", http.MethodGet, with(v26, "Accept", "text/event-stream"), "", "", 405, "Method Not Allowed"},
		{"GET unknown session", http.MethodGet, with(json, "Accept", "text/event-stream", "Mcp-Session-Id", "nope"), "", "", 404, "session not found"},
		{"GET bad event id", http.MethodGet, with(json, "Accept", "text/event-stream", "Mcp-Session-Id", session, "Last-Event-ID", "x"), "", "", 400, "malformed Last-Event-ID"},
		{"GET unknown stream", http.MethodGet, with(json, "Accept", "text/event-stream", "Mcp-Session-Id", session, "Last-Event-ID", "99_0"), "", "", 400, "failed to replay events"},
		{"DELETE without session", http.MethodDelete, json, "", "", 400, "requires an Mcp-Session-Id"},
		{"DELETE unknown session", http.MethodDelete, with(json, "Mcp-Session-Id", "nope"), "", "", 404, "session not found"},
		{"2026 in a session", http.MethodPost, with(v26, "Mcp-Session-Id", session, "Mcp-Method", "tools/list"), "",
			`{"jsonrpc":"2.0","id":3,"method":"tools/list","params":{` + meta2026 + `}}`, 400, `"code":-32022`},
		{"2026 without _meta", http.MethodPost, with(v26, "Mcp-Method", "server/discover"), "",
			`{"jsonrpc":"2.0","id":4,"method":"server/discover","params":{}}`, 400, `{"jsonrpc":"2.0","id":4,"error":{"code":-32602`},
		{"2026 version mismatch", http.MethodPost, with(json, "Mcp-Protocol-Version", "2025-11-25"), "",
			`{"jsonrpc":"2.0","id":5,"method":"server/discover","params":{` + meta2026 + `}}`, 400, `"code":-32020`},
		{"2026 Mcp-Method missing", http.MethodPost, v26, "",
			`{"jsonrpc":"2.0","id":6,"method":"tools/list","params":{` + meta2026 + `}}`, 400, "missing required Mcp-Method header"},
		{"2026 Mcp-Method mismatch", http.MethodPost, with(v26, "Mcp-Method", "TOOLS/LIST"), "",
			`{"jsonrpc":"2.0","id":6,"method":"tools/list","params":{` + meta2026 + `}}`, 400, "does not match body value"},
		{"2026 Mcp-Name mismatch", http.MethodPost, with(v26, "Mcp-Method", "tools/call", "Mcp-Name", "other"), "",
			`{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"echo",` + meta2026 + `}}`, 400, "Mcp-Name header value 'other'"},
		{"2026 initialize", http.MethodPost, with(v26, "Mcp-Method", "initialize"), "",
			`{"jsonrpc":"2.0","id":8,"method":"initialize","params":{` + meta2026 + `}}`, 404, `"code":-32601`},
		{"2026 notification", http.MethodPost, with(v26, "Mcp-Method", "notifications/initialized"), "",
			`{"jsonrpc":"2.0","method":"notifications/initialized"}`, 202, ""},
		{"2026 discover", http.MethodPost, with(v26, "Mcp-Method", "server/discover"), "",
			`{"jsonrpc":"2.0","id":"d","method":"server/discover","params":{` + meta2026 + `}}`, 200, `"id":"d","result":{`},
		{"legacy without session", http.MethodPost, json, "", ping, 200, `{"jsonrpc":"2.0","id":7,"result":{}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, s.URL, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			req.Header = tt.header
			if tt.host != "" {
				req.Host = tt.host
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body := readBody(t, resp)
			if resp.StatusCode != tt.status || !strings.Contains(body, tt.want) {
				t.Errorf("got %d %q; want %d with %q", resp.StatusCode, body, tt.status, tt.want)
			}
		})
	}
}

func TestMsgServerResume(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test"})
	session := initSession(t, s.URL)
	resp := rawPOSTStream(t, s.URL, session, `{"jsonrpc":"2.0","id":"slow","method":"tools/call","params":{"name":"sleep","arguments":{"ms":100}}}`, "2025-11-25")
	r := sse.NewReader(resp.Body, 0)
	prime, err := r.Next()
	if err != nil || prime.Name != "prime" || !prime.HasID {
		t.Fatalf("first event: got %+v, %v; want a priming event", prime, err)
	}
	resp.Body.Close() // the client goes away before the answer
	streamID, _, _ := msParseEventID(prime.ID)
	waitFor(t, "the answer", func() bool {
		sess := s.acquire(session)
		defer sess.release()
		st := sess.stream(streamID)
		return st != nil && st.isFinished()
	})

	get := func(lastEventID string) (*http.Response, error) {
		req, _ := http.NewRequest(http.MethodGet, s.URL, nil)
		req.Header.Set("Accept", "text/event-stream")
		req.Header.Set("Mcp-Session-Id", session)
		req.Header.Set("Last-Event-ID", lastEventID)
		return http.DefaultClient.Do(req)
	}
	resp, err = get(prime.ID)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET with Last-Event-ID: %v, %v", resp, err)
	}
	r = sse.NewReader(resp.Body, 0)
	ev, err := r.Next()
	resp.Body.Close()
	if err != nil || !strings.Contains(string(ev.Data), `"id":"slow","result"`) || !ev.HasID {
		t.Fatalf("resumed stream: got %+v, %v; want the answer", ev, err)
	}
	// The stream is complete: resuming it again replays the answer and
	// ends.
	resp, err = get(prime.ID)
	if err != nil {
		t.Fatal(err)
	}
	body := readBody(t, resp)
	if !strings.Contains(body, `"id":"slow"`) {
		t.Errorf("second resumption: got %q", body)
	}
}

func TestMsgServerStandaloneConflict(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test"})
	session := initSession(t, s.URL)
	open := func() *http.Response {
		req, _ := http.NewRequest(http.MethodGet, s.URL, nil)
		req.Header.Set("Accept", "text/event-stream")
		req.Header.Set("Mcp-Session-Id", session)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	first := open()
	defer first.Body.Close()
	if first.StatusCode != http.StatusOK || first.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("GET: got %d %q", first.StatusCode, first.Header.Get("Content-Type"))
	}
	line, err := bufio.NewReader(first.Body).ReadString('\n')
	if err != nil || line != ": ok\n" {
		t.Errorf("GET: first line %q, %v; want a comment", line, err)
	}
	second := open()
	io.Copy(io.Discard, second.Body)
	second.Body.Close()
	if second.StatusCode != http.StatusConflict {
		t.Errorf("second GET: got %d; want 409", second.StatusCode)
	}
}
