package proxy

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcpshield/mcpshield/internal/guard"
)

func digest(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}

func TestClientAuth(t *testing.T) {
	const (
		alice = "alice-token-0123456789abcdefghijklmn"
		bob   = "bob-token-0123456789abcdefghijklmnopq"
	)
	tokens := map[string]Token{digest(alice): {Name: "alice"}, digest(bob): {Name: "bob"}}
	tests := []struct {
		name      string
		header    string              // ClientAuth's header ("" = Authorization)
		send      map[string][]string // request headers
		principal string              // "" when refused
		reason    string              // in the refusal
	}{
		{"bearer", "", map[string][]string{"Authorization": {"Bearer " + alice}}, "alice", ""},
		{"scheme in any case", "", map[string][]string{"Authorization": {"bearer " + bob}}, "bob", ""},
		{"no header", "", nil, "", "no token"},
		{"unknown", "", map[string][]string{"Authorization": {"Bearer " + alice + "x"}}, "", "unknown token"},
		{"prefix of a token", "", map[string][]string{"Authorization": {"Bearer " + alice[:20]}}, "", "unknown token"},
		{"basic", "", map[string][]string{"Authorization": {"Basic " + alice}}, "", "not a Bearer token"},
		{"bare token in Authorization", "", map[string][]string{"Authorization": {alice}}, "", "not a Bearer token"},
		{"empty bearer", "", map[string][]string{"Authorization": {"Bearer "}}, "", "empty token"},
		{"two headers", "", map[string][]string{"Authorization": {"Bearer " + alice, "Bearer " + bob}}, "", "more than one"},
		{"own header", "X-Mcpshield-Token", map[string][]string{"X-Mcpshield-Token": {bob}, "Authorization": {"Bearer upstream-oauth"}}, "bob", ""},
		{"own header missing", "x-mcpshield-token", map[string][]string{"Authorization": {"Bearer " + alice}}, "", "no token"},
		{"own header takes no scheme", "X-Mcpshield-Token", map[string][]string{"X-Mcpshield-Token": {"Bearer " + bob}}, "", "unknown token"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gotPrincipal string
			var gotHeader http.Header
			inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				gotPrincipal = guard.PrincipalFrom(r.Context())
				gotHeader = r.Header.Clone()
			})
			h := NewClientAuth(tt.header, tokens, nil).Wrap(inner)
			req := httptest.NewRequest(http.MethodPost, "/mcp", strings.NewReader("{}"))
			for k, vs := range tt.send {
				for _, v := range vs {
					req.Header.Add(k, v)
				}
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if tt.principal == "" {
				if rec.Code != http.StatusUnauthorized || gotHeader != nil {
					t.Fatalf("status %d, inner handler called: %v; want 401 and no call", rec.Code, gotHeader != nil)
				}
				body := rec.Body.String()
				if !strings.Contains(body, `"code":-32085`) || !strings.Contains(body, tt.reason) {
					t.Errorf("body %s: want code -32085 and %q", body, tt.reason)
				}
				if strings.Contains(body, alice) || strings.Contains(body, bob) {
					t.Errorf("the refusal shows a token: %s", body)
				}
				return
			}
			if gotPrincipal != tt.principal {
				t.Fatalf("principal %q, want %q (status %d %s)", gotPrincipal, tt.principal, rec.Code, rec.Body)
			}
			header := tt.header
			if header == "" {
				header = "Authorization"
			}
			if v := gotHeader.Get(header); v != "" {
				t.Errorf("%s = %q reached the handler; the shield must remove it", header, v)
			}
			if header != "Authorization" && gotHeader.Get("Authorization") == "" {
				t.Error("Authorization was removed although the token came in another header")
			}
		})
	}
}

func TestClientAuthNone(t *testing.T) {
	if a := NewClientAuth("", nil, nil); a != nil {
		t.Fatalf("NewClientAuth with no tokens = %v, want nil", a)
	}
	called := false
	inner := http.HandlerFunc(func(http.ResponseWriter, *http.Request) { called = true })
	var a *ClientAuth
	a.Wrap(inner).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/mcp", nil))
	if !called {
		t.Error("a nil ClientAuth refused a request")
	}
}

// TestClientAuthSetTokens: new tokens apply to the next request; an empty
// set is refused and leaves the old ones.
func TestClientAuthSetTokens(t *testing.T) {
	a := NewClientAuth("", map[string]Token{digest("old-token"): {Name: "old"}}, nil)
	h := a.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	code := func(tok string) int {
		r := httptest.NewRequest(http.MethodPost, "/mcp", nil)
		r.Header.Set("Authorization", "Bearer "+tok)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	if err := a.SetTokens(nil); err == nil {
		t.Error("SetTokens(nil) succeeded")
	}
	if code("old-token") != http.StatusOK {
		t.Fatal("the old token stopped working after a refused SetTokens")
	}
	if err := a.SetTokens(map[string]Token{digest("new-token"): {Name: "new"}}); err != nil {
		t.Fatal(err)
	}
	if got := code("old-token"); got != http.StatusUnauthorized {
		t.Errorf("old token after SetTokens: %d, want 401", got)
	}
	if got := code("new-token"); got != http.StatusOK {
		t.Errorf("new token after SetTokens: %d, want 200", got)
	}
}

// TestClientAuthExpiry: a token is accepted until its expiry, then refused
// with a reason naming it.
func TestClientAuthExpiry(t *testing.T) {
	a := NewClientAuth("", map[string]Token{
		digest("past-token"):   {Name: "past", Expires: time.Now().Add(-time.Minute)},
		digest("future-token"): {Name: "future", Expires: time.Now().Add(time.Hour)},
	}, nil)
	h := a.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	for _, tt := range []struct {
		tok  string
		code int
		body string
	}{
		{"past-token", http.StatusUnauthorized, `token \"past\" expired at`},
		{"future-token", http.StatusOK, ""},
	} {
		r := httptest.NewRequest(http.MethodPost, "/mcp", nil)
		r.Header.Set("Authorization", "Bearer "+tt.tok)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tt.code || !strings.Contains(w.Body.String(), tt.body) {
			t.Errorf("%s: %d %s; want %d with %q", tt.tok, w.Code, w.Body, tt.code, tt.body)
		}
	}
}
