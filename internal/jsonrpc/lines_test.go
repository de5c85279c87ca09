package jsonrpc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
)

// lineTooLargeMark stands for an ErrMessageTooLarge in the tables' results.
const lineTooLargeMark = "<too large>"

// readLines reads every line of lr up to EOF, copying them.
func readLines(t testing.TB, lr *LineReader) []string {
	t.Helper()
	var out []string
	for i := 0; ; i++ {
		if i > 1<<20 {
			t.Fatal("no EOF")
		}
		line, err := lr.Next()
		if err == io.EOF {
			return out
		}
		if errors.Is(err, ErrMessageTooLarge) {
			out = append(out, lineTooLargeMark)
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, string(line))
	}
}

var lineChunkings = []struct {
	name string
	wrap func(io.Reader) io.Reader
}{
	{"whole", func(r io.Reader) io.Reader { return r }},
	{"byte by byte", iotest.OneByteReader},
	{"half", iotest.HalfReader},
	{"data with EOF", iotest.DataErrReader},
}

func TestLineReader(t *testing.T) {
	big := strings.Repeat("b", 200<<10) // beyond bufio.Scanner's 64 KiB
	tests := []struct {
		name string
		in   string
		max  int
		want []string
	}{
		{name: "empty", in: "", want: nil},
		{name: "one", in: "{}\n", want: []string{"{}"}},
		{name: "several", in: "{\"a\":1}\n{\"b\":2}\n", want: []string{`{"a":1}`, `{"b":2}`}},
		{name: "CRLF", in: "a\r\nb\r\n", want: []string{"a", "b"}},
		{name: "only one CR dropped", in: "a\r\r\n", want: []string{"a\r"}},
		{name: "CR inside kept", in: "a\rb\n", want: []string{"a\rb"}},
		{name: "no final newline", in: "a\nb", want: []string{"a", "b"}},
		{name: "final CR without newline", in: "a\r", want: []string{"a"}},
		{name: "blank lines skipped", in: "\n\n \t\r\n\r\na\n \n\nb\n\n", want: []string{"a", "b"}},
		{name: "spaces kept", in: "  {} \n", want: []string{"  {} "}},
		{name: "whitespace at EOF", in: "a\n  \t", want: []string{"a"}},
		{name: "other control bytes are content", in: "\f\n\x00\n", want: []string{"\f", "\x00"}},
		{name: "large line", in: big + "\n" + big + "\r\nx\n", want: []string{big, big, "x"}},
		{name: "at the limit", in: "12345\n12345\r\n", max: 5, want: []string{"12345", "12345"}},
		{name: "one over the limit", in: "123456\nok\n", max: 5, want: []string{lineTooLargeMark, "ok"}},
		{name: "one over with CRLF", in: "123456\r\nok\n", max: 5, want: []string{lineTooLargeMark, "ok"}},
		{name: "far over the limit", in: "a\n" + big + "\nok\n", max: 10, want: []string{"a", lineTooLargeMark, "ok"}},
		{name: "several too large", in: big + "\n" + big + "\n" + big, max: 1000, want: []string{lineTooLargeMark, lineTooLargeMark, lineTooLargeMark}},
		{name: "too large at EOF", in: "ok\n" + big, max: 10, want: []string{"ok", lineTooLargeMark}},
		{name: "long blank line is too large", in: strings.Repeat(" ", 20) + "\nok\n", max: 10, want: []string{lineTooLargeMark, "ok"}},
	}
	for _, tt := range tests {
		for _, c := range lineChunkings {
			t.Run(tt.name+"/"+c.name, func(t *testing.T) {
				got := readLines(t, NewLineReader(c.wrap(strings.NewReader(tt.in)), tt.max))
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("got %.200q\nwant %.200q", got, tt.want)
				}
			})
		}
	}
}

func TestLineReaderTooLargeError(t *testing.T) {
	head := `{"jsonrpc":"2.0","id":42,"method":"tools/call","params":{"x":"`
	in := head + strings.Repeat("x", 100<<10) + "\"}}\n{\"jsonrpc\":\"2.0\",\"id\":43}\n"
	lr := NewLineReader(strings.NewReader(in), 64<<10)
	_, err := lr.Next()
	var tl *LineTooLargeError
	if !errors.As(err, &tl) || !errors.Is(err, ErrMessageTooLarge) {
		t.Fatalf("error %v; want a *LineTooLargeError matching ErrMessageTooLarge", err)
	}
	if tl.Limit != 64<<10 || !strings.HasPrefix(string(tl.Head), head) || len(tl.Head) != lineHeadBytes {
		t.Errorf("got Limit %d, Head %.80q (%d bytes)", tl.Limit, tl.Head, len(tl.Head))
	}
	line, err := lr.Next()
	if err != nil || string(line) != `{"jsonrpc":"2.0","id":43}` {
		t.Errorf("after the error: Next = %q, %v", line, err)
	}
}

func TestLineReaderReadError(t *testing.T) {
	boom := errors.New("boom")
	lr := NewLineReader(io.MultiReader(strings.NewReader("a\npartial"), iotest.ErrReader(boom)), 0)
	if line, err := lr.Next(); err != nil || string(line) != "a" {
		t.Fatalf("Next = %q, %v; want a", line, err)
	}
	for range 2 {
		if line, err := lr.Next(); !errors.Is(err, boom) {
			t.Fatalf("Next = %q, %v; want error %v", line, err, boom)
		}
	}
	lr = NewLineReader(lineZeroReader{}, 0)
	if _, err := lr.Next(); !errors.Is(err, io.ErrNoProgress) {
		t.Fatalf("Next error %v; want io.ErrNoProgress", err)
	}
}

type lineZeroReader struct{}

func (lineZeroReader) Read([]byte) (int, error) { return 0, nil }

// TestLineReaderMemoryFlat checks that the buffer shrinks back after one
// large message, and that an oversized line is never held whole.
func TestLineReaderMemoryFlat(t *testing.T) {
	var in bytes.Buffer
	in.WriteString(strings.Repeat("x", 8<<20) + "\n")
	for range 3 * lineShrinkWindow {
		in.WriteString(`{"jsonrpc":"2.0","id":1,"result":{}}` + "\n")
	}
	lr := NewLineReader(&in, 0)
	var peak int
	for {
		_, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		peak = max(peak, len(lr.buf))
	}
	if peak < 8<<20 {
		t.Fatalf("peak buffer %d; the large line should have needed 8 MiB", peak)
	}
	if len(lr.buf) > 64<<10 {
		t.Errorf("after small lines the buffer is %d bytes; want <= 64 KiB", len(lr.buf))
	}

	lr = NewLineReader(strings.NewReader(strings.Repeat("y", 4<<20)+"\nok\n"), 100<<10)
	if got := readLines(t, lr); !reflect.DeepEqual(got, []string{lineTooLargeMark, "ok"}) {
		t.Fatalf("got %.100q", got)
	}
	if len(lr.buf) > 256<<10 {
		t.Errorf("buffer grew to %d bytes for a limit of 100 KiB", len(lr.buf))
	}
}

func TestLineReaderAllocs(t *testing.T) {
	const n = 100
	msg := `{"jsonrpc":"2.0","id":1,"result":{}}` + "\n"
	lr := NewLineReader(strings.NewReader(strings.Repeat(msg, n+1)), 0)
	if _, err := lr.Next(); err != nil {
		t.Fatal(err)
	}
	if allocs := testing.AllocsPerRun(n-1, func() {
		if _, err := lr.Next(); err != nil {
			t.Fatal(err)
		}
	}); allocs > 0 {
		t.Errorf("%v allocations per line; want 0", allocs)
	}
}

func TestLineWriter(t *testing.T) {
	big := strings.Repeat("z", lineDirect)
	tests := []struct{ msg, want string }{
		{`{"a":1}`, "{\"a\":1}\n"},
		{"", "\n"},
		{"{\n  \"a\": 1\n}\n", "{   \"a\": 1 } \n"},
		{"a\r\nb", "a\r b\n"},
		{big, big + "\n"},
		{big + "\n" + big, big + " " + big + "\n"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%.20q", tt.msg), func(t *testing.T) {
			var b bytes.Buffer
			if err := NewLineWriter(&b).WriteLine([]byte(tt.msg)); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("wrote %.80q; want %.80q", b.String(), tt.want)
			}
		})
	}
}

func TestLineWriterFlush(t *testing.T) {
	var b bytes.Buffer
	lw := NewLineWriter(bufio.NewWriter(&b))
	if err := lw.WriteLine([]byte("x")); err != nil {
		t.Fatal(err)
	}
	if b.String() != "x\n" {
		t.Errorf("underlying writer holds %q after WriteLine; want it flushed", b.String())
	}
	boom := errors.New("boom")
	if err := NewLineWriter(lineErrWriter{boom}).WriteLine([]byte("x")); !errors.Is(err, boom) {
		t.Errorf("WriteLine error %v; want %v", err, boom)
	}
}

type lineErrWriter struct{ err error }

func (w lineErrWriter) Write([]byte) (int, error) { return 0, w.err }

// TestLineWriterConcurrent checks that lines written from several
// goroutines never interleave, small and large alike.
func TestLineWriterConcurrent(t *testing.T) {
	var b bytes.Buffer
	lw := NewLineWriter(&b)
	const goroutines, each = 8, 40
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			msg := []byte(strings.Repeat(string(rune('a'+g)), 10+g*lineDirect/4))
			for range each {
				if err := lw.WriteLine(msg); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	got := readLines(t, NewLineReader(&b, 0))
	if len(got) != goroutines*each {
		t.Fatalf("read %d lines; want %d", len(got), goroutines*each)
	}
	for _, line := range got {
		if strings.Count(line, line[:1]) != len(line) || len(line) != 10+int(line[0]-'a')*lineDirect/4 {
			t.Fatalf("interleaved line %.100q", line)
		}
	}
}

// refLines is the LineReader's contract spelled out plainly, against which
// FuzzLineReader checks it.
func refLines(in []byte, max int) []string {
	var out []string
	pieces := bytes.Split(in, []byte("\n"))
	for i, p := range pieces {
		if i == len(pieces)-1 && len(p) == 0 {
			break
		}
		p = bytes.TrimSuffix(p, []byte("\r"))
		switch {
		case len(p) > max:
			out = append(out, lineTooLargeMark)
		case len(bytes.Trim(p, " \t\r")) > 0:
			out = append(out, string(p))
		}
	}
	return out
}

func FuzzLineReader(f *testing.F) {
	for _, s := range []string{
		"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\n",
		"a\r\n\r\n \t\nb",
		"0123456789abcdef\nok\r\n0123456789abcdef",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, max := range []int{3, 16, len(in) + 1} {
			want := refLines(in, max)
			for _, c := range lineChunkings {
				got := readLines(t, NewLineReader(c.wrap(bytes.NewReader(in)), max))
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("max %d, %s: input %q\ngot  %q\nwant %q", max, c.name, in, got, want)
				}
			}
		}
		// Round trip: every line, written by a LineWriter, reads back as
		// itself, newlines turned to spaces and a final CR dropped.
		var b bytes.Buffer
		lw := NewLineWriter(&b)
		var want []string
		for _, msg := range bytes.Split(in, []byte{0}) {
			if err := lw.WriteLine(msg); err != nil {
				t.Fatal(err)
			}
			m := bytes.TrimSuffix(bytes.ReplaceAll(msg, []byte("\n"), []byte(" ")), []byte("\r"))
			if len(bytes.Trim(m, " \t\r")) > 0 {
				want = append(want, string(m))
			}
		}
		if got := readLines(t, NewLineReader(&b, 0)); !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip of %q\ngot  %q\nwant %q", in, got, want)
		}
	})
}

// benchLine returns a JSON-RPC response of about size bytes.
func benchLine(size int) []byte {
	const head = `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"`
	const tail = `"}]}}`
	return []byte(head + strings.Repeat("x", max(0, size-len(head)-len(tail))) + tail + "\n")
}

// lineLoopReader replays the same bytes forever, like a long-lived pipe.
type lineLoopReader struct {
	data []byte
	off  int
}

func (l *lineLoopReader) Read(p []byte) (int, error) {
	n := copy(p, l.data[l.off:])
	l.off = (l.off + n) % len(l.data)
	return n, nil
}

func BenchmarkLineReader(b *testing.B) {
	for _, size := range []int{1 << 10, 4 << 10, 256 << 10} {
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			line := benchLine(size)
			lr := NewLineReader(&lineLoopReader{data: line}, 0)
			b.SetBytes(int64(len(line)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := lr.Next(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLineWriter(b *testing.B) {
	for _, size := range []int{1 << 10, 4 << 10, 256 << 10} {
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			msg := bytes.TrimSuffix(benchLine(size), []byte("\n"))
			lw := NewLineWriter(io.Discard)
			b.SetBytes(int64(len(msg) + 1))
			b.ReportAllocs()
			for b.Loop() {
				if err := lw.WriteLine(msg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// countingWriter counts Write calls.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

func TestLineWriterLater(t *testing.T) {
	var w countingWriter
	lw := NewLineWriter(&w)
	lw.WriteLineLater([]byte(`{"a":1}`))
	lw.WriteLineLater([]byte("{\"b\":\n2}"))
	if w.writes != 0 {
		t.Fatalf("queued lines were written early: %d writes", w.writes)
	}
	big := bytes.Repeat([]byte("x"), lineDirect+10)
	lw.WriteLine(big) // writes the queue first, in order
	lw.WriteLineLater([]byte(`{"c":3}`))
	lw.Flush()
	lw.Flush() // nothing left: no write
	want := "{\"a\":1}\n{\"b\": 2}\n" + string(big) + "\n{\"c\":3}\n"
	if w.String() != want {
		t.Errorf("wrote %q...; want %q...", w.String()[:40], want[:40])
	}
	if w.writes != 4 { // queue, big, its newline, last queue
		t.Errorf("%d writes; want 4", w.writes)
	}
}
