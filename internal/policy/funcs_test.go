package policy

import (
	"context"
	"testing"
)

func TestPathWithin(t *testing.T) {
	tests := []struct {
		path, dir string
		want      bool
	}{
		{"/srv/data/a.txt", "/srv/data", true},
		{"/srv/data", "/srv/data", true},
		{"/srv/data/", "/srv/data", true},
		{"/srv/data/a/../b", "/srv/data", true},
		{"/srv/data/./x", "/srv/data/", true},
		{"//srv//data//x", "/srv/data", true},
		{"/anything", "/", true},
		{"/srv/data/../etc/passwd", "/srv/data", false},
		{"/srv/data/../../etc", "/srv/data", false},
		{"/srv/database", "/srv/data", false},
		{"/srv", "/srv/data", false},
		{"/srv/data/..", "/srv/data", false},
		{"srv/data/x", "/srv/data", false},
		{"/srv/data/x", "srv/data", false},
		{"", "/srv/data", false},
		{"/srv/data/x", "", false},
		{`/srv/data/..\..\etc`, "/srv/data", false},
		{"/srv/data/x\x00/../../etc", "/srv/data", false},
		{"~/x", "/home", false},
	}
	for _, tt := range tests {
		t.Run(tt.path+" in "+tt.dir, func(t *testing.T) {
			if got := pathWithin(tt.path, tt.dir); got != tt.want {
				t.Errorf("pathWithin(%q, %q) = %v; want %v", tt.path, tt.dir, got, tt.want)
			}
		})
	}
}

// TestFunctions runs each policy function through CEL, so the bindings are
// tested along with the Go code behind them.
func TestFunctions(t *testing.T) {
	tests := []struct {
		name, expr string
		want       bool
	}{
		{"evm checksummed", `isEVMAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")`, true},
		{"evm bad checksum", `isEVMAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")`, false},
		{"iban printed", `isIBAN("GB82 WEST 1234 5698 7654 32")`, true},
		{"iban bad", `isIBAN("GB82 WEST 1234 5698 7654 33")`, false},
		{"email", `isEmail("alice@example.com")`, true},
		{"email display name", `isEmail("Alice <alice@example.com>")`, false},
		{"urlHost", `urlHost("https://user@API.Example.com:8443/x") == "api.example.com"`, true},
		{"urlHost userinfo", `urlHost("https://good.com@evil.com/") == "evil.com"`, true},
		{"urlHost not a URL", `urlHost("not a url") == ""`, true},
		{"hostMatches wildcard", `hostMatches("a.example.com", ["x.org", "*.example.com"])`, true},
		{"hostMatches apex", `hostMatches("example.com", ["*.example.com"])`, false},
		{"hostMatches empty", `hostMatches("", ["*.example.com"])`, false},
		{"hostMatches from arguments", `hostMatches(urlHost(arguments.url), arguments.allow)`, true},
		{"pathWithin", `pathWithin("/srv/a/b", "/srv/a")`, true},
		{"pathWithin escape", `pathWithin("/srv/a/../b", "/srv/a")`, false},
		{"strings ext", `"ABC".lowerAscii() == "abc"`, true},
	}
	in := &Input{Arguments: map[string]any{
		"url":   "https://docs.example.com/x",
		"allow": []any{"*.example.com"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Compile([]Rule{{Name: "r", When: tt.expr, Action: Deny}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			res, err := p.Eval(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Action == Deny; got != tt.want {
				t.Errorf("%s = %v; want %v", tt.expr, got, tt.want)
			}
		})
	}
}

func TestHostMatchesNonStringPattern(t *testing.T) {
	p, err := Compile([]Rule{{Name: "r", When: `hostMatches("a.com", arguments.allow)`, Action: Deny}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Eval(context.Background(), &Input{Arguments: map[string]any{"allow": []any{1.0}}})
	if err == nil {
		t.Fatal("Eval with a number pattern = nil error; want an error")
	}
}
