package schema

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
)

// FuzzValidate feeds arbitrary schemas and arguments to Validate, which must
// not panic (a recovered library panic counts as one), must return one of
// its documented outcomes, and must keep its message bounded.
func FuzzValidate(f *testing.F) {
	seeds := [][2]string{
		{toolSchema, `{"path":"a","count":3}`},
		{toolSchema07, `{"count":"x","extra":[1,2]}`},
		{`{"$ref":"file:///etc/passwd"}`, `{}`},
		{`{"$ref":"other.json"}`, `{}`},
		{`{"$schema":"http://json-schema.org/draft-04/schema#","maximum":5,"exclusiveMaximum":true}`, `5`},
		{`{"$dynamicAnchor":"n","properties":{"k":{"items":{"$dynamicRef":"#n"}}}}`, `{"k":[{"k":[1]}]}`},
		{`{"anyOf":[{"type":"string"},{"type":"object","required":["a"]}]}`, `{}`},
		{`{"properties":{"a":{}},"unevaluatedProperties":false}`, `{"a":1,"b":2}`},
		{`{"enum":[1,"a",null,{"x":[]}]}`, `1e999`},
		{`{"pattern":"^a+$","format":"regex"}`, `"(?!"`},
		{doubling(8, "anyOf"), `5`},
		{recursive(), nested(8)},
		{`false`, `null`},
		{``, ``},
	}
	for _, s := range seeds {
		f.Add([]byte(s[0]), []byte(s[1]))
	}
	v := New(Options{})
	strict := New(Options{AssertFormat: true})
	f.Fuzz(func(t *testing.T, schema, args []byte) {
		for _, v := range []*Validator{v, strict} {
			err := v.Validate(context.Background(), json.RawMessage(schema), json.RawMessage(args))
			var verr *Error
			switch {
			case err == nil:
			case errors.Is(err, errPanic):
				t.Fatalf("schema %q, args %q: %v", schema, args, err)
			case errors.As(err, &verr):
				if len(verr.Problems) == 0 {
					t.Fatalf("schema %q, args %q: *Error without problems", schema, args)
				}
				if n := len(verr.Error()); n > maxErrorBytes+len("; and 100 more") {
					t.Fatalf("schema %q, args %q: message of %d bytes", schema, args, n)
				}
			case errors.Is(err, ErrBadSchema):
			default:
				t.Fatalf("schema %q, args %q: undocumented error %v", schema, args, err)
			}
		}
	})
}
