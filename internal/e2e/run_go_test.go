//lint:file-ignore SA1019 exercises sampling and logging, deprecated in 2026-07-28 (SEP-2577) but still carried by the shield.

package e2e

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// TestRunGoClient drives @modelcontextprotocol/server-everything through
// `mcpshield run` with the official Go SDK client: tools, resources,
// prompts, progress, logging and a sampling request answered by the client.
func TestRunGoClient(t *testing.T) {
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	everything := filepath.Join(p.modules, "@modelcontextprotocol", "server-everything", "dist", "index.js")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	var mu sync.Mutex
	var logs []string
	var progress []float64
	sampled := make(chan string, 1)
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e-go-client", Version: "1"}, &mcp.ClientOptions{
		CreateMessageHandler: func(_ context.Context, req *mcp.CreateMessageRequest) (*mcp.CreateMessageResult, error) {
			text := ""
			if len(req.Params.Messages) > 0 {
				if tc, ok := req.Params.Messages[0].Content.(*mcp.TextContent); ok {
					text = tc.Text
				}
			}
			select {
			case sampled <- text:
			default:
			}
			return &mcp.CreateMessageResult{Model: "test-model", Role: "assistant", Content: &mcp.TextContent{Text: "sampled answer"}}, nil
		},
		LoggingMessageHandler: func(_ context.Context, req *mcp.LoggingMessageRequest) {
			mu.Lock()
			logs = append(logs, string(req.Params.Level))
			mu.Unlock()
		},
		ProgressNotificationHandler: func(_ context.Context, req *mcp.ProgressNotificationClientRequest) {
			mu.Lock()
			progress = append(progress, req.Params.Progress)
			mu.Unlock()
		},
	})
	cmd := exec.Command(shield, "run", "--", "node", everything, "stdio")
	var stderr tailBuffer
	cmd.Stderr = &stderr
	session, err := client.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
	if err != nil {
		t.Fatalf("connecting through mcpshield run: %v\nstderr: %s", err, stderr.tail(2000))
	}
	defer session.Close()

	if got := session.InitializeResult().ServerInfo.Name; !strings.Contains(got, "everything") {
		t.Errorf("server name = %q; want the everything server", got)
	}
	tools, err := session.ListTools(ctx, nil)
	if err != nil {
		t.Fatalf("tools/list: %v", err)
	}
	names := map[string]bool{}
	for _, tl := range tools.Tools {
		names[tl.Name] = true
	}
	for _, want := range []string{"echo", "get-sum", "trigger-long-running-operation", "trigger-sampling-request"} {
		if !names[want] {
			t.Errorf("tools/list lacks %q", want)
		}
	}

	res, err := session.CallTool(ctx, &mcp.CallToolParams{Name: "echo", Arguments: map[string]any{"message": "hello through the shield"}})
	if err != nil || res.IsError {
		t.Fatalf("echo: %v %+v", err, res)
	}
	if txt := res.Content[0].(*mcp.TextContent).Text; !strings.Contains(txt, "hello through the shield") {
		t.Errorf("echo = %q", txt)
	}

	if err := session.SetLoggingLevel(ctx, &mcp.SetLoggingLevelParams{Level: "debug"}); err != nil {
		t.Fatalf("logging/setLevel: %v", err)
	}
	if _, err := session.CallTool(ctx, &mcp.CallToolParams{Name: "toggle-simulated-logging", Arguments: map[string]any{}}); err != nil {
		t.Fatalf("toggle-simulated-logging: %v", err)
	}

	params := &mcp.CallToolParams{Name: "trigger-long-running-operation", Arguments: map[string]any{"duration": 1, "steps": 3}}
	params.SetProgressToken("e2e-progress")
	if res, err := session.CallTool(ctx, params); err != nil || res.IsError {
		t.Fatalf("long running operation: %v %+v", err, res)
	}

	res, err = session.CallTool(ctx, &mcp.CallToolParams{Name: "trigger-sampling-request", Arguments: map[string]any{"prompt": "say hi", "maxTokens": 10}})
	if err != nil || res.IsError {
		t.Fatalf("sampling tool: %v %+v", err, res)
	}
	select {
	case text := <-sampled:
		if !strings.Contains(text, "say hi") {
			t.Errorf("sampling request text = %q", text)
		}
	default:
		t.Error("the client was never asked to sample")
	}
	if got := res.Content[0].(*mcp.TextContent).Text; !strings.Contains(got, "sampled answer") {
		t.Errorf("sampling result = %q; want the client's answer in it", got)
	}

	rl, err := session.ListResources(ctx, nil)
	if err != nil || len(rl.Resources) == 0 {
		t.Fatalf("resources/list: %v (%d)", err, len(rl.Resources))
	}
	rr, err := session.ReadResource(ctx, &mcp.ReadResourceParams{URI: rl.Resources[0].URI})
	if err != nil || len(rr.Contents) == 0 {
		t.Fatalf("resources/read %s: %v", rl.Resources[0].URI, err)
	}
	pr, err := session.GetPrompt(ctx, &mcp.GetPromptParams{Name: "simple-prompt"})
	if err != nil || len(pr.Messages) == 0 {
		t.Fatalf("prompts/get: %v", err)
	}

	// Logging is simulated every few seconds; give it a moment.
	deadline := time.Now().Add(20 * time.Second)
	for {
		mu.Lock()
		n, np := len(logs), len(progress)
		mu.Unlock()
		if n > 0 && np > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("received %d log messages and %d progress notifications; want some of each", n, np)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
