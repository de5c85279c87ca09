package value

import (
	"strings"
)

// Limits from RFC 5321 section 4.5.3.1: a path holds at most 256 octets
// including the angle brackets, so an address at most 254; a local part at
// most 64.
const (
	maxEmail      = 254
	maxEmailLocal = 64
)

// Email validates a bare email address: "local@domain" and nothing else.
// It is stricter than net/mail: no display name, no angle brackets, no
// comments, no quoted local part, no IP-literal domain, ASCII only. The
// local part is a dot-atom (RFC 5322 atext separated by single dots); the
// domain is a DNS name of at least two labels whose last label is not all
// digits. The normalized form lowercases the domain and keeps the local
// part as sent: mailbox names are case-sensitive in principle, so an
// allowlist entry matches only the case it was written in.
func Email(s string) (string, error) {
	if len(s) > maxEmail {
		return "", invalid("longer than 254 characters")
	}
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return "", invalid("no @")
	}
	local, domain := s[:at], s[at+1:]
	if err := checkLocal(local); err != nil {
		return "", err
	}
	if domain == "" {
		return "", invalid("no domain after @")
	}
	dom, err := dnsName(domain)
	if err != nil {
		return "", invalid("domain: " + err.Error())
	}
	if strings.IndexByte(dom, '.') < 0 {
		return "", invalid("domain " + dom + " has no dot")
	}
	if allDigits(dom[strings.LastIndexByte(dom, '.')+1:]) {
		return "", invalid("domain " + dom + " is an IP address, not a name")
	}
	if dom == domain {
		return s, nil
	}
	return local + "@" + dom, nil
}

func checkLocal(local string) error {
	switch {
	case local == "":
		return invalid("nothing before @")
	case len(local) > maxEmailLocal:
		return invalid("the part before @ is longer than 64 characters")
	case local[0] == '.' || local[len(local)-1] == '.':
		return invalid("the part before @ starts or ends with a dot")
	case strings.Contains(local, ".."):
		return invalid("two dots in a row before @")
	}
	for i := 0; i < len(local); i++ {
		if c := local[i]; c != '.' && !isAtext(c) {
			if c == '@' {
				return invalid("more than one @")
			}
			return invalid("character " + quoteByte(c) + " is not allowed before @ (quoted and non-ASCII names are not accepted)")
		}
	}
	return nil
}

// isAtext reports whether c is an RFC 5322 atext character.
func isAtext(c byte) bool {
	if isAlnum(c) {
		return true
	}
	return strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
