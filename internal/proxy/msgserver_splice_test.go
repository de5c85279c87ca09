package proxy

import (
	"bytes"
	"testing"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

func TestMsIDKey(t *testing.T) {
	same := [][2]string{
		{`"a"`, `"\u0061"`},
		{`1`, `1.0`},
		{`1`, `1e0`},
		{`-7`, `-7.00`},
		{`9007199254740993`, `9007199254740993`},
	}
	for _, p := range same {
		if msIDKey([]byte(p[0])) != msIDKey([]byte(p[1])) {
			t.Errorf("msIDKey(%s) != msIDKey(%s); want equal", p[0], p[1])
		}
	}
	different := [][2]string{
		{`1`, `"1"`},
		{`9007199254740993`, `9007199254740992`},
		{`1.5`, `1`},
		{`null`, `"null"`},
	}
	for _, p := range different {
		if msIDKey([]byte(p[0])) == msIDKey([]byte(p[1])) {
			t.Errorf("msIDKey(%s) == msIDKey(%s); want different", p[0], p[1])
		}
	}
}

func TestMsRewriteRequest(t *testing.T) {
	tests := []struct {
		name, in, want string
		token          bool
	}{
		{"id only", `{"jsonrpc":"2.0","id":"abc","method":"tools/list"}`,
			`{"jsonrpc":"2.0","id":41,"method":"tools/list"}`, false},
		{"id after params", `{"jsonrpc":"2.0","method":"tools/call","params":{"_meta":{"progressToken":"p"},"name":"x"},"id":7}`,
			`{"jsonrpc":"2.0","method":"tools/call","params":{"_meta":{"progressToken":42},"name":"x"},"id":41}`, true},
		{"spaces kept", "{ \"id\" : 1 ,\n \"jsonrpc\":\"2.0\", \"method\":\"m\", \"params\" : { \"_meta\" : { \"progressToken\" : 5 } } }",
			"{ \"id\" : 41 ,\n \"jsonrpc\":\"2.0\", \"method\":\"m\", \"params\" : { \"_meta\" : { \"progressToken\" : 42 } } }", true},
		{"token elsewhere ignored", `{"jsonrpc":"2.0","id":1,"method":"m","params":{"progressToken":5}}`,
			`{"jsonrpc":"2.0","id":41,"method":"m","params":{"progressToken":5}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := jsonrpc.Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			got, orig := msRewriteRequest(m, []byte("41"), []byte("42"))
			if string(got) != tt.want || (orig != nil) != tt.token {
				t.Errorf("got %s (token %s); want %s", got, orig, tt.want)
			}
		})
	}
}

// FuzzMsRewrite checks that rewriting a request's id and progress token
// changes nothing else: putting the originals back gives the bytes that came
// in.
func FuzzMsRewrite(f *testing.F) {
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"ping"}`))
	f.Add([]byte(`{"jsonrpc":"2.0","id":"x\"y","method":"tools/call","params":{"_meta":{"progressToken":"t"},"arguments":{"id":3}}}`))
	f.Add([]byte(`{"params":{"_meta":{"progressToken":1.5e3}},"method":"m","jsonrpc":"2.0","id":-0.5}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := jsonrpc.Parse(data)
		if err != nil || m.Kind != jsonrpc.KindRequest {
			return
		}
		frame, orig := msRewriteRequest(m, []byte("123456"), []byte(`"tok"`))
		rm, err := jsonrpc.Parse(frame)
		if err != nil {
			t.Fatalf("rewritten request does not parse: %v\n%s", err, frame)
		}
		if string(rm.ID) != "123456" {
			t.Fatalf("rewritten id: got %s", rm.ID)
		}
		edits := []msEdit{}
		e, ok := msEditOf(rm.Raw, rm.ID, m.ID)
		if !ok {
			t.Fatal("id not within the message")
		}
		edits = append(edits, e)
		if orig != nil {
			tok := msMeta(rm.Params, msMetaProgressToken)
			if string(tok) != `"tok"` {
				t.Fatalf("rewritten token: got %s", tok)
			}
			e, ok := msEditOf(rm.Raw, tok, orig)
			if !ok {
				t.Fatal("token not within the message")
			}
			edits = append(edits, e)
		}
		if back := msSplice(rm.Raw, edits); !bytes.Equal(back, data) {
			t.Fatalf("restored: got %s; want %s", back, data)
		}
	})
}

func TestMsWithID(t *testing.T) {
	msg := []byte(`{"jsonrpc":"2.0","id":41,"result":{"id":41}}`)
	m, err := jsonrpc.Parse(msg)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(msWithID(m.Raw, m.ID, []byte(`"orig"`))); got != `{"jsonrpc":"2.0","id":"orig","result":{"id":41}}` {
		t.Errorf("got %s", got)
	}
	if got := msWithID(m.Raw, m.ID, []byte("41")); &got[0] != &msg[0] {
		t.Error("an unchanged id copied the message")
	}
}
