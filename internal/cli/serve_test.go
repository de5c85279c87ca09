package cli

import (
	"net"
	"strings"
	"testing"
)

// TestExposure: serve refuses to listen beyond loopback without client
// authentication unless told a proxy in front authenticates.
func TestExposure(t *testing.T) {
	all := &net.TCPAddr{IP: net.IPv4zero, Port: 8080}
	lan := &net.TCPAddr{IP: net.IPv4(192, 168, 1, 5), Port: 8080}
	local := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	local6 := &net.TCPAddr{IP: net.IPv6loopback, Port: 8080}
	for _, tt := range []struct {
		name                   string
		addr                   net.Addr
		authenticated, allowed bool
		refused                bool
	}{
		{"every interface, no tokens", all, false, false, true},
		{"a LAN address, no tokens", lan, false, false, true},
		{"every interface, tokens", all, true, false, false},
		{"every interface, allowed", all, false, true, false},
		{"loopback", local, false, false, false},
		{"IPv6 loopback", local6, false, false, false},
	} {
		err := exposure(tt.addr, tt.authenticated, tt.allowed)
		if (err != nil) != tt.refused {
			t.Errorf("%s: err %v, refused %v", tt.name, err, tt.refused)
		}
		if err != nil && !strings.Contains(err.Error(), "allow_unauthenticated") {
			t.Errorf("%s: the error does not say how to proceed: %v", tt.name, err)
		}
	}
}
