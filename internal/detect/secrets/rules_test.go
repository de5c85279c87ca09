package secrets

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// typeMatches reports whether got is want or a more specific type of it.
func typeMatches(got, want string) bool {
	return got == want || strings.HasPrefix(got, want+":")
}

// TestRuleSamples checks every rule against its own samples: true positives
// produce a blocking finding of the rule's type, false positives no finding
// from the rule, placeholders an Info finding and nothing blocking.
func TestRuleSamples(t *testing.T) {
	for _, r := range allRules() {
		t.Run(r.id, func(t *testing.T) {
			if len(r.tps)+len(r.infos) == 0 {
				t.Fatalf("rule %s has no samples", r.id)
			}
			family := r.typ
			if r.id == "placeholder-prefix" || r.id == "named-value" {
				family = "secret" // the type of the credential stood for or named
			}
			for i, s := range r.tps {
				text := expand(s, uint64(i))
				fs := Scan(text)
				if !slicesAny(fs, func(f detect.Finding) bool { return typeMatches(f.Type, family) && f.Blocking() }) {
					t.Errorf("tp %q: no blocking %s finding; got %v", text, r.typ, fs)
				}
			}
			for i, s := range r.fps {
				text := expand(s, uint64(i))
				for _, f := range Scan(text) {
					if f.Rule == r.id {
						t.Errorf("fp %q: got %v", text, f)
					}
				}
			}
			for i, s := range r.infos {
				text := expand(s, uint64(i))
				fs := Scan(text)
				for _, f := range fs {
					if f.Severity > detect.Low {
						t.Errorf("placeholder %q: got %v", text, f)
					}
				}
				if !slicesAny(fs, func(f detect.Finding) bool { return f.Severity == detect.Info && typeMatches(f.Type, family) }) {
					t.Errorf("placeholder %q: no Info %s finding; got %v", text, family, fs)
				}
			}
		})
	}
}

func slicesAny(fs []detect.Finding, pred func(detect.Finding) bool) bool {
	for _, f := range fs {
		if pred(f) {
			return true
		}
	}
	return false
}

// TestRuleTable checks the table itself: unique IDs, types from the
// vocabulary, keywords that the regex could start near.
func TestRuleTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range allRules() {
		if seen[r.id] {
			t.Errorf("duplicate rule id %q", r.id)
		}
		seen[r.id] = true
		if !strings.HasPrefix(r.typ, "secret:") {
			t.Errorf("rule %s: type %q outside the secret family", r.id, r.typ)
		}
		if r.pass != nil {
			if len(r.keywords) != 0 || r.re != nil {
				t.Errorf("rule %s: a whole-text pass with keywords or a regex", r.id)
			}
		} else if len(r.keywords) == 0 || r.after == 0 {
			t.Errorf("rule %s: no keywords or empty window", r.id)
		}
		for _, kw := range r.keywords {
			if !utf8.ValidString(kw) {
				t.Errorf("rule %s: keyword %q is not valid UTF-8", r.id, kw)
			}
		}
	}
}

// TestScanCases covers behaviour across rules: severities, spans,
// redaction and the benign look-alikes FORMAT.md names.
func TestScanCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "type/severity", in order; nil = no findings
	}{
		{"empty", "", nil},
		{"prose", "The quick brown fox; see the token docs and the secret garden.", nil},
		{"git sha", "HEAD is now at 1f3c9e2d7a8b4c6e0f1a2b3c4d5e6f708192a3b4 Merge branch", nil},
		{"uuid request id", "request_id=7e0b3c52-1d4f-4a9e-b8c7-2f6d5e4a3b21 status=200", nil},
		{"sri hash", "sha512-+5TfUz+H7oqQRtB5vSRHCRHPXhPze2Z0ugMMneISH6Elgc75oi6Doi9tgmmPnXeMVFNHV26NKeaaYZHS15e36w==", nil},
		{"image digest", "image: nginx@sha256:«hex:64»", nil},
		{"etag", `ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"`, nil},
		{"sha256 arg", `{"sha256": "«hex:64»"}`, nil},
		{"base64 blob", "R86c1EsRVOE+pBZOX5o7FNMG3r7eBWyRyrJ8kXi39tn6B5F/zbWSSnHH/UC6YKsMQfEQybLbXcoNRek9", nil},
		{"redis no password", "redis://localhost:6379/0", nil},
		{"env reference", "DATABASES = {'default': {'PASSWORD': os.environ['DB_PASSWORD']}}", nil},
		{"aws docs pair", "Example: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
			[]string{"secret:aws_access_key/info", "secret:aws_secret_key/info"}},
		{"github in env", "GITHUB_TOKEN=ghp_«an:36»", []string{"secret:github_token/high"}},
		{"stripe live critical", "sk_live_«an:24»", []string{"secret:stripe_key/critical"}},
		{"stripe test high", "sk_test_«an:24»", []string{"secret:stripe_key/high"}},
		{"private key critical", "-----BEGIN PRIVATE KEY-----\n«b64:64»\n«b64:40»\n-----END PRIVATE KEY-----",
			[]string{"secret:private_key/critical"}},
		{"fine grained", "github_pat_«an:22»_«an:59»", []string{"secret:github_token:fine_grained/high"}},
		{"generic weak", "password: tr0ub4dor3", []string{"secret:generic/medium"}},
		{"generic strong", `"api_key": "«an:32»"`, []string{"secret:generic/high"}},
		{"specific beats generic", `"api_key": "AIza«url:35»"`, []string{"secret:google_api_key/high"}},
		{"two secrets", "ghp_«an:36» and xoxb-«num:12»-«num:12»-«an:24»",
			[]string{"secret:github_token/high", "secret:slack_token/high"}},
		{"db placeholder", "postgres://user:password@localhost/app", []string{"secret:db_connection_string/info"}},
		{"db real", "postgres://app:«an:14»@10.0.0.5/app", []string{"secret:db_connection_string/high"}},
		{"db short", "mysql://app:Ab1@db/app", []string{"secret:db_connection_string/medium"}},
		{"unsigned jwt", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMjM0NTY3ODkwIn0.", []string{"secret:jwt/medium"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := expand(tt.text, uint64(i))
			var got []string
			for _, f := range Scan(text) {
				got = append(got, f.Type+"/"+f.Severity.String())
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Scan(%q) = %v; want %v", text, got, tt.want)
			}
		})
	}
}

// TestSpansAndRedaction: every finding's span is the secret, and its
// explanation never repeats it.
func TestSpansAndRedaction(t *testing.T) {
	tests := []struct {
		name, text, secret string
	}{
		{"github", "x GITHUB_TOKEN=ghp_«an:36» y", "ghp_"},
		{"db password", "postgres://app:«an:14»@10.0.0.5/app", ""},
		{"generic", `DB_PASSWORD="«an:20»"`, ""},
		{"jwt", "Bearer «jwt:HS256»", "eyJ"},
		{"anthropic", "sk-ant-api03-«url:93»AA", "sk-ant-api03-"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := expand(tt.text, uint64(i))
			fs := Scan(text)
			if len(fs) == 0 {
				t.Fatalf("Scan(%q): no findings", text)
			}
			for _, f := range fs {
				if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
					t.Fatalf("bad span %d-%d in %q", f.Start, f.End, text)
				}
				secret := text[f.Start:f.End]
				if !strings.HasPrefix(secret, tt.secret) {
					t.Errorf("span %q does not start with %q", secret, tt.secret)
				}
				if strings.Contains(f.Explanation, secret) {
					t.Errorf("explanation %q contains the secret %q", f.Explanation, secret)
				}
			}
		})
	}
	// The DB finding covers exactly the password.
	text := "postgres://app:S3cr3tPassw0rdXyz@db/app"
	fs := Scan(text)
	if len(fs) != 1 || text[fs[0].Start:fs[0].End] != "S3cr3tPassw0rdXyz" {
		t.Errorf("Scan(%q) = %v; want the password span", text, fs)
	}
	// A length is told in characters, not bytes.
	text = `DB_PASSWORD="Пароль-Sехр-2931-зима"`
	fs = Scan(text)
	if len(fs) != 1 || !strings.Contains(fs[0].Explanation, "(21 chars)") {
		t.Errorf("Scan(%q) = %v; want one finding telling 21 chars", text, fs)
	}
}

func TestOptions(t *testing.T) {
	d, err := New(Options{Disable: []string{"github-token"}})
	if err != nil {
		t.Fatal(err)
	}
	text := expand("GITHUB_TOKEN=ghp_«an:36»", 1)
	for _, f := range d.Scan(text) {
		if f.Rule == "github-token" {
			t.Errorf("disabled rule reported %v", f)
		}
	}
	if _, err := New(Options{Disable: []string{"no-such-rule"}}); err == nil {
		t.Error("New with an unknown rule: got nil error")
	}
	if len(Rules()) != len(allRules()) {
		t.Errorf("Rules() lists %d rules; want %d", len(Rules()), len(allRules()))
	}
}

// TestValueSpans: a value named by a sibling field is found on the value
// alone; a quoted value is read to its closing quote.
func TestValueSpans(t *testing.T) {
	tests := []struct {
		name, text, value string
		typ               string
	}{
		{"k8s env", "- name: AWS_SECRET_ACCESS_KEY\n  value: «b64:40»\n", "«b64:40»", "secret:aws_secret_key"},
		{"json pair", `{"Name": "DB_PASSWORD", "Value": "«an:20»"}`, "«an:20»", "secret:generic"},
		{"escaped json pair", `{\"name\": \"API_TOKEN\", \"value\": \"«an:32»\"}`, "«an:32»", "secret:generic"},
		{"django key", `SECRET_KEY = 'k3!«an:16»(«hex:8»)&«an:12»'`, "k3!«an:16»(«hex:8»)&«an:12»", "secret:generic"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := expand(tt.text, uint64(i))
			want := expand(tt.value, uint64(i))
			var got []string
			for _, f := range Scan(text) {
				if f.Blocking() {
					got = append(got, f.Type+" "+text[f.Start:f.End])
				}
			}
			if fmt.Sprint(got) != fmt.Sprint([]string{tt.typ + " " + want}) {
				t.Errorf("Scan(%q) blocking = %q; want %s %q", text, got, tt.typ, want)
			}
		})
	}
}

// TestNamedValueBudget: a text packed with name/value pairs whose values
// are packed with keywords costs linear time: each rescan has a budget in
// proportion to its pair.
func TestNamedValueBudget(t *testing.T) {
	pair := `{"name": "DB_PASSWORD", "value": "` + strings.Repeat("token=x", 70) + `"} `
	text := strings.Repeat(pair, 2000)
	start := time.Now()
	Scan(text)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Scan of %d bytes of pairs took %v", len(text), d)
	}
}
