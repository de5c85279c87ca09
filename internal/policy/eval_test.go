package policy

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func mustCompile(t testing.TB, rules []Rule, opts Options) *Policy {
	t.Helper()
	p, err := Compile(rules, opts)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	return p
}

func TestEval(t *testing.T) {
	p := mustCompile(t, []Rule{
		{Name: "watch-fs", When: `server == "fs"`, Action: Monitor},
		{Name: "watch-writes", When: `tool.startsWith("write")`, Action: Monitor},
		{Name: "admin", When: `principal == "admin"`, Action: Allow, Reason: "admins may"},
		{Name: "no-delete", When: `server == "fs" && tool == "delete_file"`, Action: Deny, Reason: "no deleting"},
		{Name: "outside", When: `tool == "write_file" && !(has(arguments.path) && pathWithin(arguments.path, "/work"))`, Action: Deny, Reason: "writes stay in /work"},
		{Name: "mail", When: `server == "mail"`, Action: Redact, Reason: "mail leaves the company"},
		{Name: "late", When: `now.getHours() >= 22`, Action: Deny, Reason: "too late"},
		{Name: "big", When: `has(arguments.amount) && arguments.amount > 100`, Action: Deny, Reason: "too much"},
		{Name: "optional", When: `arguments.?mode.orValue("") == "force"`, Action: Deny},
		{Name: "destructive", When: `annotations.?destructiveHint.orValue(false)`, Action: Deny},
		{Name: "old-client", When: `client.name == "acme" && client.version.startsWith("0.")`, Action: Deny},
		{Name: "session", When: `session == "s-blocked" && method == "tools/call"`, Action: Deny},
	}, Options{})
	noon := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   Input
		want Result
	}{
		{"nothing matches", Input{Server: "web", Tool: "search"}, Result{Action: Allow}},
		{"first decider wins", Input{Server: "fs", Tool: "delete_file", Principal: "admin"},
			Result{Action: Allow, Rule: "admin", Reason: "admins may", Monitored: []string{"watch-fs"}}},
		{"monitors accumulate", Input{Server: "fs", Tool: "write_file", Arguments: map[string]any{"path": "/work/a"}},
			Result{Action: Allow, Monitored: []string{"watch-fs", "watch-writes"}}},
		{"deny with reason", Input{Server: "fs", Tool: "delete_file"},
			Result{Action: Deny, Rule: "no-delete", Reason: "no deleting", Monitored: []string{"watch-fs"}}},
		{"has idiom, absent", Input{Server: "x", Tool: "write_file"},
			Result{Action: Deny, Rule: "outside", Reason: "writes stay in /work", Monitored: []string{"watch-writes"}}},
		{"has idiom, escape", Input{Server: "x", Tool: "write_file", Arguments: map[string]any{"path": "/work/../etc/passwd"}},
			Result{Action: Deny, Rule: "outside", Reason: "writes stay in /work", Monitored: []string{"watch-writes"}}},
		{"redact", Input{Server: "mail", Tool: "send"}, Result{Action: Redact, Rule: "mail", Reason: "mail leaves the company"}},
		{"now from input", Input{Now: time.Date(2025, 3, 1, 23, 0, 0, 0, time.UTC)}, Result{Action: Deny, Rule: "late", Reason: "too late"}},
		{"json number vs int literal", Input{Now: noon, Arguments: map[string]any{"amount": 150.5}}, Result{Action: Deny, Rule: "big", Reason: "too much"}},
		{"small amount", Input{Now: noon, Arguments: map[string]any{"amount": 99.0}}, Result{Action: Allow}},
		{"optional present", Input{Now: noon, Arguments: map[string]any{"mode": "force"}}, Result{Action: Deny, Rule: "optional"}},
		{"annotation claimed", Input{Now: noon, Annotations: map[string]any{"destructiveHint": true}}, Result{Action: Deny, Rule: "destructive"}},
		{"annotation not bool is dropped", Input{Now: noon, Annotations: map[string]any{"destructiveHint": "true", "title": "x"}}, Result{Action: Allow}},
		{"client", Input{Now: noon, ClientName: "acme", ClientVersion: "0.9"}, Result{Action: Deny, Rule: "old-client"}},
		{"session and method", Input{Now: noon, Session: "s-blocked", Method: "tools/call"}, Result{Action: Deny, Rule: "session"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			if in.Now.IsZero() {
				in.Now = noon // else the "late" rule depends on when the test runs
			}
			got, err := p.Eval(context.Background(), &in)
			if err != nil {
				t.Fatalf("Eval: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Eval = %+v; want %+v", got, tt.want)
			}
		})
	}
}

func TestEvalDefaultNow(t *testing.T) {
	p := mustCompile(t, []Rule{{Name: "after-2020", When: `now > timestamp("2020-01-01T00:00:00Z")`, Action: Deny}}, Options{})
	if res, err := p.Eval(context.Background(), &Input{}); err != nil || res.Action != Deny {
		t.Errorf("Eval with zero Now = %+v, %v; want the current time, so Deny", res, err)
	}
}

func TestEvalNilInput(t *testing.T) {
	p := mustCompile(t, []Rule{{Name: "r", When: `tool == "" && !has(arguments.x) && size(annotations) == 0`, Action: Deny}}, Options{})
	if res, err := p.Eval(context.Background(), nil); err != nil || res.Action != Deny {
		t.Errorf("Eval(nil) = %+v, %v; want the rule to see an empty input", res, err)
	}
}

func TestEvalErrors(t *testing.T) {
	tests := []struct {
		name  string
		rules []Rule
		opts  Options
		in    Input
		want  string // substring of the error
		is    error
	}{
		{"missing key", []Rule{{Name: "p", When: `arguments.path == "/x"`, Action: Deny}},
			Options{}, Input{}, `evaluating policy rule "p": no such key: path`, nil},
		{"nested has on absent parent", []Rule{{Name: "p", When: `has(arguments.a.b)`, Action: Deny}},
			Options{}, Input{}, "no such key: a", nil},
		{"runtime type", []Rule{{Name: "t", When: `arguments.path.startsWith("/")`, Action: Deny}},
			Options{}, Input{Arguments: map[string]any{"path": 3.0}}, "no such overload", nil},
		{"monitor rules fail too", []Rule{{Name: "m", When: `arguments.x == 1`, Action: Monitor}},
			Options{}, Input{}, `rule "m"`, nil},
		{"cost limit", []Rule{{Name: "c", When: `arguments.xs.all(x, arguments.xs.all(y, x == y || true))`, Action: Deny}},
			Options{CostLimit: 1000}, Input{Arguments: map[string]any{"xs": make([]any, 100)}}, "cost limit exceeded", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustCompile(t, tt.rules, tt.opts)
			got, err := p.Eval(context.Background(), &tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Eval = %+v, %v; want an error containing %q", got, err, tt.want)
			}
			if got.Action != "" || got.Rule != tt.rules[0].Name {
				t.Errorf("Eval result = %+v; want no action and Rule %q", got, tt.rules[0].Name)
			}
		})
	}
}

func TestEvalContext(t *testing.T) {
	p := mustCompile(t, []Rule{{Name: "slow", When: `arguments.xs.all(x, arguments.xs.all(y, x == y || true))`, Action: Deny}},
		Options{CostLimit: 1 << 62})
	in := &Input{Arguments: map[string]any{"xs": make([]any, 100_000)}}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Eval(ctx, in); !errors.Is(err, context.Canceled) {
		t.Errorf("Eval(cancelled) error = %v; want context.Canceled", err)
	}

	// 10^10 iterations: this only returns because the deadline interrupts it.
	ctx, cancel = context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := p.Eval(ctx, in); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Eval(deadline) error = %v; want context.DeadlineExceeded", err)
	}
}

func TestEvalConcurrent(t *testing.T) {
	p := mustCompile(t, []Rule{
		{Name: "m", When: `tool == "a"`, Action: Monitor},
		{Name: "d", When: `has(arguments.x) && arguments.x == "deny"`, Action: Deny},
	}, Options{})
	done := make(chan error)
	for i := range 8 {
		go func() {
			x := "deny"
			if i%2 == 0 {
				x = "ok"
			}
			for range 200 {
				res, err := p.Eval(context.Background(), &Input{Tool: "a", Arguments: map[string]any{"x": x}})
				if err != nil {
					done <- err
					return
				}
				if (res.Action == Deny) != (x == "deny") || len(res.Monitored) != 1 {
					done <- errors.New("wrong result under concurrency")
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
