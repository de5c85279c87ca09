package manifest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics, and that what it accepts
// survives Marshal and Parse again with the same payload.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("testdata", "signed.json")); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"mcpshield_manifest":1,"server":"s","created":"2026-01-02T03:04:05Z","entries":[]}`))
	f.Add([]byte(`{"mcpshield_manifest":2}`))
	f.Add([]byte(`{"mcpshield_manifest":1,"server":"s","created":"2026-01-02T03:04:05Z","entries":[{"kind":"tool","name":"a","hash":"sha256:0000000000000000000000000000000000000000000000000000000000000000"}],"signatures":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(data)
		if err != nil {
			return
		}
		p1, err := m.Payload()
		if err != nil {
			t.Fatalf("Payload of a parsed manifest: %v", err)
		}
		out, err := m.Marshal()
		if err != nil {
			t.Fatalf("Marshal of a parsed manifest: %v", err)
		}
		m2, err := Parse(out)
		if err != nil {
			t.Fatalf("Parse(Marshal(m)) = %v\n%s", err, out)
		}
		p2, err := m2.Payload()
		if err != nil || !bytes.Equal(p1, p2) {
			t.Fatalf("payload changed by a round trip: %v\n%s\n%s", err, p1, p2)
		}
	})
}
