package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAllowlistAndVerify(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "tool")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte("#!/bin/sh\nexit 0\n"))
	good := hex.EncodeToString(sum[:])
	write := func(body string) string {
		p := filepath.Join(dir, "shield.yaml")
		if err := os.WriteFile(p, []byte("version: 1\n"+body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, cfg string
		argv      []string
		want      string
	}{
		{"unlisted command refused", "require_allowlist: true\nservers:\n  a:\n    command: " + exe + "\n",
			[]string{"/bin/echo", "hi"}, "not listed under servers, and require_allowlist is true"},
		{"wrong args refused", "require_allowlist: true\nservers:\n  a:\n    command: " + exe + "\n    args: [x]\n",
			[]string{exe, "y"}, "not listed under servers"},
		{"executable hash mismatch", "servers:\n  a:\n    command: " + exe + "\n    verify:\n      sha256: " + strings.Repeat("0", 64) + "\n",
			[]string{exe}, "not the pinned"},
		{"npm package not pinned version", "servers:\n  a:\n    command: npx\n    args: [-y, some-server@1.0.0]\n    verify:\n      npm: some-server@1.0.1\n",
			[]string{"npx", "-y", "some-server@1.0.0"}, "do not run the pinned npm package some-server@1.0.1"},
		{"unversioned npx under allowlist", "require_allowlist: true\nservers:\n  a:\n    command: npx\n    args: [-y, some-server]\n",
			[]string{"npx", "-y", "some-server"}, "has no version"},
		{"latest tag under allowlist", "require_allowlist: true\nservers:\n  a:\n    command: npx\n    args: [-y, some-server@latest]\n",
			[]string{"npx", "-y", "some-server@latest"}, "not an exact version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := write(tt.cfg)
			code, _, errOut := runMain(t, "", append([]string{"run", "--config", cfg, "--"}, tt.argv...)...)
			if code == 0 || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want failure containing %q", code, errOut, tt.want)
			}
		})
	}
	// The right hash passes the check (the run then fails later, finding no
	// state directory in this test's empty environment).
	cfg := write("servers:\n  a:\n    command: " + exe + "\n    verify:\n      sha256: " + good + "\n")
	_, _, errOut := runMain(t, "", "run", "--config", cfg, "--", exe)
	if strings.Contains(errOut, "pinned") {
		t.Errorf("the right hash was refused: %s", errOut)
	}
}
