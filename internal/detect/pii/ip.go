package pii

import (
	"net/netip"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// ipNote names addresses that identify no one: private, loopback,
// link-local, documentation and multicast ranges.
func ipNote(a netip.Addr) string {
	switch {
	case a.IsLoopback(), a.IsUnspecified():
		return "loopback or unspecified address"
	case a.IsPrivate(), a.IsLinkLocalUnicast(), a.IsLinkLocalMulticast():
		return "private or link-local address"
	case a.IsMulticast(), a == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return "multicast or broadcast address"
	}
	for _, p := range docPrefixes {
		if p.Contains(a) {
			return "documentation address"
		}
	}
	return ""
}

// docPrefixes are the ranges RFC 5737 and RFC 3849 reserve for examples.
var docPrefixes = []netip.Prefix{
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("2001:db8::/32"),
}

// matchIPv4 matches a dotted quad with octets 0-255 and no leading zeros.
func matchIPv4(r *rule, sc *scanner, sp *numSpan, g int) (hit, bool) {
	if g+3 >= sp.n || !sp.canEnd(g+3) || (g == 0 && sp.plus) || sp.paren[g] {
		return hit{}, false
	}
	t := sc.text
	var b [4]byte
	for k := 0; k < 4; k++ {
		gi := g + k
		if k > 0 && sp.sep[gi] != '.' {
			return hit{}, false
		}
		n := sp.glen(gi)
		if n > 3 || n > 1 && t[sp.gs[gi]] == '0' {
			return hit{}, false
		}
		v := 0
		for _, c := range []byte(t[sp.gs[gi]:sp.ge[gi]]) {
			v = v*10 + int(c-'0')
		}
		if v > 255 {
			return hit{}, false
		}
		b[k] = byte(v)
	}
	h := hit{start: sp.gs[g], end: sp.ge[g+3], severity: r.severity, lastGroup: g + 3, detail: "IPv4"}
	if sc.context(r, h.start) < 0 {
		return hit{}, false
	}
	h.value = t[h.start:h.end]
	if why := ipNote(netip.AddrFrom4(b)); why != "" {
		h.severity, h.why = detect.Info, why
	}
	return h, true
}

func isHex(c byte) bool { return isDigit(c) || (c|0x20)-'a' < 6 }

// matchIPv6 matches an IPv6 address around the ':' at text[i]: a token of
// hex digits, colons and dots, standing alone, that has "::" or all eight
// groups and parses as an IPv6 address.
func matchIPv6(r *rule, sc *scanner, i int) (hit, bool) {
	t := sc.text
	prevOK := i > 0 && (isHex(t[i-1]) || t[i-1] == ':')
	nextOK := i+1 < len(t) && (isHex(t[i+1]) || t[i+1] == ':')
	if !prevOK || !nextOK {
		return hit{}, false
	}
	s := i
	for s > 0 && i-s < 45 && (isHex(t[s-1]) || t[s-1] == ':') {
		s--
	}
	e := i
	for e < len(t) && e-s < 46 && (isHex(t[e]) || t[e] == ':' || t[e] == '.') {
		e++
	}
	for e > i && t[e-1] == '.' {
		e--
	}
	if s > 0 && (isWord(t[s-1]) || t[s-1] == '.') || e < len(t) && (isWord(t[e]) || t[e] == ':') {
		return hit{}, false
	}
	tok := t[s:e]
	colons, double, digit := 0, false, false
	for k := 0; k < len(tok); k++ {
		switch c := tok[k]; {
		case c == ':':
			colons++
			if k > 0 && tok[k-1] == ':' {
				double = true
			}
		case isDigit(c):
			digit = true
		}
	}
	if colons < 2 || !digit || (!double && colons < 7) {
		return hit{}, false
	}
	a, err := netip.ParseAddr(tok)
	if err != nil || !a.Is6() || a.Is4In6() && !double {
		return hit{}, false
	}
	h := hit{start: s, end: e, severity: r.severity, value: tok, detail: "IPv6"}
	if sc.context(r, s) < 0 {
		return hit{}, false
	}
	if why := ipNote(a.Unmap()); why != "" {
		h.severity, h.why = detect.Info, why
	}
	return h, true
}

func explainIP(h hit) string {
	v := h.value
	cut := 0
	for cut < len(v) && v[cut] != '.' && v[cut] != ':' {
		cut++
	}
	rest := maskTail(v[cut:], 0)
	if rest == v[cut:] { // nothing left to hide after the first group ("1::")
		cut, rest = 0, maskTail(v, 0)
	}
	s := h.detail + " address " + v[:cut] + rest
	if h.why != "" {
		return s + ": " + h.why
	}
	return s + ": can identify a person's device, reported for review"
}
