package schema

import (
	"context"
	"encoding/json"
	"testing"
)

// TestLookAroundPatternNotEnforced: a JavaScript pattern RE2 cannot parse
// (as zod emits for emails) leaves the tool usable; the rest of the schema
// is still enforced.
func TestLookAroundPatternNotEnforced(t *testing.T) {
	v := New(Options{})
	schema := json.RawMessage(`{"type":"object","properties":{"email":{"type":"string","pattern":"^(?!\\.)(?!.*\\.\\.)[A-Z0-9_+.-]+@[A-Z0-9.-]+$"}},"required":["email"]}`)
	if err := v.Validate(context.Background(), schema, json.RawMessage(`{"email":"a@b.example"}`)); err != nil {
		t.Errorf("valid arguments: %v", err)
	}
	if err := v.Validate(context.Background(), schema, json.RawMessage(`{"email":5}`)); err == nil {
		t.Error("a number passed where the schema wants a string")
	}
}
