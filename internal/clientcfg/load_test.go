package clientcfg

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLoadEntries(t *testing.T) {
	f, err := Load(filepath.Join("testdata", "configs", "claude-code.json"), ClientClaudeCode)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range f.Entries {
		got = append(got, e.Field)
	}
	want := []string{
		"mcpServers.context7", "mcpServers.memory",
		`projects["/home/me/app"].mcpServers.postgres`, `projects["/home/me/app"].mcpServers.linear`,
		`projects["/home/me/other"].mcpServers.postgres`, `projects["/home/me/other"].mcpServers.context7`,
	}
	if !slices.Equal(got, want) {
		t.Fatalf("fields %q; want %q", got, want)
	}
	c7 := f.Entries[0]
	if c7.URL != "https://mcp.context7.com/mcp" || c7.Type != "http" || c7.Headers["CONTEXT7_API_KEY"] != "ctx7-xxxx" || c7.Scope != "" {
		t.Errorf("context7 = %+v", c7)
	}
	pg := f.Entries[2]
	if pg.Scope != "/home/me/app" || pg.Command != "npx" || len(pg.Args) != 3 || pg.Args[2] != "postgresql://localhost/app" {
		t.Errorf("postgres = %+v", pg)
	}
	if f.JSONC {
		t.Errorf("JSONC = true; want false")
	}
}

func TestLoadDetails(t *testing.T) {
	tests := []struct {
		name, client, src string
		check             func(t *testing.T, f *File)
	}{
		{"vscode env scalars", ClientVSCode, `{"servers": {"a": {"command": "x", "env": {"S": "s", "N": 30, "B": true, "Z": null}}}}`,
			func(t *testing.T, f *File) {
				env := f.Entries[0].Env
				if len(env) != 3 || env["N"] != "30" || env["B"] != "true" || env["S"] != "s" {
					t.Errorf("env = %v; want S, N=30, B=true", env)
				}
			}},
		{"vscode settings shape", ClientVSCode, `{"mcp": {"servers": {"a": {"command": "x"}}}}`,
			func(t *testing.T, f *File) {
				if len(f.Entries) != 1 || f.Entries[0].Field != "mcp.servers.a" {
					t.Errorf("entries = %+v", f.Entries)
				}
			}},
		{"settings without mcp", ClientVSCode, `{"editor.fontSize": 14}`,
			func(t *testing.T, f *File) {
				if len(f.Entries) != 0 {
					t.Errorf("entries = %+v; want none", f.Entries)
				}
			}},
		{"jsonc comments", ClientVSCode, "{// c\n\"servers\": {}}", func(t *testing.T, f *File) {
			if !f.JSONC {
				t.Error("JSONC = false; want true")
			}
		}},
		{"jsonc trailing comma", ClientCursor, `{"mcpServers": {"a": {"command": "x",},}}`, func(t *testing.T, f *File) {
			if !f.JSONC || len(f.Entries) != 1 {
				t.Errorf("JSONC = %v, entries %d; want true, 1", f.JSONC, len(f.Entries))
			}
		}},
		{"byte order mark", ClientCursor, "\uFEFF{\"mcpServers\": {\"a\": {\"command\": \"x\"}}}", func(t *testing.T, f *File) {
			if len(f.Entries) != 1 {
				t.Errorf("entries = %d; want 1", len(f.Entries))
			}
		}},
		{"windsurf serverUrl", ClientWindsurf, `{"mcpServers": {"z": {"serverUrl": "https://z.example/sse"}}}`, func(t *testing.T, f *File) {
			if f.Entries[0].URL != "https://z.example/sse" {
				t.Errorf("URL = %q", f.Entries[0].URL)
			}
		}},
		{"wrapped stdio", ClientFile, `{"mcpServers": {"a": {"command": "C:\\bin\\MCPSHIELD.EXE", "args": ["run", "--", "x"]}, "b": {"command": "mcpshield.exe", "args": ["run", "--", "x"]}}}`,
			func(t *testing.T, f *File) {
				if f.Entries[0].Wrapped || !f.Entries[1].Wrapped {
					t.Errorf("wrapped = %v, %v; want false (case differs), true", f.Entries[0].Wrapped, f.Entries[1].Wrapped)
				}
			}},
		{"wrapped http", ClientFile, `{"mcpServers": {"a": {"url": "http://gw:7070/servers/a/mcp"}, "b": {"url": "http://gw:7070/servers/a__b/mcp"}, "c": {"url": "https://x.example/mcp"}}}`,
			func(t *testing.T, f *File) {
				got := []bool{f.Entries[0].Wrapped, f.Entries[1].Wrapped, f.Entries[2].Wrapped}
				if !slices.Equal(got, []bool{true, false, false}) {
					t.Errorf("wrapped = %v; want [true false false]", got)
				}
			}},
		{"disabled", ClientWindsurf, `{"mcpServers": {"a": {"command": "x", "disabled": true}, "b": {"command": "y", "disabled": "yes"}}}`,
			func(t *testing.T, f *File) {
				if !f.Entries[0].Disabled || f.Entries[1].Disabled {
					t.Errorf("disabled = %v, %v; want true, false", f.Entries[0].Disabled, f.Entries[1].Disabled)
				}
			}},
		{"detect claude code", ClientFile, `{"projects": {"/p": {"mcpServers": {"a": {"command": "x"}}}}}`,
			func(t *testing.T, f *File) {
				if len(f.Entries) != 1 || f.Entries[0].Scope != "/p" {
					t.Errorf("entries = %+v; want one in /p", f.Entries)
				}
			}},
		{"detect servers", "unknown-client", `{"servers": {"a": {"url": "https://a.example/mcp", "type": "http"}}}`,
			func(t *testing.T, f *File) {
				if len(f.Entries) != 1 || f.Entries[0].Type != "http" {
					t.Errorf("entries = %+v", f.Entries)
				}
			}},
		{"escaped strings", ClientCursor, `{"mcpServers": {"a\u00e9": {"command": "x\/y\n", "args": ["\ud83d\ude00"]}}}`,
			func(t *testing.T, f *File) {
				e := f.Entries[0]
				if e.Name != "aé" || e.Command != "x/y\n" || e.Args[0] != "😀" {
					t.Errorf("entry = %+v", e)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.src), "cfg.json", tt.client)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tt.check(t, f)
		})
	}
}

// TestLoadRefuses lists what Load does not understand; each error must name
// the file, the position and the field.
func TestLoadRefuses(t *testing.T) {
	tests := []struct {
		name, client, src, want string
	}{
		{"syntax", ClientCursor, `{"mcpServers": {"a": }}`, `cfg.json:1:22: unexpected '}', want a value`},
		{"syntax line", ClientCursor, "{\n  \"mcpServers\": [\n}", `cfg.json:3:1: unexpected '}'`},
		{"unterminated comment", ClientVSCode, "{/* x", `unterminated /* comment`},
		{"unterminated string", ClientVSCode, `{"servers`, `unterminated string`},
		{"bad escape", ClientVSCode, `{"a\x": 1}`, `bad escape \x`},
		{"bad number", ClientVSCode, `{"a": 01}`, `want ',' or '}'`},
		{"control char", ClientVSCode, "{\"a\": \"\x01\"}", `control character`},
		{"trailing garbage", ClientVSCode, `{} {}`, `after the top-level value`},
		{"top level array", ClientCursor, `[]`, `want an object at the top level, got array`},
		{"servers not object", ClientCursor, `{"mcpServers": []}`, `mcpServers: want an object, got array`},
		{"entry not object", ClientCursor, `{"mcpServers": {"a": "npx"}}`, `mcpServers.a: want an object describing the server, got string`},
		{"neither", ClientCursor, `{"mcpServers": {"a": {"args": []}}}`, `mcpServers.a: the entry has neither command nor url`},
		{"both", ClientCursor, `{"mcpServers": {"a": {"command": "x", "url": "http://y"}}}`, `mcpServers.a: the entry has both command and url`},
		{"url and serverUrl", ClientWindsurf, `{"mcpServers": {"a": {"url": "http://y", "serverUrl": "http://z"}}}`, `mcpServers.a.serverUrl: the entry has both url and serverUrl`},
		{"non-string arg", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": "x", "args": ["-p", 8080]}}}`, `cfg.json:1:54: mcpServers.a.args[1]: want a string, got number`},
		{"args not array", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": "x", "args": "-y"}}}`, `mcpServers.a.args: want an array of strings, got string`},
		{"command not string", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": ["x"]}}}`, `mcpServers.a.command: want a string, got array`},
		{"empty command", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": ""}}}`, `mcpServers.a.command: empty command`},
		{"empty url", ClientCursor, `{"mcpServers": {"a": {"url": ""}}}`, `mcpServers.a.url: empty url`},
		{"duplicate command", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": "x", "command": "evil"}}}`, `mcpServers.a.command: key appears twice`},
		{"duplicate server", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": "x"}, "a": {"command": "y"}}}`, `mcpServers.a: server name appears twice`},
		{"duplicate servers key", ClientClaudeDesktop, `{"mcpServers": {}, "mcpServers": {}}`, `mcpServers: key appears twice`},
		{"duplicate env", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": "x", "env": {"K": "1", "K": "2"}}}}`, `mcpServers.a.env.K: key appears twice`},
		{"env object value", ClientClaudeDesktop, `{"mcpServers": {"a": {"command": "x", "env": {"K": {}}}}}`, `mcpServers.a.env.K: want a string, got object`},
		{"env number outside vscode-like", ClientCursor, `{"mcpServers": {"a": {"url": "http://x", "headers": {"K": 1}}}}`, `mcpServers.a.headers.K: want a string, got number`},
		{"stdio type with url", ClientVSCode, `{"servers": {"a": {"type": "stdio", "url": "http://x"}}}`, `servers.a.type: type is stdio but the entry has a url`},
		{"http type with command", ClientVSCode, `{"servers": {"a": {"type": "http", "command": "x"}}}`, `servers.a.type: type is "http" but the entry has a command`},
		{"args without command", ClientCursor, `{"mcpServers": {"a": {"url": "http://x", "args": []}}}`, `mcpServers.a.args: args without a command`},
		{"project not object", ClientClaudeCode, `{"projects": {"/p": 1}}`, `projects["/p"]: want an object, got number`},
		{"project servers not object", ClientClaudeCode, `{"projects": {"/p": {"mcpServers": null}}}`, `projects["/p"].mcpServers: want an object, got null`},
		{"settings mcp not object", ClientVSCode, `{"mcp": true}`, `mcp: want an object, got boolean`},
		{"file without servers", ClientFile, `{"foo": 1}`, `no MCP servers`},
		{"too deep", ClientFile, strings.Repeat("[", maxDepth+1), `nested deeper than`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse([]byte(tt.src), "cfg.json", tt.client)
			if err == nil {
				t.Fatalf("Parse succeeded with entries %+v; want error %q", f.Entries, tt.want)
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Errorf("error %T; want *Error", err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "cfg.json") {
				t.Errorf("error %q; want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadMissingAndLarge(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(filepath.Join(dir, "none.json"), ClientCursor); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: error %v; want ErrNotExist", err)
	}
	big := filepath.Join(dir, "big.json")
	fh, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := fh.Truncate(maxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	fh.Close()
	if _, err := Load(big, ClientCursor); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("big file: error %v; want larger than", err)
	}
}

func TestFieldPath(t *testing.T) {
	tests := []struct {
		got  fieldPath
		want string
	}{
		{fieldPath("").key("mcpServers").key("a-b").key("args").index(2), "mcpServers.a-b.args[2]"},
		{fieldPath("projects").key("/home/x").key("mcpServers"), `projects["/home/x"].mcpServers`},
		{fieldPath("").key("my server"), `["my server"]`},
		{fieldPath("env").key("9X"), `env["9X"]`},
	}
	for _, tt := range tests {
		if string(tt.got) != tt.want {
			t.Errorf("path %q; want %q", tt.got, tt.want)
		}
	}
}
