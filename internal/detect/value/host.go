package value

import (
	"net/netip"
	"strconv"
	"strings"
)

// DNS limits (RFC 1035 section 2.3.4): a name of at most 253 characters in
// text form, labels of at most 63.
const (
	maxDNSName  = 253
	maxDNSLabel = 63
)

// Host validates a host as a tool argument would carry it: a DNS name, an
// IPv4 address, or an IPv6 address with or without brackets, optionally
// followed by ":port" (dropped). It returns the host in the form URLHost
// returns and HostMatches compares: lowercase, without a trailing dot or
// brackets, IPv4 in dotted-quad form.
//
// Numeric hosts are read the way browsers (the WHATWG URL standard) read
// them, so "0x7f.1" and "2130706433" are 127.0.0.1, not names that slip past
// a list of addresses.
func Host(s string) (string, error) {
	switch {
	case s == "":
		return "", invalid("empty host")
	case s[0] == '[':
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return "", invalid("unclosed [ in host")
		}
		if err := checkPort(s[end+1:]); err != nil {
			return "", err
		}
		return ipv6(s[1:end])
	case strings.Count(s, ":") > 1:
		return ipv6(s)
	}
	h := s
	if i := strings.IndexByte(s, ':'); i >= 0 {
		if err := checkPort(s[i:]); err != nil {
			return "", err
		}
		h = s[:i]
	}
	return hostName(h)
}

// checkPort validates what follows a host: nothing, or ":" and at most five
// digits up to 65535 (an empty port, "host:", is allowed as in URLs).
func checkPort(p string) error {
	if p == "" {
		return nil
	}
	if p[0] != ':' {
		return invalid("unexpected " + strconv.Quote(p) + " after the host")
	}
	p = p[1:]
	if p == "" {
		return nil
	}
	if len(p) > 5 || !allDigits(p) {
		return invalid("port " + strconv.Quote(p) + " is not a number")
	}
	if n, _ := strconv.Atoi(p); n > 65535 {
		return invalid("port " + p + " is above 65535")
	}
	return nil
}

func ipv6(s string) (string, error) {
	if strings.IndexByte(s, '%') >= 0 {
		return "", invalid("IPv6 zone identifiers are not accepted")
	}
	a, err := netip.ParseAddr(s)
	if err != nil || !a.Is6() {
		return "", invalid(strconv.Quote(s) + " is not an IPv6 address")
	}
	return a.String(), nil
}

// hostName validates a host that is not a bracketed IPv6 address: a numeric
// IPv4 host in any form browsers accept, or a DNS name whose labels hold
// letters, digits, hyphens and underscores (seen in real hostnames). One
// trailing dot, the root, is dropped.
func hostName(s string) (string, error) {
	if len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	if endsInNumber(s) {
		a, ok := parseIPv4(s)
		if !ok {
			return "", invalid(strconv.Quote(s) + " looks like an IPv4 address but is not one")
		}
		return a.String(), nil
	}
	return labels(s, true)
}

// dnsName validates a domain for an email address: letters, digits and
// hyphens, no trailing dot.
func dnsName(s string) (string, error) { return labels(s, false) }

// labels checks a dotted DNS name and returns it lowercased.
func labels(s string, underscore bool) (string, error) {
	if len(s) > maxDNSName {
		return "", invalid("host name longer than 253 characters")
	}
	upper, start := false, 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			l := s[start:i]
			switch {
			case l == "":
				return "", invalid("empty label in " + strconv.Quote(s))
			case len(l) > maxDNSLabel:
				return "", invalid("label longer than 63 characters")
			case l[0] == '-' || l[len(l)-1] == '-':
				return "", invalid("label " + strconv.Quote(l) + " starts or ends with a hyphen")
			}
			start = i + 1
			continue
		}
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
		case c == '_' && underscore:
		case c >= 0x80:
			return "", invalid("non-ASCII host name: write it in its xn-- (punycode) form")
		default:
			return "", invalid("character " + quoteByte(c) + " is not allowed in a host name")
		}
	}
	if upper {
		s = strings.ToLower(s)
	}
	return s, nil
}

// quoteByte shows one byte of input in an error message.
func quoteByte(c byte) string {
	if c >= 0x80 {
		return "0x" + strconv.FormatUint(uint64(c), 16)
	}
	return strconv.QuoteRune(rune(c))
}

// HostMatches reports whether host matches any of patterns. A pattern is a
// host, matched exactly, or "*." and a domain, matched by any name strictly
// below that domain at any depth: "*.example.com" matches "a.example.com"
// and "a.b.example.com" but neither "example.com" nor "badexample.com".
// Both sides compare ASCII case-insensitively and ignore one trailing dot;
// nothing else is normalized, so pass host as URLHost or Host return it.
// An empty host matches nothing, and neither does a lone "*".
func HostMatches(host string, patterns []string) bool {
	host = trimDot(host)
	if host == "" {
		return false
	}
	for _, p := range patterns {
		p = trimDot(p)
		if suffix, ok := strings.CutPrefix(p, "*"); ok {
			if len(suffix) > 1 && suffix[0] == '.' && len(host) > len(suffix) &&
				strings.EqualFold(host[len(host)-len(suffix):], suffix) {
				return true
			}
			continue
		}
		if strings.EqualFold(host, p) {
			return true
		}
	}
	return false
}

func trimDot(s string) string {
	if len(s) > 1 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
