package guard_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/detect/value"
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/limit"
	"github.com/mcpshield/mcpshield/internal/policy"
	"github.com/mcpshield/mcpshield/internal/schema"
)

// callChain lists tools through an integrity check, then returns a function
// running tools/call of tool with args through the whole call pipeline.
func callChain(t *testing.T, s guard.Settings, tools ...string) func(tool, args string) guard.Decision {
	t.Helper()
	return callChainOpts(t, s, guard.Options{}, tools...)
}

// callChainOpts is callChain with the chain's options.
func callChainOpts(t *testing.T, s guard.Settings, opts guard.Options, tools ...string) func(tool, args string) guard.Decision {
	t.Helper()
	cat := guard.NewCatalog()
	s.Integrity = &guard.IntegrityOptions{Server: "fs", ServerID: "stdio:[\"fs\"]", Catalog: cat}
	chain := guard.NewChain(guard.Build(s), opts)
	msg, err := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":1,"result":{"tools":[` + strings.Join(tools, ",") + `]}}`))
	if err != nil {
		t.Fatal(err)
	}
	chain.Run(context.Background(), &guard.Event{Server: "fs", Dir: guard.ToClient, Kind: guard.KindToolsListResult, Method: "tools/list", Msg: msg})
	return func(tool, args string) guard.Decision {
		msg, err := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"` + tool + `","arguments":` + args + `}}`))
		if err != nil {
			t.Fatal(err)
		}
		return chain.Run(context.Background(), &guard.Event{Server: "fs", Session: "s1", Dir: guard.ToServer, Kind: guard.KindToolCall,
			Method: "tools/call", Tool: tool, Msg: msg})
	}
}

const (
	writeTool = `{"name":"write_file","description":"Write a file.","inputSchema":{"type":"object","properties":{"path":{"type":"string"},"content":{"type":"string"}},"required":["path","content"]},"annotations":{"destructiveHint":true}}`
	payTool   = `{"name":"send_eth","description":"Send ether.","inputSchema":{"type":"object","properties":{"to":{"type":"string"},"amount":{"type":"number"}},"required":["to"]}}`
)

func TestCallPipeline(t *testing.T) {
	pol, err := policy.Compile([]policy.Rule{
		{Name: "writes-in-workspace", When: `tool == "write_file" && !pathWithin(arguments.path, "/work")`, Action: policy.Deny, Reason: "writes stay in /work"},
		{Name: "destructive", When: `annotations.?destructiveHint.orValue(false) && arguments.path.endsWith(".env")`, Action: policy.Deny, Reason: "no .env edits"},
	}, policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g, err := value.Guard{Argument: "to", Type: value.TypeEVMAddress, Allow: []string{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}}.Compile()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(1000, 0)
	call := callChain(t, guard.Settings{
		Schema: schema.New(schema.Options{}),
		Guards: map[string][]*value.CompiledGuard{"send_eth": {g}},
		Policy: &guard.PolicyOptions{Policy: pol},
		CallLimits: &guard.CallLimitOptions{Now: func() time.Time { return now }, For: func(tool string) guard.CallLimits {
			if tool == "send_eth" {
				return guard.CallLimits{PerMinute: 60, Burst: 2, MaxArgumentBytes: 200}
			}
			return guard.CallLimits{PerSession: 5} // every call counts, denied or not
		}},
	}, writeTool, payTool)

	tests := []struct {
		name, tool, args string
		code             int // 0: allowed
		reason           string
	}{
		{"valid write", "write_file", `{"path":"/work/a.txt","content":"x"}`, 0, ""},
		{"schema: missing content", "write_file", `{"path":"/work/a.txt"}`, jsonrpc.CodeDenied, "content"},
		{"schema: wrong type", "write_file", `{"path":"/work/a.txt","content":5}`, jsonrpc.CodeDenied, "/content"},
		{"policy: outside workspace", "write_file", `{"path":"/etc/passwd","content":"x"}`, jsonrpc.CodeDenied, "writes-in-workspace"},
		{"policy: on annotations", "write_file", `{"path":"/work/.env","content":"x"}`, jsonrpc.CodeDenied, "no .env edits"},
		{"per session limit", "write_file", `{"path":"/work/b.txt","content":"x"}`, jsonrpc.CodeRateLimited, "5 call(s) per session"},
		{"guard: allowed recipient", "send_eth", `{"to":"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed","amount":1}`, 0, ""},
		{"guard: other recipient", "send_eth", `{"to":"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359","amount":1}`, jsonrpc.CodeDenied, "not an allowed recipient"},
		{"rate limit", "send_eth", `{"to":"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed","amount":1}`, jsonrpc.CodeRateLimited, "per minute"},
		{"argument size", "send_eth", `{"to":"` + strings.Repeat("a", 300) + `"}`, jsonrpc.CodeTooLarge, "over its limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := call(tt.tool, tt.args)
			if tt.code == 0 {
				if d.Verdict == guard.Deny {
					t.Fatalf("denied: %s", d.Reason)
				}
				return
			}
			if d.Verdict != guard.Deny || d.Code != tt.code || !strings.Contains(d.Reason, tt.reason) {
				t.Errorf("got %v code %d %q; want deny code %d containing %q", d.Verdict, d.Code, d.Reason, tt.code, tt.reason)
			}
		})
	}
}

// schema_validation: report forwards a call that does not fit its schema and
// says why; off does not check at all; deny (the default) refuses it.
func TestSchemaValidationModes(t *testing.T) {
	badSchema := `{"name":"odd","description":"Odd.","inputSchema":{"type":"object","properties":{"n":{"type":"frobnicate"}}}}`
	for _, tt := range []struct {
		name     string
		s        guard.Settings
		tool     string
		verdict  guard.Verdict
		contains string
	}{
		{"deny: mismatch", guard.Settings{Schema: schema.New(schema.Options{})}, "write_file", guard.Deny, "/content"},
		{"report: mismatch", guard.Settings{Schema: schema.New(schema.Options{}), SchemaReport: true}, "write_file", guard.Report, "forwarded"},
		{"off", guard.Settings{}, "write_file", guard.Allow, ""},
		{"deny: unusable schema", guard.Settings{Schema: schema.New(schema.Options{})}, "odd", guard.Deny, "cannot be used"},
		{"report: unusable schema", guard.Settings{Schema: schema.New(schema.Options{}), SchemaReport: true}, "odd", guard.Report, "cannot be used"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var reports []guard.Decision
			call := callChainOpts(t, tt.s, guard.Options{Observe: func(_ context.Context, r guard.Record) {
				if r.Event.Kind == guard.KindToolCall {
					reports = append(reports, r.Decision)
				}
			}}, writeTool, badSchema)
			args := `{"path":"/work/a.txt","content":5}`
			if tt.tool == "odd" {
				args = `{"n":1}`
			}
			d := call(tt.tool, args)
			if tt.verdict == guard.Report {
				// forwarded, with the mismatch in the audit record
				if d.Verdict != guard.Allow || len(reports) != 1 || reports[0].Verdict != guard.Report || !strings.Contains(reports[0].Reason, tt.contains) {
					t.Errorf("got %v, records %+v; want the call forwarded and one report containing %q", d.Verdict, reports, tt.contains)
				}
				return
			}
			if d.Verdict != tt.verdict || !strings.Contains(d.Reason, tt.contains) {
				t.Errorf("got %v %q; want %v containing %q", d.Verdict, d.Reason, tt.verdict, tt.contains)
			}
		})
	}
}

// brokenLimiter is a rate limiter whose store does not answer.
type brokenLimiter struct{}

func (brokenLimiter) Allow(context.Context, string) (bool, time.Duration, error) {
	return false, 0, errors.New("redis: connection refused")
}

// TestSharedLimiterFailure: when the shared rate-limit store cannot decide,
// the call is denied by the chain (fail closed, the default), or let
// through and reported (rate_limits.on_error: allow); tools with no rate
// limit never ask the store.
func TestSharedLimiterFailure(t *testing.T) {
	limits := func(tool string) guard.CallLimits {
		if tool == "write_file" {
			return guard.CallLimits{PerMinute: 60}
		}
		return guard.CallLimits{}
	}
	for _, tt := range []struct {
		name     string
		failOpen bool
		want     guard.Verdict
		code     int
		reason   string // of the decision the client sees
		record   string // of the decision recorded (the audit trail)
	}{
		{"fail closed", false, guard.Deny, jsonrpc.CodeCheckFailed, "could not decide", "redis: connection refused"},
		{"fail open", true, guard.Allow, 0, "", "not checked, call let through (fail open): redis: connection refused"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var asked, records []string
			observe := func(_ context.Context, r guard.Record) {
				records = append(records, fmt.Sprintf("%v %s %v", r.Decision.Verdict, r.Decision.Reason, r.Err))
			}
			call := callChainOpts(t, guard.Settings{CallLimits: &guard.CallLimitOptions{For: limits,
				Limiter: func(perSecond float64, burst int) limit.Limiter {
					asked = append(asked, fmt.Sprintf("%g/s burst %d", perSecond, burst))
					return brokenLimiter{}
				}, LimiterFailOpen: tt.failOpen}}, guard.Options{Observe: observe}, writeTool, payTool)
			d := call("write_file", `{"path":"/work/a","content":"x"}`)
			if d.Verdict != tt.want || d.Code != tt.code || !strings.Contains(d.Reason, tt.reason) {
				t.Errorf("write_file = %v %d %q; want %v %d with %q", d.Verdict, d.Code, d.Reason, tt.want, tt.code, tt.reason)
			}
			if len(records) != 1 || !strings.Contains(records[0], tt.record) {
				t.Errorf("recorded %q; want one record with %q", records, tt.record)
			}
			if d := call("send_eth", `{"to":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}`); d.Verdict != guard.Allow {
				t.Errorf("send_eth (no rate limit) = %v %q; want allow", d.Verdict, d.Reason)
			}
			if len(asked) != 1 || asked[0] != "1/s burst 10" {
				t.Errorf("limiters made: %q; want one, 1/s burst 10 (60 a minute, bursts of a sixth)", asked)
			}
		})
	}
}
