package manifest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s changed; the signed payload is frozen (format version 1):\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// TestPayloadFrozen freezes the bytes a signature covers: changing them
// invalidates every signed manifest, so a failure here means a new format
// version, not -update.
func TestPayloadFrozen(t *testing.T) {
	m := testManifest()
	m.Server = "files \"local\" é\u2028<&>" // escapes and non-ASCII
	payload, err := m.Payload()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "payload.golden", payload)
}

// TestSignedFileFrozen freezes a whole signed manifest: Ed25519 is
// deterministic, so a fixed key and content give a fixed file.
func TestSignedFileFrozen(t *testing.T) {
	pub, priv := testKey(t, 1)
	data := signed(t, priv)
	golden(t, "signed.json", data)
	want, err := os.ReadFile(filepath.Join("testdata", "signed.json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(want, []PublicKey{pub}); err != nil {
		t.Errorf("the frozen manifest no longer verifies: %v", err)
	}
}
