package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVerify(t *testing.T) {
	key, pub := testKeys(t)
	_, otherPub := testKeys(t)
	dir := t.TempDir()
	fromFile := filepath.Join(dir, "file.manifest.json")
	if _, errOut, err := call(t, signCmd, nil, "--key", key, "--label", "notes", "--out", fromFile, "--from", writeFile(t, "tools.json", toolsList)); err != nil {
		t.Fatalf("sign: %v\n%s", err, errOut)
	}
	server := demoServer(t)
	live := filepath.Join(dir, "live.manifest.json")
	if _, errOut, err := call(t, signCmd, nil, append([]string{"--key", key, "--out", live, "--"}, server...)...); err != nil {
		t.Fatalf("sign: %v\n%s", err, errOut)
	}
	data, _ := os.ReadFile(fromFile)
	tampered := writeFile(t, "tampered.json", strings.Replace(string(data), `"notes"`, `"notes2"`, 1))
	inline, _ := os.ReadFile(pub)

	tests := []struct {
		name    string
		args    []string
		ok      bool
		wantOut []string
		wantErr string
	}{
		{"signature", []string{"--pub", pub, fromFile}, true, []string{"signature OK", `server "notes", 2 tools`}, ""},
		{"inline key, two keys", []string{"--pub", otherPub, "--pub", strings.TrimSpace(string(inline)), fromFile}, true, []string{"signature OK"}, ""},
		{"wrong key", []string{"--pub", otherPub, fromFile}, false, nil, "no signature by a trusted key"},
		{"tampered", []string{"--pub", pub, tampered}, false, nil, "bad signature"},
		{"live match", append([]string{"--pub", pub, live, "--"}, server...), true, []string{"every definition matches"}, ""},
		{"live mismatch", append([]string{"--pub", pub, fromFile, "--"}, server...), false, []string{
			`MISSING  tool "archive_note" missing`,
			`CHANGED  tool "read_file" changed: manifest sha256:`,
			`EXTRA    tool "glitch" extra`,
			`EXTRA    tool "summarize" extra`,
		}, "definitions differ from the manifest"},
		{"flags after the file", []string{fromFile, "--pub", pub}, true, []string{"signature OK"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := call(t, verifyCmd, nil, tt.args...)
			if tt.ok != (err == nil) {
				t.Fatalf("verify = %v; ok %v\nstdout: %s\nstderr: %s", err, tt.ok, out, errOut)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("error %v; want %q", err, tt.wantErr)
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestVerifyUsage(t *testing.T) {
	_, pub := testKeys(t)
	for _, args := range [][]string{nil, {"m.json"}, {"--pub", pub}, {"--pub", pub, "m.json", "--url", "http://x/mcp", "--", "cat"}} {
		_, _, err := call(t, verifyCmd, nil, args...)
		if !errors.Is(err, errUsage) {
			t.Errorf("verify %q = %v; want a usage error", args, err)
		}
	}
	_, _, err := call(t, verifyCmd, nil, "--pub", "mcpshield-ed25519 AAAA", "m.json")
	if err == nil || !strings.Contains(err.Error(), "32-byte") {
		t.Errorf("bad inline key: %v", err)
	}
}
