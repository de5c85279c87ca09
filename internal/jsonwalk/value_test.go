package jsonwalk

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"
)

// stdValue decodes doc as Value is documented to: encoding/json's Decoder
// with UseNumber, one value and nothing after it.
func stdValue(doc []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, io.ErrUnexpectedEOF
	}
	return v, nil
}

var valueCases = []string{
	`{}`, `[]`, `null`, `true`, `false`, `0`, `-1.5e+3`, `"x"`,
	` {"a": 1, "b": [1, "two", null, true, {"c": {}}], "d": "e\u00e9\n\"\\\/"} `,
	`{"a":1,"a":2}`,
	`"\ud83d\ude00 \ud800 \udc00 \ud800\u0041 \ud800\ud800\udc00"`,
	"\"\xff\xfe ok \xe2\x82\"", "\"\xe2\\u0080\"", "{\"k\xff\":\"v\xc0\\n\"}",
	`{"a":[[[[]]]],"n":1E-7,"z":-0}`,
	`{"a":1,}`, `[1,]`, `{"a" 1}`, `01`, `1.`, `"\x"`, `"\u12"`, `{"a":1} x`, `[`, `nul`, "\"a\x01\"", ``, `   `,
}

func TestValueAsEncodingJSON(t *testing.T) {
	for _, doc := range valueCases {
		checkValue(t, []byte(doc))
	}
	deep := strings.Repeat("[", 513) + strings.Repeat("]", 513)
	if _, err := Value([]byte(deep)); err == nil {
		t.Errorf("Value(513 levels): got no error; want one")
	}
	if _, err := Value([]byte(deep[1 : len(deep)-1])); err != nil {
		t.Errorf("Value(512 levels): got %v; want no error", err)
	}
}

func checkValue(t *testing.T, doc []byte) {
	t.Helper()
	got, err := Value(doc)
	want, werr := stdValue(doc)
	if (err == nil) != (werr == nil) {
		t.Fatalf("Value(%q): error %v; encoding/json: %v", doc, err, werr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("Value(%q) = %#v; encoding/json: %#v", doc, got, want)
	}
}

func FuzzValue(f *testing.F) {
	for _, doc := range valueCases {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		if bytes.Count(doc, []byte("["))+bytes.Count(doc, []byte("{")) > 500 {
			return // encoding/json nests deeper than Value
		}
		checkValue(t, doc)
	})
}
