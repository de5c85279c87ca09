package e2e

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRunTypeScriptClient drives server-everything through `mcpshield run`
// with the official TypeScript SDK client (testdata/npm/ts-client.mjs).
func TestRunTypeScriptClient(t *testing.T) {
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	everything := filepath.Join(p.modules, "@modelcontextprotocol", "server-everything", "dist", "index.js")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join(p.root, "testdata", "npm", "ts-client.mjs"), shield, everything)
	cmd.Dir = filepath.Join(p.root, "testdata", "npm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("ts client: %v\n%s", err, out)
	}
	for _, step := range []string{"initialize", "tools/list", "tools/call echo", "progress", "sampling", "resources/read", "prompts/get", "logging", "closed"} {
		if !strings.Contains(string(out), "ok "+step) {
			t.Errorf("step %q did not pass:\n%s", step, out)
		}
	}
}
