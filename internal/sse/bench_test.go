package sse

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// benchMessage returns a JSON-RPC response of about size bytes.
func benchMessage(size int) []byte {
	const head = `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"`
	const tail = `"}]}}`
	return []byte(head + strings.Repeat("x", max(0, size-len(head)-len(tail))) + tail)
}

// loopReader replays the same bytes forever, like a long-lived stream.
type loopReader struct {
	data []byte
	off  int
}

func (l *loopReader) Read(p []byte) (int, error) {
	n := copy(p, l.data[l.off:])
	l.off = (l.off + n) % len(l.data)
	return n, nil
}

func BenchmarkReader(b *testing.B) {
	for _, size := range []int{1 << 10, 4 << 10, 256 << 10} {
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			var stream bytes.Buffer
			w := NewWriter(&stream)
			for i := range 16 {
				if err := w.WriteEvent(Event{ID: fmt.Sprintf("0_%d", i), HasID: true, Name: "message", Data: benchMessage(size)}); err != nil {
					b.Fatal(err)
				}
			}
			r := NewReader(&loopReader{data: stream.Bytes()}, 0)
			b.SetBytes(int64(stream.Len() / 16))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.Next(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWriter(b *testing.B) {
	for _, size := range []int{1 << 10, 4 << 10, 256 << 10} {
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			e := Event{ID: "0_1", HasID: true, Data: benchMessage(size)}
			w := NewWriter(io.Discard)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := w.WriteEvent(e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
