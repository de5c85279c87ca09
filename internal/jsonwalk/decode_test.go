package jsonwalk

import "testing"

func TestCharClass(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		var want byte
		if b64Value(b) >= 0 {
			want |= classBase64
		}
		if unhex(b) >= 0 {
			want |= classHex
		}
		if b == '+' || b == '/' {
			want |= classStdOnly
		}
		if b == '-' || b == '_' {
			want |= classURLOnly
		}
		if got := charClass[b]; got != want {
			t.Errorf("charClass[%q] = %#x; want %#x", b, got, want)
		}
	}
}
