package jsonrpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/bits"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		kind   Kind
		id     string
		method string
		code   int // expected error code, 0 for success
	}{
		{"request int id", `{"jsonrpc":"2.0","id":1,"method":"tools/list"}`, KindRequest, `1`, "tools/list", 0},
		{"request string id", `{"jsonrpc":"2.0","id":"a\"b","method":"ping","params":{}}`, KindRequest, `"a\"b"`, "ping", 0},
		{"request float id kept byte-exact", `{"jsonrpc":"2.0","id":1.50e+3,"method":"x"}`, KindRequest, `1.50e+3`, "x", 0},
		{"request big id kept byte-exact", `{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"x"}`, KindRequest, `123456789012345678901234567890`, "x", 0},
		{"request null id", `{"jsonrpc":"2.0","id":null,"method":"x"}`, KindRequest, `null`, "x", 0},
		{"notification", ` {"method":"notifications/initialized","jsonrpc":"2.0"} `, KindNotification, ``, "notifications/initialized", 0},
		{"unknown fields pass", `{"jsonrpc":"2.0","id":7,"result":{},"extra":[1,2]}`, KindResponse, `7`, "", 0},
		{"error null id", `{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}`, KindError, `null`, "", 0},
		{"escaped method", `{"jsonrpc":"2.0","method":"tools\/call","id":1}`, KindRequest, `1`, "tools/call", 0},
		{"bad json", `{"jsonrpc":"2.0",`, 0, "", "", CodeParseError},
		{"not object", `42`, 0, "", "", CodeInvalidRequest},
		{"trailing", `{"jsonrpc":"2.0","method":"x"} {}`, 0, "", "", CodeParseError},
		{"no version", `{"id":1,"method":"x"}`, 0, "", "", CodeInvalidRequest},
		{"wrong version", `{"jsonrpc":"1.0","id":1,"method":"x"}`, 0, "", "", CodeInvalidRequest},
		{"duplicate key top", `{"jsonrpc":"2.0","id":1,"method":"a","method":"b"}`, 0, "", "", CodeInvalidRequest},
		{"duplicate key nested", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"safe","name":"evil"}}`, 0, "", "", CodeInvalidRequest},
		{"case duplicate nested", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"safe","Name":"evil"}}`, 0, "", "", CodeInvalidRequest},
		{"escaped duplicate", `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"safe","\u006eame":"evil"}}`, 0, "", "", CodeInvalidRequest},
		{"kelvin duplicate", `{"jsonrpc":"2.0","id":1,"method":"x","params":{"k":1,"` + "\u212a" + `":2}}`, 0, "", "", CodeInvalidRequest},
		{"case variant envelope", `{"jsonrpc":"2.0","id":1,"Method":"x"}`, 0, "", "", CodeInvalidRequest},
		{"method and result", `{"jsonrpc":"2.0","id":1,"method":"x","result":{}}`, 0, "", "", CodeInvalidRequest},
		{"result and error", `{"jsonrpc":"2.0","id":1,"result":{},"error":{}}`, 0, "", "", CodeInvalidRequest},
		{"response without id", `{"jsonrpc":"2.0","result":{}}`, 0, "", "", CodeInvalidRequest},
		{"bool id", `{"jsonrpc":"2.0","id":true,"method":"x"}`, 0, "", "", CodeInvalidRequest},
		{"scalar params", `{"jsonrpc":"2.0","id":1,"method":"x","params":3}`, 0, "", "", CodeInvalidRequest},
		{"control char", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"a\x01\"}", 0, "", "", CodeParseError},
		{"invalid utf-8 key", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":{\"n\xffme\":1}}", 0, "", "", CodeInvalidRequest},
		{"invalid utf-8 method", "{\"jsonrpc\":\"2.0\",\"method\":\"\x94\"}", 0, "", "", CodeInvalidRequest},
		{"leading zero", `{"jsonrpc":"2.0","id":01,"method":"x"}`, 0, "", "", CodeParseError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.in))
			if tt.code != 0 {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("Parse = %v, %v; want error code %d", m, err, tt.code)
				}
				if e.Code != tt.code {
					t.Fatalf("code = %d (%s); want %d", e.Code, e.Message, tt.code)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.Kind != tt.kind || string(m.ID) != tt.id || m.Method != tt.method {
				t.Errorf("got kind=%v id=%s method=%q; want %v %s %q", m.Kind, m.ID, m.Method, tt.kind, tt.id, tt.method)
			}
			if !bytes.Equal(m.Raw, []byte(tt.in)) {
				t.Errorf("Raw changed")
			}
		})
	}
}

func TestParseErrorKeepsID(t *testing.T) {
	_, err := Parse([]byte(`{"jsonrpc":"2.0","id":"abc","method":"x","params":{"a":1,"a":2}}`))
	var e *Error
	if !errors.As(err, &e) || string(e.ID) != `"abc"` {
		t.Fatalf("err = %#v; want id \"abc\"", err)
	}
	resp := ErrorFor(err)
	var v struct {
		ID    string             `json:"id"`
		Error struct{ Code int } `json:"error"`
	}
	if err := json.Unmarshal(resp, &v); err != nil || v.ID != "abc" || v.Error.Code != CodeInvalidRequest {
		t.Fatalf("ErrorFor = %s (%v)", resp, err)
	}
}

func TestParseBatch(t *testing.T) {
	msgs, errs, batch, err := ParseBatch([]byte(` [{"jsonrpc":"2.0","id":1,"method":"a"}, 5, {"jsonrpc":"2.0","method":"n"}]`))
	if err != nil || !batch {
		t.Fatalf("ParseBatch: %v batch=%v", err, batch)
	}
	if len(msgs) != 3 || msgs[0] == nil || msgs[1] != nil || msgs[2] == nil || errs[1] == nil || errs[0] != nil {
		t.Fatalf("got msgs=%v errs=%v", msgs, errs)
	}
	if string(msgs[2].Raw) != `{"jsonrpc":"2.0","method":"n"}` {
		t.Errorf("element raw = %s", msgs[2].Raw)
	}
	if _, _, _, err := ParseBatch([]byte(`[]`)); err == nil {
		t.Error("empty batch accepted")
	}
	msgs, _, batch, err = ParseBatch([]byte(`{"jsonrpc":"2.0","id":1,"method":"a"}`))
	if err != nil || batch || len(msgs) != 1 {
		t.Errorf("single: %v %v %d", err, batch, len(msgs))
	}
}

func TestManyKeysDuplicate(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"jsonrpc":"2.0","id":1,"method":"x","params":{`)
	for i := 0; i < 200; i++ {
		b.WriteString(`"k` + string(rune('a'+i%26)) + string(rune('a'+i/26)) + `":1,`)
	}
	b.WriteString(`"KAA":2}}`) // folds to "kaa", key 0
	if _, err := Parse(b.Bytes()); err == nil {
		t.Fatal("duplicate in large object accepted")
	}
}

func TestDeepNesting(t *testing.T) {
	in := `{"jsonrpc":"2.0","id":1,"method":"x","params":` + string(bytes.Repeat([]byte("["), 10000)) + string(bytes.Repeat([]byte("]"), 10000)) + `}`
	if _, err := Parse([]byte(in)); err == nil {
		t.Fatal("deep nesting accepted")
	}
}

// FuzzParse checks that Parse never panics, that what it accepts is valid JSON
// to encoding/json, and that the envelope agrees with encoding/json.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a","arguments":{"x":[1,2.5e3,null,true]}}}`,
		`{"jsonrpc":"2.0","id":"x","result":{"content":[{"type":"text","text":"hi\u00e9\n"}]}}`,
		`[{"jsonrpc":"2.0","method":"n"},{"jsonrpc":"2.0","id":null,"error":{"code":1,"message":"m"}}]`,
		`{"jsonrpc":"2.0","id":1,"method":"a","params":{"a":1,"A":2}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		msgs, _, _, err := ParseBatch(data)
		if err != nil {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON: %q", data)
		}
		for _, m := range msgs {
			if m == nil {
				continue
			}
			var env struct {
				Method string          `json:"method"`
				ID     json.RawMessage `json:"id"`
			}
			if err := json.Unmarshal(m.Raw, &env); err != nil {
				t.Fatalf("encoding/json rejects accepted message %q: %v", m.Raw, err)
			}
			if env.Method != m.Method {
				t.Fatalf("method %q; encoding/json says %q", m.Method, env.Method)
			}
			if m.ID != nil && !bytes.Equal(env.ID, m.ID) {
				t.Fatalf("id %s; encoding/json says %s", m.ID, env.ID)
			}
		}
	})
}

func BenchmarkParse4K(b *testing.B) {
	text := bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. "), 90)
	msg := []byte(`{"jsonrpc":"2.0","id":42,"result":{"content":[{"type":"text","text":"` + string(text) + `"}],"isError":false}}`)
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(msg); err != nil {
			b.Fatal(err)
		}
	}
}

func TestMember(t *testing.T) {
	obj := []byte(` { "arguments" : {"name":"inner","x":[1,"]}"]}, "n\u0061me":"tool\"x" , "z":null}`)
	if got := string(Member(obj, "name")); got != `"tool\"x"` {
		t.Errorf("Member(name) = %s", got)
	}
	if got := string(Member(obj, "z")); got != `null` {
		t.Errorf("Member(z) = %s", got)
	}
	if got := Member(obj, "missing"); got != nil {
		t.Errorf("Member(missing) = %s", got)
	}
	if s, ok := String(Member(obj, "name")); !ok || s != `tool"x` {
		t.Errorf("String = %q %v", s, ok)
	}
}

func TestHeadID(t *testing.T) {
	tests := []struct{ head, want string }{
		{`{"jsonrpc":"2.0","id":5,"result":{"content":[{"text":"AAAA`, `5`},
		{`{"jsonrpc":"2.0","result":{"x":[1,2]},"id":"abc","more`, `"abc"`},
		{`{"jsonrpc":"2.0","result":{"content":"AAAAAAA`, ``},
		{`{"id":12`, ``},
		{`[1,2`, ``},
		{`{"id":true,"x":1`, ``},
	}
	for _, tt := range tests {
		if got := string(HeadID([]byte(tt.head))); got != tt.want {
			t.Errorf("HeadID(%q) = %q; want %q", tt.head, got, tt.want)
		}
	}
}

func TestSpecialMask(t *testing.T) {
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 8; pos++ {
			word := [8]byte{'a', 'b', 'c', 0xC3, 0xA9, 'x', 'y', 'z'}
			word[pos] = byte(b)
			w := uint64(0)
			for i := 7; i >= 0; i-- {
				w = w<<8 | uint64(word[i])
			}
			got := specialMask(w)
			if want := !strSafe[b]; (got != 0) != want {
				t.Fatalf("specialMask with byte %#x at %d = %#x; want a mark: %v", b, pos, got, want)
			}
			if got != 0 && bits.TrailingZeros64(got)>>3 != pos {
				t.Fatalf("specialMask with byte %#x at %d marks byte %d first", b, pos, bits.TrailingZeros64(got)>>3)
			}
		}
	}
}

// BenchmarkParseJSONText is a 256 KiB tool result whose text is itself JSON
// (escaped quotes every few words), the common worst case for the string
// scanner.
func BenchmarkParseJSONText(b *testing.B) {
	rec := `{\"id\":1234,\"title\":\"quarterly revenue report\",\"tags\":[\"billing\",\"ops\"],\"note\":\"line one\\nline two\"},`
	text := bytes.Repeat([]byte(rec), (256<<10)/len(rec))
	msg := []byte(`{"jsonrpc":"2.0","id":42,"result":{"content":[{"type":"text","text":"[` + string(text) + `"}]}}`)
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(msg); err != nil {
			b.Fatal(err)
		}
	}
}
