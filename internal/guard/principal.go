package guard

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/http"
)

// principalKey is the context key of the principal.
type principalKey struct{}

// WithPrincipal returns ctx carrying the principal of the messages handled
// under it; the filter puts it in their events.
func WithPrincipal(ctx context.Context, principal string) context.Context {
	return context.WithValue(ctx, principalKey{}, principal)
}

// PrincipalFrom returns the principal ctx carries, "" if none.
func PrincipalFrom(ctx context.Context) string {
	p, _ := ctx.Value(principalKey{}).(string)
	return p
}

// PrincipalOf names the caller of an HTTP request when clients do not
// authenticate to the shield (http.auth lists no tokens): the credential it
// presents, hashed (never the credential itself), else its network
// address. "bearer:9f86d081884c7d65" or "addr:127.0.0.1". With http.auth,
// the principal is the name of the client's token instead.
func PrincipalOf(r *http.Request) string {
	if auth := r.Header.Get("Authorization"); auth != "" {
		sum := sha256.Sum256([]byte(auth))
		return "bearer:" + hex.EncodeToString(sum[:8])
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "addr:" + host
}
