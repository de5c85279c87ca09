package config

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

const schemaPath = "../../schema/shield.schema.json"

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.FromSlash(schemaPath))
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	if got := s["$schema"]; got != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v; want draft 2020-12", got)
	}
	return s
}

// schemaDeref follows a "$ref": "#/$defs/NAME" of node within root.
func schemaDeref(t *testing.T, root, node map[string]any) map[string]any {
	t.Helper()
	for range 8 {
		ref, ok := node["$ref"].(string)
		if !ok {
			return node
		}
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		if !ok {
			t.Fatalf("unsupported $ref %q", ref)
		}
		defs, _ := root["$defs"].(map[string]any)
		next, ok := defs[name].(map[string]any)
		if !ok {
			t.Fatalf("$ref %q names nothing", ref)
		}
		node = next
	}
	t.Fatal("$ref chain too long")
	return nil
}

// schemaAt returns the schema of a dotted property path ("log.level").
func schemaAt(t *testing.T, root map[string]any, path string) map[string]any {
	t.Helper()
	node := root
	for _, key := range strings.Split(path, ".") {
		obj := schemaDeref(t, root, node)
		if key == "*" {
			node, _ = obj["additionalProperties"].(map[string]any)
		} else {
			props, _ := obj["properties"].(map[string]any)
			node, _ = props[key].(map[string]any)
		}
		if node == nil {
			t.Fatalf("schema has no %s", path)
		}
	}
	return node
}

// TestSchemaMatchesStructs walks the yaml tags of Config and the properties
// of the schema together and fails where they differ, so that they cannot
// drift apart.
func TestSchemaMatchesStructs(t *testing.T) {
	root := loadSchema(t)
	var walk func(path string, typ reflect.Type, node map[string]any)
	walk = func(path string, typ reflect.Type, node map[string]any) {
		obj := schemaDeref(t, root, node)
		if obj["type"] != "object" || obj["additionalProperties"] != false {
			t.Errorf("schema %q: want type object with additionalProperties false", path)
		}
		props, _ := obj["properties"].(map[string]any)
		goNames, _ := fieldsOf(typ)
		var schemaNames []string
		for name := range props {
			schemaNames = append(schemaNames, name)
		}
		for _, name := range goNames {
			if !slices.Contains(schemaNames, name) {
				t.Errorf("schema %q lacks property %q of Go type %s", path, name, typ)
			}
		}
		for _, name := range schemaNames {
			if !slices.Contains(goNames, name) {
				t.Errorf("schema %q has property %q that Go type %s lacks", path, name, typ)
			}
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			prop, ok := props[name].(map[string]any)
			if !ok {
				continue
			}
			fpath := strings.TrimPrefix(path+"."+name, ".")
			if prop["description"] == nil && schemaDeref(t, root, prop)["description"] == nil {
				t.Errorf("schema %q has no description", fpath)
			}
			switch {
			case f.Type == serversType:
				servers := schemaDeref(t, root, prop)
				elem, ok := servers["additionalProperties"].(map[string]any)
				if !ok {
					t.Fatalf("schema %q: additionalProperties is not a server schema", fpath)
				}
				walk(fpath+".*", reflect.TypeFor[Server](), elem)
			case f.Type.Kind() == reflect.Struct:
				walk(fpath, f.Type, prop)
			}
		}
	}
	walk("", reflect.TypeFor[Config](), root)
	if req, _ := root["required"].([]any); !slices.Equal(req, []any{"version"}) {
		t.Errorf("schema required = %v; want [version]", req)
	}
}

// TestSchemaEnums checks the schema's enums against the Go constants.
func TestSchemaEnums(t *testing.T) {
	root := loadSchema(t)
	tests := []struct {
		path string
		want []string
	}{
		{"mode", []string{string(ModeEnforce), string(ModeMonitor)}},
		{"servers.*.mode", []string{string(ModeEnforce), string(ModeMonitor)}},
		{"on_check_error", []string{string(CheckErrorDeny), string(CheckErrorAllow)}},
		{"log.level", []string{"debug", "info", "warn", "error"}},
		{"log.format", []string{string(LogText), string(LogJSON)}},
		{"servers.*.transport", []string{string(TransportStreamableHTTP), string(TransportSSE), string(TransportStdio)}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var got []string
			for _, v := range schemaDeref(t, root, schemaAt(t, root, tt.path))["enum"].([]any) {
				got = append(got, v.(string))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("enum = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestSchemaDefaults checks the schema's defaults against Default() and the
// server defaults.
func TestSchemaDefaults(t *testing.T) {
	root := loadSchema(t)
	d := Default()
	dur := func(v any) any { x, _ := time.ParseDuration(v.(string)); return x }
	tests := []struct {
		path    string
		convert func(any) any
		want    any
	}{
		{"listen", nil, d.Listen},
		{"mode", nil, string(d.Mode)},
		{"on_check_error", nil, string(d.OnCheckError)},
		{"log.level", nil, strings.ToLower(d.Log.Level.String())},
		{"log.format", nil, string(d.Log.Format)},
		{"http.session_idle_timeout", dur, d.HTTP.SessionIdleTimeout},
		{"http.shutdown_timeout", dur, d.HTTP.ShutdownTimeout},
		{"servers.*.max_sessions", func(v any) any { return int(v.(float64)) }, DefaultMaxSessions},
		{"servers.*.timeout", dur, DefaultTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got := schemaAt(t, root, tt.path)["default"]
			if tt.convert != nil {
				got = tt.convert(got)
			}
			if got != tt.want {
				t.Errorf("default = %v; want %v", got, tt.want)
			}
		})
	}
}

// TestSchemaPatterns checks the size and duration patterns of the schema
// against the Go parsers, on samples.
func TestSchemaPatterns(t *testing.T) {
	root := loadSchema(t)
	defs := root["$defs"].(map[string]any)
	sizePattern := defs["size"].(map[string]any)["anyOf"].([]any)[1].(map[string]any)["pattern"].(string)
	durPattern := defs["duration"].(map[string]any)["pattern"].(string)
	for _, tt := range []struct {
		pattern string
		samples []string
		valid   func(string) bool
	}{
		{sizePattern, []string{"16MiB", "64KiB", "1MB", "1 kb", "10B", "100", "16M", "1.5MiB", "MiB", "-1", "16 MiBs"},
			func(s string) bool { _, err := ParseSize(s); return err == nil }},
		{durPattern, []string{"10m", "1h30m", "250ms", "1.5s", "0", "10", "-1m", "1d", "ten"},
			func(s string) bool { _, err := time.ParseDuration(s); return err == nil && !strings.HasPrefix(s, "-") }},
	} {
		re := regexp.MustCompile(tt.pattern)
		for _, s := range tt.samples {
			if got, want := re.MatchString(s), tt.valid(s); got != want {
				t.Errorf("pattern %s matches %q: %v; Go parser accepts it: %v", tt.pattern, s, got, want)
			}
		}
	}
}
