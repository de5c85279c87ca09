package schema

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// TestValidateValue: arguments decoded by jsonwalk.Value check as the same
// arguments decoded by the library, and Validate agrees.
func TestValidateValue(t *testing.T) {
	v := New(Options{})
	ctx := context.Background()
	for _, args := range []string{
		``, `null`, `{}`, `{"path":"/tmp/x"}`, `{"path":"/tmp/x","count":3.0,"tags":["a","b"]}`,
		`{"path":"","count":101,"mode":"x","extra":1}`, `{"path":"x","count":1e400}`, `{"path":"x","tags":["a","a"]}`, `[1]`,
	} {
		t.Run(args, func(t *testing.T) {
			var inst, lib any
			if args != "" {
				var err error
				if inst, err = jsonwalk.Value([]byte(args)); err != nil {
					t.Fatal(err)
				}
				if lib, err = jsonschema.UnmarshalJSON(strings.NewReader(args)); err != nil {
					t.Fatal(err)
				}
			}
			want := v.ValidateValue(ctx, []byte(toolSchema), lib)
			if got := v.ValidateValue(ctx, []byte(toolSchema), inst); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("ValidateValue = %v; with the library's decoding: %v", got, want)
			}
			if got := v.Validate(ctx, []byte(toolSchema), []byte(args)); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Validate = %v; with the library's decoding: %v", got, want)
			}
		})
	}
}
