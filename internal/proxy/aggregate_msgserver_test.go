package proxy

//lint:file-ignore SA1019 the test exercises sampling, deprecated by 2026-07-28 but still spoken by 2025-11-25 peers

import (
	"context"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// TestAggregateBehindMsgServer serves the aggregated endpoint as serve
// does, a MsgServer over AggregateDialer, to the official Go SDK client
// (which tries server/discover first and falls back to initialize).
func TestAggregateBehindMsgServer(t *testing.T) {
	b, _ := hcServe(t, aggSDKServer("b", 0), nil)
	srv := NewMsgServer(MsgServerOptions{
		Server: "aggregate",
		Hosts:  &HostPolicy{},
		Dial: AggregateDialer(AggregateOptions{Upstreams: []AggregateUpstream{
			stdioUpstream("a"),
			{Name: "b", Dial: HTTPDialer(HTTPConnOptions{URL: b.URL})},
		}}),
	})
	ts := httptest.NewServer(srv)
	t.Cleanup(func() {
		ts.CloseClientConnections()
		ts.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Close(ctx); err != nil {
			t.Errorf("closing the MsgServer: %v", err)
		}
		for _, frag := range []string{"(*aggConn)", "(*aggUp)", "(*httpConn)"} {
			checkNoGoroutine(t, frag)
		}
	})

	client := mcp.NewClient(&mcp.Implementation{Name: "t", Version: "1"}, &mcp.ClientOptions{
		CreateMessageHandler: func(context.Context, *mcp.CreateMessageRequest) (*mcp.CreateMessageResult, error) {
			return &mcp.CreateMessageResult{Model: "m", Role: "assistant", Content: &mcp.TextContent{Text: "yo"}}, nil
		},
	})
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	cs, err := client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: ts.URL, MaxRetries: -1}, nil)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer cs.Close()
	if got := cs.InitializeResult().ServerInfo.Name; got != "mcpshield" {
		t.Errorf("serverInfo.name: %q", got)
	}
	var tools []string
	for tool, err := range cs.Tools(ctx, nil) {
		if err != nil {
			t.Fatalf("tools: %v", err)
		}
		tools = append(tools, tool.Name)
	}
	for _, want := range []string{"a__echo", "b__echo", "b__ask"} {
		if !slices.Contains(tools, want) {
			t.Errorf("tools %v: no %s", tools, want)
		}
	}
	for tool, want := range map[string]string{"a__echo": "hi", "b__echo": "b:hi", "b__ask": "sampled: yo"} {
		args := map[string]any{"text": "hi"}
		if tool == "b__ask" {
			args = map[string]any{}
		}
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: tool, Arguments: args})
		if err != nil {
			t.Fatalf("%s: %v", tool, err)
		}
		if got := res.Content[0].(*mcp.TextContent).Text; got != want {
			t.Errorf("%s: got %q; want %q", tool, got, want)
		}
	}
	res, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: "mem://b/readme"})
	if err != nil || res.Contents[0].Text != "b has mem://b/readme" {
		t.Errorf("read: %v %+v", err, res)
	}
}
