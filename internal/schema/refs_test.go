package schema

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestRefsRefused checks that no $ref, $schema or $id makes the validator
// read a file or fetch a URL.
func TestRefsRefused(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "application/schema+json")
		w.Write([]byte(`{"type":"integer"}`))
	}))
	defer srv.Close()

	// A schema file that, were it read, would make the arguments fail.
	dir := t.TempDir()
	file := filepath.Join(dir, "int.json")
	if err := os.WriteFile(file, []byte(`{"type":"integer"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	fileURL := "file://" + filepath.ToSlash(file)

	tests := []struct{ name, schema string }{
		{"file passwd", `{"$ref":"file:///etc/passwd"}`},
		{"file schema", `{"$ref":"` + fileURL + `"}`},
		{"file nested", `{"properties":{"a":{"$ref":"` + fileURL + `#/type"}}}`},
		{"http", `{"$ref":"` + srv.URL + `/s.json"}`},
		{"http in $defs", `{"$defs":{"x":{"$ref":"` + srv.URL + `/d.json"}},"properties":{"a":{"$ref":"#/$defs/x"}}}`},
		{"http $schema", `{"$schema":"` + srv.URL + `/meta.json"}`},
		{"http $id then relative", `{"$id":"` + srv.URL + `/base/","$ref":"int.json"}`},
		{"file $id then relative", `{"$id":"file://` + filepath.ToSlash(dir) + `/","$ref":"int.json"}`},
		{"relative", `{"$ref":"int.json"}`},
		{"relative up", `{"$ref":"../../../../etc/passwd"}`},
		{"relative absolute path", `{"$ref":"/etc/passwd"}`},
		{"draft-07 http", `{"$schema":"http://json-schema.org/draft-07/schema#","properties":{"a":{"$ref":"` + srv.URL + `/7.json"}}}`},
		{"dynamicRef http", `{"$dynamicRef":"` + srv.URL + `/dyn.json#x"}`},
		{"not an embedded metaschema", `{"$ref":"https://json-schema.org/draft/2020-12/meta/nope"}`},
		{"metaschema path escape", `{"$ref":"https://json-schema.org/../../../etc/passwd"}`},
		{"other scheme", `{"$ref":"ftp://127.0.0.1/x.json"}`},
	}
	v := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := v.Validate(context.Background(), json.RawMessage(tt.schema), json.RawMessage(`{"a":"x"}`))
			if !errors.Is(err, ErrBadSchema) {
				t.Fatalf("got %v; want ErrBadSchema", err)
			}
			// The library's LoadURLError does not unwrap: match the text.
			if msg := err.Error(); !strings.Contains(msg, errRefused.Error()) {
				t.Errorf("got %s; want a refused reference", msg)
			}
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("test server got %d requests; want 0", n)
	}
}

func TestRefusedMessage(t *testing.T) {
	err := New(Options{}).Validate(context.Background(), json.RawMessage(`{"$ref":"file:///etc/passwd"}`), nil)
	const want = `unusable inputSchema: failing loading "file:///etc/passwd": a schema may only refer to itself or to a standard metaschema`
	if err == nil || err.Error() != want {
		t.Errorf("got %v; want %s", err, want)
	}
}
