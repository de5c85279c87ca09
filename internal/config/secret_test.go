package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// TestSecretRedacted checks that no usual way of printing a config shows a
// header or env value.
func TestSecretRedacted(t *testing.T) {
	const secret = "sk-live-0123456789"
	cfg, err := Parse("t.yaml", []byte(`version: 1
servers:
  r: {url: "https://h/mcp", headers: {Authorization: "Bearer ${S}"}}
  s: {command: x, env: {KEY: "${S}"}}
`), testEnv(map[string]string{"S": secret}))
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Servers[0].Headers["Authorization"].Reveal(); got != "Bearer "+secret {
		t.Fatalf("Reveal = %q", got)
	}
	var logged bytes.Buffer
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("cfg", "header", cfg.Servers[0].Headers["Authorization"],
		"env", cfg.Servers[1].Env)
	slog.New(slog.NewTextHandler(&logged, nil)).Info("cfg", "secret", cfg.Servers[1].Env["KEY"])
	js, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{
		"%v":   fmt.Sprintf("%v", *cfg.Servers[0]) + fmt.Sprintf("%v", *cfg.Servers[1]),
		"%+v":  fmt.Sprintf("%+v", *cfg.Servers[0]) + fmt.Sprintf("%+v", *cfg.Servers[1]),
		"%#v":  fmt.Sprintf("%#v", *cfg.Servers[0]) + fmt.Sprintf("%#v", *cfg.Servers[1]),
		"%s":   fmt.Sprintf("%s", cfg.Servers[1].Env),
		"%q":   fmt.Sprintf("%q", cfg.Servers[1].Env["KEY"]),
		"%x":   fmt.Sprintf("%x", cfg.Servers[1].Env["KEY"]),
		"slog": logged.String(),
		"json": string(js),
	}
	for name, out := range outputs {
		if strings.Contains(out, secret) || strings.Contains(out, fmt.Sprintf("%x", secret)) {
			t.Errorf("%s shows the secret: %s", name, out)
		}
		if !strings.Contains(out, "REDACTED") && name != "%x" {
			t.Errorf("%s does not say REDACTED: %s", name, out)
		}
	}
}
