package clientcfg

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const (
	testShield  = "/usr/local/bin/mcpshield"
	testGateway = "http://127.0.0.1:7070/"
)

// goldenCases are the fixtures in testdata/configs, one per client shape.
// exact says unwrap(wrap(x)) gives x back byte for byte; it cannot when an
// entry had no "args" (unwrap leaves "args": []).
var goldenCases = []struct {
	file   string
	client string
	exact  bool
}{
	{"claude-desktop.json", ClientClaudeDesktop, true},
	{"claude-code.json", ClientClaudeCode, true},
	{"claude-code-project.json", ClientClaudeCode, true},
	{"cursor.json", ClientCursor, false},
	{"vscode-mcp.json", ClientVSCode, true},
	{"vscode-settings.json", ClientVSCode, true},
	{"windsurf.json", ClientWindsurf, true},
	{"mixed.json", ClientFile, false}, // "already" is unwrapped too
}

// TestGolden runs each fixture through the whole cycle on disk: wrap and
// save (golden), wrap again (nothing changes), unwrap and save (golden),
// and checks the round trip.
func TestGolden(t *testing.T) {
	for _, tt := range goldenCases {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", "configs", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, in, 0o600); err != nil {
				t.Fatal(err)
			}
			before := mustLoad(t, path, tt.client)

			f := mustLoad(t, path, tt.client)
			res, err := f.Wrap(WrapOptions{Shield: testShield, Gateway: testGateway})
			if err != nil {
				t.Fatalf("Wrap: %v", err)
			}
			if err := f.Save(); err != nil {
				t.Fatalf("Save: %v", err)
			}
			wrapped := readBytes(t, path)
			checkGolden(t, tt.file+".wrap", wrapped)
			checkGolden(t, tt.file+".wrap-result", resultJSON(t, res))
			if b := readBytes(t, path+BackupSuffix); !bytes.Equal(b, in) {
				t.Errorf("backup differs from the original:\n%s", b)
			}

			// Idempotent: a second wrap changes nothing and lists the
			// same gateway servers (from the backup).
			f = mustLoad(t, path, tt.client)
			res2, err := f.Wrap(WrapOptions{Shield: testShield, Gateway: testGateway})
			if err != nil {
				t.Fatalf("second Wrap: %v", err)
			}
			if f.Changed() || len(res2.Changed) > 0 {
				t.Errorf("second Wrap changed %v; want nothing", res2.Changed)
			}
			if !gatewayEqual(res2.GatewayServers, res.GatewayServers) {
				t.Errorf("second Wrap lists gateway servers %+v; want %+v", res2.GatewayServers, res.GatewayServers)
			}
			if err := f.Save(); err != nil {
				t.Fatalf("second Save: %v", err)
			}
			if got := readBytes(t, path); !bytes.Equal(got, wrapped) {
				t.Errorf("second Save rewrote the file")
			}

			f = mustLoad(t, path, tt.client)
			ures, err := f.Unwrap(UnwrapOptions{})
			if err != nil {
				t.Fatalf("Unwrap: %v", err)
			}
			if err := f.Save(); err != nil {
				t.Fatalf("Save after Unwrap: %v", err)
			}
			unwrapped := readBytes(t, path)
			checkGolden(t, tt.file+".unwrap", unwrapped)
			checkGolden(t, tt.file+".unwrap-result", resultJSON(t, ures))
			if tt.exact && !bytes.Equal(unwrapped, in) {
				t.Errorf("unwrap(wrap(x)) != x:\n%s", unwrapped)
			}
			after := mustLoad(t, path, tt.client)
			for i, e := range before.Entries {
				if e.Wrapped {
					continue
				}
				if !entryEqual(after.Entries[i], e) {
					t.Errorf("entry %s after the round trip:\n got %+v\nwant %+v", e.Ref(), after.Entries[i], e)
				}
			}
			if _, err := os.Stat(path + BackupSuffix); !os.IsNotExist(err) && !after.anyWrapped() {
				t.Errorf("backup still there after a complete unwrap (stat: %v)", err)
			}
		})
	}
}

func mustLoad(t *testing.T, path, client string) *File {
	t.Helper()
	f, err := Load(path, client)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return f
}

func readBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func resultJSON(t *testing.T, r *Result) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file %s; got:\n%s", name, path, got)
	}
}

// entryEqual compares what a client does with an entry: absent and empty
// args, env and headers are the same.
func entryEqual(a, b Entry) bool {
	return a.Name == b.Name && a.Scope == b.Scope && a.Command == b.Command &&
		slices.Equal(a.Args, b.Args) && mapsEqual(a.Env, b.Env) && a.Cwd == b.Cwd &&
		a.URL == b.URL && a.Type == b.Type && mapsEqual(a.Headers, b.Headers) &&
		a.Disabled == b.Disabled && a.Wrapped == b.Wrapped
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func gatewayEqual(a, b []GatewayServer) bool {
	return slices.EqualFunc(a, b, func(x, y GatewayServer) bool { return x.Name == y.Name && x.same(y) })
}
