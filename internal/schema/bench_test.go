package schema

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkValidate is the hot path: a cached typical tool schema.
func BenchmarkValidate(b *testing.B) {
	for _, bb := range []struct{ name, args string }{
		{"good", `{"path":"/tmp/a.txt","count":3,"mode":"r","tags":["x","y"],"note":null}`},
		{"bad", `{"count":"3","mode":"x","extra":1}`},
	} {
		b.Run(bb.name, func(b *testing.B) {
			v := New(Options{})
			ctx := context.Background()
			schema, args := json.RawMessage(toolSchema), json.RawMessage(bb.args)
			_ = v.Validate(ctx, schema, args)
			b.ReportAllocs()
			for b.Loop() {
				_ = v.Validate(ctx, schema, args)
			}
		})
	}
}

// BenchmarkCompile measures a cache miss: each iteration compiles a schema
// not seen before.
func BenchmarkCompile(b *testing.B) {
	for _, bb := range []struct{ name, schema string }{
		{"2020-12", toolSchema},
		{"draft-07", toolSchema07},
		// The largest accepted: the compiler is quadratic in subschemas.
		{"max objects", `{"type": "object", "allOf":[` + strings.Repeat(`{},`, maxSchemaObjects-3) + `{}]}`},
		{"max patterns", `{"type": "object", "allOf":[` + strings.Repeat(`{"pattern":"[a-z]{1000}"},`, maxPatternsSize/1000-1) + `{}]}`},
	} {
		b.Run(bb.name, func(b *testing.B) {
			v := New(Options{MaxEntries: 1})
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				i++
				// A different title makes different bytes, hence a miss.
				schema := json.RawMessage(strings.Replace(bb.schema, `"type": "object"`, fmt.Sprintf(`"title": "%d", "type": "object"`, i), 1))
				if err := v.Validate(ctx, schema, json.RawMessage(`{"path":"a"}`)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
