package proxy

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"strings"
)

// PinnedTLS returns a TLS configuration that, on top of the usual
// certificate verification, requires one certificate of the upstream's chain
// to carry a public key whose pin is in pins: "sha256/" and the base64
// SHA-256 of the certificate's SubjectPublicKeyInfo (the HPKP form, which
// `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst
// -sha256 -binary | base64` prints). A look-alike server with a valid
// certificate for the same name, from any CA, is refused. roots, when not
// nil, replaces the system roots (for private CAs and tests).
func PinnedTLS(pins []string, roots *x509.CertPool) *tls.Config {
	want := make(map[string]bool, len(pins))
	for _, p := range pins {
		want[p] = true
	}
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		RootCAs:    roots,
		VerifyConnection: func(cs tls.ConnectionState) error {
			var seen []string
			for _, cert := range cs.PeerCertificates {
				pin := SPKIPin(cert)
				if want[pin] {
					return nil
				}
				seen = append(seen, pin)
			}
			return fmt.Errorf("the upstream's TLS key is not pinned (verify.tls): it presented %s", strings.Join(seen, ", "))
		},
	}
}

// SPKIPin returns the pin of a certificate's public key, "sha256/BASE64".
func SPKIPin(cert *x509.Certificate) string {
	sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
	return "sha256/" + base64.StdEncoding.EncodeToString(sum[:])
}
