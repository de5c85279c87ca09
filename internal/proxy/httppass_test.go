package proxy

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpshield/mcpshield/internal/guard"
)

// passFixture is an official Go SDK server behind a PassProxy.
func passFixture(t *testing.T, chain *guard.Chain, max int64) string {
	t.Helper()
	srv := mcp.NewServer(&mcp.Implementation{Name: "upstream", Version: "1"}, nil)
	type args struct {
		Text string `json:"text"`
	}
	mcp.AddTool(srv, &mcp.Tool{Name: "echo", Description: "echoes"}, func(_ context.Context, _ *mcp.CallToolRequest, a args) (*mcp.CallToolResult, any, error) {
		return &mcp.CallToolResult{Content: []mcp.Content{&mcp.TextContent{Text: a.Text}}}, nil, nil
	})
	srv.AddPrompt(&mcp.Prompt{Name: "greet"}, func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
		return &mcp.GetPromptResult{Messages: []*mcp.PromptMessage{{Role: "user", Content: &mcp.TextContent{Text: "hi"}}}}, nil
	})
	up := httptest.NewServer(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return srv }, nil))
	t.Cleanup(up.Close)
	u, _ := url.Parse(up.URL + "/mcp")
	p := NewPassProxy(PassOptions{Server: "up", URL: u, Chain: chain, Hosts: &HostPolicy{}, MaxMessageBytes: max})
	front := httptest.NewServer(p)
	t.Cleanup(func() { front.Close(); p.Close() })
	return front.URL + "/mcp"
}

func TestPassProxyWithSDK(t *testing.T) {
	chain := guard.NewChain([]guard.Check{guard.NewMethodCheck(nil, []string{"prompts/get"})}, guard.Options{})
	endpoint := passFixture(t, chain, 4096)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	client := mcp.NewClient(&mcp.Implementation{Name: "c", Version: "1"}, nil)
	session, err := client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: endpoint}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer session.Close()
	res, err := session.CallTool(ctx, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "through"}})
	if err != nil || res.Content[0].(*mcp.TextContent).Text != "through" {
		t.Fatalf("echo: %v %+v", err, res)
	}
	if _, err := session.GetPrompt(ctx, &mcp.GetPromptParams{Name: "greet"}); err == nil || !strings.Contains(err.Error(), "denied") {
		t.Errorf("prompts/get through a deny list: %v", err)
	}
	// The session still works after a denial.
	if _, err := session.ListTools(ctx, nil); err != nil {
		t.Errorf("tools/list after a denial: %v", err)
	}
	// A large call: refused by the shield with 413, before the upstream.
	_, err = session.CallTool(ctx, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"text": strings.Repeat("x", 5000)}})
	if err == nil {
		t.Error("oversized call went through")
	}
}

func TestPassProxyHTTPErrors(t *testing.T) {
	endpoint := passFixture(t, nil, 4096)
	init := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"x","version":"1"}}}`
	tests := []struct {
		name   string
		host   string
		origin string
		body   string
		status int
		want   string
	}{
		{"rebinding host", "evil.example.com", "", init, http.StatusForbidden, "invalid Host"},
		{"foreign origin", "", "http://evil.example.com", init, http.StatusForbidden, "origin"},
		{"local origin", "", "http://localhost:3000", init, http.StatusOK, `"result"`},
		{"too large", "", "", `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"p":"` + strings.Repeat("a", 5000) + `"}}`, http.StatusRequestEntityTooLarge, "-32081"},
		{"not json", "", "", `{oops`, http.StatusBadRequest, "-32700"},
		{"duplicate keys", "", "", `{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"a","name":"b"}}`, http.StatusBadRequest, `"id":5`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", "application/json, text/event-stream")
			if tt.host != "" {
				req.Host = tt.host
			}
			if tt.origin != "" {
				req.Header.Set("Origin", tt.origin)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status || !strings.Contains(string(body), tt.want) {
				t.Errorf("got %d %s; want %d containing %q", resp.StatusCode, body, tt.status, tt.want)
			}
		})
	}
}

// TestPassProxyJSONLength: a JSON response is forwarded with the length of
// what the shield sends (here a result changed by a check), not chunked.
func TestPassProxyJSONLength(t *testing.T) {
	text := strings.Repeat("a", 4096)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"`+text+`\u001b[31m"}]}}`)
	}))
	defer up.Close()
	u, _ := url.Parse(up.URL + "/mcp")
	chain := guard.NewChain(guard.Build(guard.Settings{Content: &guard.ContentOptions{Sanitize: true}}), guard.Options{})
	p := NewPassProxy(PassOptions{URL: u, Chain: chain})
	defer p.Close()
	front := httptest.NewServer(p)
	defer front.Close()
	resp, err := http.Post(front.URL+"/mcp", "application/json",
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{}}}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.TransferEncoding) != 0 || resp.ContentLength != int64(len(body)) {
		t.Errorf("framing: transfer-encoding %q, content-length %d, body %d bytes", resp.TransferEncoding, resp.ContentLength, len(body))
	}
	if !strings.Contains(string(body), text) || strings.Contains(string(body), "u001b") {
		t.Errorf("body not as the check left it: %.80q…", body)
	}
}
