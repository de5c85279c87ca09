package value

import "net/netip"

// endsInNumber reports whether a host is numeric in the sense of the WHATWG
// URL standard ("ends in a number checker"): its last dot-separated part,
// ignoring one empty part after a trailing dot, is all digits or a 0x hex
// number. Browsers then read the whole host as IPv4 and reject it if that
// fails, so we do the same.
func endsInNumber(s string) bool {
	last := s
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			last = s[i+1:]
			break
		}
	}
	if allDigits(last) {
		return true
	}
	if len(last) < 2 || last[0] != '0' || last[1] != 'x' && last[1] != 'X' {
		return false
	}
	for i := 2; i < len(last); i++ {
		if !isHex(last[i]) {
			return false
		}
	}
	return true
}

// parseIPv4 reads a numeric host as the WHATWG IPv4 parser does: one to
// four parts, each decimal, octal (leading 0) or hex (0x); every part but
// the last is one byte and the last fills the remaining bytes, so
// "127.1" is 127.0.0.1 and "2130706433" too.
func parseIPv4(s string) (netip.Addr, bool) {
	var parts [4]uint64
	n := 0
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '.' {
			continue
		}
		if n == len(parts) {
			return netip.Addr{}, false
		}
		v, ok := ipv4Part(s[start:i])
		if !ok {
			return netip.Addr{}, false
		}
		parts[n] = v
		n++
		start = i + 1
	}
	var ip uint64
	for i := 0; i < n-1; i++ {
		if parts[i] > 255 {
			return netip.Addr{}, false
		}
		ip |= parts[i] << (8 * (3 - i))
	}
	if parts[n-1] >= 1<<(8*(5-n)) {
		return netip.Addr{}, false
	}
	ip |= parts[n-1]
	return netip.AddrFrom4([4]byte{byte(ip >> 24), byte(ip >> 16), byte(ip >> 8), byte(ip)}), true
}

// ipv4Part reads one part: "0x" or "0X" then hex digits (none means 0), a
// leading "0" then octal digits, or decimal digits. Values past 2^32 fail.
func ipv4Part(p string) (uint64, bool) {
	if p == "" {
		return 0, false
	}
	base := uint64(10)
	switch {
	case len(p) >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'):
		base, p = 16, p[2:]
	case len(p) >= 2 && p[0] == '0':
		base, p = 8, p[1:]
	}
	var v uint64
	for i := 0; i < len(p); i++ {
		var d uint64
		c := p[i]
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		v = v*base + d
		if v > 1<<32 {
			return 0, false
		}
	}
	return v, true
}
