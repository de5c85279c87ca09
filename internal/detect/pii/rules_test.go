package pii

import (
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/value"
)

// TestRuleSamples runs every rule's own samples through the full scan.
func TestRuleSamples(t *testing.T) {
	for _, r := range ruleTable {
		t.Run(r.id, func(t *testing.T) {
			d := New(Options{Types: []string{r.typ}})
			if len(r.tp) == 0 || len(r.fp) == 0 {
				t.Errorf("rule %s needs true- and false-positive samples", r.id)
			}
			for _, s := range r.tp {
				if f, ok := findRule(d.Scan(s), r.id); !ok || f.Severity != r.severity {
					t.Errorf("tp %q: got %v; want a %s finding at %s", s, d.Scan(s), r.id, r.severity)
				}
			}
			for _, s := range r.lo {
				if f, ok := findRule(d.Scan(s), r.id); !ok || f.Blocking() {
					t.Errorf("lo %q: got %v; want a non-blocking %s finding", s, d.Scan(s), r.id)
				}
			}
			for _, s := range r.fp {
				for _, f := range d.Scan(s) {
					if f.Type == r.typ && f.Severity >= detect.Medium {
						t.Errorf("fp %q: got %v; want no %s finding", s, f, r.typ)
					}
				}
			}
		})
	}
}

func findRule(fs []detect.Finding, id string) (detect.Finding, bool) {
	for _, f := range fs {
		if f.Rule == id {
			return f, true
		}
	}
	return detect.Finding{}, false
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "type@start-end" of blocking findings
	}{
		{"empty", "", nil},
		{"prose", "The meeting is at 10:30 on 2024-08-02; bring 3 copies.", nil},
		{"email and card", "user: Ines Ibarra, contact marisolgallagher1973@yahoo.com, card 5538 2617 2786 7820",
			[]string{"pii:email@27-57", "pii:credit_card@64-83"}},
		{"csv row", "Jane,Doe,512-439-6131,jdoe1985@gmail.com",
			[]string{"pii:phone@9-21", "pii:email@22-40"}},
		{"two numbers", "call 512-439-6131 or (305) 792-4653",
			[]string{"pii:phone@5-17", "pii:phone@21-35"}},
		{"json", `{"name":"Mei Krause","ssn":"530-67-7344","iban":"NL85ISQM0720640353"}`,
			[]string{"pii:ssn@28-39", "pii:iban@49-67"}},
		{"template", "Hello {{name}}, we will call {{phone}} and mail ${EMAIL}.", nil},
		{"hashes", "sha256 f2154dcd43772dd192677ebe6e4ef974d2d2ebaf522f6f7552c9eb2830c30e00 uuid 63bff314-23fb-4b6b-960f-ddb1ff6ecd21", nil},
		{"test card", `{"card": "4242424242424242"}`, nil},
		{"digit email", "5124396131@txt.att.net", []string{"pii:email@0-22"}},
		{"IDN email", "Kontakt „jürgen.weiß@münchen-post.de“ bitte", []string{"pii:email@11-41"}},
		{"UnionPay 6-13", "UnionPay card 626717 9929921185843, refund", []string{"pii:credit_card@14-34"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Scan(tt.text) {
				if f.Blocking() {
					got = append(got, f.Type+"@"+itoa(f.Start)+"-"+itoa(f.End))
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Scan(%q) = %v; want %v", tt.text, got, tt.want)
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestExplanationsMask checks that no explanation repeats the value it
// found.
func TestExplanationsMask(t *testing.T) {
	for _, r := range ruleTable {
		for _, s := range append(append([]string{}, r.tp...), r.lo...) {
			for _, f := range Scan(s) {
				v := s[f.Start:f.End]
				if len(v) > 4 && strings.Contains(f.Explanation, v) {
					t.Errorf("%s: explanation %q repeats %q", r.id, f.Explanation, v)
				}
			}
		}
	}
}

func TestMaskEmail(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"jane.doe@mail.example.org", "j***@m***.org"},
		{"\u00e9lodie@\u00e9cole.fr", "\u00e9***@\u00e9***.fr"},
		{"\u0434\u0438\u043c\u0430@\u043f\u043e\u0447\u0442\u0430.\u0440\u0444", "\u0434***@\u043f***.\u0440\u0444"},
		{"@x.org", "***"},
		{"a@", "***"},
	} {
		if got := maskEmail(c.in); got != c.want {
			t.Errorf("maskEmail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOptions(t *testing.T) {
	text := "mail jane.doe@gmail.com from 81.2.69.160"
	d := New(Options{Types: []string{TypeIPAddress}, Severity: map[string]detect.Severity{TypeIPAddress: detect.High}})
	got := d.Scan(text)
	if len(got) != 1 || got[0].Type != TypeIPAddress || got[0].Severity != detect.High {
		t.Fatalf("got %v; want one High IP finding", got)
	}
	if got := d.Scan("bind 127.0.0.1"); len(got) != 1 || got[0].Severity != detect.Info {
		t.Errorf("loopback: got %v; want one Info finding (overrides leave look-alikes alone)", got)
	}
	if got := New(Options{Types: []string{TypeSSN}}).Scan(text); len(got) != 0 {
		t.Errorf("SSN only: got %v; want nothing", got)
	}
}

func TestLuhnAndMod97(t *testing.T) {
	tests := []struct {
		in         string
		luhn, iban bool
	}{
		{"79927398713", true, false},
		{"79927398710", false, false},
		{"GB82WEST12345698765432", false, true},
		{"GB82WEST12345698765433", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if isDigit(tt.in[0]) {
				if got := luhn([]byte(tt.in)); got != tt.luhn {
					t.Errorf("luhn(%s) = %v; want %v", tt.in, got, tt.luhn)
				}
				return
			}
			if got := value.IBANChecksumOK([]byte(tt.in)); got != tt.iban {
				t.Errorf("IBANChecksumOK(%s) = %v; want %v", tt.in, got, tt.iban)
			}
		})
	}
}

// TestBenignLookalikes lists what FORMAT.md calls benign look-alikes and
// other ordinary text that must never block.
func TestBenignLookalikes(t *testing.T) {
	for _, s := range []string{
		"ISBN 978-0-306-40615-7", "ISBN-13: 9780306406157", "ISBN 0-306-40615-2",
		"tracking 1Z999AA10123456784", "USPS 9400 1000 0000 0000 0000 00", "FedEx 7712 3456 7890",
		"BIC DEUTDEFF", "SWIFT: BOFAUS3N", "server 93.184.216.34 responded", "IPv6 2606:4700::6810:85e5",
		"Hello {{email}}, your phone ${PHONE} is set", "Dear {{first_name}}, call {{phone_number}}",
		"timestamp 1712345678", "epoch_ms=1712345678901", "2024-08-02T02:17:33+0000",
		"Updated: 2024-08-02 14:22:01 UTC", "request_id=7e0b3c52-1d4f-4a9e-b8c7-2f6d5e4a3b21",
		"population 331449281", "price $1,299.99", "coordinates 37.7749, -122.4194",
		"Order #123-456-7890 shipped", "Invoice INV-2024-000123", "0x7ffee4b5c8a8",
		"node v20.11.1 npm 10.2.4", "table: 1234 5678 9012 3456 7890",
		"random 4111 1111 1111 1111", "charge 4242 4242 4242 4242", "use test card 5555 5555 5555 4444",
		"contact us at support@acme.com", "noreply@github.com", "see user@example.com",
		"git clone git@github.com:acme/app.git", "npm i lodash@4.17.21", "retina icon@2x.png",
		"DB_URL=postgres://app:hunter2@db.acme.com:5432/app", "ssn_example 000-12-3456",
		"ssn 987-65-4321", "SSN 666-12-3456", "form_example 427-00-5418",
		"IBAN DE89 3704 0044 0532 0130 01", "CH48 5517 5932 0259 0658 8  FAIL mod-97", "Sort code 20-00-00 account 55779911",
		"Score 512-439 final", "UUID 123e4567-e89b-12d3-a456-426614174000",
		"Patent US 10,123,456 B2", "doi:10.1000/182", "arXiv:2301.12345", "ticket 5124396131",
		"ref 305.792.4653", "EIN 12-3456789", "Case No. 2:24-cv-01234", "lot 20240802123456",
		"IMEI 356938035643809", "Registrar Abuse Contact Email: abusecomplaints@markmonitor.com",
		"Registrar Abuse Contact Phone: +1.2086851750", "call (555) 123-4567", "+1 234 567 8900",
	} {
		for _, f := range Scan(s) {
			if f.Blocking() {
				t.Errorf("Scan(%q): got blocking %v", s, f)
			}
		}
	}
}
