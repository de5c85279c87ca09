package manifest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// testKey returns the key pair made from the seed of 32 bytes n.
func testKey(t testing.TB, n byte) (PublicKey, PrivateKey) {
	t.Helper()
	pub, priv, err := GenerateKey(bytes.NewReader(bytes.Repeat([]byte{n}, 32)))
	if err != nil {
		t.Fatal(err)
	}
	return pub, priv
}

func TestPublicKeyRoundTrip(t *testing.T) {
	pub, _ := testKey(t, 1)
	pub.Comment = "release signing 2026"
	line := pub.String()
	if !strings.HasPrefix(line, "mcpshield-ed25519 ") || !strings.HasSuffix(line, " release signing 2026") {
		t.Fatalf("String() = %q", line)
	}
	got, err := ParsePublicKey("  " + line + "\n")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Key.Equal(pub.Key) || got.Comment != pub.Comment {
		t.Errorf("ParsePublicKey(%q) = %v; want %v", line, got, pub)
	}
	if id := KeyID(pub); len(id) != 16 || id != KeyID(got) {
		t.Errorf("KeyID = %q, %q", id, KeyID(got))
	}
}

func TestKeyIDFrozen(t *testing.T) {
	pub, _ := testKey(t, 1)
	const want = "mcpshield-ed25519 iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w="
	if got := pub.String(); got != want {
		t.Errorf("public key = %s; want %s", got, want)
	}
	// The first 16 hex digits of sha256sum of the key's 32 bytes.
	if got, want := KeyID(pub), "34750f98bd59fcfc"; got != want {
		t.Errorf("KeyID = %s; want %s", got, want)
	}
}

func TestParsePublicKeyErrors(t *testing.T) {
	pub, _ := testKey(t, 1)
	b64 := strings.Fields(pub.String())[1]
	tests := []struct{ name, in, want string }{
		{"empty", "", "want \"mcpshield-ed25519 \""},
		{"ssh key", "ssh-ed25519 " + b64, "want \"mcpshield-ed25519 \""},
		{"no key", "mcpshield-ed25519", "32-byte"},
		{"bad base64", "mcpshield-ed25519 !!!", "32-byte"},
		{"short", "mcpshield-ed25519 AAAA", "32-byte"},
		{"two lines", "mcpshield-ed25519 " + b64 + "\nmcpshield-ed25519 " + b64, "one line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePublicKey(tt.in)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParsePublicKey(%q) = %v; want an error containing %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestPrivateKeyFile(t *testing.T) {
	pub, priv := testKey(t, 2)
	data := MarshalPrivateKey(priv)
	if !bytes.HasPrefix(data, []byte("-----BEGIN MCPSHIELD PRIVATE KEY-----\n")) {
		t.Fatalf("key file:\n%s", data)
	}
	got, err := ParsePrivateKey(data)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Public().Key.Equal(pub.Key) {
		t.Error("parsed key differs")
	}
	for name, in := range map[string]string{
		"empty":    "",
		"rsa":      "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n",
		"short":    "-----BEGIN MCPSHIELD PRIVATE KEY-----\nAAAA\n-----END MCPSHIELD PRIVATE KEY-----\n",
		"trailing": string(data) + "more",
	} {
		if _, err := ParsePrivateKey([]byte(in)); err == nil {
			t.Errorf("%s: ParsePrivateKey succeeded; want an error", name)
		}
	}
}

func TestLoadPrivateKeyPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	_, priv := testKey(t, 3)
	dir := t.TempDir()
	path := filepath.Join(dir, "signing.key")
	if err := WritePrivateKey(path, priv); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("written with mode %04o; want 0600", fi.Mode().Perm())
	}
	if err := WritePrivateKey(path, priv); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second write = %v; want an fs.ErrExist error", err)
	}
	tests := []struct {
		mode os.FileMode
		ok   bool
	}{
		{0o600, true},
		{0o400, true},
		{0o640, false},
		{0o604, false},
		{0o644, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%04o", tt.mode), func(t *testing.T) {
			if err := os.Chmod(path, tt.mode); err != nil {
				t.Fatal(err)
			}
			_, err := LoadPrivateKey(path)
			if tt.ok && err != nil {
				t.Errorf("LoadPrivateKey = %v; want the key", err)
			}
			if !tt.ok && (err == nil || !strings.Contains(err.Error(), "chmod 600")) {
				t.Errorf("LoadPrivateKey = %v; want a permission error", err)
			}
		})
	}
}

func TestPrivateKeyRedacted(t *testing.T) {
	_, priv := testKey(t, 4)
	seed := fmt.Sprintf("%x", priv.key.Seed()[:8])
	var logged bytes.Buffer
	slog.New(slog.NewTextHandler(&logged, nil)).Info("k", "key", priv)
	for _, s := range []string{fmt.Sprint(priv), fmt.Sprintf("%+v", priv), fmt.Sprintf("%#v", priv), fmt.Sprintf("%x", priv), logged.String()} {
		if strings.Contains(s, seed) || strings.Contains(s, "[") {
			t.Errorf("key shown as %q", s)
		}
	}
}
