package schema

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// toolSchema is a typical tool's inputSchema, without $schema (2020-12).
const toolSchema = `{
	"type": "object",
	"properties": {
		"path": {"type": "string", "minLength": 1, "description": "file to read"},
		"count": {"type": "integer", "minimum": 0, "maximum": 100},
		"mode": {"enum": ["r", "w"]},
		"tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "maxItems": 3},
		"when": {"type": "string", "format": "date-time"},
		"note": {"anyOf": [{"type": "string"}, {"type": "null"}]}
	},
	"required": ["path"],
	"additionalProperties": false
}`

// toolSchema07 is toolSchema in draft-07, with a definitions $ref.
const toolSchema07 = `{
	"$schema": "http://json-schema.org/draft-07/schema#",
	"definitions": {"tag": {"type": "string"}},
	"type": "object",
	"properties": {
		"path": {"type": "string", "minLength": 1},
		"count": {"type": "integer", "minimum": 0, "maximum": 100},
		"mode": {"enum": ["r", "w"]},
		"tags": {"type": "array", "items": {"$ref": "#/definitions/tag"}, "uniqueItems": true, "maxItems": 3},
		"when": {"type": "string", "format": "date-time"},
		"note": {"type": ["string", "null"]}
	},
	"required": ["path"],
	"additionalProperties": false
}`

// check runs Validate and describes the outcome: "ok", the *Error's
// message, or "bad schema: ..." for ErrBadSchema.
func check(t *testing.T, v *Validator, schema, args string) string {
	t.Helper()
	var s, a json.RawMessage
	if schema != "<nil>" {
		s = json.RawMessage(schema)
	}
	if args != "<nil>" {
		a = json.RawMessage(args)
	}
	err := v.Validate(context.Background(), s, a)
	var verr *Error
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &verr):
		return strings.TrimPrefix(verr.Error(), "arguments do not match the tool's inputSchema: ")
	case errors.Is(err, ErrBadSchema):
		return "bad schema: " + strings.TrimPrefix(err.Error(), "unusable inputSchema: ")
	default:
		t.Fatalf("Validate: unexpected error %v", err)
		return ""
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name, schema, args string
		want               string // for both drafts unless want07 is set
		want07             string
	}{
		{name: "minimal", args: `{"path":"a"}`, want: "ok"},
		{name: "all fields", args: `{"path":"a","count":3,"mode":"w","tags":["x","y"],"when":"2025-01-01T00:00:00Z","note":null}`, want: "ok"},
		{name: "integer as 3.0", args: `{"path":"a","count":3.0}`, want: "ok"},
		{name: "spaces around", args: " \n{\"path\":\"a\"} ", want: "ok"},
		{name: "nil args", args: `<nil>`, want: `missing property "path"`},
		{name: "empty args", args: ``, want: `missing property "path"`},
		{name: "null args", args: `null`, want: `missing property "path"`},
		{name: "array args", args: `["a"]`, want: `got array, want object`},
		{name: "not JSON", args: `{"path":`, want: `arguments are not valid JSON`},
		{name: "wrong type", args: `{"path":"a","count":"3"}`, want: `/count: got string, want integer`},
		{name: "fraction", args: `{"path":"a","count":1.5}`, want: `/count: got number, want integer`},
		{name: "minimum", args: `{"path":"a","count":-1}`, want: `/count: must be >= 0`},
		{name: "maximum", args: `{"path":"a","count":101}`, want: `/count: must be <= 100`},
		{name: "minLength", args: `{"path":""}`, want: `/path: too short: 0 characters, want at least 1`},
		{name: "enum", args: `{"path":"a","mode":"x"}`, want: `/mode: must be one of "r", "w"`},
		{name: "additional", args: `{"path":"a","colour":1}`, want: `property "colour" not allowed`},
		{name: "item type", args: `{"path":"a","tags":["x",2]}`, want: `/tags/1: got number, want string`},
		{name: "unique", args: `{"path":"a","tags":["x","x"]}`, want: `/tags: items 0 and 1 are equal; items must be unique`},
		{name: "maxItems", args: `{"path":"a","tags":["a","b","c","d"]}`, want: `/tags: too many items: 4, want at most 3`},
		{name: "nullable", args: `{"path":"a","note":5}`, want: `/note: got number, want string or null`, want07: `/note: got number, want null or string`},
		{name: "format is annotation", args: `{"path":"a","when":"yesterday"}`, want: "ok"},
		{
			name: "several", args: `{"count":"x","mode":"q","extra":1}`,
			want: `missing property "path"; property "extra" not allowed; /count: got string, want integer; /mode: must be one of "r", "w"`,
		},
	}
	v := New(Options{})
	for _, draft := range []struct{ name, schema string }{{"2020-12", toolSchema}, {"draft-07", toolSchema07}} {
		for _, tt := range tests {
			t.Run(draft.name+"/"+tt.name, func(t *testing.T) {
				want := tt.want
				if draft.name == "draft-07" && tt.want07 != "" {
					want = tt.want07
				}
				if got := check(t, v, draft.schema, tt.args); got != want {
					t.Errorf("got %s; want %s", got, want)
				}
			})
		}
	}
}

// TestDrafts checks that $schema picks the draft, and that 2020-12 is the
// default.
func TestDrafts(t *testing.T) {
	tests := []struct{ name, schema, args, want string }{
		// items as an array is a tuple up to 2019-09, invalid in 2020-12.
		{"default is 2020-12", `{"items":[{"type":"string"}]}`, `[1]`, "bad schema: not a valid JSON Schema: /items: got array, want boolean or object"},
		{"2020-12 explicit", `{"$schema":"https://json-schema.org/draft/2020-12/schema","prefixItems":[{"type":"string"}]}`, `[1]`, "/0: got number, want string"},
		{"2019-09 tuple", `{"$schema":"https://json-schema.org/draft/2019-09/schema","items":[{"type":"string"}]}`, `[1]`, "/0: got number, want string"},
		{"draft-07 tuple", `{"$schema":"http://json-schema.org/draft-07/schema#","items":[{"type":"string"}]}`, `[1]`, "/0: got number, want string"},
		{"draft-06 tuple", `{"$schema":"http://json-schema.org/draft-06/schema#","items":[{"type":"string"}],"additionalItems":false}`, `["a",1]`, "too many items: the last 1 not allowed"},
		// draft-04's exclusiveMaximum is a boolean.
		{"draft-04", `{"$schema":"http://json-schema.org/draft-04/schema#","maximum":5,"exclusiveMaximum":true}`, `5`, "must be < 5"},
		{"draft-04 rejects 2020 form", `{"$schema":"http://json-schema.org/draft-04/schema#","exclusiveMaximum":5}`, `5`, `bad schema: not a valid JSON Schema: property "exclusiveMaximum" requires "maximum"; /exclusiveMaximum: got number, want boolean`},
		// prefixItems means nothing in draft-07.
		{"draft-07 ignores prefixItems", `{"$schema":"http://json-schema.org/draft-07/schema#","prefixItems":[{"type":"string"}]}`, `[1]`, "ok"},
		{"2020-12 $defs", `{"$defs":{"n":{"type":"integer"}},"properties":{"a":{"$ref":"#/$defs/n"}}}`, `{"a":"x"}`, "/a: got string, want integer"},
		{"2020-12 anchor", `{"$defs":{"n":{"$anchor":"num","type":"integer"}},"properties":{"a":{"$ref":"#num"}}}`, `{"a":"x"}`, "/a: got string, want integer"},
		{"embedded $id", `{"$defs":{"n":{"$id":"https://example.com/n","type":"integer"}},"properties":{"a":{"$ref":"https://example.com/n"}}}`, `{"a":"x"}`, "/a: got string, want integer"},
		{"recursive", `{"$defs":{"t":{"type":"object","properties":{"kids":{"type":"array","items":{"$ref":"#/$defs/t"}}}}},"$ref":"#/$defs/t"}`, `{"kids":[{"kids":[{"kids":5}]}]}`, "/kids/0/kids/0/kids: got number, want array"},
		{"dynamicRef", `{"$dynamicAnchor":"node","type":"object","properties":{"kids":{"type":"array","items":{"$dynamicRef":"#node"}}}}`, `{"kids":[{"kids":[1]}]}`, "/kids/0/kids/0: got number, want object"},
		{"unevaluatedProperties", `{"properties":{"a":{}},"unevaluatedProperties":false}`, `{"a":1,"b":2}`, "/b: no value allowed here"},
		{"metaschema ref", `{"properties":{"s":{"$ref":"https://json-schema.org/draft/2020-12/schema"}}}`, `{"s":{"type":"strin"}}`, `/s/type: must be one of "array", "boolean", "integer", "null", "number", "object", "string"`},
	}
	v := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := check(t, v, tt.schema, tt.args); got != tt.want {
				t.Errorf("got %s; want %s", got, tt.want)
			}
		})
	}
}

func TestAcceptAnything(t *testing.T) {
	v := New(Options{})
	for _, schema := range []string{"<nil>", "", " ", "true", "{}", " {} ", "{ }"} {
		for _, args := range []string{"<nil>", "{}", `{"x":[1,{"y":null}]}`, "[]", "3"} {
			if got := check(t, v, schema, args); got != "ok" {
				t.Errorf("schema %q, args %q: got %s; want ok", schema, args, got)
			}
		}
	}
	if got := check(t, v, "false", "{}"); got != "no value allowed here" {
		t.Errorf("schema false: got %s; want no value allowed here", got)
	}
}

func TestBadSchema(t *testing.T) {
	tests := []struct{ name, schema, want string }{
		{"not JSON", `{"type":`, "bad schema: not JSON: unexpected EOF"},
		{"trailing data", `{} {}`, "bad schema: not JSON: invalid character after top-level value"},
		{"null", `null`, "bad schema: not a valid JSON Schema: got null, want boolean or object"},
		{"unknown type", `{"type":"strin"}`, `bad schema: not a valid JSON Schema: /type: must be one of "array", "boolean", "integer", "null", "number", "object", "string"`},
		{"minimum not a number", `{"minimum":"0"}`, "bad schema: not a valid JSON Schema: /minimum: got string, want number"},
		{"missing pointer", `{"$ref":"#/$defs/nope"}`, `bad schema: json-pointer in "mcpshield:///inputSchema#/$defs/nope" not found`},
		{"ref cycle", `{"$defs":{"a":{"$ref":"#/$defs/b"},"b":{"$ref":"#/$defs/a"}},"$ref":"#/$defs/a"}`, "bad schema: $ref cycle: a schema refers to itself without descending into the value"},
		{"too deep", strings.Repeat(`{"not":`, 64) + "{}" + strings.Repeat("}", 64), "bad schema: nested deeper than 64 levels"},
		{"too large", `{"description":"` + strings.Repeat("x", DefaultMaxSchemaBytes) + `"}`, "bad schema: 262162 bytes, over the limit of 262144"},
	}
	v := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := check(t, v, tt.schema, "{}"); got != tt.want {
				t.Errorf("got %s; want %s", got, tt.want)
			}
		})
	}
}

func TestAssertFormat(t *testing.T) {
	tests := []struct{ name, schema, args, annotation, asserted string }{
		{"2020-12 date-time", `{"format":"date-time"}`, `"yesterday"`, "ok", "not a valid date-time"},
		{"draft-07 email", `{"$schema":"http://json-schema.org/draft-07/schema#","format":"email"}`, `"nobody"`, "ok", "not a valid email"},
		{"good value", `{"format":"uuid"}`, `"3f2504e0-4f89-11d3-9a0c-0305e82c3301"`, "ok", "ok"},
		{"unknown format", `{"format":"colour"}`, `"x"`, "ok", "ok"},
		// Look-around is not RE2: such a regex is taken as valid (unenforced).
		{"2020-12 regex", `{"format":"regex"}`, `"(?!x)"`, "ok", "ok"},
		// The library checks "regex" in draft-07 whatever the options.
		{"draft-07 regex", `{"$schema":"http://json-schema.org/draft-07/schema#","format":"regex"}`, `"(?!x)"`, "ok", "ok"},
		{"non-string", `{"format":"email"}`, `5`, "ok", "ok"},
	}
	plain, strict := New(Options{}), New(Options{AssertFormat: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := check(t, plain, tt.schema, tt.args); got != tt.annotation {
				t.Errorf("annotation: got %s; want %s", got, tt.annotation)
			}
			if got := check(t, strict, tt.schema, tt.args); got != tt.asserted {
				t.Errorf("asserted: got %s; want %s", got, tt.asserted)
			}
		})
	}
}

func TestValidateContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := New(Options{}).Validate(ctx, json.RawMessage(toolSchema), nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v; want context.Canceled", err)
	}
}
