package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/manifest"
	"github.com/mcpshield/mcpshield/internal/pin"
)

// testKeys makes a key pair in a temporary directory and returns the paths.
func testKeys(t *testing.T) (keyPath, pubPath string) {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "k")
	if _, errOut, err := call(t, keygenCmd, nil, "--out", prefix); err != nil {
		t.Fatalf("keygen: %v\n%s", err, errOut)
	}
	return prefix + ".key", prefix + ".pub"
}

// demoServer is the command line of the demo's stdio server: the test
// binary, which TestMain turns into it.
func demoServer(t *testing.T) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a child process")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return []string{self, "demo-server"}
}

const toolsList = `{"tools":[
 {"name":"read_file","description":"Read a note!","inputSchema":{"type":"object","properties":{"path":{"type":"string"}}}},
 {"name":"archive_note","description":"Archive a note.","inputSchema":{"type":"object"}}]}`

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSignFromFile(t *testing.T) {
	key, pub := testKeys(t)
	snapshot := `{"protocol_version":"2025-11-25","server_name":"notes","tools":[{"name":"a"}],"prompts":[{"name":"p"}]}`
	tests := []struct {
		name, file, label string
		want              []string // kind:name entries
	}{
		{"tools/list result", toolsList, "notes", []string{"tool:archive_note", "tool:read_file"}},
		{"json-rpc response", `{"jsonrpc":"2.0","id":1,"result":` + toolsList + `}`, "notes", []string{"tool:archive_note", "tool:read_file"}},
		{"snapshot", snapshot, "", []string{"prompt:p", "tool:a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := writeFile(t, "defs.json", tt.file)
			args := []string{"--key", key, "--from", in}
			if tt.label != "" {
				args = append(args, "--label", tt.label)
			}
			out, errOut, err := call(t, signCmd, nil, args...)
			if err != nil {
				t.Fatalf("sign: %v\n%s", err, errOut)
			}
			k, _ := manifest.LoadPublicKey(pub)
			m, err := manifest.Verify([]byte(out), []manifest.PublicKey{k})
			if err != nil {
				t.Fatalf("Verify: %v\n%s", err, out)
			}
			if m.Server != "notes" {
				t.Errorf("server = %q; want notes", m.Server)
			}
			var got []string
			for _, e := range m.Entries {
				got = append(got, string(e.Kind)+":"+e.Name)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("entries = %v; want %v", got, tt.want)
			}
		})
	}
}

func TestSignLive(t *testing.T) {
	key, pub := testKeys(t)
	out := filepath.Join(t.TempDir(), "demo.manifest.json")
	args := append([]string{"--key", key, "--out", out, "--"}, demoServer(t)...)
	_, errOut, err := call(t, signCmd, nil, args...)
	if err != nil {
		t.Fatalf("sign: %v\n%s", err, errOut)
	}
	if !strings.Contains(errOut, "tools, 0 prompts, 0 resource templates of \"totally-harmless-notes\"") {
		t.Errorf("stderr: %s", errOut)
	}
	data, _ := os.ReadFile(out)
	k, _ := manifest.LoadPublicKey(pub)
	m, err := manifest.Verify(data, []manifest.PublicKey{k})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.Lookup(pin.KindTool, "summarize"); !ok {
		t.Errorf("no summarize tool in %s", data)
	}
}

func TestSignErrors(t *testing.T) {
	key, _ := testKeys(t)
	looseKey := writeFile(t, "loose.key", "")
	data, _ := os.ReadFile(key)
	os.WriteFile(looseKey, data, 0o644)
	os.Chmod(looseKey, 0o644)
	page := writeFile(t, "page.json", `{"tools":[],"nextCursor":"2"}`)
	dup := writeFile(t, "dup.json", `{"tools":[{"name":"a"},{"name":"a","description":"again"}]}`)
	unknown := writeFile(t, "unknown.json", `{"tools":[],"prompts":[]}`)
	tests := []struct {
		name  string
		args  []string
		usage bool
		want  string
	}{
		{"no key", []string{"--from", page}, true, "give --key"},
		{"no source", []string{"--key", key}, true, "give --key and one of"},
		{"two sources", []string{"--key", key, "--from", page, "--url", "http://x/mcp"}, true, "one of"},
		{"loose key", []string{"--key", looseKey, "--from", dup}, false, "chmod 600"},
		{"paginated file", []string{"--key", key, "--from", page, "--label", "x"}, false, "nextCursor"},
		{"duplicate tool", []string{"--key", key, "--from", dup, "--label", "x"}, false, `lists tool "a" twice`},
		{"unknown member", []string{"--key", key, "--from", unknown, "--label", "x"}, false, `unknown member "prompts"`},
		{"no label", []string{"--key", key, "--from", dup}, false, "no label"},
		{"dead server", []string{"--key", key, "--", "/bin/sh", "-c", "exit 7"}, false, "exit status 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := call(t, signCmd, nil, tt.args...)
			if tt.usage {
				if err != errUsage || !strings.Contains(errOut, tt.want) {
					t.Errorf("got %v, stderr %q; want usage error with %q", err, errOut, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want an error containing %q", err, tt.want)
			}
			if out != "" {
				t.Errorf("stdout = %q; want nothing", out)
			}
		})
	}
}
