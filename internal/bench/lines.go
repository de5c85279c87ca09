package bench

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// maxLine bounds one newline-delimited message, on both sides of a stdio pipe.
const maxLine = maxResultSize + 1<<20

// readLine returns the next newline-delimited message without its line ending. The slice is
// valid until the next call. Messages longer than br's buffer are gathered in *scratch, which
// keeps its capacity across calls. A last message without a newline is returned before
// io.EOF.
func readLine(br *bufio.Reader, scratch *[]byte) ([]byte, error) {
	line, err := br.ReadSlice('\n')
	switch {
	case err == nil:
		return trimEOL(line), nil
	case errors.Is(err, io.EOF) && len(line) > 0:
		return trimEOL(line), nil
	case !errors.Is(err, bufio.ErrBufferFull):
		return nil, err
	}
	buf := append((*scratch)[:0], line...)
	for errors.Is(err, bufio.ErrBufferFull) {
		if len(buf) > maxLine {
			return nil, fmt.Errorf("a message longer than %d bytes", maxLine)
		}
		line, err = br.ReadSlice('\n')
		buf = append(buf, line...)
	}
	*scratch = buf
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return trimEOL(buf), nil
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}
