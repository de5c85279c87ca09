package guard

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestPrincipal(t *testing.T) {
	r := httptest.NewRequest("POST", "/mcp", nil)
	r.RemoteAddr = "10.1.2.3:5555"
	if got := PrincipalOf(r); got != "addr:10.1.2.3" {
		t.Errorf("no credential: got %q", got)
	}
	r.Header.Set("Authorization", "Bearer s3cr3t-token")
	got := PrincipalOf(r)
	if !strings.HasPrefix(got, "bearer:") || len(got) != len("bearer:")+16 || strings.Contains(got, "s3cr3t") {
		t.Errorf("credential: got %q; want bearer: and 16 hex digits of its hash", got)
	}
	other := r.Clone(context.Background())
	other.Header.Set("Authorization", "Bearer another")
	if PrincipalOf(other) == got {
		t.Error("two credentials give one principal")
	}
	ctx := WithPrincipal(context.Background(), got)
	if PrincipalFrom(ctx) != got || PrincipalFrom(context.Background()) != "" {
		t.Error("the context does not carry the principal")
	}
}
