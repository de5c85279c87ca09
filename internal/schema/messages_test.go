package schema

import (
	"fmt"
	"strings"
	"testing"
)

func TestMessages(t *testing.T) {
	bigEnum := make([]string, 100)
	for i := range bigEnum {
		bigEnum[i] = fmt.Sprintf("%q", fmt.Sprintf("value-%03d", i))
	}
	tests := []struct{ name, schema, args, want string }{
		{"const", `{"const":"on"}`, `"off"`, `must be "on"`},
		{"const object", `{"const":{"a":1}}`, `{}`, `must be {"a":1}`},
		{"multipleOf", `{"multipleOf":0.5}`, `0.3`, "must be a multiple of 0.5"},
		{"exclusiveMinimum", `{"exclusiveMinimum":0}`, `0`, "must be > 0"},
		{"exclusiveMaximum", `{"exclusiveMaximum":10}`, `10`, "must be < 10"},
		{"maxLength", `{"maxLength":2}`, `"héllo"`, "too long: 5 characters, want at most 2"},
		{"pattern", `{"pattern":"^[a-z]+\\d$"}`, `"ABC"`, `does not match pattern "^[a-z]+\\d$"`},
		{"minItems", `{"minItems":2}`, `[1]`, "too few items: 1, want at least 2"},
		{"minProperties", `{"minProperties":1}`, `{}`, "too few properties: 0, want at least 1"},
		{"maxProperties", `{"maxProperties":1}`, `{"a":1,"b":2}`, "too many properties: 2, want at most 1"},
		{"contains", `{"contains":{"type":"string"}}`, `[1,2]`, "no item has the required form"},
		{"minContains", `{"contains":{"type":"string"},"minContains":2}`, `["a",1]`, "1 items have the required form, want at least 2"},
		{"maxContains", `{"contains":{"type":"string"},"maxContains":1}`, `["a","b"]`, "2 items have the required form, want at most 1"},
		{"dependentRequired", `{"dependentRequired":{"user":["password"]}}`, `{"user":"a"}`, `property "user" requires "password"`},
		{"draft-07 dependencies", `{"$schema":"http://json-schema.org/draft-07/schema#","dependencies":{"user":["password","host"]}}`, `{"user":"a"}`, `property "user" requires "password", "host"`},
		{"propertyNames", `{"propertyNames":{"pattern":"^[a-z]+$"}}`, `{"Bad":1}`, `property name "Bad" not allowed: does not match pattern "^[a-z]+$"`},
		{"missing several", `{"required":["a","b"]}`, `{}`, `missing properties "a", "b"`},
		{"additional several", `{"additionalProperties":false}`, `{"a":1}`, `property "a" not allowed`},
		{"false property", `{"properties":{"rm":false}}`, `{"rm":true}`, "/rm: no value allowed here"},
		{"not", `{"not":{"type":"string"}}`, `"x"`, "matches a form that is not allowed"},
		{"oneOf two", `{"oneOf":[{"type":"integer"},{"minimum":0}]}`, `3`, "matches alternatives 0 and 1; must match exactly one"},
		{"oneOf none", `{"oneOf":[{"type":"integer"},{"type":"string"}]}`, `1.5`, "got number, want integer or string"},
		{"anyOf closest", `{"anyOf":[{"type":"object","required":["a","b"]},{"type":"object","required":["c"]}]}`, `{}`, `matches none of the 2 allowed forms; closest: missing properties "a", "b"`},
		{"if then", `{"if":{"properties":{"kind":{"const":"file"}}},"then":{"required":["path"]}}`, `{"kind":"file"}`, `missing property "path"`},
		{"long enum", `{"enum":[` + strings.Join(bigEnum, ",") + `]}`, `"x"`, `must be one of "value-000", "value-001", "value-002", "value-003", "value-004", "value-005", "value-006", "value-007", "value-008", "value-009", "value-010", "value-011", "value-012", "value-013", "value-014", "value-015", "value-016", "value-017", "value-018", … (81 more)`},
		{"long name", `{"required":["` + strings.Repeat("n", 100) + `"]}`, `{}`, `missing property "` + strings.Repeat("n", 57) + `…"`},
		{"key with slash", `{"properties":{"a/b":{"type":"string"}}}`, `{"a/b":1}`, "/a~1b: got number, want string"},
	}
	v, strict := New(Options{}), New(Options{AssertFormat: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := check(t, v, tt.schema, tt.args); got != tt.want {
				t.Errorf("got %s; want %s", got, tt.want)
			}
		})
	}

	// Messages do not quote the value that failed.
	const secret = "hunter2-secret"
	for _, schema := range []string{
		`{"pattern":"^x$"}`, `{"format":"email"}`, `{"format":"date-time"}`, `{"format":"uri"}`,
		`{"enum":["a"]}`, `{"const":"a"}`, `{"maxLength":3}`, `{"type":"integer"}`,
	} {
		if got := check(t, strict, schema, `"`+secret+`"`); got == "ok" || strings.Contains(got, "hunter2") {
			t.Errorf("schema %s: got %s; want a problem that does not quote the value", schema, got)
		}
	}
}
