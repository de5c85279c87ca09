package secrets

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// TestDERKeyBody: where the finding of a key without PEM armour lies, and
// what is not one.
func TestDERKeyBody(t *testing.T) {
	pkcs1 := derSample("pkcs1")
	lines := derSample("pkcs8-rsa-lines")
	escaped, enc, sshEnc := derSample("pkcs8-rsa-escaped"), derSample("pkcs8-encrypted"), derSample("openssh-encrypted")
	tests := []struct {
		name string
		text string
		// want is the text the one finding covers; "" for no finding
		// of the rule
		want string
		sev  detect.Severity
	}{
		{"one line", "KEY=" + pkcs1 + " and more", pkcs1, detect.Critical},
		{"lines, then prose", "key:\n" + lines + "\nThat is all.", lines, detect.Critical},
		{"CRLF lines", "k=" + strings.ReplaceAll(lines, "\n  ", "\r\n"), strings.ReplaceAll(lines, "\n  ", "\r\n"), detect.Critical},
		{"escaped in JSON", `{"k":"` + escaped + `"}`, escaped, detect.Critical},
		{"encrypted", "x " + enc, enc, detect.High},
		{"openssh encrypted", sshEnc, sshEnc, detect.High},
		{"cut short", "KEY=" + pkcs1[:len(pkcs1)-40], "", 0},
		{"inside a longer blob", "QUJD" + pkcs1, "", 0},
		{"public key", derSample("spki"), "", 0},
		{"certificate", derSample("certificate"), "", 0},
		{"base64 of prose", base64.StdEncoding.EncodeToString([]byte(strings.Repeat("0\x82\x01\x00 plain words ", 30))), "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []detect.Finding
			for _, f := range Scan(tt.text) {
				if f.Rule == "private-key-body" {
					got = append(got, f)
				}
			}
			if tt.want == "" {
				if len(got) != 0 {
					t.Fatalf("got %v; want no private-key-body finding", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %v; want one private-key-body finding", got)
			}
			if span := tt.text[got[0].Start:got[0].End]; strings.TrimRight(span, "=") != strings.TrimRight(tt.want, "=") {
				t.Errorf("finding covers %q…, want %q…", span[:min(len(span), 40)], tt.want[:40])
			}
			if got[0].Severity != tt.sev {
				t.Errorf("severity %v, want %v", got[0].Severity, tt.sev)
			}
		})
	}
}

// TestDERKeyInPEM: a key in a PEM block is one finding, the PEM rule's,
// not two.
func TestDERKeyInPEM(t *testing.T) {
	text := "-----BEGIN RSA PRIVATE KEY-----\n" + derSample("pkcs1") + "\n-----END RSA PRIVATE KEY-----\n"
	fs := Scan(text)
	if len(fs) != 1 || fs[0].Rule != "private-key" {
		t.Errorf("Scan = %v; want the private-key finding alone", fs)
	}
}

// FuzzDERKey: the structure readers never read past what they are given
// and never claim more than it.
func FuzzDERKey(f *testing.F) {
	for _, k := range []string{"pkcs1", "pkcs8-ec", "sec1", "ed25519", "openssh", "openssh-encrypted", "pkcs8-encrypted", "pkcs12", "spki", "certificate"} {
		raw, err := base64.StdEncoding.DecodeString(derSample(k))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if n, what, _ := derKey(raw); n > len(raw) || (n > 0) != (what != "") {
			t.Fatalf("derKey = %d, %q for %d bytes", n, what, len(raw))
		}
		if n, what, _ := opensshKey(raw); n > len(raw) || (n > 0) != (what != "") {
			t.Fatalf("opensshKey = %d, %q for %d bytes", n, what, len(raw))
		}
		text := base64.StdEncoding.EncodeToString(raw)
		checkFindings(t, text, Scan(text))
	})
}
