package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// signalAndWait sends sig to the serve shield and waits until its log
// shows want (counting from the log's length before the signal).
func (c *ctConn) signalAndWait(t *testing.T, sig syscall.Signal, want string) {
	t.Helper()
	before := len(c.proc.out.tail(maxTail))
	if err := c.proc.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		log := c.proc.out.tail(maxTail)
		if strings.Contains(log[min(before, len(log)):], want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v the shield logged no %q:\n%s", sig, want, c.shield())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// readConfig returns the serve shield's config file.
func (c *ctConn) readConfig(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(c.cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// writeConfig replaces the serve shield's config file (read again on
// SIGHUP).
func (c *ctConn) writeConfig(t *testing.T, cfg string) {
	t.Helper()
	if err := os.WriteFile(c.cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
}

// status posts an initialize request with the Authorization header auth
// and returns the HTTP status.
func (c *ctConn) status(t *testing.T, auth string) int {
	t.Helper()
	resp, err := c.httpPost(t, auth)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode
}

// TestCallTimeReload: a running serve takes new client tokens on SIGHUP
// (a broken config changes nothing; an expired token is refused), and reopens its audit log on SIGUSR1
// after rotation, the chain going on across the two files.
func TestCallTimeReload(t *testing.T) {
	const (
		key    = "audit-key-0123456789abcdef"
		tokenA = "t0kenA-0123456789abcdefghijklmnopqrst"
		tokenB = "t0kenB-0123456789abcdefghijklmnopqrst"
	)
	e := newCTEnv(t)
	logPath := filepath.Join(t.TempDir(), "audit.jsonl")
	auth := "http:\n  auth:\n    tokens:\n      - name: ops\n        token: ${CT_TOKEN}\n"
	env := []string{"CT_AUDIT_KEY=" + key, "CT_TOKEN=" + tokenA}
	ctx := ctContext(t)
	c := e.connect(ctx, t, ctSetup{serve: true, token: tokenA, env: env,
		config: "audit:\n  path: " + logPath + "\n  key: ${CT_AUDIT_KEY}\n" + auth})
	c.allowed(t, "delete_file", map[string]any{"path": "/tmp/scratch/a"})

	orig := c.readConfig(t)

	// A broken config: logged, and the tokens stay as they were.
	c.writeConfig(t, strings.Replace(orig, "name: ops", "name: [ops", 1))
	c.signalAndWait(t, syscall.SIGHUP, "config not reloaded")
	if got := c.status(t, "Bearer "+tokenA); got != http.StatusOK {
		t.Fatalf("token A after a broken reload: status %d, want 200", got)
	}

	// Token B comes in; token A stays listed but has expired.
	sum := sha256.Sum256([]byte(tokenB))
	c.writeConfig(t, strings.Replace(orig, "- name: ops\n        token: ${CT_TOKEN}",
		"- name: ops2\n        sha256: "+hex.EncodeToString(sum[:])+"\n      - name: ops\n        token: ${CT_TOKEN}\n        expires: 2020-01-01", 1))
	c.signalAndWait(t, syscall.SIGHUP, "client tokens reloaded")
	if !strings.Contains(c.shield(), "client token has expired") {
		t.Errorf("no warning about the expired token:\n%s", c.shield())
	}
	resp, err := c.httpPost(t, "Bearer "+tokenA)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(string(body), "expired") {
		t.Errorf("expired token A after the reload: status %d %s, want 401 saying it expired", resp.StatusCode, body)
	}
	if got := c.status(t, "Bearer "+tokenB); got != http.StatusOK {
		t.Errorf("token B after the reload: status %d, want 200", got)
	}

	// Rotation: rename, SIGUSR1, and the next records go to a new file.
	rotated := logPath + ".1"
	if err := os.Rename(logPath, rotated); err != nil {
		t.Fatal(err)
	}
	c.signalAndWait(t, syscall.SIGUSR1, "audit log reopened")
	b := c.anotherAs(t, tokenB)
	b.allowed(t, "delete_file", map[string]any{"path": "/tmp/scratch/b"})
	data, err := os.ReadFile(logPath)
	if err != nil || !strings.Contains(string(data), `"principal":"ops2"`) {
		t.Fatalf("the new audit file holds no call of ops2 (%v):\n%s", err, data)
	}
	verify := func(files ...string) (string, error) {
		cmd := exec.Command(e.shield, append([]string{"audit", "verify", "--key-env", "CT_AUDIT_KEY"}, files...)...)
		cmd.Env = append(os.Environ(), "CT_AUDIT_KEY="+key)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := verify(rotated, logPath); err != nil || strings.Count(out, "chain intact") != 2 {
		t.Errorf("audit verify OLD NEW: %v\n%s", err, out)
	}
	if out, err := verify(logPath); err == nil || !strings.Contains(out, "rotated") {
		t.Errorf("audit verify NEW alone: %v, want a failure naming rotation\n%s", err, out)
	}
	if out, err := verify(logPath, rotated); err == nil {
		t.Errorf("audit verify NEW OLD (out of order) passed:\n%s", out)
	}
}

// TestCallTimeReloadRules: SIGHUP to serve swaps the policy rules and the
// argument guards under a live session; a rule that does not compile
// changes nothing and the log names it.
func TestCallTimeReloadRules(t *testing.T) {
	e := newCTEnv(t)
	ctx := ctContext(t)
	c := e.connect(ctx, t, ctSetup{serve: true, tools: "{send_eth: {guards: [{argument: to, type: evm_address, allow: [" + ctAllowedRecipient + "]}]}}"})
	c.allowed(t, "delete_file", map[string]any{"path": "/tmp/reports/a"})
	c.refused(t, "send_eth", map[string]any{"to": ctOtherRecipient, "amount": 0.5}, "is not an allowed recipient")

	orig := c.readConfig(t)
	const rule = "policy:\n  rules:\n  - name: delete-only-in-scratch\n    when: 'tool == \"delete_file\" && !pathWithin(arguments.path, \"/tmp/scratch\")'\n    action: deny\n    reason: files may only be deleted under /tmp/scratch\n"
	// A new rule, and the other recipient allowed too.
	cfg := strings.Replace(orig, "version: 1\n", "version: 1\n"+rule, 1)
	cfg = strings.Replace(cfg, "allow: ["+ctAllowedRecipient+"]", "allow: ["+ctAllowedRecipient+", "+ctOtherRecipient+"]", 1)
	c.writeConfig(t, cfg)
	c.signalAndWait(t, syscall.SIGHUP, "call rules reloaded")
	c.refused(t, "delete_file", map[string]any{"path": "/tmp/reports/a"}, "delete-only-in-scratch", "files may only be deleted under /tmp/scratch")
	c.allowed(t, "delete_file", map[string]any{"path": "/tmp/scratch/a"})
	c.allowed(t, "send_eth", map[string]any{"to": ctOtherRecipient, "amount": 0.5})

	// A rule that does not compile: logged by name, the old rules stay.
	c.writeConfig(t, strings.Replace(cfg, `tool == "delete_file"`, `tool == `, 1))
	c.signalAndWait(t, syscall.SIGHUP, "config not reloaded")
	if log := c.shield(); !strings.Contains(log, "delete-only-in-scratch") {
		t.Errorf("the log does not name the rule that failed to compile:\n%s", log)
	}
	c.refused(t, "delete_file", map[string]any{"path": "/tmp/reports/b"}, "delete-only-in-scratch")

	// Back to no rules: a new session and the live one both pass.
	c.writeConfig(t, orig)
	c.signalAndWait(t, syscall.SIGHUP, "call rules reloaded")
	c.allowed(t, "delete_file", map[string]any{"path": "/tmp/reports/c"})
	c.another(t).allowed(t, "delete_file", map[string]any{"path": "/tmp/reports/d"})
	c.refused(t, "send_eth", map[string]any{"to": ctOtherRecipient, "amount": 0.5}, "is not an allowed recipient")
}
