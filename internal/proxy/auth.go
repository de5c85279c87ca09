package proxy

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// ClientAuth makes every HTTP request present a token the shield knows. The
// token's name becomes the principal of the request (guard.WithPrincipal);
// the header that carried it is removed, so no upstream ever sees it.
type ClientAuth struct {
	header string                           // canonical header name
	bearer bool                             // the header is Authorization, "Bearer TOKEN"
	tokens atomic.Pointer[map[string]Token] // by the hex SHA-256 of the token; replaced whole by SetTokens
	logger *slog.Logger
	// OnRefuse, when not nil, is called for every refused request, with
	// the client's address and why (never the token).
	OnRefuse func(r *http.Request, remote, reason string)
}

// NewClientAuth returns the authentication of tokens, a map from the
// lowercase hex SHA-256 of each accepted token to the name its calls go by.
// header is where clients put the token: "" or Authorization for
// "Authorization: Bearer TOKEN", another name for the token alone. It
// returns nil, which lets every request through, when tokens is empty.
func NewClientAuth(header string, tokens map[string]Token, logger *slog.Logger) *ClientAuth {
	if len(tokens) == 0 {
		return nil
	}
	if header == "" {
		header = "Authorization"
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	header = http.CanonicalHeaderKey(header)
	a := &ClientAuth{header: header, bearer: header == "Authorization", logger: logger}
	a.tokens.Store(&tokens)
	return a
}

// Token is what the shield knows of an accepted token.
type Token struct {
	Name    string    // the principal of its calls
	Expires time.Time // when it stops being accepted; zero: never
}

// SetTokens replaces the accepted tokens (by the hex SHA-256 of each) for
// the requests that arrive from now on. An empty set is refused:
// it would leave every request refused, and turning authentication off
// takes a restart.
func (a *ClientAuth) SetTokens(tokens map[string]Token) error {
	if len(tokens) == 0 {
		return errors.New("no tokens: authentication stays on with the tokens it has")
	}
	a.tokens.Store(&tokens)
	return nil
}

// Wrap returns h behind the authentication; a nil ClientAuth returns h.
func (a *ClientAuth) Wrap(h http.Handler) http.Handler {
	if a == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, reason := a.authenticate(r)
		if reason != "" {
			a.refuse(w, r, reason)
			return
		}
		r.Header.Del(a.header)
		h.ServeHTTP(w, r.WithContext(guard.WithPrincipal(r.Context(), name)))
	})
}

// authenticate returns the name of the request's token, or why it has none.
// The lookup is by the token's SHA-256, so its time does not depend on how
// much of a secret a guess got right.
func (a *ClientAuth) authenticate(r *http.Request) (name, reason string) {
	vals := r.Header.Values(a.header)
	switch {
	case len(vals) == 0:
		return "", "no token"
	case len(vals) > 1:
		return "", "more than one " + a.header + " header"
	}
	tok := vals[0]
	if a.bearer {
		scheme, rest, ok := strings.Cut(tok, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return "", "Authorization is not a Bearer token"
		}
		tok = strings.TrimLeft(rest, " ")
	}
	if tok == "" {
		return "", "empty token"
	}
	sum := sha256.Sum256([]byte(tok))
	if t, ok := (*a.tokens.Load())[hex.EncodeToString(sum[:])]; ok {
		if !t.Expires.IsZero() && !time.Now().Before(t.Expires) {
			return "", fmt.Sprintf("token %q expired at %s", t.Name, t.Expires.UTC().Format(time.RFC3339))
		}
		return t.Name, ""
	}
	return "", "unknown token"
}

// refuse answers 401 with a JSON-RPC error (null id: the body was not read)
// and logs the refusal, without the token.
func (a *ClientAuth) refuse(w http.ResponseWriter, r *http.Request, reason string) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a.logger.Warn("request refused: not authenticated", "reason", reason, "remote", host,
		"method", r.Method, "path", r.URL.Path)
	if a.OnRefuse != nil {
		a.OnRefuse(r, host, reason)
	}
	where := "in " + a.header
	if a.bearer {
		w.Header().Set("WWW-Authenticate", `Bearer realm="mcpshield"`)
		where = "as Authorization: Bearer TOKEN"
	}
	msg := "unauthorized: " + reason + "; present a token of http.auth.tokens " + where
	writeJSONError(w, http.StatusUnauthorized, nil, jsonrpc.CodeUnauthorized, msg)
}
