package value

import (
	"encoding/json"
	"net/mail"
	"net/url"
	"strings"
	"testing"
)

// The fuzz tests check that each parser never panics and that what it
// accepts is a fixed point: normalizing a normalized value changes nothing.
// Where the standard library parses the same syntax, they also check that
// it agrees on what was accepted.

func FuzzEVMAddress(f *testing.F) {
	for _, v := range eip55Vectors {
		f.Add(v)
	}
	f.Add("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
	f.Add("0x")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := EVMAddress(s)
		if err != nil {
			return
		}
		if n != strings.ToLower(n) || len(n) != evmLen {
			t.Fatalf("EVMAddress(%q) = %q; want lowercase, 42 characters", s, n)
		}
		c := EIP55(n)
		if strings.ToLower(c) != n {
			t.Fatalf("EIP55(%q) = %q; want the same address", n, c)
		}
		for _, v := range []string{n, c, "0x" + strings.ToUpper(n[2:])} {
			if m, err := EVMAddress(v); err != nil || m != n {
				t.Fatalf("EVMAddress(%q) = %q, %v; want %q, nil", v, m, err, n)
			}
		}
	})
}

func FuzzIBAN(f *testing.F) {
	for _, s := range []string{"DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "fr1420041010050500013m02606", "XX00", " "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := IBAN(s)
		if err != nil {
			return
		}
		if ibanLength[n[:2]] != len(n) || strings.ToUpper(n) != n || strings.ContainsRune(n, ' ') {
			t.Fatalf("IBAN(%q) = %q; want uppercase, no spaces, registered length", s, n)
		}
		if m, err := IBAN(n); err != nil || m != n {
			t.Fatalf("IBAN(%q) = %q, %v; want %q, nil", n, m, err, n)
		}
	})
}

func FuzzEmail(f *testing.F) {
	for _, s := range []string{"alice@example.com", "Alice <a@b.co>", `"q"@x.org`, "a@b@c.d", "x@[1.2.3.4]", "a.b+c@Sub.Example.COM"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Email(s)
		if err != nil {
			return
		}
		if m, err := Email(n); err != nil || m != n {
			t.Fatalf("Email(%q) = %q, %v; want %q, nil", n, m, err, n)
		}
		a, err := mail.ParseAddress(s)
		if err != nil {
			t.Fatalf("Email accepts %q but net/mail rejects it: %v", s, err)
		}
		if a.Name != "" || !strings.EqualFold(a.Address, n) {
			t.Fatalf("net/mail reads %q as %q <%s>; Email as %q", s, a.Name, a.Address, n)
		}
	})
}

func FuzzURLHost(f *testing.F) {
	for _, s := range []string{
		"https://example.com/", "https://good.com@evil.com", "http://[::1]:80", "http://0x7f.1",
		`https://evil.com\@good.com`, "https:evil.com", "wss://a.b:1/c?d#e", "http://a@b@c/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := URLHost(s)
		if err != nil {
			return
		}
		if h == "" || strings.ContainsAny(h, "@/\\?#% ") || strings.ToLower(h) != h {
			t.Fatalf("URLHost(%q) = %q; want a bare lowercase host", s, h)
		}
		if g, err := Host(h); err != nil || g != h {
			t.Fatalf("Host(%q) = %q, %v; want %q, nil (from URLHost(%q))", h, g, err, h, s)
		}
		u, err := url.Parse(s)
		if err != nil {
			return // net/url is stricter about some paths and queries
		}
		std := strings.ToLower(trimDot(u.Hostname()))
		if std != h && !endsInNumber(std) && !strings.Contains(std, ":") {
			t.Fatalf("URLHost(%q) = %q; net/url says %q", s, h, std)
		}
	})
}

func FuzzHost(f *testing.F) {
	for _, s := range []string{"example.com", "EXAMPLE.com.:80", "[::1]:1", "::ffff:1.2.3.4", "0x7f.1", "1.2.3.4.5", "a_b.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := Host(s)
		if err != nil {
			return
		}
		if g, err := Host(h); err != nil || g != h {
			t.Fatalf("Host(%q) = %q, %v; want %q, nil (from Host(%q))", h, g, err, h, s)
		}
		if !HostMatches(h, []string{h}) {
			t.Fatalf("HostMatches(%q, [%q]) = false", h, h)
		}
	})
}

// FuzzGuardCheck runs arbitrary JSON arguments through a nested guard.
func FuzzGuardCheck(f *testing.F) {
	f.Add(`{"p":{"to":["alice@example.com",{"to":1}]}}`)
	f.Add(`{"p":[{"to":"bob@example.com"},null,[{"to":"alice@example.com"}]]}`)
	c, err := Guard{Argument: "p.to", Type: TypeEmail, Allow: []string{"alice@example.com"}}.Compile()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var m map[string]any
		if json.Unmarshal([]byte(s), &m) != nil {
			return
		}
		_ = c.Check(m)
	})
}
