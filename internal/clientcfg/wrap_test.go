package clientcfg

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func mustParse(t *testing.T, src, client string) *File {
	t.Helper()
	f, err := Parse([]byte(src), "cfg.json", client)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return f
}

// writeConfig writes src to a temp file and loads it.
func writeConfig(t *testing.T, src, client string) (string, *File) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cfg.json")
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, mustLoad(t, path, client)
}

func TestWrapLayout(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"one line", `{"mcpServers": {"a": {"command": "x", "args": ["1", "2"]}}}`,
			`{"mcpServers": {"a": {"command": "/s", "args": ["run", "--name", "a", "--", "x", "1", "2"]}}}`},
		{"compact", `{"mcpServers":{"a":{"command":"x","args":["1","2"]}}}`,
			`{"mcpServers":{"a":{"command":"/s","args":["run","--name","a","--","x","1","2"]}}}`},
		{"no args, one member", `{"mcpServers": {"a": {"command": "x"}}}`,
			`{"mcpServers": {"a": {"command": "/s", "args": ["run", "--name", "a", "--", "x"]}}}`},
		{"no args, command last", "{\"mcpServers\": {\"a\": {\n    \"env\": {},\n    \"command\": \"x\"\n  }}}",
			"{\"mcpServers\": {\"a\": {\n    \"env\": {},\n    \"command\": \"/s\",\n    \"args\": [\"run\", \"--name\", \"a\", \"--\", \"x\"]\n  }}}"},
		{"empty args", `{"mcpServers": {"a": {"command": "x", "args": [ ]}}}`,
			`{"mcpServers": {"a": {"command": "/s", "args": ["run", "--name", "a", "--", "x"]}}}`},
		{"one arg on its own line", "{\"mcpServers\": {\"a\": {\"command\": \"x\", \"args\": [\n\t\"1\"\n]}}}",
			"{\"mcpServers\": {\"a\": {\"command\": \"/s\", \"args\": [\n\t\"run\",\n\t\"--name\",\n\t\"a\",\n\t\"--\",\n\t\"x\",\n\t\"1\"\n]}}}"},
		{"args before command", `{"mcpServers": {"a": {"args": ["1"], "command": "x"}}}`,
			`{"mcpServers": {"a": {"args": ["run", "--name", "a", "--", "x", "1"], "command": "/s"}}}`},
		{"comment before first arg", `{"mcpServers": {"a": {"command": "x", "args": [/* c */ "1"]}}}`,
			`{"mcpServers": {"a": {"command": "/s", "args": [/* c */ "run", "--name", "a", "--", "x", "1"]}}}`},
		{"empty args with a comment", "{\"mcpServers\": {\"a\": {\"command\": \"x\", \"args\": [ // none\n]}}}",
			"{\"mcpServers\": {\"a\": {\"command\": \"/s\", \"args\": [\"run\", \"--name\", \"a\", \"--\", \"x\" // none\n]}}}"},
		{"name with quotes", `{"mcpServers": {"a\"b": {"command": "x", "args": []}}}`,
			`{"mcpServers": {"a\"b": {"command": "/s", "args": ["run", "--name", "a\"b", "--", "x"]}}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := mustParse(t, tt.src, ClientFile)
			if _, err := f.Wrap(WrapOptions{Shield: "/s"}); err != nil {
				t.Fatalf("Wrap: %v", err)
			}
			if got := string(f.Bytes()); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if _, err := f.Unwrap(UnwrapOptions{Shield: "/s"}); err != nil {
				t.Fatalf("Unwrap: %v", err)
			}
			if got := string(f.Bytes()); got != tt.src && !strings.Contains(tt.name, "no args") && tt.name != "empty args" {
				t.Errorf("unwrap gave\n%s\nwant the original\n%s", got, tt.src)
			}
			back := mustParse(t, tt.src, ClientFile)
			if !entryEqual(f.Entries[0], back.Entries[0]) {
				t.Errorf("after unwrap %+v; want %+v", f.Entries[0], back.Entries[0])
			}
		})
	}
}

func TestWrapOptions(t *testing.T) {
	src := `{"mcpServers": {"a": {"url": "https://a.example/mcp"}, "b": {"command": "x"}}}`
	tests := []struct {
		name    string
		opts    WrapOptions
		wantErr string
	}{
		{"no shield", WrapOptions{}, "path of the mcpshield binary is required"},
		{"bad gateway", WrapOptions{Shield: "/s", Gateway: "127.0.0.1:7070"}, "want an http or https URL"},
		{"gateway with query", WrapOptions{Shield: "/s", Gateway: "http://gw/?x=1"}, "want an http or https URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := mustParse(t, src, ClientCursor)
			_, err := f.Wrap(tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %v; want %q", err, tt.wantErr)
			}
			if f.Changed() {
				t.Error("file changed after an error")
			}
		})
	}
}

func TestWrapHTTPWithoutGateway(t *testing.T) {
	f := mustParse(t, `{"mcpServers": {"a": {"url": "https://a.example/mcp"}, "b": {"command": "x"}}}`, ClientCursor)
	res, err := f.Wrap(WrapOptions{Shield: "/s"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Changed, []string{"b"}) || len(res.Skipped) != 1 || res.Skipped[0].Entry != "a" {
		t.Errorf("result %+v; want b changed, a skipped", res)
	}
	if f.Entries[0].URL != "https://a.example/mcp" {
		t.Errorf("URL = %q; want it unchanged", f.Entries[0].URL)
	}
}

func TestWrapGatewayNames(t *testing.T) {
	src := `{"mcpServers": {
		"api": {"url": "https://one.example/mcp"},
		"api.v2": {"url": "https://two.example/mcp"},
		"other": {"url": "https://one.example/mcp"},
		"reused": {"url": "https://known.example/mcp", "headers": {"K": "v"}},
		"self": {"url": "http://gw:1/mcp"}
	}}`
	f := mustParse(t, src, ClientCursor)
	existing := []GatewayServer{
		{Name: "api-v2", URL: "https://elsewhere.example/mcp"},
		{Name: "reused", URL: "https://known.example/mcp", Headers: map[string]string{"K": "v"}},
	}
	res, err := f.Wrap(WrapOptions{Shield: "/s", Gateway: "http://gw:1", Existing: existing})
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, e := range f.Entries {
		urls = append(urls, e.URL)
	}
	want := []string{
		"http://gw:1/servers/api/mcp",
		"http://gw:1/servers/api-v2-2/mcp", // api-v2 is taken by another upstream
		"http://gw:1/servers/other/mcp",
		"http://gw:1/servers/reused/mcp", // same upstream as the existing one
		"http://gw:1/mcp",                // the gateway itself: left alone
	}
	if !slices.Equal(urls, want) {
		t.Errorf("urls %q; want %q", urls, want)
	}
	var names []string
	for _, g := range res.GatewayServers {
		names = append(names, g.Name)
	}
	if !slices.Equal(names, []string{"api", "api-v2-2", "other"}) {
		t.Errorf("gateway servers %q; want api, api-v2-2, other", names)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Entry != "self" {
		t.Errorf("skipped %+v; want self", res.Skipped)
	}
}

func TestGatewayName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"github", "github"},
		{"my server.v2", "my-server-v2"},
		{"a__b___c", "a_b_c"},
		{"_x", "x"},
		{"--", "server"},
		{"", "server"},
		{"café", "caf-"},
		{strings.Repeat("x", 80), strings.Repeat("x", 64)},
	}
	for _, tt := range tests {
		got := gatewayName(tt.in)
		if got != tt.want || !validGatewayName(got) {
			t.Errorf("gatewayName(%q) = %q (valid %v); want %q", tt.in, got, validGatewayName(got), tt.want)
		}
	}
	n := newNamer([]GatewayServer{{Name: strings.Repeat("x", 64), URL: "u1"}})
	if got, _ := n.claim(strings.Repeat("x", 70), GatewayServer{URL: "u2"}); len(got) != 64 || !strings.HasSuffix(got, "-2") {
		t.Errorf("claim of a long taken name = %q; want 64 bytes ending in -2", got)
	}
}

// TestUnwrapKeepsLaterEdits: servers added, and fields changed, after
// wrapping survive Unwrap.
func TestUnwrapKeepsLaterEdits(t *testing.T) {
	path, f := writeConfig(t, `{"mcpServers": {"a": {"command": "x", "args": ["1"]}, "h": {"url": "https://h.example/mcp"}}}`, ClientCursor)
	if _, err := f.Wrap(WrapOptions{Shield: "/s", Gateway: "http://gw:1"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	// The user adds a server and an env to the wrapped one.
	edited := strings.Replace(string(readBytes(t, path)), `"mcpServers": {`, `"mcpServers": {"new": {"command": "y"}, `, 1)
	edited = strings.Replace(edited, `"command": "/s"`, `"command": "/s", "env": {"K": "v"}`, 1)
	if err := os.WriteFile(path, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	f = mustLoad(t, path, ClientCursor)
	res, err := f.Unwrap(UnwrapOptions{Shield: "/s"})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	want := `{"mcpServers": {"new": {"command": "y"}, "a": {"command": "x", "env": {"K": "v"}, "args": ["1"]}, "h": {"url": "https://h.example/mcp"}}}`
	if got := string(readBytes(t, path)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !slices.Equal(res.Changed, []string{"a", "h"}) {
		t.Errorf("changed %q; want a, h", res.Changed)
	}
}

func TestUnwrapHTTPSources(t *testing.T) {
	wrapped := `{"mcpServers": {"h": {"type": "http", "url": "http://gw:1/servers/h/mcp"}}}`
	t.Run("no backup", func(t *testing.T) {
		path, f := writeConfig(t, strings.Replace(wrapped, `"mcpServers": {`, `"mcpServers": {"s": {"command": "mcpshield", "args": ["run", "--", "x"]}, `, 1), ClientClaudeCode)
		res, err := f.Unwrap(UnwrapOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Changed) != 1 || len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Reason, "no backup") || !strings.Contains(res.Skipped[0].Reason, "servers.h.url") {
			t.Errorf("result %+v; want h skipped for want of a backup", res)
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path + BackupSuffix); !os.IsNotExist(err) {
			t.Errorf("a partial unwrap wrote a backup (stat: %v)", err)
		}
	})
	t.Run("from gateway servers", func(t *testing.T) {
		_, f := writeConfig(t, wrapped, ClientClaudeCode)
		_, err := f.Unwrap(UnwrapOptions{GatewayServers: []GatewayServer{{Name: "h", URL: "https://h.example/sse", Transport: "sse"}}})
		if err != nil {
			t.Fatal(err)
		}
		want := `{"mcpServers": {"h": {"type": "sse", "url": "https://h.example/sse"}}}`
		if got := string(f.Bytes()); got != want {
			t.Errorf("got %s; want %s", got, want)
		}
	})
	t.Run("backup lacks it", func(t *testing.T) {
		path, f := writeConfig(t, wrapped, ClientClaudeCode)
		if err := os.WriteFile(path+BackupSuffix, []byte(`{"mcpServers": {}}`), 0o600); err != nil {
			t.Fatal(err)
		}
		res, err := f.Unwrap(UnwrapOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Reason, "backup does not have it") {
			t.Errorf("result %+v; want h skipped", res)
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path + BackupSuffix); err != nil {
			t.Errorf("backup removed while an entry is still wrapped: %v", err)
		}
	})
}

func TestUnwrapStdio(t *testing.T) {
	tests := []struct {
		name, src, want, skip string
	}{
		{"design form", `{"mcpServers": {"a": {"command": "mcpshield", "args": ["run", "--", "npx", "-y", "p"]}}}`,
			`{"mcpServers": {"a": {"command": "npx", "args": ["-y", "p"]}}}`, ""},
		{"flags", `{"mcpServers": {"a": {"command": "mcpshield", "args": ["run", "--config", "s.yaml", "--grace=1s", "--name", "--", "--", "x"]}}}`,
			`{"mcpServers": {"a": {"command": "x", "args": []}}}`, ""},
		{"no dash", `{"mcpServers": {"a": {"command": "mcpshield", "args": ["run", "x"]}}}`, "", "wrapped without"},
		{"nothing after dash", `{"mcpServers": {"a": {"command": "mcpshield", "args": ["run", "--"]}}}`, "", "wrapped without"},
		{"comment among shield args", `{"mcpServers": {"a": {"command": "mcpshield", "args": ["run", /* x */ "--", "npx", "y"]}}}`, "", "a comment"},
		{"comment kept, no args left", "{\"mcpServers\": {\"a\": {\"command\": \"mcpshield\", \"args\": [\"run\", \"--\", \"npx\" // x\n]}}}",
			"{\"mcpServers\": {\"a\": {\"command\": \"npx\", \"args\": [ // x\n]}}}", ""},
		{"not run", `{"mcpServers": {"a": {"command": "mcpshield", "args": ["serve"]}}}`, `{"mcpServers": {"a": {"command": "mcpshield", "args": ["serve"]}}}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := mustParse(t, tt.src, ClientCursor)
			res, err := f.Unwrap(UnwrapOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.skip != "" {
				if len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Reason, tt.skip) || f.Changed() {
					t.Errorf("result %+v, changed %v; want skipped for %q, unchanged", res, f.Changed(), tt.skip)
				}
				return
			}
			if got := string(f.Bytes()); got != tt.want {
				t.Errorf("got %s; want %s", got, tt.want)
			}
		})
	}
}
