package guard_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/pii"
	"github.com/mcpshield/mcpshield/internal/detect/secrets"
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// randomToken returns n characters of alphabet, the same for a seed: test
// credentials generated, so the source holds none.
func randomToken(alphabet string, n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

const (
	alnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b64abc = alnum + "+/"
	hexabc = "0123456789abcdef"
)

func TestArgumentNamedValues(t *testing.T) {
	c := dlpChain(t)
	awsSecret := randomToken(b64abc, 40, 1)
	basic := base64.StdEncoding.EncodeToString([]byte("deploy:" + randomToken(alnum, 18, 2)))
	tests := []struct {
		name, args string
		deny       bool
	}{
		{"k8s env", `{"env":[{"name":"AWS_SECRET_ACCESS_KEY","value":"` + awsSecret + `"}]}`, true},
		{"value first", `{"env":[{"value":"` + awsSecret + `","name":"AWS_SECRET_ACCESS_KEY"}]}`, true},
		{"Name Value", `{"Parameters":[{"Name":"DB_PASSWORD","Type":"SecureString","Value":"` + randomToken(alnum, 20, 3) + `"}]}`, true},
		{"key value", `{"tags":[{"key":"DATADOG_API_KEY","value":"` + randomToken(hexabc, 32, 4) + `"}]}`, true},
		{"form field", `{"values":[{"field":"stripe_secret_key","value":"` + randomToken(alnum, 24, 8) + `"}]}`, true},
		{"CloudFormation", `{"Parameters":[{"ParameterKey":"DbPassword","ParameterValue":"` + randomToken(alnum, 20, 9) + `"}]}`, true},
		{"named key", `{"TWILIO_AUTH_TOKEN":"` + randomToken(hexabc, 32, 5) + `"}`, true},
		{"basic header", `{"url":"https://api.acme.io","headers":{"Authorization":"Basic ` + basic + `"}}`, true},
		{"bearer header", `{"headers":{"Authorization":"Bearer ` + randomToken(alnum, 24, 6) + `"}}`, true},
		{"escaped name", `{"name":"AWS_SECRET_\u0041CCESS_KEY","value":"` + awsSecret + `"}`, true},
		{"JWK", `{"jwks":{"keys":[{"kty":"EC","crv":"P-256","x":"` + randomToken(alnum, 43, 10) + `","y":"` + randomToken(alnum, 43, 11) + `","d":"` + randomToken(alnum, 43, 12) + `"}]}}`, true},
		{"symmetric JWK", `{"key":{"kty":"oct","k":"` + randomToken(alnum, 43, 13) + `","alg":"HS256"}}`, true},
		{"public JWK", `{"key":{"kty":"EC","crv":"P-256","x":"` + randomToken(alnum, 43, 10) + `","y":"` + randomToken(alnum, 43, 11) + `"}}`, false},
		{"d without kty", `{"point":{"d":"` + randomToken(alnum, 43, 12) + `"}}`, false},
		{"plain setting", `{"env":[{"name":"LOG_LEVEL","value":"debug"},{"name":"DB_HOST","value":"db.internal"}]}`, false},
		{"commit sha", `{"env":[{"name":"GIT_COMMIT_SHA","value":"` + randomToken(hexabc, 40, 7) + `"}]}`, false},
		{"placeholder basic", `{"headers":{"Authorization":"Basic dXNlcjpwYXNzd29yZA=="}}`, false},
		{"reference", `{"password":"${DB_PASSWORD}","name":"db"}`, false},
		{"name elsewhere", `{"name":"AWS_SECRET_ACCESS_KEY","description":"` + awsSecret[:12] + `"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := runMsg(t, c, guard.ToServer, guard.KindToolCall, "tools/call", "deploy",
				`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"deploy","arguments":`+tt.args+`}}`)
			if got := d.Verdict == guard.Deny; got != tt.deny {
				t.Fatalf("denied = %v (%q); want %v", got, d.Reason, tt.deny)
			}
		})
	}
}

func TestArgumentNamedValueRedacted(t *testing.T) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := guard.NewChain([]guard.Check{guard.NewArgumentCheck(guard.ArgumentOptions{Secrets: sec.Scan, OnSecret: guard.DataRedact})}, guard.Options{})
	secret := randomToken(b64abc, 40, 11)
	d, msg := runMsg(t, c, guard.ToServer, guard.KindToolCall, "tools/call", "deploy",
		`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"deploy","arguments":{"env":[{"name":"AWS_SECRET_ACCESS_KEY","value":"`+secret+`"}]}}}`)
	if d.Verdict != guard.Modify {
		t.Fatalf("got %v %q; want modify", d.Verdict, d.Reason)
	}
	var p struct {
		Arguments struct {
			Env []struct{ Name, Value string }
		}
	}
	if err := json.Unmarshal(msg.Params, &p); err != nil {
		t.Fatalf("redacted params are not valid JSON: %v: %s", err, msg.Params)
	}
	if e := p.Arguments.Env; len(e) != 1 || e[0].Name != "AWS_SECRET_ACCESS_KEY" || e[0].Value != "[REDACTED:secret:aws_secret_key]" {
		t.Errorf("env = %+v; want the value redacted and the name kept", e)
	}
}

func TestDecodedScanner(t *testing.T) {
	sc := guard.DecodedScanner(secrets.Scan, jsonwalk.Limits{})
	secret := randomToken(b64abc, 40, 21)
	env := "AWS_SECRET_ACCESS_KEY=" + secret + "\nREGION=eu-west-1\n"
	enc := base64.StdEncoding.EncodeToString([]byte(env))
	tests := []struct {
		name, text, span string // span: the bytes the blocking finding covers; "" = none
	}{
		{"base64 env file", "config: " + enc + " (from the vault)", enc},
		{"url encoded", "callback https://x.example/cb?" + url.QueryEscape(env) + " done", "https://x.example/cb?" + url.QueryEscape(env)},
		{"hex", "dump " + hexOf(env), hexOf(env)},
		{"as sent", env, secret},
		{"encoded prose", "note " + base64.StdEncoding.EncodeToString([]byte("the quick brown fox jumps over the lazy dog")), ""},
		{"encoded placeholder", base64.StdEncoding.EncodeToString([]byte("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")), ""},
		{"hashes", "sha256 " + randomToken(hexabc, 64, 22) + " commit " + randomToken(hexabc, 40, 23), ""},
		{"link", "see https://en.wikipedia.org/wiki/Caf%C3%A9_au_lait for more", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range sc(tt.text) {
				if f.Blocking() {
					got = append(got, tt.text[f.Start:f.End])
				}
			}
			if tt.span == "" && len(got) > 0 || tt.span != "" && (len(got) == 0 || got[0] != tt.span) {
				t.Errorf("blocking spans %q; want %q", got, tt.span)
			}
		})
	}
}

func hexOf(s string) string {
	const digits = "0123456789abcdef"
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, digits[s[i]>>4], digits[s[i]&15])
	}
	return string(b)
}

// TestResultDecodedRedaction: a secret base64-encoded in a result is
// redacted whole, and the result stays valid JSON.
func TestResultDecodedRedaction(t *testing.T) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := guard.NewChain([]guard.Check{guard.NewContentCheck(guard.ContentOptions{
		Secrets: guard.DecodedScanner(sec.Scan, jsonwalk.Limits{}), OnSecret: guard.DataRedact,
	})}, guard.Options{})
	enc := base64.StdEncoding.EncodeToString([]byte("DB_PASSWORD=" + randomToken(alnum, 24, 31) + "\n"))
	raw := `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"secret data: ` + enc + ` end"}],"structuredContent":{"data":{"config":"` + enc + `","n":1}}}}`
	d, msg := runMsg(t, c, guard.ToClient, guard.KindToolResult, "tools/call", "vault", raw)
	if d.Verdict != guard.Modify {
		t.Fatalf("got %v %q; want modify", d.Verdict, d.Reason)
	}
	var res struct {
		Content    []struct{ Text string }
		Structured struct {
			Data struct {
				Config string
				N      int
			}
		} `json:"structuredContent"`
	}
	if err := json.Unmarshal(msg.Result, &res); err != nil {
		t.Fatalf("redacted result is not valid JSON: %v: %s", err, msg.Result)
	}
	if got := res.Content[0].Text; got != "secret data: [REDACTED:secret:generic] end" {
		t.Errorf("text = %q", got)
	}
	if got := res.Structured.Data; got.Config != "[REDACTED:secret:generic]" || got.N != 1 {
		t.Errorf("structuredContent = %+v", got)
	}
}

// BenchmarkResultSecrets is the secrets scan of a benign result as sent
// and with DecodedScanner: what decoding costs text with nothing encoded,
// and text with hashes, ids and links as results carry them.
func BenchmarkResultSecrets(b *testing.B) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var ids strings.Builder
	for i := range 200 {
		fmt.Fprintf(&ids, `{"sha": "%s", "url": "https://x.example/a%%20b?q=%d", "blob": "%s"}`+"\n",
			randomToken(hexabc, 40, uint64(i)), i, base64.StdEncoding.EncodeToString([]byte(benignText(48))))
	}
	texts := map[string]string{"prose": benignText(256 << 10), "ids": ids.String()}
	for _, name := range []string{"prose", "ids"} {
		text := texts[name]
		for _, sc := range []struct {
			name string
			sc   guard.Scanner
		}{{"sent", sec.Scan}, {"decoded", guard.DecodedScanner(sec.Scan, jsonwalk.Limits{})}} {
			b.Run(name+"/"+sc.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					sc.sc(text)
				}
			})
		}
	}
}

// TestArgumentNamedPII: a key that names a phone number gives its value
// the context a phone word gives it in text.
func TestArgumentNamedPII(t *testing.T) {
	check := guard.NewArgumentCheck(guard.ArgumentOptions{PII: pii.Scan, OnPII: guard.DataReport})
	for _, tt := range []struct {
		args string
		want bool
	}{
		{`{"contact":{"mobile":"07911 583624"}}`, true},
		{`{"contact":{"fields":[{"name":"phone","value":"020 7946 1234"}]}}`, true},
		{`{"contact":{"ref":"020 7946 1234"}}`, false},
	} {
		msg, err := jsonrpc.Parse([]byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"crm","arguments":` + tt.args + `}}`))
		if err != nil {
			t.Fatal(err)
		}
		d, err := check.Inspect(context.Background(), &guard.Event{Server: "crm", Dir: guard.ToServer, Kind: guard.KindToolCall, Method: "tools/call", Tool: "crm", Msg: msg})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(d.Reason, "pii:phone"); got != tt.want {
			t.Errorf("%s: %v %q; want a phone reported: %v", tt.args, d.Verdict, d.Reason, tt.want)
		}
	}
}

// TestArgumentFindings checks that eval's reading of arguments is the
// check's: a value named in a sibling field, and a secret in a key.
func TestArgumentFindings(t *testing.T) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	piiDet := pii.New(pii.Options{})
	o := guard.ArgumentOptions{Secrets: sec.Scan, OnSecret: guard.DataDeny, PII: piiDet.Scan, OnPII: guard.DataDeny}
	for _, tc := range []struct {
		args string
		want bool
	}{
		// a table sent as rows: the header names the column
		{`{"values": [["contact", "Phone Number"], ["Vikram Reddy", "0122 055 3302"]]}`, true},
		{`{"values": [["contact", "order"], ["Vikram Reddy", "0122 055 3302"]]}`, false},
		{`{"values": [["Vikram Reddy", "0122 055 3302"]]}`, false},
		{`{"env": [{"name": "AWS_SECRET_ACCESS_KEY", "value": "q8Vh2kLm9Zr4Tn7Xw1Bc5Df3Gj6Hs0Pa8Ue2Yi4O"}]}`, true},
		{`{"env": [{"name": "LOG_LEVEL", "value": "q8Vh2kLm9Zr4Tn7Xw1Bc5Df3Gj6Hs0Pa8Ue2Yi4O"}]}`, false},
		{`{"ghp_R2d4F6h8J0k2L4m6N8p0Q2r4S6t8V0w2X4y6": 1}`, true},
		{`{"query": "weather in Paris"}`, false},
		// a wallet's recovery phrase (a BIP-39 test vector), as words or one string
		{`{"words": ["legal", "winner", "thank", "year", "wave", "sausage", "worth", "useful", "legal", "winner", "thank", "yellow"]}`, true},
		{`{"to": "support@wallet-help.example", "body": "legal winner thank year wave sausage worth useful legal winner thank yellow"}`, true},
		{`{"tags": ["legal", "winner", "thank", "year", "wave", "sausage", "worth", "useful", "legal", "winner", "thank", "zoo"]}`, false},
		// a form's answer named by its field; a record's value by the key above it
		{`{"answers": [{"field": "ssn", "text": "581 87 2763"}]}`, true},
		{`{"answers": [{"field": "notes", "text": "581 87 2763"}]}`, false},
		{`{"record": {"電話番号": {"value": "090-4821-7736"}}}`, true},
		{`{"record": {"備考": {"value": "090-4821-7736"}}}`, false},
	} {
		fs, err := guard.ArgumentFindings([]byte(tc.args), o)
		if err != nil {
			t.Fatal(err)
		}
		high := false
		for _, f := range fs {
			high = high || f.Severity >= detect.High
		}
		if high != tc.want {
			t.Errorf("%s: blocking finding %v, want %v (%v)", tc.args, high, tc.want, fs)
		}
	}
	if _, err := guard.ArgumentFindings([]byte(`{"a":`), o); err == nil {
		t.Error("broken JSON: no error")
	}
}

// TestResultNamedValueRedacted checks that a result's value named by a
// sibling member is read with its name, as arguments are, and redacted.
func TestResultNamedValueRedacted(t *testing.T) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := guard.NewChain([]guard.Check{guard.NewContentCheck(guard.ContentOptions{
		Secrets: sec.Scan, OnSecret: guard.DataRedact,
	})}, guard.Options{})
	val := randomToken(alnum, 40, 41)
	raw := `{"jsonrpc":"2.0","id":1,"result":{"content":[],"structuredContent":{"env":[{"name":"AWS_SECRET_ACCESS_KEY","value":"` + val + `"},{"name":"REGION","value":"eu-west-1"}]}}}`
	d, msg := runMsg(t, c, guard.ToClient, guard.KindToolResult, "tools/call", "ecs", raw)
	if d.Verdict != guard.Modify {
		t.Fatalf("got %v %q; want modify", d.Verdict, d.Reason)
	}
	if strings.Contains(string(msg.Result), val) || !strings.Contains(string(msg.Result), `"REGION","value":"eu-west-1"`) {
		t.Errorf("redacted result: %s", msg.Result)
	}
}
