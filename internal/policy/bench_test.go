package policy

import (
	"context"
	"testing"
	"time"
)

// typicalRules is a five-rule policy of the kind the examples show; the
// benchmark input matches none of them, so every rule runs.
var typicalRules = []Rule{
	{Name: "fs-read-only", Action: Deny,
		When: `server == "fs" && tool.lowerAscii().matches("(write|edit|create|move|delete)")`},
	{Name: "no-rm", Action: Deny,
		When: `has(arguments.command) && arguments.command.matches(r'(^|[;&|]|\s)rm\s+(-[a-zA-Z]*[rR]|--recursive)')`},
	{Name: "workspace", Action: Deny,
		When: `tool == "write_file" && !(has(arguments.path) && pathWithin(arguments.path, "/srv/workspace"))`},
	{Name: "egress", Action: Deny,
		When: `has(arguments.url) && !hostMatches(urlHost(arguments.url), ["api.github.com", "*.wikipedia.org"])`},
	{Name: "wallet", Action: Deny,
		When: `server == "wallet" && !(has(arguments.to) && isEVMAddress(arguments.to) && arguments.to.lowerAscii() in ["0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"])`},
}

func BenchmarkEvalTypical(b *testing.B) {
	p := mustCompile(b, typicalRules, Options{})
	in := &Input{
		Server: "web", Tool: "fetch", Method: "tools/call", Principal: "alice", Session: "s1",
		Arguments:   map[string]any{"url": "https://en.wikipedia.org/wiki/Go", "timeout": 30.0},
		Annotations: map[string]any{"readOnlyHint": true, "openWorldHint": true},
		ClientName:  "claude-code", ClientVersion: "1.0.0",
		Now: time.Unix(1700000000, 0),
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		res, err := p.Eval(ctx, in)
		if err != nil || res.Action != Allow {
			b.Fatal(res, err)
		}
	}
}

func BenchmarkEvalFirstRuleDenies(b *testing.B) {
	p := mustCompile(b, typicalRules, Options{})
	in := &Input{Server: "fs", Tool: "write_file", Method: "tools/call", Now: time.Unix(1700000000, 0)}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if res, err := p.Eval(ctx, in); err != nil || res.Action != Deny {
			b.Fatal(res, err)
		}
	}
}

func BenchmarkCompileTypical(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile(typicalRules, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
