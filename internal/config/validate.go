package config

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Validate checks a Config built or changed in code (say, from command-line
// flags over Default()), with the rules Parse applies to a file. It returns
// Errors or nil. It has no side effects.
func (c *Config) Validate() error {
	ch := newChecker()
	validate(c, ch)
	return ch.errs.err()
}

// validate checks every value of cfg, reporting to c. Parse has already
// reported the problems of decoding; c.bad keeps them from being reported
// twice.
func validate(cfg *Config, c *checker) {
	if cfg.Version != 1 {
		c.errorf("version", "unsupported version %d; the only valid version is 1", cfg.Version)
	}
	checkListen(c, "listen", cfg.Listen)
	oneOf(c, "mode", cfg.Mode, ModeEnforce, ModeMonitor)
	oneOf(c, "on_check_error", cfg.OnCheckError, CheckErrorDeny, CheckErrorAllow)
	switch cfg.Log.Level {
	case slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError:
	default:
		c.errorf("log.level", "must be one of debug, info, warn, error, not %s", cfg.Log.Level)
	}
	oneOf(c, "log.format", cfg.Log.Format, LogText, LogJSON)
	checkLimits(c, "limits", cfg.Limits)
	if cfg.Limits.MaxMessageBytes <= 0 {
		c.errorf("limits.max_message_bytes", "must be positive")
	}
	checkMethods(c, "methods", cfg.Methods)
	checkHTTP(c, "http", cfg.HTTP)
	checkPins(c, "pins", cfg.Pins)
	checkDetection(c, "detection", cfg.Detection)
	checkContent(c, cfg)
	checkPolicy(c, "policy", cfg.Policy)
	checkCalls(c, "calls", cfg.Calls)

	names := make(map[string]bool, len(cfg.Servers))
	for i, s := range cfg.Servers {
		if s == nil {
			c.errorf(fmt.Sprintf("servers[%d]", i), "must not be nil")
			continue
		}
		path := "servers." + s.Name
		if names[s.Name] {
			c.errorf(path, "duplicate server name %q", s.Name)
		}
		names[s.Name] = true
		checkServer(c, path, s)
		merged := cfg.InjectionFor(s)
		checkInjection(c, path+".injection", s.Injection, cmp.Or(merged.WrapAt, DefaultWrapAt), cmp.Or(merged.BlockAt, DefaultBlockAt))
		if s.SchemaValidation != "" {
			oneOf(c, path+".schema_validation", s.SchemaValidation, ActionDeny, ActionReport, ActionOff)
		}
	}
}

func checkListen(c *checker, path, addr string) {
	if addr == "" {
		c.errorf(path, "must not be empty")
		return
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil || !validPort(port) || strings.ContainsAny(host, " \t/") {
		c.errorf(path, "must be host:port such as 127.0.0.1:8080, not %q", addr)
	}
}

func validPort(port string) bool {
	n, err := strconv.ParseUint(port, 10, 16)
	return err == nil && n <= 65535
}

func checkLimits(c *checker, path string, l Limits) {
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"max_message_bytes", l.MaxMessageBytes},
		{"max_request_bytes", l.MaxRequestBytes},
		{"max_response_bytes", l.MaxResponseBytes},
	} {
		if f.v < 0 {
			c.errorf(path+"."+f.name, "must not be negative")
		}
	}
}

func checkMethods(c *checker, path string, m Methods) {
	for _, list := range []struct {
		name    string
		entries []string
	}{{"allow", m.Allow}, {"deny", m.Deny}} {
		for i, p := range list.entries {
			ipath := fmt.Sprintf("%s.%s[%d]", path, list.name, i)
			switch {
			case p == "":
				c.errorf(ipath, "must not be empty")
			case strings.ContainsFunc(p, func(r rune) bool { return r <= ' ' || r == 0x7f }):
				c.errorf(ipath, "method pattern %q contains a space or control character", p)
			}
		}
	}
}

func checkHTTP(c *checker, path string, h HTTP) {
	for i, o := range h.AllowedOrigins {
		if !validOrigin(o) {
			c.errorf(fmt.Sprintf("%s.allowed_origins[%d]", path, i),
				"must be an origin such as https://app.example.com (scheme://host[:port], no path), not %q", o)
		}
	}
	for i, host := range h.AllowedHosts {
		if !validHost(host) {
			c.errorf(fmt.Sprintf("%s.allowed_hosts[%d]", path, i),
				"must be a host such as gateway.example.com or gateway.example.com:8080, not %q", host)
		}
	}
	if h.SessionIdleTimeout <= 0 {
		c.errorf(path+".session_idle_timeout", "must be positive")
	}
	if h.ShutdownTimeout <= 0 {
		c.errorf(path+".shutdown_timeout", "must be positive")
	}
	checkAuth(c, path+".auth", h.Auth)
}

// MinTokenLength is the shortest client token accepted: 32 characters
// leave no room for guessing, whatever the alphabet.
const MinTokenLength = 32

var tokenNameRe = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9_.@-]{0,63}$`)

func checkAuth(c *checker, path string, a Auth) {
	if a.Header != "" && !validToken(a.Header) {
		c.errorf(path+".header", "must be an HTTP header name such as X-Mcpshield-Token, not %q", a.Header)
	}
	if a.Header != "" && len(a.Tokens) == 0 {
		c.errorf(path+".tokens", "must list at least one token when header is set")
	}
	if a.AllowUnauthenticated && len(a.Tokens) > 0 {
		c.errorf(path+".allow_unauthenticated", "must not be set when tokens are listed: every request must then present one")
	}
	names := make(map[string]bool, len(a.Tokens))
	digests := make(map[string]string, len(a.Tokens))
	for i, t := range a.Tokens {
		tp := fmt.Sprintf("%s.tokens[%d]", path, i)
		switch {
		case t.Name == "":
			c.errorf(tp+".name", "must be set")
		case !tokenNameRe.MatchString(t.Name):
			c.errorf(tp+".name", "must match ^[a-zA-Z0-9][a-zA-Z0-9_.@-]{0,63}$, not %q", t.Name)
		case names[t.Name]:
			c.errorf(tp+".name", "%q is used by another token", t.Name)
		}
		names[t.Name] = true
		v := t.Token.Reveal()
		digest := strings.ToLower(t.SHA256)
		switch {
		case v == "" && t.SHA256 == "":
			c.errorf(tp, "set token (use ${VAR}) or sha256")
			continue
		case v != "" && t.SHA256 != "":
			c.errorf(tp, "set token or sha256, not both")
			continue
		case v != "" && len(v) < MinTokenLength:
			c.errorf(tp+".token", "must be at least %d characters (mcpshield token makes one)", MinTokenLength)
			continue
		case v != "" && strings.ContainsFunc(v, func(r rune) bool { return r <= ' ' || r == 0x7f }):
			c.errorf(tp+".token", "must not contain spaces or control characters")
			continue
		case v != "":
			digest = TokenDigest(v)
		case !validDigest(digest):
			c.errorf(tp+".sha256", "must be 64 hex digits (the SHA-256 of the token)")
			continue
		}
		if other, dup := digests[digest]; dup {
			c.errorf(tp, "is the same token as %s", other)
		}
		digests[digest] = tp
	}
}

// TokenDigest is the lowercase hex SHA-256 of a client token, as
// http.auth.tokens[].sha256 holds it.
func TokenDigest(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func validDigest(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// validOrigin accepts what a browser sends in Origin: scheme://host[:port].
func validOrigin(o string) bool {
	u, err := url.Parse(o)
	return err == nil && u.Scheme != "" && u.Host != "" && u.User == nil &&
		u.Path == "" && u.RawQuery == "" && u.Fragment == "" && !u.ForceQuery &&
		validHost(u.Host)
}

// validHost accepts a Host header value: host, host:port, [v6]:port or a bare
// IPv6 address.
func validHost(h string) bool {
	if h == "" || strings.ContainsAny(h, "/?#@ \t\r\n") {
		return false
	}
	if _, err := netip.ParseAddr(h); err == nil {
		return true
	}
	if !strings.Contains(h, ":") {
		return !strings.ContainsAny(h, "[]")
	}
	host, port, err := net.SplitHostPort(h)
	return err == nil && host != "" && validPort(port)
}
