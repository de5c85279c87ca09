package value

import (
	"errors"
	"strings"
	"testing"
)

// eip55Vectors are the test cases published in EIP-55 itself.
var eip55Vectors = []string{
	// all caps
	"0x52908400098527886E0F7030069857D2E4169EE7",
	"0x8617E340B3D01FA5F11F306F4090FD50E238070D",
	// all lower
	"0xde709f2102306220921060314715629080e2fb77",
	"0x27b1fdb04752bbc536007a920d24acb045561c26",
	// normal
	"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
	"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
	"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
	"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
}

func TestEIP55Vectors(t *testing.T) {
	for _, v := range eip55Vectors {
		t.Run(v, func(t *testing.T) {
			if got := EIP55(strings.ToLower(v)); got != v {
				t.Errorf("EIP55(lower) = %s; want %s", got, v)
			}
			if got := EIP55("0x" + strings.ToUpper(v[2:])); got != v {
				t.Errorf("EIP55(upper) = %s; want %s", got, v)
			}
			got, err := EVMAddress(v)
			if err != nil || got != strings.ToLower(v) {
				t.Errorf("EVMAddress(%s) = %q, %v; want %q, nil", v, got, err, strings.ToLower(v))
			}
		})
	}
}

func TestEVMAddress(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"checksummed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", ""},
		{"lower", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", ""},
		{"upper", "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", ""},
		{"digits only", "0x0000000000000000000000000000000000000000", "0x0000000000000000000000000000000000000000", ""},
		{"one letter flipped", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "", "checksum"},
		{"typo in mixed case", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAee", "", "checksum"},
		{"no prefix", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "", `"0x"`},
		{"uppercase X", "0X5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "", `"0x"`},
		{"short", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea", "", "got 38"},
		{"long", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00", "", "got 42"},
		{"not hex", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg", "", "character 42"},
		{"space", " 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "", `"0x"`},
		{"empty", "", "", `"0x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EVMAddress(tt.in)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("EVMAddress(%q) = %q, %v; want %q, nil", tt.in, got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("EVMAddress(%q) = %q, %v; want an ErrInvalid error containing %q", tt.in, got, err, tt.err)
			}
			if strings.Contains(err.Error(), EIP55(tt.in)) && EIP55(tt.in) != "" {
				t.Errorf("error %q reveals the correct checksum", err)
			}
		})
	}
}

func TestEIP55Invalid(t *testing.T) {
	for _, in := range []string{"", "0x", "0x123", "0xZZ5aaeb6053f3e94c9b9a09f33669435e7ef1bea", "1x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"} {
		if got := EIP55(in); got != "" {
			t.Errorf("EIP55(%q) = %q; want \"\"", in, got)
		}
	}
}
