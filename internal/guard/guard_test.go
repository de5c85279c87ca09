package guard

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

func msg(t *testing.T, s string) *jsonrpc.Message {
	t.Helper()
	m, err := jsonrpc.Parse([]byte(s))
	if err != nil {
		t.Fatalf("Parse(%s): %v", s, err)
	}
	return m
}

func TestMethodCheck(t *testing.T) {
	tests := []struct {
		name        string
		allow, deny []string
		method      string
		want        Verdict
	}{
		{"no lists", nil, nil, "tools/call", Allow},
		{"denied exact", nil, []string{"tools/call"}, "tools/call", Deny},
		{"denied glob", nil, []string{"resources/*"}, "resources/templates/list", Deny},
		{"glob needs prefix", nil, []string{"resources/*"}, "tools/list", Allow},
		{"allow list hit", []string{"tools/*"}, nil, "tools/list", Allow},
		{"allow list miss", []string{"tools/*"}, nil, "prompts/get", Deny},
		{"lifecycle passes allow list", []string{"tools/*"}, nil, "initialize", Allow},
		{"lifecycle can be denied", nil, []string{"ping"}, "ping", Deny},
		{"deny wins over allow", []string{"*"}, []string{"sampling/createMessage"}, "sampling/createMessage", Deny},
		{"inner star", nil, []string{"notifications/*/list_changed"}, "notifications/tools/list_changed", Deny},
		{"two stars", nil, []string{"*/*list*"}, "resources/templates/list", Deny},
		{"star then literal mismatch", nil, []string{"tools/*x"}, "tools/list", Allow},
		{"many stars do not blow up", nil, []string{"*a*a*a*a*a*a*a*a*a*a*a*a*b"}, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", Allow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewMethodCheck(tt.allow, tt.deny)
			ev := &Event{Kind: KindOther, Msg: msg(t, `{"jsonrpc":"2.0","id":1,"method":"`+tt.method+`"}`)}
			d, err := c.Inspect(context.Background(), ev)
			if err != nil || d.Verdict != tt.want {
				t.Fatalf("Inspect(%s) = %v, %v; want %v", tt.method, d.Verdict, err, tt.want)
			}
			if d.Verdict == Deny && (d.Code != jsonrpc.CodeMethodNotFound || !strings.Contains(d.Reason, tt.method)) {
				t.Errorf("deny = code %d, reason %q", d.Code, d.Reason)
			}
		})
	}
}

func TestSizeCheck(t *testing.T) {
	c := NewSizeCheck(40, 100)
	small := msg(t, `{"jsonrpc":"2.0","id":1,"method":"x"}`)
	big := msg(t, `{"jsonrpc":"2.0","id":1,"method":"x","params":{"pad":"`+strings.Repeat("a", 80)+`"}}`)
	for _, tt := range []struct {
		name string
		dir  Direction
		m    *jsonrpc.Message
		want Verdict
	}{
		{"small to server", ToServer, small, Allow},
		{"big to server", ToServer, big, Deny},
		{"big to client under its limit", ToClient, msg(t, `{"jsonrpc":"2.0","id":1,"result":{"pad":"`+strings.Repeat("a", 40)+`"}}`), Allow},
		{"bigger to client", ToClient, big, Deny},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := c.Inspect(context.Background(), &Event{Dir: tt.dir, Msg: tt.m})
			if d.Verdict != tt.want {
				t.Fatalf("got %v; want %v (%s)", d.Verdict, tt.want, d.Reason)
			}
			if d.Verdict == Deny && d.Code != jsonrpc.CodeTooLarge {
				t.Errorf("code = %d", d.Code)
			}
		})
	}
}

// fixed is a check with a canned answer, for chain tests.
type fixed struct {
	name  string
	d     Decision
	err   error
	kinds []Kind
	calls int
}

func (f *fixed) Name() string { return f.name }
func (f *fixed) Inspect(context.Context, *Event) (Decision, error) {
	f.calls++
	return f.d, f.err
}

type kindFixed struct{ *fixed }

func (k kindFixed) Kinds() []Kind { return k.kinds }

func TestChain(t *testing.T) {
	orig := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a"}}`
	repl := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"b"}}`
	deny := Decision{Verdict: Deny, Reason: "no"}
	boom := errors.New("boom")
	tests := []struct {
		name     string
		opts     Options
		checks   func(t *testing.T) []Check
		want     Verdict
		wantCode int
		wantRaw  string
		records  int
	}{
		{"empty allows", Options{}, func(*testing.T) []Check { return nil }, Allow, 0, orig, 0},
		{"deny stops", Options{}, func(*testing.T) []Check {
			return []Check{&fixed{name: "d", d: deny}, &fixed{name: "never", err: boom}}
		}, Deny, jsonrpc.CodeDenied, orig, 1},
		{"modify then deny sees modified, returns deny", Options{}, func(t *testing.T) []Check {
			return []Check{&fixed{name: "m", d: Modified(msg(t, repl), "rename")}, &fixed{name: "d", d: deny}}
		}, Deny, jsonrpc.CodeDenied, orig, 2},
		{"modify", Options{}, func(t *testing.T) []Check {
			return []Check{&fixed{name: "m", d: Modified(msg(t, repl), "rename")}}
		}, Modify, 0, repl, 1},
		{"error fails closed", Options{}, func(*testing.T) []Check { return []Check{&fixed{name: "e", err: boom}} }, Deny, jsonrpc.CodeCheckFailed, orig, 1},
		{"error fails open when asked", Options{FailOpen: true}, func(*testing.T) []Check { return []Check{&fixed{name: "e", err: boom}} }, Allow, 0, orig, 1},
		{"monitor records and forwards", Options{Mode: Monitor}, func(t *testing.T) []Check {
			return []Check{&fixed{name: "m", d: Modified(msg(t, repl), "x")}, &fixed{name: "d", d: deny}}
		}, Allow, 0, orig, 2},
		{"modify without message fails closed", Options{}, func(*testing.T) []Check {
			return []Check{&fixed{name: "m", d: Decision{Verdict: Modify}}}
		}, Deny, jsonrpc.CodeCheckFailed, orig, 1},
		{"kind filter skips", Options{}, func(*testing.T) []Check {
			return []Check{kindFixed{&fixed{name: "d", d: deny, kinds: []Kind{KindToolResult}}}}
		}, Allow, 0, orig, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var recs []Record
			tt.opts.Observe = func(_ context.Context, r Record) {
				mu.Lock()
				recs = append(recs, r)
				mu.Unlock()
			}
			c := NewChain(tt.checks(t), tt.opts)
			ev := &Event{Kind: KindToolCall, Msg: msg(t, orig)}
			d := c.Run(context.Background(), ev)
			if d.Verdict != tt.want {
				t.Fatalf("verdict = %v (%s); want %v", d.Verdict, d.Reason, tt.want)
			}
			if tt.wantCode != 0 && d.Code != tt.wantCode {
				t.Errorf("code = %d; want %d", d.Code, tt.wantCode)
			}
			got := string(ev.Msg.Raw)
			if d.Verdict == Modify {
				got = string(d.Msg.Raw)
			}
			if got != tt.wantRaw {
				t.Errorf("message = %s; want %s", got, tt.wantRaw)
			}
			if len(recs) != tt.records {
				t.Errorf("records = %d; want %d", len(recs), tt.records)
			}
			if tt.opts.Mode == Monitor {
				for _, r := range recs {
					if r.Enforced {
						t.Errorf("monitor record marked enforced: %+v", r.Decision)
					}
				}
			}
		})
	}
}

func TestKindOf(t *testing.T) {
	req := msg(t, `{"jsonrpc":"2.0","id":1,"method":"tools/call"}`)
	resp := msg(t, `{"jsonrpc":"2.0","id":1,"result":{}}`)
	note := msg(t, `{"jsonrpc":"2.0","method":"notifications/progress"}`)
	for _, tt := range []struct {
		dir    Direction
		m      *jsonrpc.Message
		method string
		want   Kind
	}{
		{ToServer, req, "tools/call", KindToolCall},
		{ToClient, resp, "tools/call", KindToolResult},
		{ToClient, resp, "tools/list", KindToolsListResult},
		{ToClient, req, "sampling/createMessage", KindServerRequest},
		{ToServer, resp, "sampling/createMessage", KindServerRequestResult},
		{ToClient, note, "notifications/progress", KindNotification},
		{ToServer, msg(t, `{"jsonrpc":"2.0","id":1,"method":"x/unknown"}`), "x/unknown", KindOther},
		{ToClient, resp, "", KindOther},
	} {
		if got := KindOf(tt.dir, tt.m, tt.method); got != tt.want {
			t.Errorf("KindOf(%v, %s, %q) = %v; want %v", tt.dir, tt.m, tt.method, got, tt.want)
		}
	}
}
