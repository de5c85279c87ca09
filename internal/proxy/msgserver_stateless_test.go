package proxy

import (
	"context"
	"sync"
	"testing"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func TestMsgServerStateless(t *testing.T) {
	s := newTestMsgServer(t, MsgServerOptions{Server: "test"})
	cs, ev := connect(t, s.URL, "")
	if v := cs.InitializeResult().ProtocolVersion; v != "2026-07-28" {
		t.Fatalf("negotiated %q; want 2026-07-28", v)
	}
	if cs.ID() != "" {
		t.Errorf("stateless client got session id %q", cs.ID())
	}
	if _, err := cs.ListTools(context.Background(), nil); err != nil {
		t.Fatalf("tools/list: %v", err)
	}
	// Clients share one upstream connection; the same ids and progress
	// tokens from each must not cross.
	other, otherEv := connect(t, s.URL, "")
	var wg sync.WaitGroup
	for _, c := range []*mcp.ClientSession{cs, other} {
		wg.Go(func() {
			for range 5 {
				p := &mcp.CallToolParams{Name: "count", Arguments: map[string]any{"n": 3}}
				p.SetProgressToken("same")
				if got := callText(t, c, p); got != "counted" {
					t.Errorf("count: got %q", got)
				}
			}
		})
	}
	wg.Wait()
	// The client hands notifications to their handler asynchronously.
	waitFor(t, "all progress notifications", func() bool {
		p1, _, _ := ev.snapshot()
		p2, _, _ := otherEv.snapshot()
		return len(p1) >= 15 && len(p2) >= 15
	})
	for i, e := range []*clientEvents{ev, otherEv} {
		if progress, _, _ := e.snapshot(); len(progress) != 15 {
			t.Errorf("client %d: got %d progress notifications; want 15", i, len(progress))
		}
	}
	if n := s.liveSessions(); n != 0 {
		t.Errorf("stateless clients made %d sessions", n)
	}
}
