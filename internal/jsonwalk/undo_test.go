package jsonwalk

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReversed(t *testing.T) {
	tests := []struct{ s, want string }{
		{"key: 9tK3xQ2mB7vL1pZ4_phg please", "esaelp ghp_4Zp1Lv7Bm2Qx3Kt9 :yek"},
		{"a\tb\nc", "c\nb\ta"},
		{"ünïcödé-wörds", "sdröw-édöcïnü"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Reversed(tt.s); got != tt.want {
			t.Errorf("Reversed(%q) = %q; want %q", tt.s, got, tt.want)
		}
	}
}

func TestHasLongToken(t *testing.T) {
	for s, want := range map[string]bool{
		"": false, "short words only, and some longer ones: extraordinary": false,
		"key: H73jOoj3OzEJ1IETmoJqE16aMeLOEM6xiILp_phg": true, "0123456789abcdef": true, "0123456789abcde f": false,
	} {
		if got := HasLongToken(s); got != want {
			t.Errorf("HasLongToken(%q) = %v; want %v", s, got, want)
		}
	}
}

func TestUnspaced(t *testing.T) {
	tests := []struct{ name, s, want string }{
		{"blanks between characters", "key is A K I A 2 E 3 Q Z T 7 H L M 4 N P 9 X thanks", "key is AKIA2E3QZT7HLM4NP9X thanks"},
		{"dashes between characters", "g-h-p-_-a-B-3-d-E-f-6-h-I-j-8-k-L-m", "ghp_aB3dEf6hIj8kLm"},
		{"groups of four", "token=AKIA 2E3Q ZT7H LM4N P9XW", "token=AKIA2E3QZT7HLM4NP9XW"},
		{"short last group", "glpat-Ab3d Ef6h Ij8k Mn4p Lm", "glpat-Ab3dEf6hIj8kMn4pLm"},
		{"groups, then words of their length", "AKIA 2E3Q ZT7H LM4N P9XW then more text", "AKIA2E3QZT7HLM4NP9XW then more text"},
		{"a lowercase group", "ab3d ef9h ijkl mn0p qrst", "ab3def9hijklmn0pqrst"},
		{"words of one length", "this what when they were also", ""},
		{"short last group, then words", "AKIA 2E3Q ZT7H LM4N P9XW and then", "AKIA2E3QZT7HLM4NP9XW and then"},
		{"spaced dashes", "s k - l i v e", ""},
		{"separator of three bytes", "AKIA - 2E3Q - ZT7H - LM4N - P9XW", "AKIA2E3QZT7HLM4NP9XW"},
		{"prose", "The quick brown fox jumps over the lazy dog and runs away.", ""},
		{"too few single characters", "a b c d e f g h", ""},
		{"too short", "ab cd ef gh", ""},
		{"mixed separators", "AKIA 2E3Q-ZT7H LM4N-P9XW", ""},
		{"uuid", "550e8400-e29b-41d4-a716-446655440000", ""},
		{"date and time", "2024-01-02 10:11:12", ""},
		{"two runs", "AAAA BBBB CCCC DDDD and x.y.z.w.1.2.3.4.5.6.7.8.9.0.a.b", "AAAABBBBCCCCDDDD and xyzw1234567890ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Unspaced(tt.s)
			if ok != (tt.want != "") || got != tt.want {
				t.Errorf("Unspaced(%q) = %q, %v; want %q", tt.s, got, ok, tt.want)
			}
		})
	}
}

// FuzzUndo checks that Reversed turned twice gives back the text and keeps
// UTF-8 valid, and that Unspaced only ever removes separator bytes.
func FuzzUndo(f *testing.F) {
	for _, s := range []string{"key: 9tK3xQ2mB7vL1pZ4_phg", "A K I A 2 E 3 Q Z T 7 H L M 4 N P 9 X", "AKIA - 2E3Q - ZT7H - LM4N", "ünïcödé-wörds-rëvërsëd\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Reversed(s)
		if len(r) != len(s) {
			t.Fatalf("Reversed(%q) = %q: length changed", s, r)
		}
		if utf8.ValidString(s) && (Reversed(r) != s || !utf8.ValidString(r)) {
			t.Fatalf("Reversed(%q) = %q, turned back %q", s, r, Reversed(r))
		}
		u, ok := Unspaced(s)
		if !ok {
			return
		}
		if len(u) >= len(s) {
			t.Fatalf("Unspaced(%q) = %q removed nothing", s, u)
		}
		// u is s with some separator bytes removed
		j := 0
		for i := 0; i < len(s); i++ {
			if j < len(u) && s[i] == u[j] {
				j++
			} else if !strings.ContainsRune(" \t-.,:;|/*", rune(s[i])) {
				t.Fatalf("Unspaced(%q) = %q dropped %q", s, u, s[i])
			}
		}
		if j != len(u) {
			t.Fatalf("Unspaced(%q) = %q is not a subsequence", s, u)
		}
	})
}
