package proxy

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
)

// HostPolicy protects a local listener against DNS rebinding and
// cross-origin requests from web pages.
//
// A request that arrived on a loopback address must name a loopback host
// (localhost, 127.0.0.1, [::1], any port) in its Host header, or one of
// AllowedHosts. A request that carries an Origin header must come from a
// loopback origin or one of AllowedOrigins; requests without Origin (every
// non-browser client) pass.
type HostPolicy struct {
	AllowedHosts   []string // extra Host values accepted, with or without port
	AllowedOrigins []string // extra Origin values accepted, e.g. "https://app.example.com"
}

// Check returns nil when r may proceed, or the reason for a 403 answer
// (answer it as "Forbidden: " + reason, as the Go SDK does).
func (p *HostPolicy) Check(r *http.Request) error {
	if arrivedOnLoopback(r) && !p.hostAllowed(r.Host) {
		return fmt.Errorf("invalid Host header %q", r.Host)
	}
	if origin := r.Header.Get("Origin"); origin != "" && !p.originAllowed(origin) {
		return fmt.Errorf("origin %q is not allowed", origin)
	}
	return nil
}

func arrivedOnLoopback(r *http.Request) bool {
	addr, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
	if !ok {
		return false
	}
	if ta, ok := addr.(*net.TCPAddr); ok {
		// What every TCP listener gives: read without formatting and
		// parsing it again on every request.
		a, ok := netip.AddrFromSlice(ta.IP)
		return ok && a.Unmap().IsLoopback()
	}
	ap, err := netip.ParseAddrPort(addr.String())
	return err == nil && ap.Addr().Unmap().IsLoopback()
}

func (p *HostPolicy) hostAllowed(host string) bool {
	if isLoopbackHost(host) {
		return true
	}
	name := stripPort(host)
	for _, h := range p.AllowedHosts {
		if strings.EqualFold(h, host) || strings.EqualFold(h, name) {
			return true
		}
	}
	return false
}

func (p *HostPolicy) originAllowed(origin string) bool {
	for _, o := range p.AllowedOrigins {
		if strings.EqualFold(strings.TrimSuffix(o, "/"), origin) {
			return true
		}
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return false
	}
	return isLoopbackHost(u.Host)
}

// isLoopbackHost reports whether a Host value (with or without port) names
// this machine's loopback interface.
func isLoopbackHost(host string) bool {
	name := stripPort(host)
	if strings.EqualFold(name, "localhost") {
		return true
	}
	a, err := netip.ParseAddr(strings.Trim(name, "[]"))
	return err == nil && a.Unmap().IsLoopback()
}

func stripPort(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return strings.Trim(host, "[]")
}
