package bench

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// serveStdio answers newline-delimited messages from r on w until r ends. Responses are
// written in order; the writer is flushed whenever no more input is already buffered, so a
// burst of concurrent requests costs few writes.
func serveStdio(srv *server, r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	var scratch, out []byte
	for {
		line, err := readLine(br, &scratch)
		if errors.Is(err, io.EOF) {
			return bw.Flush()
		}
		if err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var kind msgKind
		out, kind, _ = srv.handle(out[:0], line)
		if kind == kindRequest || kind == kindInvalid {
			out = append(out, '\n')
			if _, err := bw.Write(out); err != nil {
				return fmt.Errorf("writing stdout: %w", err)
			}
		}
		if br.Buffered() == 0 {
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("writing stdout: %w", err)
			}
		}
	}
}
