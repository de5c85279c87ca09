package proxy

import (
	"context"
	"testing"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// principalSeen records the principal and client of the events it sees.
type principalSeen struct{ principal, client string }

func (p *principalSeen) Name() string { return "seen" }
func (p *principalSeen) Inspect(_ context.Context, ev *guard.Event) (guard.Decision, error) {
	p.principal, p.client = ev.Principal, ev.Client
	return guard.Allowed, nil
}

func TestFilterPrincipalAndClient(t *testing.T) {
	seen := &principalSeen{}
	f := NewFilter(guard.NewChain([]guard.Check{seen}, guard.Options{}), "s", "sess")
	ctx := guard.WithPrincipal(context.Background(), "bearer:0123456789abcdef")
	init, _ := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","clientInfo":{"name":"claude-code","version":"2.1"},"capabilities":{}}}`))
	f.Process(ctx, guard.ToServer, init)
	call, _ := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"x","arguments":{}}}`))
	f.Process(ctx, guard.ToServer, call)
	if seen.principal != "bearer:0123456789abcdef" || seen.client != "claude-code" {
		t.Errorf("event principal %q client %q", seen.principal, seen.client)
	}
}
