package guard

import (
	"context"
	"errors"
	"testing"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// TestChainAudit: every decision other than allow, and with AuditCalls
// every call let through, reaches Audit; a record that cannot be written
// denies the message in enforce mode unless the audit fails open.
func TestChainAudit(t *testing.T) {
	errDisk := errors.New("disk full")
	tests := []struct {
		name     string
		check    Decision
		mode     Mode
		calls    bool
		failOpen bool
		auditErr error
		want     Verdict
		code     int
		records  []Verdict // what Audit was given
	}{
		{"allowed call recorded", Allowed, Enforce, true, false, nil, Allow, 0, []Verdict{Allow}},
		{"allowed call not recorded", Allowed, Enforce, false, false, nil, Allow, 0, nil},
		{"report then call", Reported("seen"), Enforce, true, false, nil, Allow, 0, []Verdict{Report, Allow}},
		{"deny is one record", Denied(jsonrpc.CodeDenied, "no"), Enforce, true, false, nil, Deny, jsonrpc.CodeDenied, []Verdict{Deny}},
		{"unwritten call denied", Allowed, Enforce, true, false, errDisk, Deny, jsonrpc.CodeCheckFailed, []Verdict{Allow}},
		{"unwritten report denied", Reported("seen"), Enforce, false, false, errDisk, Deny, jsonrpc.CodeCheckFailed, []Verdict{Report}},
		{"unwritten deny stays a deny", Denied(jsonrpc.CodeDenied, "no"), Enforce, true, false, errDisk, Deny, jsonrpc.CodeDenied, []Verdict{Deny}},
		{"fail open", Reported("seen"), Enforce, true, true, errDisk, Allow, 0, []Verdict{Report, Allow}},
		{"monitor never blocks", Denied(jsonrpc.CodeDenied, "no"), Monitor, true, false, errDisk, Allow, 0, []Verdict{Deny, Allow}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Verdict
			c := NewChain([]Check{&fixed{name: "c", d: tt.check}}, Options{Mode: tt.mode,
				Audit: func(_ context.Context, r Record) error {
					got = append(got, r.Decision.Verdict)
					return tt.auditErr
				},
				AuditCalls: tt.calls, AuditFailOpen: tt.failOpen})
			ev := &Event{Kind: KindToolCall, Tool: "t", Msg: msg(t, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t"}}`)}
			d := c.Run(context.Background(), ev)
			if d.Verdict != tt.want || (tt.code != 0 && d.Code != tt.code) {
				t.Errorf("decision %+v; want %v code %d", d, tt.want, tt.code)
			}
			if len(got) != len(tt.records) {
				t.Fatalf("audit records %v; want %v", got, tt.records)
			}
			for i := range got {
				if got[i] != tt.records[i] {
					t.Errorf("audit records %v; want %v", got, tt.records)
				}
			}
		})
	}
}

// TestChainAuditWantsCalls: a chain with no check for tools/call still
// wants its events when every call is audited.
func TestChainAuditWantsCalls(t *testing.T) {
	audit := func(context.Context, Record) error { return nil }
	if c := NewChain(nil, Options{Audit: audit, AuditCalls: true}); !c.Wants(KindToolCall) || c.Wants(KindToolsList) {
		t.Error("with AuditCalls, Wants(tools/call) must be true and Wants(tools/list) false")
	}
	if c := NewChain(nil, Options{Audit: audit}); c.Wants(KindToolCall) {
		t.Error("without AuditCalls, an empty chain wants no tools/call")
	}
}
