package proxy

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

func TestAggSplice(t *testing.T) {
	m, err := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":"a\u00e9","method":"tools/call","params":{"name":"fs__read","arguments":{"name":"x"}}}`))
	if err != nil {
		t.Fatal(err)
	}
	name := jsonrpc.Member(m.Params, "name")
	got := string(aggSplice(m.Raw, aggEdit{name, []byte(`"read"`)}, aggEdit{m.ID, []byte(`7`)}))
	want := `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"read","arguments":{"name":"x"}}}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	for _, tt := range []struct {
		name  string
		edits []aggEdit
	}{
		{"outside", []aggEdit{{[]byte(`"x"`), nil}}},
		{"empty", []aggEdit{{m.Raw[:0], nil}}},
		{"overlap", []aggEdit{{m.Params, nil}, {name, nil}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			aggSplice(m.Raw, tt.edits...)
		})
	}
}

func TestAggSetMember(t *testing.T) {
	for _, tt := range []struct{ obj, want string }{
		{``, `{"cursor":"c"}`},
		{`{}`, `{"cursor":"c"}`},
		{` { } `, ` {"cursor":"c" } `},
		{`{"a":1}`, `{"cursor":"c","a":1}`},
		{`{"a":1,"cursor":"old"}`, `{"a":1,"cursor":"c"}`},
		{`{"curs\u006fr":null}`, `{"curs\u006fr":"c"}`},
		{`{"Cursor":1}`, `{"cursor":"c","Cursor":1}`},
	} {
		if got := string(aggSetMember([]byte(tt.obj), "cursor", []byte(`"c"`))); got != tt.want {
			t.Errorf("aggSetMember(%s): got %s; want %s", tt.obj, got, tt.want)
		}
	}
}

func TestAggNameLogger(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"x"}}`,
			`{"jsonrpc":"2.0","method":"notifications/message","params":{"logger":"fs","level":"info","data":"x"}}`},
		{`{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","logger":"cache","data":"x"}}`,
			`{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","logger":"fs/cache","data":"x"}}`},
		{`{"jsonrpc":"2.0","method":"notifications/message"}`, `{"jsonrpc":"2.0","method":"notifications/message"}`},
	} {
		m, err := jsonrpc.Parse([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(aggNameLogger(m, "fs")); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

func FuzzAggSetMember(f *testing.F) {
	for _, s := range []string{`{}`, `{"a":1}`, ` {"cursor":[1,{"x":"}"}]} `, `{"a":"\"cursor\":1"}`, `{"k\u0020":true}`} {
		f.Add(s, "cursor")
	}
	f.Fuzz(func(t *testing.T, obj, key string) {
		if !json.Valid([]byte(obj)) || !strings.HasPrefix(strings.TrimLeft(obj, " \t\r\n"), "{") || !utf8.ValidString(key) {
			return
		}
		out := aggSetMember([]byte(obj), key, []byte(`"v"`))
		if !json.Valid(out) {
			t.Fatalf("invalid JSON %s", out)
		}
		if got := jsonrpc.Member(out, key); string(got) != `"v"` {
			t.Fatalf("member %q of %s is %s", key, out, got)
		}
	})
}
