package jsonwalk

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// upper is a visitor that uppercases every string.
func upper(_ Path, s string) (string, bool) { return strings.ToUpper(s), true }

// identity is a visitor that changes nothing.
func identity(_ Path, s string) (string, bool) { return s, false }

func TestStrings(t *testing.T) {
	tests := []struct {
		name        string
		doc         string
		visit       func(Path, string) (string, bool)
		want        string
		wantChanged bool
	}{
		{"identity", `{"a" : [ "x\n" , 1.50 ] }`, identity, `{"a" : [ "x\n" , 1.50 ] }`, false},
		{"same text reported as a change", `["x\u0041"]`, func(_ Path, s string) (string, bool) { return s, true }, `["x\u0041"]`, false},
		{"upper keeps the rest", "{\"k\" :\t\"ab\", \"n\": -0.0e5,\"x\":[true, \"c\"]}", upper, "{\"k\" :\t\"AB\", \"n\": -0.0e5,\"x\":[true, \"C\"]}", true},
		{"keys untouched", `{"key":"v"}`, upper, `{"key":"V"}`, true},
		{"unchanged strings keep their escapes", `["\u0041","b"]`, upper, `["\u0041","B"]`, true},
		{"top-level string", ` "a" `, upper, ` "A" `, true},
		{
			"replacement is escaped",
			`["x"]`,
			func(Path, string) (string, bool) { return "q\"b\\s\n\x01\x1f/é\u2028", true },
			`["q\"b\\s\n\u0001\u001f/é\u2028"]`, true,
		},
		{
			"invalid UTF-8 in a replacement",
			`["x"]`,
			func(Path, string) (string, bool) { return "a\xffb\xe2\x82", true },
			`["a\ufffdb\ufffd\ufffd"]`, true,
		},
		{
			"only one path",
			`{"content":[{"type":"text","text":"secret"}],"structuredContent":{"text":"secret", "n": 1e3}}`,
			func(p Path, s string) (string, bool) {
				if p.Len() == 3 {
					if k, _ := p.Key(2); k == "text" {
						return "[REDACTED]", true
					}
				}
				return s, false
			},
			`{"content":[{"type":"text","text":"[REDACTED]"}],"structuredContent":{"text":"secret", "n": 1e3}}`, true,
		},
		{"empty replacement", `["abc", "d"]`, func(_ Path, s string) (string, bool) { return "", s == "abc" }, `["", "d"]`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed, err := Strings([]byte(tt.doc), tt.visit)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || changed != tt.wantChanged {
				t.Errorf("got %s, %v; want %s, %v", got, changed, tt.want, tt.wantChanged)
			}
			if changed && !json.Valid(got) {
				t.Errorf("got invalid JSON %s", got)
			}
		})
	}
}

// TestStringsUnchangedIsInput checks that an unchanged document comes back
// as the very slice passed in.
func TestStringsUnchangedIsInput(t *testing.T) {
	doc := toolResult(4<<10, true)
	got, changed, err := Strings(doc, identity)
	if err != nil || changed || &got[0] != &doc[0] || len(got) != len(doc) {
		t.Errorf("got a copy (changed %v, error %v); want the input slice", changed, err)
	}
}

func TestAppendQuotedRoundTrip(t *testing.T) {
	for _, s := range []string{"", "plain", "\x00\x7f\"\\/", "é中😀", "\u2028\u2029", "\ufffd", strings.Repeat("ab\n", 50)} {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			lit := appendQuoted(nil, s)
			var got string
			if err := json.Unmarshal(lit, &got); err != nil || got != s {
				t.Errorf("appendQuoted(%q) = %s, decoding to %q (%v); want %q", s, lit, got, err, s)
			}
			if back := string(appendUnescaped(nil, string(lit[1:len(lit)-1]))); back != s {
				t.Errorf("appendUnescaped(appendQuoted(%q)) = %q; want %q", s, back, s)
			}
		})
	}
}

// TestStringsGolden walks each testdata/golden/*.json document, recording
// every visit, and uppercases the strings whose key is "text"; the record and
// the edited document must match the .golden file (go test -update rewrites
// it).
func TestStringsGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs (%v)", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			doc, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var rec bytes.Buffer
			out, changed, err := Strings(doc, func(p Path, s string) (string, bool) {
				fmt.Fprintf(&rec, "%s %q\n", p, s)
				if n := p.Len(); n > 0 {
					if k, ok := p.Key(n - 1); ok && k == "text" {
						return strings.ToUpper(s), true
					}
				}
				return s, false
			})
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&rec, "-- changed: %v --\n%s", changed, out)
			golden := strings.TrimSuffix(file, ".json") + ".golden"
			if *update {
				if err := os.WriteFile(golden, rec.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(rec.Bytes(), want) {
				t.Errorf("got:\n%s\nwant:\n%s", rec.Bytes(), want)
			}
		})
	}
}
