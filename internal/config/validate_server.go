package config

import (
	"fmt"
	"net/textproto"
	"net/url"
	"slices"
	"strings"
)

// reservedHeader reports whether the shield itself sets the header (in
// canonical form) on requests to an upstream: a configured value would break
// the protocol or smuggle a second request.
func reservedHeader(canon string) bool {
	switch canon {
	case "Accept", "Connection", "Content-Length", "Content-Type", "Host",
		"Keep-Alive", "Last-Event-Id", "Mcp-Protocol-Version", "Mcp-Session-Id",
		"Proxy-Connection", "Te", "Trailer", "Transfer-Encoding", "Upgrade":
		return true
	}
	return false
}

func checkServer(c *checker, path string, s *Server) {
	checkServerName(c, path, s.Name)

	hasCommand := s.Command != "" || c.set(path+".command")
	hasURL := s.URL != "" || c.set(path+".url")
	switch {
	case hasCommand && hasURL:
		c.errorf(path, "set either command (a stdio server) or url (an HTTP server), not both")
	case !hasCommand && !hasURL:
		if !c.typo[path+".command"] && !c.typo[path+".url"] { // a misspelt key was reported
			c.errorf(path, "set command (a stdio server) or url (an HTTP server)")
		}
	case hasCommand:
		checkStdio(c, path, s)
	case hasURL:
		checkRemote(c, path, s)
	}

	if s.Mode != "" {
		oneOf(c, path+".mode", s.Mode, ModeEnforce, ModeMonitor)
	}
	checkMethods(c, path+".methods", s.Methods)
	checkLimits(c, path+".limits", s.Limits)
	checkDetection(c, path+".detection", s.Detection)
	checkSignature(c, path, s)
	checkVerify(c, path+".verify", s, hasCommand)
	checkTools(c, path, s)
}

// checkServerName enforces ^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$ without "__".
func checkServerName(c *checker, path, name string) {
	ok := name != "" && len(name) <= 64 && name[0] != '_' && name[0] != '-'
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			ok = false
		}
	}
	switch {
	case !ok:
		c.errorf(path, "server name %q must be 1 to 64 letters, digits, _ or -, starting with a letter or digit", name)
	case strings.Contains(name, "__"):
		c.errorf(path, "server name %q must not contain \"__\", the separator of namespaced tool names", name)
	}
}

func checkStdio(c *checker, path string, s *Server) {
	switch {
	case s.Command == "":
		c.errorf(path+".command", "must not be empty")
	case strings.ContainsRune(s.Command, 0):
		c.errorf(path+".command", "must not contain a NUL byte")
	}
	for i, a := range s.Args {
		if strings.ContainsRune(a, 0) {
			c.errorf(fmt.Sprintf("%s.args[%d]", path, i), "must not contain a NUL byte")
		}
	}
	for _, k := range sortedKeys(s.Env) {
		switch {
		case k == "" || strings.ContainsAny(k, "=\x00"):
			c.errorf(path+".env."+k, "invalid environment variable name %q", k)
		case strings.ContainsRune(string(s.Env[k]), 0):
			c.errorf(path+".env."+k, "must not contain a NUL byte")
		}
	}
	if strings.ContainsRune(s.Cwd, 0) || (s.Cwd == "" && c.set(path+".cwd")) {
		c.errorf(path+".cwd", "must be a directory path")
	}
	if s.MaxSessions < 1 {
		c.errorf(path+".max_sessions", "must be at least 1")
	}
	switch s.Transport {
	case "", TransportStdio:
	case TransportStreamableHTTP, TransportSSE:
		c.errorf(path+".transport", "transport %s needs url, not command", s.Transport)
	default:
		oneOf(c, path+".transport", s.Transport, TransportStdio)
	}
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"headers", len(s.Headers) > 0},
		{"timeout", s.Timeout != 0},
	} {
		if f.set || c.set(path+"."+f.name) {
			c.errorf(path+"."+f.name, "only for an HTTP server (url), not with command")
		}
	}
}

func checkRemote(c *checker, path string, s *Server) {
	checkURL(c, path+".url", s.URL)
	switch s.Transport {
	case "", TransportStreamableHTTP, TransportSSE:
	case TransportStdio:
		c.errorf(path+".transport", "transport stdio needs command, not url")
	default:
		oneOf(c, path+".transport", s.Transport, TransportStreamableHTTP, TransportSSE)
	}
	seen := make(map[string]string, len(s.Headers))
	for _, k := range sortedKeys(s.Headers) {
		hpath := path + ".headers." + k
		canon := textproto.CanonicalMIMEHeaderKey(k)
		switch {
		case !validToken(k):
			c.errorf(hpath, "invalid header name %q", k)
		case reservedHeader(canon):
			c.errorf(hpath, "header %s is set by the shield and cannot be configured", canon)
		case seen[canon] != "":
			c.errorf(hpath, "header %q repeats %q (header names ignore case)", k, seen[canon])
		case strings.ContainsAny(string(s.Headers[k]), "\r\n\x00"):
			c.errorf(hpath, "header value must not contain CR, LF or NUL")
		}
		if seen[canon] == "" {
			seen[canon] = k
		}
	}
	if s.Timeout <= 0 {
		c.errorf(path+".timeout", "must be positive")
	}
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"args", len(s.Args) > 0},
		{"env", len(s.Env) > 0},
		{"cwd", s.Cwd != ""},
		{"max_sessions", s.MaxSessions != 0},
	} {
		if f.set || c.set(path+"."+f.name) {
			c.errorf(path+"."+f.name, "only for a stdio server (command), not with url")
		}
	}
}

func checkURL(c *checker, path, raw string) {
	u, err := url.Parse(raw)
	switch {
	case raw == "":
		c.errorf(path, "must not be empty")
	case err != nil:
		c.errorf(path, "invalid URL %q", raw)
	case u.Scheme != "http" && u.Scheme != "https":
		c.errorf(path, "must be an http or https URL, not %q", raw)
	case u.Host == "" || u.Hostname() == "":
		c.errorf(path, "must name a host, not %q", raw)
	case u.User != nil:
		c.errorf(path, "must not carry credentials (user:password@); put them in headers, as a ${VAR}")
	case u.Fragment != "":
		c.errorf(path, "must not have a #fragment")
	}
}

// validToken reports whether s is an HTTP token (RFC 9110, section 5.6.2).
func validToken(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
