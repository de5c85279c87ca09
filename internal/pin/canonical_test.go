package pin

import (
	"encoding/json"
	"strings"
	"testing"
)

// These outputs are the frozen canonical encoding, version 1. A change here
// changes every pin and manifest hash: do not edit them to make a test pass.
func TestCanonicalFrozen(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"sorted keys, no space", `{ "b": 1, "a": [true, false, null] }`, `{"a":[true,false,null],"b":1}`},
		{"nested objects sorted", `{"z":{"y":1,"x":{"b":2,"a":1}},"a":{}}`, `{"a":{},"z":{"x":{"a":1,"b":2},"y":1}}`},
		{"string escapes", `{"s":"q\" b\\ \/ \b\f\n\r\t \u0001 \u001f \u007f é \u00e9 \ud83d\ude00 \u2028"}`,
			"{\"s\":\"q\\\" b\\\\ / \\b\\f\\n\\r\\t \\u0001 \\u001f \x7f é é 😀 \u2028\"}"},
		{"numbers", `{"n":[1, 1.0, -0, 1.5, 1e21, 1e20, 123456789012345678901, 0.000001, 1e-7, -2.5E+3, 5e-324, 1.7976931348623157e308, 100]}`,
			`{"n":[1,1,0,1.5,1e+21,100000000000000000000,123456789012345680000,0.000001,1e-7,-2500,5e-324,1.7976931348623157e+308,100]}`},
		{"utf8 key order is bytewise", `{"é":1,"z":2,"Z":3,"_":4}`, `{"Z":3,"_":4,"z":2,"é":1}`},
		{"empty containers", `{"a":[],"o":{}}`, `{"a":[],"o":{}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CanonicalJSON(json.RawMessage(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestHashFrozen pins the hash of a typical tool definition.
func TestHashFrozen(t *testing.T) {
	def := `{
  "name": "read_file",
  "title": "Read file",
  "description": "Read a file from the workspace.",
  "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]},
  "annotations": {"readOnlyHint": true},
  "_meta": {"ignored": "yes"}
}`
	d, err := Parse(KindTool, json.RawMessage(def))
	if err != nil {
		t.Fatal(err)
	}
	wantCanon := `{"annotations":{"readOnlyHint":true},"description":"Read a file from the workspace.","inputSchema":{"properties":{"path":{"type":"string"}},"required":["path"],"type":"object"},"name":"read_file","title":"Read file"}`
	if string(d.Canonical) != wantCanon {
		t.Errorf("canonical:\ngot  %s\nwant %s", d.Canonical, wantCanon)
	}
	const wantHash = "sha256:" + frozenToolHash
	if d.Hash != wantHash {
		t.Errorf("hash: got %s; want %s", d.Hash, wantHash)
	}
	if d.Name != "read_file" || d.Kind != KindTool {
		t.Errorf("got name %q kind %q", d.Name, d.Kind)
	}
	// The kind is part of the hash.
	p, err := Parse(KindPrompt, json.RawMessage(def))
	if err != nil {
		t.Fatal(err)
	}
	if p.Hash == d.Hash {
		t.Error("a prompt with the same JSON hashes like the tool")
	}
	// Formatting and member order do not change the hash; _meta does not.
	re := `{"_meta":{"x":1},"annotations":{"readOnlyHint":true},"inputSchema":{"required":["path"],"type":"object","properties":{"path":{"type":"string"}}},"title":"Read file","name":"read_file","description":"Read a file from the workspace."}`
	if h, _ := Hash(KindTool, json.RawMessage(re)); h != d.Hash {
		t.Errorf("reordered definition hashes differently: %s", h)
	}
}

const frozenToolHash = "1ed7c859ef98d1d06b869cb0089e0d97c2d332c607a3cc9e9924002c395390b1"

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"not object", `[1]`, "not a JSON object"},
		{"no name", `{"description":"x"}`, "no name"},
		{"name not string", `{"name":1}`, "no name"},
		{"duplicate", `{"name":"a","name":"b"}`, "duplicate key"},
		{"nested duplicate", `{"name":"a","s":{"x":1,"x":2}}`, "duplicate key"},
		{"invalid", `{"name":`, "invalid JSON"},
		{"trailing", `{"name":"a"} {}`, "after the JSON value"},
		{"bad utf8", "{\"name\":\"a\xff\"}", "invalid UTF-8"},
		{"huge number", `{"name":"a","n":1e400}`, "out of range"},
		{"deep", `{"name":"a","d":` + strings.Repeat("[", MaxDepth+2) + strings.Repeat("]", MaxDepth+2) + `}`, "nested deeper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(KindTool, json.RawMessage(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want an error containing %q", err, tt.want)
			}
		})
	}
	if _, err := Parse("widget", json.RawMessage(`{"name":"a"}`)); err == nil {
		t.Error("unknown kind accepted")
	}
}

func FuzzCanonical(f *testing.F) {
	f.Add([]byte(`{"name":"a","b":[1,2.5,"x\n"],"c":{"d":null}}`))
	f.Add([]byte(`{"name":"\u00e9","n":-0.0000001}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := CanonicalJSON(in)
		if err != nil {
			return
		}
		if !json.Valid(c) {
			t.Fatalf("canonical form is not JSON: %s", c)
		}
		again, err := CanonicalJSON(c)
		if err != nil {
			t.Fatalf("canonical form does not parse: %v", err)
		}
		if string(again) != string(c) {
			t.Fatalf("not idempotent:\n%s\n%s", c, again)
		}
	})
}
