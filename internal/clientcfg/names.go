package clientcfg

import (
	"maps"
	"strconv"
	"strings"
)

// GatewayServer is an upstream that a gateway's shield.yaml must list for a
// wrapped HTTP entry to reach it: under servers, NAME: {url, transport,
// headers}.
type GatewayServer struct {
	// Name is the server's key in shield.yaml and the NAME in the
	// gateway path /servers/NAME/mcp: the entry's name made valid
	// (^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$, no "__") and unique.
	Name string `json:"name"`
	// URL is the entry's original URL.
	URL string `json:"url"`
	// Transport is "sse" for a legacy HTTP+SSE upstream: an entry of type
	// sse, or one without a type whose URL path ends in /sse (the common
	// convention, which Cursor and Windsurf files rely on). "" is the
	// default, Streamable HTTP. The client itself then speaks Streamable
	// HTTP to the gateway.
	Transport string `json:"transport,omitempty"`
	// Headers are the entry's headers (credentials, typically). Nil if none.
	Headers map[string]string `json:"headers,omitempty"`
}

func (g GatewayServer) same(h GatewayServer) bool {
	return g.URL == h.URL && g.Transport == h.Transport && maps.Equal(g.Headers, h.Headers)
}

// validGatewayName reports whether s is a valid shield.yaml server name.
func validGatewayName(s string) bool {
	if s == "" || len(s) > maxGatewayName || strings.Contains(s, "__") || !isAlnum(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// gatewayName makes a valid gateway server name from a client's server
// name: other characters become '-', "__" becomes "_", a leading '-' or '_'
// is dropped, and the result is cut to fit.
func gatewayName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && (isAlnum(byte(r)) || r == '-' || r == '_') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	n := b.String()
	for strings.Contains(n, "__") {
		n = strings.ReplaceAll(n, "__", "_")
	}
	n = strings.TrimLeft(n, "-_")
	if n == "" {
		n = "server"
	}
	if len(n) > maxGatewayName {
		n = n[:maxGatewayName]
	}
	return n
}

// namer hands out gateway names: a server already listed with the same
// upstream keeps its name, others get a free one (name, name-2, ...).
type namer struct {
	taken map[string]GatewayServer
}

func newNamer(existing []GatewayServer) *namer {
	n := &namer{taken: make(map[string]GatewayServer, len(existing))}
	for _, g := range existing {
		n.taken[g.Name] = g
	}
	return n
}

// claim returns the name for g, and whether it is new (not listed before).
func (n *namer) claim(clientName string, g GatewayServer) (string, bool) {
	base := gatewayName(clientName)
	for i := 1; ; i++ {
		c := base
		if i > 1 {
			sfx := "-" + strconv.Itoa(i)
			c = strings.TrimRight(base[:min(len(base), maxGatewayName-len(sfx))], "_") + sfx
		}
		prev, ok := n.taken[c]
		if !ok {
			g.Name = c
			n.taken[c] = g
			return c, true
		}
		if prev.same(g) {
			return c, false
		}
	}
}
