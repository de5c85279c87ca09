package value

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestGuardCompileErrors(t *testing.T) {
	tests := []struct {
		name string
		g    Guard
		want []string // substrings of the error, all required
	}{
		{"no argument", Guard{Type: TypeString, Allow: []string{"x"}}, []string{"argument: empty"}},
		{"empty segment", Guard{Argument: "a..b", Type: TypeString, Allow: []string{"x"}}, []string{`argument "a..b": empty path segment`}},
		{"unknown type", Guard{Argument: "to", Type: "btc", Allow: []string{"x"}}, []string{`type "btc"`}},
		{"empty allow", Guard{Argument: "to", Type: TypeIBAN}, []string{"allow: empty"}},
		{"every bad entry", Guard{Argument: "to", Type: TypeEVMAddress, Allow: []string{
			"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", // good
			"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", // bad checksum
			"alice",
		}}, []string{`guard on "to"`, "allow[1] 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD: mixed-case", "allow[2] alice:"}},
		{"url as host pattern", Guard{Argument: "url", Type: TypeURL, Allow: []string{"https://api.example.com/v1"}}, []string{"allow[0]", "not a URL"}},
		{"pattern with port", Guard{Argument: "host", Type: TypeHost, Allow: []string{"example.com:443"}}, []string{"no port"}},
		{"IPv6 pattern with port", Guard{Argument: "host", Type: TypeHost, Allow: []string{"[::1]:443"}}, []string{"no port"}},
		{"wildcard IP", Guard{Argument: "host", Type: TypeHost, Allow: []string{"*.10.0.0.1"}}, []string{"wildcard needs a domain"}},
		{"inner wildcard", Guard{Argument: "host", Type: TypeHost, Allow: []string{"api.*.example.com"}}, []string{`"*." followed by a domain`}},
		{"lone star", Guard{Argument: "host", Type: TypeHost, Allow: []string{"*"}}, []string{`"*." followed by a domain`}},
		{"empty string", Guard{Argument: "x", Type: TypeString, Allow: []string{""}}, []string{`allow[0] "": empty string`}},
		{"control chars shown quoted", Guard{Argument: "to", Type: TypeEmail, Allow: []string{"a\n@example.com"}}, []string{`allow[0] "a\n@example.com"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.g.Compile()
			if err == nil {
				t.Fatalf("Compile() = %v, nil; want an error", c)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Compile() error = %q; want it to contain %q", err, w)
				}
			}
		})
	}
}

func mustCompile(t testing.TB, g Guard) *CompiledGuard {
	t.Helper()
	c, err := g.Compile()
	if err != nil {
		t.Fatalf("Compile(%+v): %v", g, err)
	}
	return c
}

// args decodes JSON the way the gateway does.
func args(t testing.TB, s string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		t.Fatalf("bad test JSON %s: %v", s, err)
	}
	return m
}

func TestGuardCheck(t *testing.T) {
	wallet := Guard{Argument: "to", Type: TypeEVMAddress, Allow: []string{
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0xde709f2102306220921060314715629080e2fb77",
	}}
	bank := Guard{Argument: "payment.iban", Type: TypeIBAN, Allow: []string{"DE89 3704 0044 0532 0130 00"}}
	batch := Guard{Argument: "transfers.to", Type: TypeEmail, Allow: []string{"alice@example.com"}}
	fetch := Guard{Argument: "url", Type: TypeURL, Allow: []string{"api.example.com", "*.docs.example.com"}}
	host := Guard{Argument: "host", Type: TypeHost, Allow: []string{"db.internal"}}
	str := Guard{Argument: "channel", Type: TypeString, Allow: []string{"#ops"}}
	tests := []struct {
		name string
		g    Guard
		args string
		want []string // "" for nil; otherwise every error line, in order
		is   error
	}{
		{"allowed checksummed", wallet, `{"to":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}`, nil, nil},
		{"allowed lower", wallet, `{"to":"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"}`, nil, nil},
		{"allowed via other case", wallet, `{"to":"0xDE709F2102306220921060314715629080E2FB77"}`, nil, nil},
		{"absent", wallet, `{"amount":1}`, nil, nil},
		{"null", wallet, `{"to":null}`, nil, nil},
		{"not allowed", wallet, `{"to":"0x52908400098527886e0f7030069857d2e4169ee7"}`,
			[]string{"to: 0x52908400098527886E0F7030069857D2E4169EE7 is not an allowed recipient for this tool"}, ErrNotAllowed},
		{"bad checksum", wallet, `{"to":"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}`,
			[]string{"to: not a valid EVM address: mixed-case address with a wrong EIP-55 checksum (a typo, or a tampered address)"}, ErrInvalid},
		{"number", wallet, `{"to":12}`, []string{"to: want a string, got a number"}, ErrInvalid},
		{"array", wallet, `{"to":["0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed","0x52908400098527886e0f7030069857d2e4169ee7","x"]}`,
			[]string{
				"to[1]: 0x52908400098527886E0F7030069857D2E4169EE7 is not an allowed recipient for this tool",
				`to[2]: not a valid EVM address: want "0x" and 40 hex digits`,
			}, ErrNotAllowed},
		{"nested allowed", bank, `{"payment":{"iban":"de89370400440532013000","amount":5}}`, nil, nil},
		{"nested not allowed", bank, `{"payment":{"iban":"GB82 WEST 1234 5698 7654 32"}}`,
			[]string{"payment.iban: GB82WEST12345698765432 is not an allowed recipient for this tool"}, ErrNotAllowed},
		{"nested parent absent", bank, `{"amount":5}`, nil, nil},
		{"nested parent wrong kind", bank, `{"payment":"DE89370400440532013000"}`, []string{"payment: want an object, got a string"}, ErrInvalid},
		{"fan out", batch, `{"transfers":[{"to":"alice@EXAMPLE.com"},{"to":"mallory@evil.test"},{"amount":3}]}`,
			[]string{"transfers[1].to: mallory@evil.test is not an allowed recipient for this tool"}, ErrNotAllowed},
		{"email case of local part", batch, `{"transfers":{"to":"Alice@example.com"}}`,
			[]string{"transfers.to: Alice@example.com is not an allowed recipient for this tool"}, ErrNotAllowed},
		{"url allowed", fetch, `{"url":"https://api.example.com/v1/items"}`, nil, nil},
		{"url wildcard", fetch, `{"url":"https://v2.docs.example.com/"}`, nil, nil},
		{"url userinfo trick", fetch, `{"url":"https://api.example.com@evil.com/"}`,
			[]string{"url: host evil.com is not an allowed destination for this tool"}, ErrNotAllowed},
		{"url wildcard apex", fetch, `{"url":"https://docs.example.com/"}`,
			[]string{"url: host docs.example.com is not an allowed destination for this tool"}, ErrNotAllowed},
		{"url invalid", fetch, `{"url":"https:\\\\evil.com"}`, []string{`url: not a valid URL: want "//" after "https:"`}, ErrInvalid},
		{"host allowed", host, `{"host":"DB.internal:5432"}`, nil, nil},
		{"host metadata", host, `{"host":"169.254.169.254"}`,
			[]string{"host: host 169.254.169.254 is not an allowed destination for this tool"}, ErrNotAllowed},
		{"string allowed", str, `{"channel":"#ops"}`, nil, nil},
		{"string case", str, `{"channel":"#OPS"}`, []string{"channel: #OPS is not an allowed value for this tool"}, ErrNotAllowed},
		{"string shown quoted", str, `{"channel":"#ops\n"}`, []string{`channel: "#ops\n" is not an allowed value for this tool`}, ErrNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := mustCompile(t, tt.g).Check(args(t, tt.args))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Check() = %v; want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Check() = nil; want %q", tt.want)
			}
			if got, want := err.Error(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("Check() = %q; want %q", got, want)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v, %v) = false; want true", err, tt.is)
			}
		})
	}
}

func TestGuardCheckGoSlices(t *testing.T) {
	c := mustCompile(t, Guard{Argument: "to", Type: TypeString, Allow: []string{"a"}})
	if err := c.Check(map[string]any{"to": []string{"a", "b"}}); err == nil || err.Error() != "to[1]: b is not an allowed value for this tool" {
		t.Errorf("Check([]string) = %v; want to[1] not allowed", err)
	}
	if got := c.Argument(); got != "to" {
		t.Errorf("Argument() = %q; want %q", got, "to")
	}
}
