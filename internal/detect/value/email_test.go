package value

import (
	"errors"
	"strings"
	"testing"
)

func TestEmail(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"plain", "alice@example.com", "alice@example.com", ""},
		{"domain lowercased", "Alice@Example.COM", "Alice@example.com", ""},
		{"plus and dots", "first.last+tag@mail.example.co.uk", "first.last+tag@mail.example.co.uk", ""},
		{"atext", "o'brien!#$%&*/=?^_`{|}~-@example.org", "o'brien!#$%&*/=?^_`{|}~-@example.org", ""},
		{"hyphen domain", "a@my-host.example", "a@my-host.example", ""},
		{"display name", "Alice <alice@example.com>", "", "not allowed before @"},
		{"angle brackets", "<alice@example.com>", "", "not allowed before @"},
		{"two addresses", "a@example.com,b@example.com", "", "more than one @"},
		{"comma", "a,b@example.com", "", `',' is not allowed`},
		{"two at", "a@b@example.com", "", "more than one @"},
		{"quoted local", `"a b"@example.com`, "", "not allowed before @"},
		{"no at", "alice.example.com", "", "no @"},
		{"no local", "@example.com", "", "nothing before @"},
		{"no domain", "alice@", "", "no domain"},
		{"dotless domain", "alice@localhost", "", "no dot"},
		{"IP domain", "alice@192.168.0.1", "", "IP address"},
		{"IP literal", "alice@[192.168.0.1]", "", "domain"},
		{"leading dot", ".alice@example.com", "", "starts or ends with a dot"},
		{"double dot", "al..ice@example.com", "", "two dots"},
		{"trailing dot domain", "alice@example.com.", "", "empty label"},
		{"underscore domain", "alice@ex_ample.com", "", "not allowed in a host name"},
		{"hyphen label", "alice@-example.com", "", "hyphen"},
		{"unicode domain", "alice@exämple.com", "", "non-ASCII"},
		{"unicode local", "älice@example.com", "", "not allowed before @"},
		{"space", "alice @example.com", "", "not allowed before @"},
		{"newline", "alice@example.com\n", "", "domain"},
		{"long local", strings.Repeat("a", 65) + "@example.com", "", "longer than 64"},
		{"long address", "a@" + strings.Repeat("b", 250) + ".com", "", "longer than 254"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Email(tt.in)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("Email(%q) = %q, %v; want %q, nil", tt.in, got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Email(%q) = %q, %v; want an ErrInvalid error containing %q", tt.in, got, err, tt.err)
			}
		})
	}
}
