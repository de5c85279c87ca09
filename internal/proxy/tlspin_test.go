package proxy

import (
	"crypto/x509"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestPinnedTLS(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	defer srv.Close()
	roots := x509.NewCertPool()
	roots.AddCert(srv.Certificate())
	good := SPKIPin(srv.Certificate())
	tests := []struct {
		name    string
		pins    []string
		wantErr string
	}{
		{"pinned", []string{"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", good}, ""},
		{"other key", []string{"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}, "not pinned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewUpstreamTransport()
			tr.TLSClientConfig = PinnedTLS(tt.pins, roots)
			defer tr.CloseIdleConnections()
			resp, err := (&http.Client{Transport: tr}).Get(srv.URL)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got %v; want an error containing %q", err, tt.wantErr)
			}
		})
	}
	// The usual verification still applies: a pinned key behind an
	// untrusted certificate is refused.
	tr := NewUpstreamTransport()
	tr.TLSClientConfig = PinnedTLS([]string{good}, x509.NewCertPool())
	if _, err := (&http.Client{Transport: tr}).Get(srv.URL); err == nil {
		t.Error("an untrusted certificate passed because its key is pinned")
	}
}
