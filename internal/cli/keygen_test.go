package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/manifest"
)

// call runs a command function with the environment env.
func call(t *testing.T, fn func(context.Context, []string, IO) error, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = fn(context.Background(), args, IO{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) (string, bool) { v, ok := env[k]; return v, ok },
	})
	return out.String(), errb.String(), err
}

func TestKeygen(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"MCPSHIELD_HOME": home}
	out, errOut, err := call(t, keygenCmd, env, "--comment", "ci key")
	if err != nil {
		t.Fatalf("keygen: %v\n%s", err, errOut)
	}
	keyPath := filepath.Join(home, "keys", "signing.key")
	pubPath := filepath.Join(home, "keys", "signing.pub")
	if fi, err := os.Stat(keyPath); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("private key: %v, mode %v; want 0600", err, fi)
	}
	priv, err := manifest.LoadPrivateKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := manifest.LoadPublicKey(pubPath)
	if err != nil {
		t.Fatal(err)
	}
	if !pub.Key.Equal(priv.Public().Key) || pub.Comment != "ci key" {
		t.Errorf("public key %v does not match the private key", pub)
	}
	if !strings.Contains(out, manifest.KeyID(pub)) || !strings.Contains(out, pub.String()) {
		t.Errorf("output lacks the key id or line:\n%s", out)
	}

	// A second run refuses to overwrite.
	_, _, err = call(t, keygenCmd, env)
	if err == nil || !strings.Contains(err.Error(), "not overwriting") {
		t.Errorf("second keygen = %v; want a refusal", err)
	}
	if again, _ := manifest.LoadPublicKey(pubPath); !again.Key.Equal(pub.Key) {
		t.Error("the public key was overwritten")
	}

	// --out writes elsewhere.
	prefix := filepath.Join(t.TempDir(), "release")
	if _, errOut, err := call(t, keygenCmd, env, "--out", prefix); err != nil {
		t.Fatalf("keygen --out: %v\n%s", err, errOut)
	}
	if _, err := manifest.LoadPrivateKey(prefix + ".key"); err != nil {
		t.Error(err)
	}
}
