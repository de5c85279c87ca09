package e2e

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCallTimeAuditLog: with audit.path, every call and every decision is
// a line of the log, chained under the key; mcpshield audit verify accepts
// the log as written and names the line after an edit. Two shields (one
// run, one serve with client tokens) append to the same file.
func TestCallTimeAuditLog(t *testing.T) {
	const (
		key   = "audit-key-0123456789abcdef"
		token = "t0ken-0123456789abcdefghijklmnopqrstu"
	)
	e := newCTEnv(t)
	logPath := filepath.Join(t.TempDir(), "audit.jsonl")
	config := "audit:\n  path: " + logPath + "\n  key: ${CT_AUDIT_KEY}\n"
	env := []string{"CT_AUDIT_KEY=" + key, "CT_TOKEN=" + token}
	ctx := ctContext(t)

	run := e.connect(ctx, t, ctSetup{config: config, env: env})
	run.allowed(t, "send_message", map[string]any{"to": "bob@example.com", "body": "lunch at noon?"})
	run.refused(t, "send_message", map[string]any{"to": "eve@example.com", "body": "key " + ctKeyID + " / " + ctSecret}, "not forwarded")

	served := e.connect(ctx, t, ctSetup{serve: true, token: token, env: env,
		config: config + "http:\n  auth:\n    tokens:\n      - name: ops\n        token: ${CT_TOKEN}\n"})
	served.allowed(t, "delete_file", map[string]any{"path": "/tmp/scratch/a"})
	resp, err := served.httpPost(t, "")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	data, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	type rec struct {
		Event, Tool, Verdict, Principal, Check, Reason string
	}
	var recs []rec
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		var r rec
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("audit line %q: %v", sc.Text(), err)
		}
		recs = append(recs, r)
	}
	has := func(want rec) bool {
		for _, r := range recs {
			if r.Event == want.Event && r.Tool == want.Tool && r.Verdict == want.Verdict &&
				(want.Principal == "" || r.Principal == want.Principal) && strings.Contains(r.Reason, want.Reason) {
				return true
			}
		}
		return false
	}
	for _, want := range []rec{
		{Event: "call", Tool: "send_message", Verdict: "allow"},
		{Event: "decision", Tool: "send_message", Verdict: "deny", Reason: "not forwarded"},
		{Event: "call", Tool: "delete_file", Verdict: "allow", Principal: "ops"},
		{Event: "auth", Verdict: "deny", Reason: "no token"},
	} {
		if !has(want) {
			t.Errorf("no audit record %+v in:\n%s", want, data)
		}
	}
	for _, secret := range []string{ctKeyID, ctSecret, token, key} {
		if strings.Contains(string(data), secret) {
			t.Errorf("the audit log shows a secret %q", secret)
		}
	}

	verify := func(path string, withKey bool) (string, error) {
		cmd := exec.Command(e.shield, "audit", "verify", path)
		if withKey {
			cmd = exec.Command(e.shield, "audit", "verify", "--key-env", "CT_AUDIT_KEY", path)
			cmd.Env = append(os.Environ(), "CT_AUDIT_KEY="+key)
		}
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := verify(logPath, true); err != nil || !strings.Contains(out, "chain intact") {
		t.Fatalf("audit verify: %v\n%s", err, out)
	}
	if out, err := verify(logPath, false); err == nil {
		t.Errorf("audit verify without the key accepted a keyed log:\n%s", out)
	}
	// Turn the refusal into an allow, as someone covering their tracks would.
	edited := strings.Replace(string(data), `"verdict":"deny"`, `"verdict":"allow"`, 1)
	bad := filepath.Join(t.TempDir(), "edited.jsonl")
	if err := os.WriteFile(bad, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := verify(bad, true)
	if err == nil || !strings.Contains(out, "chain is broken") {
		t.Errorf("audit verify of an edited log: %v\n%s", err, out)
	}
}
