package jsonrpc

import (
	"strings"
	"testing"
)

// skipStringByte is skipString a byte at a time, the reference.
func skipStringByte(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '"':
			return j + 1
		case '\\':
			j++
		}
	}
	return len(data)
}

var skipCases = []string{
	`""`, `"abc"`, `"a\"b"`, `"\\"`, `"\\\""`, `"a\\\\"x`, `"\n\t\u0041"`, `"unterminated`, `"ends in \"`,
	`"` + strings.Repeat(`text \" and \\ `, 40) + `"` + `,"next":"x"`, `"` + strings.Repeat("a", 300) + `\"` + `"`,
}

func TestSkipString(t *testing.T) {
	for _, s := range skipCases {
		checkSkip(t, s)
	}
}

func checkSkip(t *testing.T, s string) {
	t.Helper()
	if got, want := skipString([]byte(s), 0), skipStringByte([]byte(s), 0); got != want {
		t.Fatalf("skipString(%q) = %d; want %d", s, got, want)
	}
}

func FuzzSkipString(f *testing.F) {
	for _, s := range skipCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.HasSuffix(s, `\`) {
			return // a string cut inside an escape: not valid JSON
		}
		checkSkip(t, `"`+s)
	})
}

func TestArray(t *testing.T) {
	for _, tc := range []struct {
		parts [][]byte
		want  string
	}{
		{nil, "[]"},
		{[][]byte{[]byte(`1`)}, "[1]"},
		{[][]byte{[]byte(`{"a":1}`), []byte(`"x"`), []byte(`null`)}, `[{"a":1},"x",null]`},
	} {
		if got := string(Array(tc.parts)); got != tc.want {
			t.Errorf("Array(%q) = %s, want %s", tc.parts, got, tc.want)
		}
	}
}
