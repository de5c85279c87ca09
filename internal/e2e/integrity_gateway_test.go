//go:build unix

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// startGateway writes cfg (its listen address is filled in for %[1]s) to a
// file and runs `mcpshield serve --config` on it until the test ends. It
// returns the gateway's base URL.
func (e *integrityEnv) startGateway(t *testing.T, cfg string) string {
	t.Helper()
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	path := filepath.Join(t.TempDir(), "shield.yaml")
	if err := os.WriteFile(path, fmt.Appendf(nil, cfg, addr), 0o600); err != nil {
		t.Fatal(err)
	}
	startListening(t, "mcpshield serve", addr, e.env(), e.shield, "serve", "--config", path)
	return "http://" + addr
}

// TestIntegrityShadowing: behind one serve --config gateway, a tool of one
// server whose description gives orders about another server's send_email
// is withheld, per server and in the aggregated /mcp; the same server alone
// behind `mcpshield run` keeps the tool that only shadows.
func TestIntegrityShadowing(t *testing.T) {
	e := newIntegrityEnv(t)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	base := e.startGateway(t, fmt.Sprintf(`version: 1
listen: %%[1]s
servers:
  mail:
    command: %[1]q
    args: [-variant, mail]
  shadow:
    command: %[1]q
    args: [-variant, shadow]
`, e.server))

	// The mail server is listed first, so the gateway knows its send_email
	// when the shadow server lists.
	mail := connectHTTP(ctx, t, base+"/servers/mail/mcp")
	if got := names(listTools(ctx, t, mail)); !slices.Equal(got, []string{"send_email"}) {
		t.Fatalf("/servers/mail/mcp lists %v; want [send_email]", got)
	}
	shadow := connectHTTP(ctx, t, base+"/servers/shadow/mcp")
	if got := names(listTools(ctx, t, shadow)); len(got) != 0 {
		t.Errorf("/servers/shadow/mcp lists %v; want nothing (both tools shadow send_email)", got)
	}
	// polish_text is harmless on its own: only the other server's
	// send_email makes it shadowing.
	wantDenied(ctx, t, shadow, "polish_text", map[string]any{"text": "x"}, `"polish_text"`, "withheld", `"send_email"`, "mail")
	wantDenied(ctx, t, shadow, "format_text", map[string]any{"text": "x"}, `"format_text"`, "withheld")

	agg := connectHTTP(ctx, t, base+"/mcp")
	if got := names(listTools(ctx, t, agg)); !slices.Equal(got, []string{"mail__send_email"}) {
		t.Errorf("/mcp lists %v; want [mail__send_email]", got)
	}
	wantCall(ctx, t, agg, "mail__send_email", map[string]any{"to": "bob@example.com", "subject": "hi", "body": "hello"}, "sent to bob@example.com")
	wantDenied(ctx, t, agg, "shadow__polish_text", map[string]any{"text": "x"}, "withheld")

	// Alone, with nothing to shadow, polish_text is shown; format_text is
	// still withheld for its own text.
	alone := e.connectRun(ctx, t, "shadow-alone", "-variant", "shadow")
	if got := names(listTools(ctx, t, alone)); !slices.Equal(got, []string{"polish_text"}) {
		t.Errorf("the shadow server alone lists %v; want [polish_text]", got)
	}
	wantCall(ctx, t, alone, "polish_text", map[string]any{"text": " x "}, "x")
}

// TestIntegrityShadowingListedFirst: the shadowing server lists before the
// server it shadows (as happens at random when a fresh gateway's first
// client lists /mcp, which asks every server at once). Once the shadowed
// send_email is known, calls to the shadowing tool must be refused, even
// from a session that was shown it.
func TestIntegrityShadowingListedFirst(t *testing.T) {
	e := newIntegrityEnv(t)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	base := e.startGateway(t, fmt.Sprintf(`version: 1
listen: %%[1]s
servers:
  mail:
    command: %[1]q
    args: [-variant, mail]
  shadow:
    command: %[1]q
    args: [-variant, shadow]
`, e.server))

	shadow := connectHTTP(ctx, t, base+"/servers/shadow/mcp")
	t.Logf("/servers/shadow/mcp, listed first, shows %v", names(listTools(ctx, t, shadow)))
	mail := connectHTTP(ctx, t, base+"/servers/mail/mcp")
	if got := names(listTools(ctx, t, mail)); !slices.Equal(got, []string{"send_email"}) {
		t.Fatalf("/servers/mail/mcp lists %v; want [send_email]", got)
	}
	wantDenied(ctx, t, shadow, "polish_text", map[string]any{"text": "x"}, `"polish_text"`, `"send_email"`)
	if got := names(listTools(ctx, t, shadow)); len(got) != 0 {
		t.Errorf("/servers/shadow/mcp, listed again, shows %v; want nothing", got)
	}
}

// TestIntegritySignedManifest: with require_signature, a server whose
// definitions are in a manifest signed by a trusted key is served; one
// whose add changed is served without add; a tampered manifest keeps the
// gateway from starting, and mcpshield verify tells them apart.
func TestIntegritySignedManifest(t *testing.T) {
	e := newIntegrityEnv(t)
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	key, pub, good := filepath.Join(dir, "k.key"), filepath.Join(dir, "k.pub"), filepath.Join(dir, "m.json")

	if r := e.cli(t, "keygen", "--out", filepath.Join(dir, "k")); r.code != 0 {
		t.Fatalf("keygen: %s", r)
	}
	if r := e.cli(t, "sign", "--key", key, "--label", "calc", "--out", good, "--", e.server, "-variant", "honest"); r.code != 0 {
		t.Fatalf("sign: %s", r)
	}
	if r := e.cli(t, "verify", "--pub", pub, good); r.code != 0 {
		t.Errorf("verify of the signed manifest: %s; want exit status 0", r)
	}
	if r := e.cli(t, "verify", "--pub", pub, good, "--", e.server, "-variant", "honest"); r.code != 0 {
		t.Errorf("verify of the signed manifest against the server it was made from: %s; want exit status 0", r)
	}
	if r := e.cli(t, "verify", "--pub", pub, good, "--", e.server, "-variant", "updated"); r.code != 1 || !strings.Contains(r.stdout+r.stderr, "add") {
		t.Errorf("verify of the signed manifest against a server whose add changed: %s; want exit status 1 naming add", r)
	}

	t.Run("served", func(t *testing.T) {
		// Pins off: only the signatures decide.
		base := e.startGateway(t, fmt.Sprintf(`version: 1
listen: %%[1]s
pins:
  store: off
servers:
  calc:
    command: %[1]q
    args: [-variant, honest]
    require_signature: true
    trusted_keys: [%[2]q]
    manifests: [%[3]q]
  changed:
    command: %[1]q
    args: [-variant, updated]
    require_signature: true
    trusted_keys: [%[2]q]
    manifests: [%[3]q]
`, e.server, pub, good))
		calc := connectHTTP(ctx, t, base+"/servers/calc/mcp")
		if got := names(listTools(ctx, t, calc)); !slices.Equal(got, []string{"add", "echo"}) {
			t.Errorf("the signed server lists %v; want [add echo]", got)
		}
		wantCall(ctx, t, calc, "add", map[string]any{"a": 20, "b": 22}, "42")

		changed := connectHTTP(ctx, t, base+"/servers/changed/mcp")
		if got := names(listTools(ctx, t, changed)); !slices.Equal(got, []string{"echo"}) {
			t.Errorf("the server whose add changed lists %v; want [echo]", got)
		}
		wantDenied(ctx, t, changed, "add", map[string]any{"a": 1, "b": 1}, `"add"`, "not in a manifest signed by a trusted key")
		wantCall(ctx, t, changed, "echo", map[string]any{"text": "signed"}, "signed")
	})

	tampers := []struct {
		name   string
		tamper func(m map[string]any)
	}{
		{"label", func(m map[string]any) { m["server"] = "someone-else" }},
		{"hash", func(m map[string]any) {
			entry := m["entries"].([]any)[0].(map[string]any)
			h := entry["hash"].(string)
			last := "0"
			if strings.HasSuffix(h, "0") {
				last = "1"
			}
			entry["hash"] = h[:len(h)-1] + last
		}},
	}
	for _, tt := range tampers {
		t.Run("tampered-"+tt.name, func(t *testing.T) {
			bad := tamperedCopy(t, good, tt.tamper)
			if r := e.cli(t, "verify", "--pub", pub, bad); r.code != 1 {
				t.Errorf("verify of a manifest with its %s tampered: %s; want exit status 1", tt.name, r)
			}
			cfg := filepath.Join(t.TempDir(), "shield.yaml")
			if err := os.WriteFile(cfg, fmt.Appendf(nil, `version: 1
listen: 127.0.0.1:%d
pins:
  store: off
servers:
  calc:
    command: %q
    args: [-variant, honest]
    require_signature: true
    trusted_keys: [%q]
    manifests: [%q]
`, freePort(t), e.server, pub, bad), 0o600); err != nil {
				t.Fatal(err)
			}
			sh := startProcess(t, "mcpshield serve", e.env(), e.shield, "serve", "--config", cfg)
			select {
			case <-sh.done:
			case <-time.After(30 * time.Second):
				t.Fatalf("mcpshield serve still runs 30s after starting with a tampered manifest:\n%s", sh.out.tail(4096))
			}
			if out := sh.out.tail(4096); sh.err == nil || !strings.Contains(out, bad) {
				t.Errorf("mcpshield serve with a tampered manifest: exit %v; want a failure naming %s; output:\n%s", sh.err, bad, out)
			}
		})
	}
}

// tamperedCopy writes a copy of the manifest at path, edited by tamper, and
// returns the copy's path.
func tamperedCopy(t *testing.T, path string, tamper func(map[string]any)) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("reading the manifest %s: %v", path, err)
	}
	tamper(m)
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "tampered.json")
	if err := os.WriteFile(bad, out, 0o600); err != nil {
		t.Fatal(err)
	}
	return bad
}
