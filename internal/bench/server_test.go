package bench

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func newTestHTTPServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv, err := newServer()
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/mcp", newHTTPServer(srv))
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

// rpcReply is a decoded response, for tests.
type rpcReply struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code int `json:"code"`
	} `json:"error"`
}

func TestHTTPServer(t *testing.T) {
	ts := newTestHTTPServer(t)
	post := func(session, body string) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest(http.MethodPost, ts.URL+"/mcp", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if session != "" {
			req.Header.Set(sessionHeader, session)
		}
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, b
	}
	resp, _ := post("", string(initializeRequest()))
	session := resp.Header.Get(sessionHeader)
	if resp.StatusCode != http.StatusOK || session == "" {
		t.Fatalf("initialize: got HTTP %d, session %q; want 200 and a session", resp.StatusCode, session)
	}

	call, err := newCallTemplate(4096, 1024)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		session    string
		body       string
		wantStatus int
		wantResult string // substring of the result
		wantCode   int    // JSON-RPC error code
	}{
		{"initialized is accepted", session, string(initializedNotification()), http.StatusAccepted, "", 0},
		{"no session", "", string(toolsListRequest(1)), http.StatusBadRequest, "", 0},
		{"unknown session", "nope", string(toolsListRequest(1)), http.StatusNotFound, "", 0},
		{"tools/list", session, string(toolsListRequest(2)), http.StatusOK, `"name":"fetch_document"`, 0},
		{"tools/call", session, string(call.appendCall(nil, 3)), http.StatusOK, `"type":"text"`, 0},
		{"ping", session, `{"jsonrpc":"2.0","id":"p","method":"ping"}`, http.StatusOK, `{}`, 0},
		{"unknown method", session, `{"jsonrpc":"2.0","id":4,"method":"nope/nope"}`, http.StatusOK, "", -32601},
		{"unknown tool", session, `{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"x"}}`, http.StatusOK, "", -32602},
		{"parse error", session, `{"jsonrpc":`, http.StatusBadRequest, "", -32700},
		{"batch", session, `[` + string(toolsListRequest(6)) + `]`, http.StatusBadRequest, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := post(tt.session, tt.body)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("got HTTP %d; want %d: %s", resp.StatusCode, tt.wantStatus, b)
			}
			if tt.wantResult == "" && tt.wantCode == 0 {
				return
			}
			var r rpcReply
			if err := json.Unmarshal(b, &r); err != nil {
				t.Fatalf("response is not JSON: %v: %s", err, snippet(b))
			}
			if tt.wantCode != 0 {
				if r.Error == nil || r.Error.Code != tt.wantCode {
					t.Fatalf("got %s; want error %d", snippet(b), tt.wantCode)
				}
				return
			}
			if !bytes.Contains(r.Result, []byte(tt.wantResult)) {
				t.Errorf("got %s; want a result with %s", snippet(b), tt.wantResult)
			}
		})
	}

	t.Run("tools/call result size", func(t *testing.T) {
		_, b := post(session, string(call.appendCall(nil, 9)))
		var r rpcReply
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Result) != 4096 {
			t.Errorf("got a %d-byte result; want 4096", len(r.Result))
		}
	})
	t.Run("GET has no stream", func(t *testing.T) {
		resp, err := ts.Client().Get(ts.URL + "/mcp")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("got HTTP %d; want 405", resp.StatusCode)
		}
	})
	t.Run("DELETE ends the session", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodDelete, ts.URL+"/mcp", nil)
		req.Header.Set(sessionHeader, session)
		resp, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("DELETE: got HTTP %d; want 200", resp.StatusCode)
		}
		if resp, _ := post(session, string(toolsListRequest(10))); resp.StatusCode != http.StatusNotFound {
			t.Errorf("after DELETE: got HTTP %d; want 404", resp.StatusCode)
		}
	})
}

func TestStdioServer(t *testing.T) {
	srv, err := newServer()
	if err != nil {
		t.Fatal(err)
	}
	call, err := newCallTemplate(262144, 1024)
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Join([]string{
		string(initializeRequest()),
		string(initializedNotification()),
		"",
		string(call.appendCall(nil, 7)),
		`{"jsonrpc":"2.0","id":8,"result":{}}`, // a client's response: no answer
		`not json`,
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := serveStdio(srv, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	var got []rpcReply
	for sc.Scan() {
		var r rpcReply
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		got = append(got, r)
	}
	if len(got) != 3 {
		t.Fatalf("got %d responses; want 3 (initialize, tools/call, parse error)", len(got))
	}
	if string(got[0].ID) != "0" || got[0].Error != nil {
		t.Errorf("initialize: got id %s, error %v", got[0].ID, got[0].Error)
	}
	if string(got[1].ID) != "7" || len(got[1].Result) != 262144 {
		t.Errorf("tools/call: got id %s, %d-byte result; want id 7, 262144 bytes", got[1].ID, len(got[1].Result))
	}
	if string(got[2].ID) != "null" || got[2].Error == nil || got[2].Error.Code != -32700 {
		t.Errorf("garbage: got id %s, error %+v; want id null, -32700", got[2].ID, got[2].Error)
	}
}

// TestClients runs both callers against the real server, concurrently.
func TestClients(t *testing.T) {
	call, err := newCallTemplate(4096, 1024)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	t.Run("http", func(t *testing.T) {
		ts := newTestHTTPServer(t)
		c, err := openHTTP(ctx, ts.URL+"/mcp", 4)
		if err != nil {
			t.Fatal(err)
		}
		defer c.close()
		runCalls(ctx, t, c, call)
	})
	t.Run("stdio", func(t *testing.T) {
		srv, err := newServer()
		if err != nil {
			t.Fatal(err)
		}
		toSrv, fromClient := io.Pipe()
		toClient, fromSrv := io.Pipe()
		done := make(chan error, 1)
		go func() {
			err := serveStdio(srv, toSrv, fromSrv)
			fromSrv.Close()
			done <- err
		}()
		c, err := openStdio(ctx, fromClient, toClient)
		if err != nil {
			t.Fatal(err)
		}
		runCalls(ctx, t, c, call)
		if err := c.close(); err != nil {
			t.Fatal(err)
		}
		if err := <-done; err != nil {
			t.Errorf("server: %v", err)
		}
	})
}

func runCalls(ctx context.Context, t *testing.T, c caller, call *callTemplate) {
	t.Helper()
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			var err error
			for range 20 {
				if _, err = c.call(ctx, call); err != nil {
					break
				}
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
