package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// bearer adds Authorization: Bearer TOKEN to every request.
type bearer struct {
	token string
	next  http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return b.next.RoundTrip(r)
}

// httpPost posts an initialize request to the serve endpoint with the
// Authorization header auth ("" for none).
func (c *ctConn) httpPost(t *testing.T, auth string) (*http.Response, error) {
	t.Helper()
	const initialize = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"e2e","version":"1"}}}`
	req, err := http.NewRequestWithContext(c.ctx, http.MethodPost, c.endpoint, strings.NewReader(initialize))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	tr := &http.Transport{}
	t.Cleanup(tr.CloseIdleConnections)
	return (&http.Client{Transport: tr}).Do(req)
}

// TestCallTimeClientAuth: with http.auth, serve refuses a request without
// a known token (401, a JSON-RPC error, a log line without the token), and
// the token's name is the principal policy rules see.
func TestCallTimeClientAuth(t *testing.T) {
	const (
		writerToken = "wr1t3r-0123456789abcdefghijklmnopqrstuv"
		readerToken = "r3ad3r-0123456789abcdefghijklmnopqrstuv"
	)
	sum := sha256.Sum256([]byte(readerToken))
	config := `http:
  auth:
    tokens:
      - name: writer
        token: ${CT_WRITER_TOKEN}
      - name: reader
        sha256: ` + hex.EncodeToString(sum[:]) + `
policy:
  rules:
  - name: readers-send-nothing
    when: principal == "reader" && tool == "send_message"
    action: deny
    reason: readers may not send messages`
	e := newCTEnv(t)
	ctx := ctContext(t)
	writer := e.connect(ctx, t, ctSetup{serve: true, config: config, token: writerToken,
		env: []string{"CT_WRITER_TOKEN=" + writerToken}})
	reader := writer.anotherAs(t, readerToken)

	msg := map[string]any{"to": "bob@example.com", "body": "hi"}
	writer.allowed(t, "send_message", msg)
	reader.refused(t, "send_message", msg, `denied by policy rule "readers-send-nothing": readers may not send messages`)
	reader.allowed(t, "delete_file", map[string]any{"path": "/tmp/scratch/report.txt"})
	if got := writer.received(t, "send_message"); len(got) != 1 {
		t.Errorf("the server received send_message %d times; want once, from the writer", len(got))
	}

	// Without a known token: refused before anything reaches a server.
	for _, tt := range []struct {
		name, auth, reason string
	}{
		{"no token", "", "no token"},
		{"unknown token", "Bearer " + strings.Repeat("x", 40), "unknown token"},
		{"another scheme", "Basic " + writerToken, "not a Bearer token"},
		{"token without scheme", writerToken, "not a Bearer token"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := writer.httpPost(t, tt.auth)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401; body %s", resp.StatusCode, body)
			}
			if got := resp.Header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
				t.Errorf("WWW-Authenticate %q, want a Bearer challenge", got)
			}
			var rpc struct {
				ID    any `json:"id"`
				Error struct {
					Code    int    `json:"code"`
					Message string `json:"message"`
				} `json:"error"`
			}
			if err := json.Unmarshal(body, &rpc); err != nil || rpc.Error.Code != -32085 || !strings.Contains(rpc.Error.Message, tt.reason) {
				t.Errorf("body %s: want a JSON-RPC error -32085 saying %q (%v)", body, tt.reason, err)
			}
		})
	}
	log := writer.shield()
	if !strings.Contains(log, "not authenticated") {
		t.Errorf("the shield logged no refusal:\n%s", log)
	}
	for _, tok := range []string{writerToken, readerToken} {
		if strings.Contains(log, tok) {
			t.Errorf("the shield's log shows a token:\n%s", log)
		}
	}
	if got := writer.received(t, "send_message"); len(got) != 1 {
		t.Errorf("the server received send_message %d times after the refusals; want 1", len(got))
	}
}
