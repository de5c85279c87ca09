package proxy

import (
	"context"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/guard"
)

// recorder is a check that records the kinds and tools it saw, and denies
// the methods and tools it is told to.
type recorder struct {
	seen       []string
	denyMethod string
	denyTool   string
}

func (r *recorder) Name() string { return "recorder" }
func (r *recorder) Inspect(_ context.Context, ev *guard.Event) (guard.Decision, error) {
	r.seen = append(r.seen, ev.Dir.String()+" "+ev.Kind.String()+" "+ev.Method+" "+ev.Tool)
	if (r.denyMethod != "" && ev.Msg.Method == r.denyMethod) || (r.denyTool != "" && ev.Tool == r.denyTool && ev.Kind == guard.KindToolResult) {
		return guard.Denied(0, "not allowed"), nil
	}
	if r.denyTool != "" && ev.Tool == r.denyTool && ev.Kind == guard.KindToolCall {
		return guard.Denied(0, "tool refused"), nil
	}
	return guard.Allowed, nil
}

func frame(t *testing.T, f *Filter, dir guard.Direction, s string) (string, string) {
	t.Helper()
	fw, rp, err := f.Frame(context.Background(), dir, []byte(s))
	if err != nil {
		t.Logf("Frame: %v", err)
	}
	return string(fw), string(rp)
}

func TestFilterPairsAndTypes(t *testing.T) {
	rec := &recorder{}
	f := NewFilter(guard.NewChain([]guard.Check{rec}, guard.Options{}), "srv", "")
	call := `{"jsonrpc":"2.0","id":"c1","method":"tools/call","params":{"name":"echo","arguments":{}}}`
	if fw, rp := frame(t, f, guard.ToServer, call); fw != call || rp != "" {
		t.Fatalf("call: forward %q reply %q", fw, rp)
	}
	// A server request in between, with a colliding id of its own.
	sreq := `{"jsonrpc":"2.0","id":"c1","method":"sampling/createMessage","params":{}}`
	if fw, _ := frame(t, f, guard.ToClient, sreq); fw != sreq {
		t.Fatalf("server request not forwarded: %q", fw)
	}
	if fw, _ := frame(t, f, guard.ToServer, `{"jsonrpc":"2.0","id":"c1","result":{"model":"m"}}`); fw == "" {
		t.Fatal("client answer not forwarded")
	}
	resp := `{"jsonrpc":"2.0","id":"c1","result":{"content":[]}}`
	if fw, _ := frame(t, f, guard.ToClient, resp); fw != resp {
		t.Fatalf("response changed: %q", fw)
	}
	want := []string{
		"to_server tool_call tools/call echo",
		"to_client server_request sampling/createMessage ",
		"to_server server_request_result sampling/createMessage ",
		"to_client tool_result tools/call echo",
	}
	if strings.Join(rec.seen, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(rec.seen, "\n"), strings.Join(want, "\n"))
	}
	if a, b := f.Pending(); a != 0 || b != 0 {
		t.Errorf("pending = %d, %d; want 0, 0", a, b)
	}
}

func TestFilterDenials(t *testing.T) {
	rec := &recorder{denyMethod: "sampling/createMessage", denyTool: "rm"}
	f := NewFilter(guard.NewChain([]guard.Check{rec}, guard.Options{}), "srv", "")

	// A denied tools/call is an isError tool result for the client.
	fw, rp := frame(t, f, guard.ToServer, `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"rm"}}`)
	if fw != "" || !strings.Contains(rp, `"isError":true`) || !strings.Contains(rp, `"id":7`) || !strings.Contains(rp, "tool refused") {
		t.Fatalf("denied call: forward %q reply %q", fw, rp)
	}
	// A denied server request is answered to the server, never shown to the client.
	fw, rp = frame(t, f, guard.ToClient, `{"jsonrpc":"2.0","id":9,"method":"sampling/createMessage"}`)
	if fw != "" || !strings.Contains(rp, `"code":-32080`) || !strings.Contains(rp, `"id":9`) {
		t.Fatalf("denied server request: forward %q reply %q", fw, rp)
	}
	// Malformed from the client: an error reply with the id when readable.
	fw, rp = frame(t, f, guard.ToServer, `{"jsonrpc":"2.0","id":3,"method":"x","params":{"a":1,"A":2}}`)
	if fw != "" || !strings.Contains(rp, `"id":3`) || !strings.Contains(rp, "-32600") {
		t.Fatalf("malformed: forward %q reply %q", fw, rp)
	}
	fw, rp = frame(t, f, guard.ToServer, `not json`)
	if fw != "" || !strings.Contains(rp, "-32700") || !strings.Contains(rp, `"id":null`) {
		t.Fatalf("garbage: forward %q reply %q", fw, rp)
	}
	// Malformed from the server: the waiting client gets an error.
	frame(t, f, guard.ToServer, `{"jsonrpc":"2.0","id":4,"method":"tools/list"}`)
	fw, rp = frame(t, f, guard.ToClient, `{"jsonrpc":"2.0","id":4,"result":{"tools":[}`)
	if !strings.Contains(fw, "-32082") || !strings.Contains(fw, `"id":4`) || rp != "" {
		t.Fatalf("malformed server response: forward %q reply %q", fw, rp)
	}
}

func TestFilterBatch(t *testing.T) {
	rec := &recorder{denyMethod: "prompts/get"}
	f := NewFilter(guard.NewChain([]guard.Check{rec}, guard.Options{}), "srv", "")
	fw, rp := frame(t, f, guard.ToServer, `[{"jsonrpc":"2.0","id":1,"method":"tools/list"},{"jsonrpc":"2.0","id":2,"method":"prompts/get"},{"jsonrpc":"2.0","method":"notifications/initialized"},7]`)
	if fw != `[{"jsonrpc":"2.0","id":1,"method":"tools/list"},{"jsonrpc":"2.0","method":"notifications/initialized"}]` {
		t.Errorf("forward = %s", fw)
	}
	if !strings.HasPrefix(rp, "[") || !strings.Contains(rp, `"id":2`) || !strings.Contains(rp, "-32600") {
		t.Errorf("reply = %s", rp)
	}
}

func TestFilterOversizedAndAbandon(t *testing.T) {
	f := NewFilter(nil, "srv", "")
	frame(t, f, guard.ToServer, `{"jsonrpc":"2.0","id":"big","method":"tools/call","params":{"name":"x"}}`)
	frame(t, f, guard.ToServer, `{"jsonrpc":"2.0","id":2,"method":"tools/list"}`)
	fw, rp := f.Oversized(guard.ToClient, []byte(`{"jsonrpc":"2.0","id":"big","result":{"content":[{"text":"AAAA`), 100)
	if !strings.Contains(string(fw), `"id":"big"`) || !strings.Contains(string(fw), "-32081") || rp != nil {
		t.Fatalf("oversized response: %s / %s", fw, rp)
	}
	_, rp = f.Oversized(guard.ToServer, []byte(`{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"x":"AAA`), 100)
	if !strings.Contains(string(rp), `"id":9`) {
		t.Fatalf("oversized request reply: %s", rp)
	}
	left := f.Abandon("upstream exited")
	if len(left) != 1 || !strings.Contains(string(left[0]), `"id":2`) || !strings.Contains(string(left[0]), "-32082") {
		t.Fatalf("Abandon = %q", left)
	}
}

func BenchmarkFilterToolCall4K(b *testing.B) {
	rec := guard.NewChain(guard.Build(guard.Settings{MaxRequestBytes: 1 << 20, MaxResponseBytes: 1 << 20,
		MethodLists: []guard.MethodList{{Deny: []string{"sampling/createMessage"}}}}), guard.Options{})
	f := NewFilter(rec, "srv", "")
	req := []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"` + strings.Repeat("x", 1000) + `"}}}`)
	resp := []byte(`{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"` + strings.Repeat("The quick brown fox. ", 200) + `"}]}}`)
	b.SetBytes(int64(len(req) + len(resp)))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		if fw, _, _ := f.Frame(ctx, guard.ToServer, req); fw == nil {
			b.Fatal("dropped")
		}
		if fw, _, _ := f.Frame(ctx, guard.ToClient, resp); fw == nil {
			b.Fatal("dropped")
		}
	}
}
