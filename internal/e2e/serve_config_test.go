package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// TestServeConfigAggregates runs `mcpshield serve --config` with two
// upstreams of different transports (the Go SDK's everything-server over
// Streamable HTTP, and server-everything from npm over stdio) and checks
// both the per-server endpoints and the aggregated /mcp with namespaced
// names, using the official Go SDK client.
func TestServeConfigAggregates(t *testing.T) {
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	server, err := buildBinary(t, p.root, everythingServerPkg)
	if err != nil {
		t.Fatalf("building everything-server: %v", err)
	}
	upAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	startListening(t, "everything-server", upAddr, nil, server, "-http", upAddr, "-stateless=false")

	everything := filepath.Join(p.modules, "@modelcontextprotocol", "server-everything", "dist", "index.js")
	cfgPath := filepath.Join(t.TempDir(), "shield.yaml")
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	cfg := fmt.Sprintf(`version: 1
listen: %s
servers:
  conf:
    url: http://%s/mcp
  every:
    command: node
    args: [%q, stdio]
    max_sessions: 4
`, addr, upAddr, everything)
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	startListening(t, "mcpshield", addr, []string{"MCPSHIELD_HOME=" + t.TempDir()}, shield, "serve", "--config", cfgPath)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	connect := func(path string) *mcp.ClientSession {
		t.Helper()
		c := mcp.NewClient(&mcp.Implementation{Name: "e2e", Version: "1"}, nil)
		s, err := c.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: "http://" + addr + path}, nil)
		if err != nil {
			t.Fatalf("connecting to %s: %v", path, err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	toolNames := func(s *mcp.ClientSession) map[string]bool {
		t.Helper()
		res, err := s.ListTools(ctx, nil)
		if err != nil {
			t.Fatalf("tools/list: %v", err)
		}
		names := map[string]bool{}
		for _, tl := range res.Tools {
			names[tl.Name] = true
		}
		return names
	}

	// Each server at its own path, names untouched.
	if names := toolNames(connect("/servers/every/mcp")); !names["echo"] {
		t.Errorf("/servers/every/mcp lacks echo: %v", names)
	}
	if names := toolNames(connect("/servers/conf/mcp")); len(names) == 0 {
		t.Error("/servers/conf/mcp lists no tools")
	}

	// Both at /mcp, namespaced and routed.
	agg := connect("/mcp")
	names := toolNames(agg)
	var conf, every int
	for n := range names {
		switch {
		case strings.HasPrefix(n, "conf__"):
			conf++
		case strings.HasPrefix(n, "every__"):
			every++
		default:
			t.Errorf("tool %q is not namespaced", n)
		}
	}
	if conf == 0 || every == 0 || !names["every__echo"] {
		t.Fatalf("aggregated tools: %d from conf, %d from every: %v", conf, every, names)
	}
	res, err := agg.CallTool(ctx, &mcp.CallToolParams{Name: "every__echo", Arguments: map[string]any{"message": "routed"}})
	if err != nil || res.IsError || !strings.Contains(res.Content[0].(*mcp.TextContent).Text, "routed") {
		t.Fatalf("every__echo: %v %+v", err, res)
	}
	res, err = agg.CallTool(ctx, &mcp.CallToolParams{Name: "nope__echo", Arguments: map[string]any{}})
	if err == nil && (res == nil || !res.IsError) {
		t.Errorf("a call to an unknown server's tool succeeded: %+v", res)
	}
}
