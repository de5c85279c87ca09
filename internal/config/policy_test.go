package config

import (
	"strings"
	"testing"
)

func TestParsePolicyToolsCalls(t *testing.T) {
	src := `version: 1
calls:
  per_minute: 60
policy:
  rules:
    - name: no-rm
      when: tool == "shell" && arguments.command.contains("rm -rf")
      action: deny
      reason: no recursive deletes
    - name: watch
      when: "true"
      action: monitor
servers:
  wallet:
    command: wallet-server
    require_signature: false
    calls:
      per_session: 5
    tools:
      send_eth:
        guards:
          - argument: to
            type: evm_address
            allow: ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"]
        calls:
          max_argument_bytes: 4KiB
`
	cfg, err := Parse("shield.yaml", []byte(src), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(cfg.Policy.Rules); got != 2 {
		t.Fatalf("got %d rules; want 2", got)
	}
	if r := cfg.Policy.Rules[0]; r.Name != "no-rm" || r.Action != "deny" || r.Line != 6 {
		t.Errorf("rule 0 = %+v; want no-rm, deny, line 6", r)
	}
	s := cfg.Servers[0]
	g := s.Tools["send_eth"].Guards
	if len(g) != 1 || g[0].Argument != "to" || g[0].Type != "evm_address" || len(g[0].Allow) != 1 {
		t.Errorf("guards = %+v", g)
	}
	l := cfg.CallsFor(s, "send_eth")
	if l.PerMinute != 60 || l.PerSession != 5 || l.MaxArgumentBytes != 4096 {
		t.Errorf("CallsFor = %+v; want per_minute 60 (global), per_session 5 (server), 4096 bytes (tool)", l)
	}
	if l := cfg.CallsFor(s, "other"); l.MaxArgumentBytes != 0 || l.PerSession != 5 {
		t.Errorf("CallsFor(other) = %+v", l)
	}
}

func TestPolicyErrors(t *testing.T) {
	src := `version: 1
policy:
  rules:
    - name: ""
      when: ""
      action: block
servers:
  s:
    command: x
    tools:
      t:
        guards:
          - argument: to
            type: bitcoin
            allow: []
        calls:
          burst: 3
`
	_, err := Parse("shield.yaml", []byte(src), nil)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"policy.rules[0].name", "policy.rules[0].when", "policy.rules[0].action", "servers.s.tools.t.guards[0].type",
		"servers.s.tools.t.guards[0].allow", "servers.s.tools.t.calls.burst"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not name %s:\n%v", want, err)
		}
	}
}
