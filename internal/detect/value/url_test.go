package value

import (
	"errors"
	"strings"
	"testing"
)

func TestURLHost(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"https", "https://example.com/path?q=1#frag", "example.com", ""},
		{"uppercase", "HTTPS://API.Example.COM", "api.example.com", ""},
		{"port", "http://example.com:8080/", "example.com", ""},
		{"empty port", "http://example.com:/", "example.com", ""},
		{"trailing dot", "https://example.com./", "example.com", ""},
		{"wss", "wss://stream.example.com/socket", "stream.example.com", ""},
		{"ftp", "ftp://files.example.com/pub", "files.example.com", ""},
		{"underscore", "https://_dmarc.example.com", "_dmarc.example.com", ""},
		{"punycode", "https://xn--bcher-kva.example", "xn--bcher-kva.example", ""},
		{"userinfo trick", "https://good.com@evil.com/", "evil.com", ""},
		{"userinfo with password", "https://good.com:443@evil.com", "evil.com", ""},
		{"many at", "https://a@good.com@evil.com/x@y", "evil.com", ""},
		{"fragment trick", "https://evil.com#@good.com", "evil.com", ""},
		{"query trick", "https://evil.com?@good.com", "evil.com", ""},
		{"path at", "https://evil.com/@good.com", "evil.com", ""},
		{"IPv4", "http://127.0.0.1:8080", "127.0.0.1", ""},
		{"IPv4 short", "http://127.1/", "127.0.0.1", ""},
		{"IPv4 decimal", "http://2130706433/", "127.0.0.1", ""},
		{"IPv4 hex", "http://0x7f.0.0.1/", "127.0.0.1", ""},
		{"IPv4 octal", "http://0177.0.0.01/", "127.0.0.1", ""},
		{"IPv4 trailing dot", "http://169.254.169.254./latest", "169.254.169.254", ""},
		{"IPv6", "http://[::1]:80/", "::1", ""},
		{"IPv6 upper", "http://[2001:DB8::1]/", "2001:db8::1", ""},
		{"no scheme", "example.com/path", "", "no scheme"},
		{"scheme relative", "//evil.com/", "", "no scheme"},
		{"mailto", "mailto:a@example.com", "", "is not one of http"},
		{"javascript", "javascript://evil.com/%0aalert(1)", "", "is not one of http"},
		{"file", "file:///etc/passwd", "", "is not one of http"},
		{"no slashes", "https:evil.com", "", `want "//"`},
		{"one slash", "https:/evil.com", "", `want "//"`},
		{"three slashes", "https:///evil.com", "", "more than two slashes"},
		{"backslash slashes", `https:\\evil.com`, "", `want "//"`},
		{"backslash in authority", `https://evil.com\@good.com`, "", "backslash"},
		{"backslash start", `https://\evil.com`, "", "more than two slashes"},
		{"tab", "https://ev\til.com", "", "control character"},
		{"newline", "https://evil.com\n.good.com", "", "control character"},
		{"space", "https://evil.com .good.com", "", "space"},
		{"leading space", " https://example.com", "", "bad scheme"},
		{"percent host", "https://%65vil.com", "", "percent-encoded"},
		{"unicode host", "https://exämple.com", "", "non-ASCII"},
		{"fullwidth at", "https://good.com\uff20evil.com", "", "non-ASCII"},
		{"empty host", "https:///", "", "more than two slashes"},
		{"userinfo only", "https://user@/", "", "no host"},
		{"port only", "https://:80/", "", "no host"},
		{"bad port", "https://example.com:http/", "", "not a number"},
		{"big port", "https://example.com:65536/", "", "above 65535"},
		{"bare IPv6", "http://fe80::1/", "", "without brackets"},
		{"bare IPv6 loopback", "http://::1/", "", "no host"},
		{"IPv6 zone", "http://[fe80::1%25eth0]/", "", "percent-encoded"},
		{"IPv4 in brackets", "http://[127.0.0.1]/", "", "not an IPv6 address"},
		{"bad numeric", "http://1.2.3.256/", "", "looks like an IPv4 address"},
		{"numeric overflow", "http://0xffffffffff/", "", "looks like an IPv4 address"},
		{"five parts", "http://1.2.3.4.5/", "", "looks like an IPv4 address"},
		{"empty label", "https://evil..com", "", "empty label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := URLHost(tt.in)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("URLHost(%q) = %q, %v; want %q, nil", tt.in, got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("URLHost(%q) = %q, %v; want an ErrInvalid error containing %q", tt.in, got, err, tt.err)
			}
		})
	}
}

func TestHost(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"name", "Example.COM", "example.com", ""},
		{"name port", "example.com:443", "example.com", ""},
		{"IPv4", "10.0.0.1", "10.0.0.1", ""},
		{"IPv4 numeric", "167772161", "10.0.0.1", ""},
		{"IPv6 bare", "::1", "::1", ""},
		{"IPv6 brackets port", "[::1]:8080", "::1", ""},
		{"digits label inside", "1password.com", "1password.com", ""},
		{"hex-looking label inside", "0x7f.example.com", "0x7f.example.com", ""},
		{"empty", "", "", "empty host"},
		{"dot", ".", "", "empty label"},
		{"slash", "example.com/x", "", "not allowed in a host name"},
		{"junk after bracket", "[::1]x", "", "after the host"},
		{"unclosed bracket", "[::1", "", "unclosed"},
		{"long label", strings.Repeat("a", 64) + ".com", "", "longer than 63"},
		{"long name", strings.Repeat("a.", 127) + "com", "", "longer than 253"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Host(tt.in)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("Host(%q) = %q, %v; want %q, nil", tt.in, got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Host(%q) = %q, %v; want an ErrInvalid error containing %q", tt.in, got, err, tt.err)
			}
		})
	}
}

func TestHostMatches(t *testing.T) {
	patterns := []string{"api.example.com", "*.cdn.example.net", "::1", "Upper.Example.ORG."}
	tests := []struct {
		host string
		want bool
	}{
		{"api.example.com", true},
		{"API.example.com", true},
		{"api.example.com.", true},
		{"example.com", false},
		{"x.api.example.com", false},
		{"a.cdn.example.net", true},
		{"a.b.cdn.example.net", true},
		{"cdn.example.net", false},
		{"evilcdn.example.net", false},
		{"a.cdn.example.net.evil.com", false},
		{"::1", true},
		{"upper.example.org", true},
		{"", false},
		{".", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			if got := HostMatches(tt.host, patterns); got != tt.want {
				t.Errorf("HostMatches(%q) = %v; want %v", tt.host, got, tt.want)
			}
		})
	}
	for _, p := range []string{"*", "*.", ""} {
		if HostMatches("example.com", []string{p}) {
			t.Errorf("pattern %q matches example.com; want no match", p)
		}
	}
}
