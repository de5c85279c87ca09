package value

import (
	"strconv"
	"strings"
)

// urlSchemes are the schemes URLHost accepts: those whose URLs name a host
// to connect to.
var urlSchemes = map[string]bool{
	"http": true, "https": true, "ws": true, "wss": true,
	"ftp": true, "ftps": true, "sftp": true, "ssh": true, "git": true,
}

// URLHost returns the host a URL connects to, in Host's normalized form
// (lowercase, no port, no brackets, IPv4 as a dotted quad).
// The URL must be absolute with a network scheme (http, https, ws, wss, ftp,
// ftps, sftp, ssh, git; any case) followed by "//" and an authority.
//
// The host is the one a browser or HTTP client would reach, not the one a
// reader might see: "https://good.com@evil.com/" is evil.com (good.com is a
// user name), and so is "https://evil.com#@good.com". Where parsers
// disagree, URLHost refuses rather than guesses: a backslash, space or
// control character in the authority, a percent sign in the host, a
// missing or tripled slash after the scheme, a non-ASCII host.
func URLHost(s string) (string, error) {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return "", invalid("not an absolute URL (no scheme)")
	}
	scheme := s[:colon]
	if !validScheme(scheme) {
		return "", invalid("not an absolute URL (bad scheme)")
	}
	if !urlSchemes[strings.ToLower(scheme)] {
		return "", invalid("scheme " + strconv.Quote(scheme) + " is not one of http, https, ws, wss, ftp, ftps, sftp, ssh, git")
	}
	rest := s[colon+1:]
	if !strings.HasPrefix(rest, "//") {
		return "", invalid(`want "//" after "` + scheme + `:"`)
	}
	rest = rest[2:]
	if rest != "" && (rest[0] == '/' || rest[0] == '\\') {
		return "", invalid(`more than two slashes after "` + scheme + `:"`)
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	auth := rest[:end]
	for i := 0; i < len(auth); i++ {
		switch c := auth[i]; {
		case c == '\\':
			return "", invalid("backslash in the host part (clients disagree on what it means)")
		case c <= ' ' || c == 0x7f:
			return "", invalid("space or control character in the host part")
		}
	}
	// The last @ ends the user information, as in browsers and net/url.
	hostport := auth[strings.LastIndexByte(auth, '@')+1:]
	if hostport == "" || hostport[0] == ':' {
		return "", invalid("no host")
	}
	if strings.IndexByte(hostport, '%') >= 0 {
		return "", invalid("percent-encoded host")
	}
	if hostport[0] != '[' && strings.Count(hostport, ":") > 1 {
		return "", invalid("IPv6 address without brackets")
	}
	h, err := Host(hostport)
	if err != nil {
		return "", err
	}
	return h, nil
}

// validScheme checks RFC 3986 scheme syntax: a letter, then letters,
// digits, "+", "-" or ".".
func validScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}
