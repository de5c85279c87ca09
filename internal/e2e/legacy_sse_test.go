package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// TestServeLegacySSEUpstream puts the shield's Streamable HTTP endpoint in
// front of a legacy HTTP+SSE (2024-11-05) server, npm server-everything in
// its sse mode, and drives it with the official Go SDK client.
func TestServeLegacySSEUpstream(t *testing.T) {
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	everything := filepath.Join(p.modules, "@modelcontextprotocol", "server-everything", "dist", "index.js")
	port := freePort(t)
	upAddr := fmt.Sprintf("127.0.0.1:%d", port)
	startListening(t, "server-everything sse", upAddr, []string{fmt.Sprintf("PORT=%d", port)}, "node", everything, "sse")
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	startListening(t, "mcpshield", addr, []string{"MCPSHIELD_HOME=" + t.TempDir()},
		shield, "serve", "--listen", addr, "--transport", "sse", "--upstream", "http://"+upAddr+"/sse")

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e", Version: "1"}, nil)
	session, err := client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: "http://" + addr + "/mcp"}, nil)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer session.Close()
	tools, err := session.ListTools(ctx, nil)
	if err != nil || len(tools.Tools) == 0 {
		t.Fatalf("tools/list: %v", err)
	}
	res, err := session.CallTool(ctx, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"message": "over legacy sse"}})
	if err != nil || res.IsError || !strings.Contains(res.Content[0].(*mcp.TextContent).Text, "over legacy sse") {
		t.Fatalf("echo: %v %+v", err, res)
	}
	pr, err := session.GetPrompt(ctx, &mcp.GetPromptParams{Name: "simple-prompt"})
	if err != nil || len(pr.Messages) == 0 {
		t.Fatalf("prompts/get: %v", err)
	}
}
