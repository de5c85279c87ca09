package clientcfg

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks the parser against encoding/json, and that whatever
// Parse accepts survives wrap → wrap → unwrap: the wrapped file parses, the
// second wrap changes nothing, and unwrap gives every stdio entry back its
// command and arguments.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "configs", "*.json"))
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{"mcpServers": {"a": {"command": "x", "args": [/* c */]}}}`,
		`{"mcpServers": {"a": {"command": "x", "args": ["--", "run"]}, "b": {"command": "/s", "args": ["run"]}}}`,
		`{"servers": {"a": {"type": "stdio", "command": "x", // c
		}}}`,
		`{"mcp": {"servers": {"a\u0000": {"url": "http://h/servers/a/mcp"}}}}`,
		`{"projects": {"/p": {"mcpServers": {"a": {"command": "x", "args": ["1",]}}}}}`,
		`{"mcpServers": {"a": {"command": "x", "args": ["1", 2]}}}`,
		"\uFEFF{\"mcpServers\":{}}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, jsonc, perr := parseJSONC(data)
		valid := json.Valid(data)
		if valid && perr != nil && !strings.Contains(perr.Error(), "nested deeper") {
			t.Fatalf("encoding/json accepts, parseJSONC says %v", perr)
		}
		if perr == nil && !jsonc && !valid && !bytes.HasPrefix(data, []byte("\uFEFF")) {
			t.Fatalf("parseJSONC accepts plain JSON that encoding/json rejects")
		}

		file, err := Parse(data, "fuzz.json", ClientFile)
		if err != nil {
			return
		}
		before, err := Parse(data, "fuzz.json", ClientFile)
		if err != nil {
			t.Fatal(err)
		}
		if err := before.recognize("/s"); err != nil {
			t.Fatalf("recognize: %v", err)
		}
		if _, err := file.Wrap(WrapOptions{Shield: "/s"}); err != nil {
			t.Fatalf("Wrap: %v", err)
		}
		for i, e := range file.Entries {
			if !e.IsHTTP() && !e.Wrapped {
				t.Fatalf("entry %d not wrapped: %+v", i, e)
			}
		}
		wrapped := bytes.Clone(file.Bytes())
		res, err := file.Wrap(WrapOptions{Shield: "/s"})
		if err != nil || len(res.Changed) > 0 || !bytes.Equal(file.Bytes(), wrapped) {
			t.Fatalf("second Wrap: %v, changed %q", err, res.Changed)
		}
		if _, err := file.Unwrap(UnwrapOptions{Shield: "/s"}); err != nil {
			t.Fatalf("Unwrap: %v", err)
		}
		if len(file.Entries) != len(before.Entries) {
			t.Fatalf("%d entries after the round trip; want %d", len(file.Entries), len(before.Entries))
		}
		for i, e := range before.Entries {
			if e.Wrapped {
				continue
			}
			if !entryEqual(file.Entries[i], e) {
				t.Fatalf("entry %d after the round trip:\n got %+v\nwant %+v\nfile:\n%s", i, file.Entries[i], e, file.Bytes())
			}
		}
	})
}
