package value

import (
	"errors"
	"strings"
	"testing"
)

func TestIBAN(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"DE", "DE89370400440532013000", "DE89370400440532013000", ""},
		{"GB printed", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", ""},
		{"GB lowercase", "gb82west12345698765432", "GB82WEST12345698765432", ""},
		{"FR letter in BBAN", "FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606", ""},
		{"NO shortest", "NO9386011117947", "NO9386011117947", ""},
		{"NL", "NL91ABNA0417164300", "NL91ABNA0417164300", ""},
		{"CH", "CH9300762011623852957", "CH9300762011623852957", ""},
		{"BE", "BE68539007547034", "BE68539007547034", ""},
		{"surrounding spaces", "  DE89370400440532013000 ", "DE89370400440532013000", ""},
		{"odd grouping", "DE8937 0400440532 013000", "DE89370400440532013000", ""},
		{"bad checksum", "GB82WEST12345698765433", "", "wrong check digits"},
		{"swapped digits", "DE89370400440532031000", "", "wrong check digits"},
		{"unknown country", "XX89370400440532013000", "", `"XX" is not a country`},
		{"short", "DE8937040044053201300", "", "DE IBANs have 22 characters, got 21"},
		{"long", "DE893704004405320130000", "", "got 23"},
		{"letters as check digits", "DEAB370400440532013000", "", "check digits"},
		{"check digits 00", "DE00370400440532013000", "", "never issued"},
		{"check digits 99", "DE99370400440532013000", "", "never issued"},
		{"dash", "DE89-3704-0044-0532-0130-00", "", "character 5"},
		{"tab", "DE89\t370400440532013000", "", "character 5"},
		{"non-ASCII", "DE89370400440532013000\u00a0", "", "character 23"},
		{"empty", "", "", "too short"},
		{"too long", strings.Repeat("DE89 ", 20), "", "too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := IBAN(tt.in)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("IBAN(%q) = %q, %v; want %q, nil", tt.in, got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("IBAN(%q) = %q, %v; want an ErrInvalid error containing %q", tt.in, got, err, tt.err)
			}
		})
	}
}

// TestIBANCountryLengths checks the table against the registry's bounds:
// every code is two capital letters and every length between 15 (Norway)
// and 33 (Russia).
func TestIBANCountryLengths(t *testing.T) {
	for cc, n := range ibanLength {
		if len(cc) != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || n < 15 || n > 34 {
			t.Errorf("ibanLength[%q] = %d; want a country code and a length in 15..34", cc, n)
		}
	}
}
