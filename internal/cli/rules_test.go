package cli

import (
	"strconv"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/config"
)

func TestCompileRules(t *testing.T) {
	const server = "servers:\n  pay:\n    url: http://127.0.0.1:9/mcp\n    calls: {per_minute: 60}\n" +
		"    tools:\n      send: {calls: {per_session: 3}, guards: [{argument: to, type: email, allow: [a@example.com]}]}\n"
	tests := []struct {
		name    string
		yaml    string
		wantErr string
		rules   int
		guards  int
	}{
		{"empty", "version: 1\n", "", 0, 0},
		{"rules and guards", "version: 1\npolicy:\n  rules:\n  - {name: r, when: 'tool == \"x\"', action: deny}\n" + server, "", 1, 1},
		{"rule that does not compile", "version: 1\npolicy:\n  rules:\n  - {name: broken, when: 'tool ==', action: deny}\n", "broken", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := config.Parse("shield.yaml", []byte(tt.yaml), nil)
			if err != nil {
				t.Fatal(err)
			}
			r, err := compileRules(cfg)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("compileRules: %v, want an error naming %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n, g := r.counts(); n != tt.rules || g != tt.guards {
				t.Errorf("counts = %d rules, %d guards; want %d, %d", n, g, tt.rules, tt.guards)
			}
		})
	}
}

// TestCallsForReloaded: the limits come from the reloaded config's entry
// for the server of the same name, not from the one the chain was built
// with; a server the new config does not name keeps its own.
func TestCallsForReloaded(t *testing.T) {
	parse := func(perSession int) *config.Config {
		t.Helper()
		y := "version: 1\nservers:\n  pay:\n    url: http://127.0.0.1:9/mcp\n    tools:\n      send: {calls: {per_session: " + strconv.Itoa(perSession) + "}}\n"
		cfg, err := config.Parse("shield.yaml", []byte(y), nil)
		if err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	old, next := parse(3), parse(5)
	r, err := compileRules(next)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.callsFor(old.Servers[0], "send").PerSession; got != 5 {
		t.Errorf("per_session after reload = %d, want 5", got)
	}
	other := &config.Server{Name: "gone", Calls: config.CallLimits{PerSession: 7}}
	if got := r.callsFor(other, "send").PerSession; got != 7 {
		t.Errorf("per_session of a server the new config does not name = %d, want its own 7", got)
	}
}
