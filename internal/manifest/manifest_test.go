package manifest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/pin"
)

func hashOf(c byte) string { return "sha256:" + strings.Repeat(string(c), 64) }

// testManifest is a fixed unsigned manifest, entries deliberately unsorted.
func testManifest() *Manifest {
	return &Manifest{
		Version: Version,
		Server:  "filesystem",
		Created: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Entries: []Entry{
			{Kind: pin.KindTool, Name: "write_file", Hash: hashOf('b')},
			{Kind: pin.KindPrompt, Name: "summarise", Hash: hashOf('c')},
			{Kind: pin.KindTool, Name: "read_file", Hash: hashOf('a')},
			{Kind: pin.KindResourceTemplate, Name: "file", Hash: hashOf('d')},
		},
	}
}

// signed returns testManifest signed by the keys, as a file.
func signed(t *testing.T, keys ...PrivateKey) []byte {
	t.Helper()
	m := testManifest()
	for _, k := range keys {
		if err := Sign(m, k); err != nil {
			t.Fatal(err)
		}
	}
	data, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestSignVerify(t *testing.T) {
	pub1, priv1 := testKey(t, 1)
	pub2, priv2 := testKey(t, 2)
	pub3, _ := testKey(t, 3)
	one := signed(t, priv1)
	both := signed(t, priv1, priv2)
	tests := []struct {
		name    string
		data    []byte
		trusted []PublicKey
		want    error // nil: valid
	}{
		{"valid", one, []PublicKey{pub1}, nil},
		{"one of several trusted", one, []PublicKey{pub3, pub1}, nil},
		{"two signers, second trusted", both, []PublicKey{pub2}, nil},
		{"wrong key", one, []PublicKey{pub2}, ErrUntrusted},
		{"no trusted key", one, nil, ErrUntrusted},
		{"unsigned", signed(t), []PublicKey{pub1}, ErrUnsigned},
		{"tampered label", bytes.Replace(one, []byte(`"filesystem"`), []byte(`"filesystem2"`), 1), []PublicKey{pub1}, ErrBadSignature},
		{"tampered entry hash", bytes.Replace(one, []byte(hashOf('a')), []byte(hashOf('e')), 1), []PublicKey{pub1}, ErrBadSignature},
		{"tampered entry name", bytes.Replace(one, []byte(`"read_file"`), []byte(`"read_files"`), 1), []PublicKey{pub1}, ErrBadSignature},
		{"tampered date", bytes.Replace(one, []byte(`2026-01-02`), []byte(`2027-01-02`), 1), []PublicKey{pub1}, ErrBadSignature},
		{"entry removed", removeEntry(t, one, "write_file"), []PublicKey{pub1}, ErrBadSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Verify(tt.data, tt.trusted)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Verify = %v; want %v", err, tt.want)
			}
			if err == nil {
				if h, ok := m.Lookup(pin.KindTool, "read_file"); !ok || h != hashOf('a') {
					t.Errorf("Lookup(read_file) = %q, %v", h, ok)
				}
			}
		})
	}
}

// removeEntry deletes the entry named name from a manifest file.
func removeEntry(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	m, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var kept []Entry
	for _, e := range m.Entries {
		if e.Name != name {
			kept = append(kept, e)
		}
	}
	m.Entries = kept
	out, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestVerifyErrorText(t *testing.T) {
	pub1, priv1 := testKey(t, 1)
	pub2, _ := testKey(t, 2)
	pub1.Comment = "alice"
	tampered := bytes.Replace(signed(t, priv1), []byte(hashOf('a')), []byte(hashOf('e')), 1)
	_, err := Verify(tampered, []PublicKey{pub1})
	if want := "bad signature (the manifest was changed after signing): by key " + KeyID(pub1) + " (alice)"; err == nil || err.Error() != want {
		t.Errorf("tampered: %v; want %s", err, want)
	}
	_, err = Verify(signed(t, priv1), []PublicKey{pub2})
	if want := "no signature by a trusted key: signed by key " + KeyID(pub1) + "; trusted: " + KeyID(pub2); err == nil || err.Error() != want {
		t.Errorf("untrusted: %v; want %s", err, want)
	}
}

func TestZeroKeys(t *testing.T) {
	if err := Sign(testManifest(), PrivateKey{}); err == nil {
		t.Error("Sign with the zero PrivateKey succeeded")
	}
	_, priv := testKey(t, 1)
	if _, err := Verify(signed(t, priv), []PublicKey{{}}); err == nil {
		t.Error("Verify with the zero PublicKey succeeded")
	}
}

func TestSignReplacesOwnSignature(t *testing.T) {
	_, priv1 := testKey(t, 1)
	_, priv2 := testKey(t, 2)
	m := testManifest()
	for _, k := range []PrivateKey{priv1, priv2, priv1} {
		if err := Sign(m, k); err != nil {
			t.Fatal(err)
		}
	}
	if len(m.Signatures) != 2 {
		t.Errorf("%d signatures; want 2", len(m.Signatures))
	}
}

func TestLookup(t *testing.T) {
	m := testManifest()
	if err := m.check(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind pin.Kind
		name string
		want string
	}{
		{pin.KindTool, "read_file", hashOf('a')},
		{pin.KindTool, "write_file", hashOf('b')},
		{pin.KindPrompt, "summarise", hashOf('c')},
		{pin.KindResourceTemplate, "file", hashOf('d')},
		{pin.KindPrompt, "read_file", ""},
		{pin.KindTool, "nope", ""},
	}
	for _, tt := range tests {
		got, ok := m.Lookup(tt.kind, tt.name)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Lookup(%s, %s) = %q, %v; want %q", tt.kind, tt.name, got, ok, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	entry := `{"kind":"tool","name":"a","hash":"` + hashOf('a') + `"}`
	sig := `{"key_id":"0123456789abcdef","alg":"ed25519","sig":"` + strings.Repeat("A", 86) + `=="}`
	doc := func(version, extra, entries string) string {
		return `{"mcpshield_manifest":` + version + `,"server":"s","created":"2026-01-02T03:04:05Z","entries":[` + entries + `]` + extra + `}`
	}
	tests := []struct{ name, in, want string }{
		{"valid", doc("1", `,"signatures":[`+sig+`]`, entry), ""},
		{"not json", `{`, "manifest: invalid JSON"},
		{"array", `[]`, "manifest: not a JSON object"},
		{"no version", `{"server":"s"}`, `not an mcpshield manifest`},
		{"version 2", doc("2", `,"future":true`, entry), "unsupported manifest version 2 (this mcpshield reads version 1)"},
		{"version string", doc(`"1"`, "", entry), "mcpshield_manifest: want the format version"},
		{"version float", doc(`1.5`, "", entry), "mcpshield_manifest: want the format version"},
		{"unknown field", doc("1", `,"comment":"hi"`, entry), `unknown field "comment"`},
		{"case folded field", doc("1", `,"Server":"t"`, entry), `unknown field "Server"`},
		{"duplicate key", doc("1", `,"server":"t"`, entry), `duplicate key "server"`},
		{"duplicate entry", doc("1", "", entry+","+entry), `entries: tool "a" is listed twice`},
		{"unknown entry field", doc("1", "", `{"kind":"tool","name":"a","hash":"`+hashOf('a')+`","x":1}`), `entries[0]: unknown field "x"`},
		{"missing entry field", doc("1", "", `{"kind":"tool","name":"a"}`), `entries[0]: missing "hash"`},
		{"bad kind", doc("1", "", `{"kind":"resource","name":"a","hash":"`+hashOf('a')+`"}`), `entries[0]: kind: want tool, prompt or resource_template`},
		{"bad hash", doc("1", "", `{"kind":"tool","name":"a","hash":"sha256:ABC"}`), `entries[0]: hash: want`},
		{"empty name", doc("1", "", `{"kind":"tool","name":"","hash":"`+hashOf('a')+`"}`), `entries[0]: name: want`},
		{"null entries", `{"mcpshield_manifest":1,"server":"s","created":"2026-01-02T03:04:05Z","entries":null}`, "entries: want an array"},
		{"no entries", `{"mcpshield_manifest":1,"server":"s","created":"2026-01-02T03:04:05Z"}`, `missing "entries"`},
		{"empty server", `{"mcpshield_manifest":1,"server":"","created":"2026-01-02T03:04:05Z","entries":[]}`, "server: want"},
		{"local time", `{"mcpshield_manifest":1,"server":"s","created":"2026-01-02T03:04:05+01:00","entries":[]}`, "created: want a UTC time"},
		{"fractional time", `{"mcpshield_manifest":1,"server":"s","created":"2026-01-02T03:04:05.5Z","entries":[]}`, "created: want a UTC time"},
		{"bad alg", doc("1", `,"signatures":[`+strings.Replace(sig, "ed25519", "rsa", 1)+`]`, entry), `signatures[0]: alg: unsupported algorithm "rsa"`},
		{"bad key id", doc("1", `,"signatures":[`+strings.Replace(sig, "0123456789abcdef", "0123", 1)+`]`, entry), `signatures[0]: key_id: want 16`},
		{"short sig", doc("1", `,"signatures":[{"key_id":"0123456789abcdef","alg":"ed25519","sig":"AAAA"}]`, entry), `signatures[0]: sig: want`},
		{"invalid utf-8", "{\"mcpshield_manifest\":1,\"server\":\"\xff\"}", "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Parse = %v; want success", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Parse = %v; want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	_, priv := testKey(t, 1)
	data := signed(t, priv)
	m, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Errorf("Marshal(Parse(x)) != x:\n%s\n%s", data, again)
	}
}
