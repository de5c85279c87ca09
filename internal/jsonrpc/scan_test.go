package jsonrpc

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// checkScan compares the string scanner Parse uses (the vector one where the
// CPU has it) with the reference, strSWAR, on the string at data[i], and
// checks what they accept against encoding/json. The vector scanner must
// accept exactly the strings the reference accepts.
func checkScan(t *testing.T, data []byte, i int) {
	t.Helper()
	v := validator{data: data}
	end, esc, err := v.str(i)
	wantEnd, wantEsc, wantErr := strSWAR(data, i, i+1)
	if _, _, ok := scanVector(data, i+1); haveVector && ok != (wantErr == nil) {
		t.Fatalf("scanVector(%q, %d): ok %v; reference says error %v", data, i+1, ok, wantErr)
	}
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("str(%q, %d): error %v; reference says %v", data, i, err, wantErr)
	}
	if end != wantEnd {
		t.Fatalf("str(%q, %d) = %d; reference says %d (error %v)", data, i, end, wantEnd, err)
	}
	if err != nil {
		return
	}
	if esc != wantEsc {
		t.Fatalf("str(%q, %d): escaped %v; reference says %v", data, i, esc, wantEsc)
	}
	if lit := data[i:end]; !json.Valid(lit) {
		t.Fatalf("str(%q, %d) accepts %q, which encoding/json rejects", data, i, lit)
	}
}

func TestScanString(t *testing.T) {
	pad := func(n int) string { return strings.Repeat("x", n) }
	tests := []struct {
		name string
		in   string // starts with the opening quote
		ok   bool
	}{
		{"empty", `""`, true},
		{"short", `"abc"`, true},
		{"unterminated short", `"abc`, false},
		{"unterminated long", `"` + pad(200), false},
		{"unterminated at block end", `"` + pad(64), false},
		{"ends at block end", `"` + pad(63) + `"`, true},
		{"ends past block end", `"` + pad(64) + `"`, true},
		{"escaped quote", `"a\"b"`, true},
		{"escaped quote at block end", `"` + pad(62) + `\"` + pad(5) + `"`, true},
		{"backslash last of block", `"` + pad(63) + `\"` + `"`, true},
		{"backslash last of block, bad letter", `"` + pad(63) + `\x"`, false},
		{"bad letter after block, clean block next", `"` + pad(63) + `\x` + pad(140) + `"`, false},
		{"bad letter after block, letter a block later", `"` + pad(63) + `\x` + pad(63) + `n\"x"`, false},
		{"letter after block, clean block next", `"` + pad(63) + `\n` + pad(140) + `"`, true},
		{"backslash pair across blocks", `"` + pad(63) + `\\"`, true},
		{"backslash run across blocks", `"` + pad(60) + `\\\\\\\"x"`, true},
		{"odd run closes late", `"` + pad(60) + `\\\\\\\\\"`, false},
		{"escaped backslash then quote", `"` + pad(40) + `\\"`, true},
		{"unicode escape", `"` + pad(30) + `\u00e9\uABCD"`, true},
		{"unicode escape across blocks", `"` + pad(61) + `\u00e9"`, true},
		{"unicode escape bad hex across blocks", `"` + pad(61) + `\u00g9"`, false},
		{"unicode escape cut by quote", `"` + pad(30) + `\u00"`, false},
		{"unicode escape at the end", `"` + pad(30) + `\u00e`, false},
		{"unicode escape of a quote", `"` + pad(30) + `\u0022"`, true},
		{"all letters", `"` + pad(20) + `\"\\\/\b\f\n\r\t\u0000"`, true},
		{"bad letter", `"` + pad(20) + `\a"`, false},
		{"escaped control", "\"" + pad(20) + "\\\x01\"", false},
		{"raw control", "\"" + pad(20) + "\x1f\"", false},
		{"raw tab", "\"" + pad(20) + "\t\"", false},
		{"raw del and high bytes", "\"" + pad(20) + "\x7f\x80\xff\xc3\xa9\"", true},
		{"high byte escaped", "\"" + pad(20) + "\\\xe2\"", false},
		{"trailing backslash", `"` + pad(70) + `\`, false},
		{"long escapes", `"` + strings.Repeat(`{\"id\":1,\"s\":\"a\\nb\"},`, 30) + `"`, true},
	}
	// Each case also runs with plain bytes put in front of its content, so
	// that its bytes of interest meet every block boundary.
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tails := []string{"", " \x01", strings.Repeat(" ", 70)}
			if tt.ok {
				tails = append(tails, `,"next":"\"x"}`)
			}
			for shift := range 81 {
				in := `"` + pad(shift) + tt.in[1:]
				for _, tail := range tails {
					data := []byte(in + tail)
					v := validator{data: data}
					end, _, err := v.str(0)
					if (err == nil) != tt.ok {
						t.Fatalf("str(%q): end %d, error %v; want ok %v", data, end, err, tt.ok)
					}
					if tt.ok && end != len(in) {
						t.Fatalf("str(%q) = %d; want %d", data, end, len(in))
					}
					checkScan(t, data, 0)
				}
			}
		})
	}
}

// scanPieces are the pieces shapeString builds strings of: escapes, bytes
// that need attention, and runs of plain bytes that move the rest across
// block boundaries.
var scanPieces = []string{
	`\"`, `\\`, `\`, `"`, `\u`, `\u00e9`, `\uD83D`, `\u12`, `00`, `aF`, `g`,
	`\n`, `\/`, `\b`, `\t`, `\x`, "\x00", "\x01", "\x1f", " ", "\x7f", "\x80",
	"\xc3\xa9", "\xff", "/", "u", "\\\x1f", "\\\x80",
	"a", "ab", "abc", "abcd", "abcdefg", strings.Repeat("p", 15),
	strings.Repeat("q", 31), strings.Repeat("r", 32), strings.Repeat("s", 63),
	strings.Repeat("t", 64), strings.Repeat("v", 65),
}

// shapeString maps each byte of in to one of scanPieces.
func shapeString(in []byte) []byte {
	out := []byte{'"'}
	for _, b := range in {
		out = append(out, scanPieces[int(b)%len(scanPieces)]...)
	}
	return out
}

// checkScanAll checks the string at every quote of data (the first eight).
func checkScanAll(t *testing.T, data []byte) {
	t.Helper()
	for i, n := 0, 0; i < len(data) && n < 8; i++ {
		if data[i] == '"' {
			checkScan(t, data, i)
			n++
		}
	}
}

func TestScanStringRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	in := make([]byte, 0, 64)
	for range 5000 {
		in = in[:r.IntN(cap(in))]
		for k := range in {
			in[k] = byte(r.Uint32())
		}
		checkScanAll(t, shapeString(in))
	}
}

// FuzzScanString compares the vector string scanner with the word-at-a-time
// one, on the fuzzer's bytes as they are and shaped into strings rich in
// escapes (shapeString).
func FuzzScanString(f *testing.F) {
	for _, s := range []string{
		`"abc"`,
		`"` + strings.Repeat("x", 62) + `\"\u00e9"`,
		"\"" + strings.Repeat("x", 63) + "\\\\\"\x01",
	} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte{3, 40, 0, 38, 5, 1, 38, 10, 3}, true)
	f.Fuzz(func(t *testing.T, in []byte, shape bool) {
		if shape {
			in = shapeString(in)
		}
		checkScanAll(t, in)
		checkScanAll(t, append([]byte{'"'}, bytes.TrimPrefix(in, []byte{'"'})...))
	})
}
