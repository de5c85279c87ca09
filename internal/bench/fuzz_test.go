package bench

import (
	"bufio"
	"bytes"
	"strconv"
	"testing"
)

func FuzzParseResponse(f *testing.F) {
	for _, s := range []string{
		`{"jsonrpc":"2.0","id":42,"result":{"x":1}}`,
		`{"jsonrpc":"2.0","id":42,"result"`,
		`{"jsonrpc":"2.0","id":,"result":{}}`,
		`{"result":{},"id":7,"jsonrpc":"2.0"}`,
		`{"jsonrpc":"2.0","id":3,"error":{"code":-1,"message":"m"}}`,
		`{"jsonrpc":"2.0","method":"x"}`,
		`{"jsonrpc":"2.0","id":99999999999999999999,"result":{}}`,
		``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		id, err := parseResponse(b)
		if err == nil && !bytes.Contains(b, []byte(strconv.FormatInt(id, 10))) {
			t.Errorf("id %d is not in %q", id, b)
		}
	})
}

func FuzzReadLine(f *testing.F) {
	f.Add([]byte("a\nbb\r\n\nccc"), 16)
	f.Add(bytes.Repeat([]byte("x"), 100), 16)
	f.Fuzz(func(t *testing.T, in []byte, size int) {
		br := bufio.NewReaderSize(bytes.NewReader(in), min(max(size, 16), 4096))
		var scratch, got []byte
		for {
			line, err := readLine(br, &scratch)
			if err != nil {
				break
			}
			got = append(append(got, line...), '\n')
		}
		want := bytes.Clone(in)
		if len(want) > 0 && want[len(want)-1] != '\n' {
			want = append(want, '\n') // a last line without a newline still counts
		}
		want = bytes.ReplaceAll(want, []byte("\r\n"), []byte("\n"))
		if !bytes.Equal(got, want) {
			t.Errorf("got %q; want %q", got, want)
		}
	})
}
