package guard_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/mcpshield/mcpshield/internal/bench"
	"github.com/mcpshield/mcpshield/internal/detect/injection"
	"github.com/mcpshield/mcpshield/internal/detect/pii"
	"github.com/mcpshield/mcpshield/internal/detect/secrets"
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/policy"
	"github.com/mcpshield/mcpshield/internal/schema"
)

// benignText is n bytes of the pipeline benchmark's benign text.
func benignText(n int) string { return bench.Sentences(1, n) }

// BenchmarkPipeline runs one tools/call and its result through every check
// of the default configuration plus a policy rule: the whole request and
// response path a call pays for in the gateway (framing excluded).
func BenchmarkPipeline(b *testing.B) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		b.Fatal(err)
	}
	p := pii.New(pii.Options{})
	inj := injection.New(injection.Options{})
	pol, err := policy.Compile([]policy.Rule{{Name: "tmp", When: `tool == "delete_file" && !pathWithin(arguments.path, "/tmp")`, Action: policy.Deny}}, policy.Options{})
	if err != nil {
		b.Fatal(err)
	}
	cat := guard.NewCatalog()
	chain := guard.NewChain(guard.Build(guard.Settings{
		Integrity:  &guard.IntegrityOptions{Server: "s", ServerID: "stdio:[\"s\"]", Catalog: cat},
		CallLimits: &guard.CallLimitOptions{For: func(string) guard.CallLimits { return guard.CallLimits{} }},
		Schema:     schema.New(schema.Options{}),
		Policy:     &guard.PolicyOptions{Policy: pol},
		Arguments:  &guard.ArgumentOptions{Secrets: sec.Scan, OnSecret: guard.DataDeny, PII: p.Scan, OnPII: guard.DataReport},
		Content: &guard.ContentOptions{Secrets: sec.Scan, OnSecret: guard.DataRedact, PII: p.Scan, OnPII: guard.DataRedact, Decode: true,
			Injection: benchInjection(inj), OnInjection: guard.InjectionWrap, WrapAt: 0.5, BlockAt: 0.8, Sanitize: true},
	}), guard.Options{})
	ctx := context.Background()
	list, _ := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"search","description":"Search the documents.","inputSchema":{"type":"object","properties":{"query":{"type":"string"}}}}]}}`))
	chain.Run(ctx, &guard.Event{Server: "s", Dir: guard.ToClient, Kind: guard.KindToolsListResult, Method: "tools/list", Msg: list})

	for _, size := range []int{4 << 10, 256 << 10} {
		b.Run(fmt.Sprintf("result=%dKiB", size>>10), func(b *testing.B) {
			req, err := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"search","arguments":{"query":` +
				string(jsonrpc.Quote(benignText(1024))) + `}}}`))
			if err != nil {
				b.Fatal(err)
			}
			res, err := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":2,"result":{"content":[{"type":"text","text":` +
				string(jsonrpc.Quote(benignText(size))) + `}]}}`))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(req.Raw) + len(res.Raw)))
			b.ReportAllocs()
			for b.Loop() {
				d := chain.Run(ctx, &guard.Event{Server: "s", Dir: guard.ToServer, Kind: guard.KindToolCall, Method: "tools/call", Tool: "search", Msg: req})
				if d.Verdict == guard.Deny {
					b.Fatalf("request denied: %s", d.Reason)
				}
				d = chain.Run(ctx, &guard.Event{Server: "s", Dir: guard.ToClient, Kind: guard.KindToolResult, Method: "tools/call", Tool: "search", Msg: res})
				if d.Verdict == guard.Deny || d.Verdict == guard.Modify {
					b.Fatalf("benign result changed: %v %s", d.Verdict, d.Reason)
				}
			}
		})
	}
}

// benchInjection lets a profile of the rest of the pipeline leave the
// injection detector out: MCPSHIELD_BENCH_NO_INJECTION=1.
func benchInjection(d *injection.Detector) *injection.Detector {
	if os.Getenv("MCPSHIELD_BENCH_NO_INJECTION") == "1" {
		return nil
	}
	return d
}
