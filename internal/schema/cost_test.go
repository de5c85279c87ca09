package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// doubling returns a schema whose $defs d0..dn-1 each apply the next one
// twice: the validator would evaluate the last 2^n times.
func doubling(n int, combinator string) string {
	var b strings.Builder
	b.WriteString(`{"$defs":{`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `"d%d":{%q:[{"$ref":"#/$defs/d%d"},{"$ref":"#/$defs/d%d"}]},`, i, combinator, i+1, i+1)
	}
	fmt.Fprintf(&b, `"d%d":{"type":"string"}},"$ref":"#/$defs/d0"}`, n)
	return b.String()
}

// recursive returns a schema that applies itself twice to the member "x",
// and arguments nested n deep: 2^n evaluations.
func recursive() string {
	return `{"anyOf":[{"properties":{"x":{"$ref":"#"}}},{"properties":{"x":{"$ref":"#"}},"required":["y"]}],"type":"object"}`
}

func nested(n int) string {
	return strings.Repeat(`{"x":`, n) + "1" + strings.Repeat("}", n)
}

func TestCostBound(t *testing.T) {
	tests := []struct {
		name, schema, args string
		want               string // "ok", "bad schema" or "too large"
	}{
		{"doubling anyOf small", doubling(5, "anyOf"), `5`, "ok"}, // reported as a type problem
		{"doubling anyOf", doubling(40, "anyOf"), `5`, "bad schema"},
		{"doubling allOf", doubling(40, "allOf"), `"s"`, "bad schema"},
		{"doubling oneOf", doubling(40, "oneOf"), `"s"`, "bad schema"},
		{"recursive shallow", recursive(), nested(5), "ok"},
		{"recursive deep", recursive(), nested(40), "bad schema"},
		{"recursive very deep", recursive(), nested(100), "too large"},
		{"big array", `{"type":"array","items":{"type":"object","properties":{"a":{"type":"integer"}}}}`, "[" + strings.Repeat(`{"a":1},`, 5000) + `{"a":1}]`, "ok"},
		{"huge array", `{"type":"array","items":{"type":"object","properties":{"a":{"type":"integer"}}}}`, "[" + strings.Repeat(`{"a":1},`, 200000) + `{"a":1}]`, "too large"},
		{"uneval many keys", `{"allOf":[` + strings.Repeat(`{"properties":{"a":{}}},`, 500) + `{}],"unevaluatedProperties":false}`, bigObject(2000), "too large"},
		{"pattern on long string", `{"allOf":[` + strings.Repeat(`{"pattern":"a"},`, 50) + `{}]}`, `"` + strings.Repeat("b", 1<<20) + `"`, "too large"},
		{"big pattern on a string", `{"pattern":"` + strings.Repeat("[a-z]{1000}", 4) + `"}`, `"` + strings.Repeat("b", 4096) + `"`, "bad schema"},
		{"format regex asserted", `{"$schema":"http://json-schema.org/draft-07/schema#","items":{"format":"regex"}}`, "[" + strings.Repeat(`"[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}",`, 100) + `""]`, "too large"},
	}
	v := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := v.Validate(context.Background(), json.RawMessage(tt.schema), json.RawMessage(tt.args))
			var verr *Error
			got := "ok"
			switch {
			case errors.Is(err, ErrBadSchema):
				got = "bad schema"
			case errors.As(err, &verr) && strings.Contains(err.Error(), "too large to check"):
				got = "too large"
			case err != nil && tt.want != "ok":
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %s (%v); want %s", got, err, tt.want)
			}
		})
	}
}

func bigObject(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `"k%d":%d`, i, i)
	}
	b.WriteString("}")
	return b.String()
}

func TestNumbers(t *testing.T) {
	tests := []struct{ name, args, want string }{
		{"ordinary", `{"n":12345678901234567890}`, "ok"},
		{"integral float", `{"n":1.5e300}`, "ok"},
		{"fraction", `{"n":1.5e-300}`, "/n: got number, want integer"},
		{"huge exponent", `{"n":1e999999}`, "/n: number too long or exponent too large (limits: 400 characters, exponent ±400)"},
		{"tiny exponent", `{"n":1E-999999}`, "/n: number too long or exponent too large (limits: 400 characters, exponent ±400)"},
		{"plus exponent", `{"n":1e+401}`, "/n: number too long or exponent too large (limits: 400 characters, exponent ±400)"},
		{"exponent overflow", `{"n":1e99999999999999999999}`, "/n: number too long or exponent too large (limits: 400 characters, exponent ±400)"},
		{"long", `{"n":` + strings.Repeat("9", 401) + `}`, "/n: number too long or exponent too large (limits: 400 characters, exponent ±400)"},
		{"nested", `{"a":[{"b":1},{"c/d":2e500}]}`, "/a/1/c~1d: number too long or exponent too large (limits: 400 characters, exponent ±400)"},
	}
	v := New(Options{})
	const schema = `{"properties":{"n":{"type":"integer"}}}`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := check(t, v, schema, tt.args); got != tt.want {
				t.Errorf("got %s; want %s", got, tt.want)
			}
		})
	}
}

func TestCompileLimits(t *testing.T) {
	longKey := strings.Repeat("k", 1000)
	tests := []struct{ name, schema, want string }{
		{"objects at limit", `{"allOf":[` + strings.Repeat(`{},`, maxSchemaObjects-2) + `{}]}`, "ok"},
		{"too many objects", `{"allOf":[` + strings.Repeat(`{},`, maxSchemaObjects-1) + `{}]}`, "bad schema: more than 2000 objects"},
		{"booleans count", `{"allOf":[` + strings.Repeat(`true,`, maxSchemaObjects) + `true]}`, "bad schema: more than 2000 objects"},
		{"long keys", strings.Repeat(`{"properties":{"`+longKey+`":`, 30) + `{"allOf":[` + strings.Repeat(`{},`, 1000) + `{}]}` + strings.Repeat("}}", 30), "bad schema: too many objects under long keys"},
		{"pattern at limit", `{"pattern":"` + strings.Repeat("[a-z]{999}", 4) + `"}`, "ok"},
		{"pattern too large", `{"pattern":"` + strings.Repeat("[a-z]{1000}", 5) + `x"}`, "bad schema: not a valid JSON Schema: /pattern: not a valid regex: regular expression too large (limit 5000 instructions)"},
		{"patternProperties too large", `{"patternProperties":{"` + strings.Repeat("a{1000}", 6) + `":{}}}`, `bad schema: not a valid JSON Schema: /patternProperties: property name "` + strings.Repeat("a{1000}", 6) + `" not allowed: not a valid regex: regular expression too large (limit 5000 instructions)`},
		{"patterns in all at limit", `{"allOf":[` + strings.Repeat(`{"pattern":"[a-z]{1000}"},`, 50) + `{}]}`, "ok"},
		{"patterns too large in all", `{"allOf":[` + strings.Repeat(`{"pattern":"[a-z]{1000}"},`, 50) + `{"pattern":"a"}]}`, "bad schema: regular expressions too large (limit 50000 instructions in all)"},
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

func TestProgSize(t *testing.T) {
	tests := []struct {
		re   string
		want int
	}{
		{"abc", 3},
		{"^[a-z]+$", 4},
		{"(a|b)", 3}, // a capture of [ab]
		{"(ab|cd)", 2 + 2 + 2 + 2},
		{"[0-9a-f]{8}-[0-9a-f]{4}", 8 + 1 + 4},
		{"a{2,5}", 2 + 3*2},
		{"a{3,}", 3 + 2},
		{"[a-z]{1000}", 1000},
		{"(?:ab){0,10}", 10 * 3},
		{strings.Repeat("a{1000}", 6), maxPatternSize + 1},
	}
	for _, tt := range tests {
		got, err := regexpSize(tt.re)
		if err != nil {
			t.Errorf("regexpSize(%q): %v", tt.re, err)
			continue
		}
		if got != tt.want {
			t.Errorf("regexpSize(%q): got %d; want %d", tt.re, got, tt.want)
		}
	}
}
