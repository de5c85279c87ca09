package jsonrpc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
)

// Newline-delimited framing, as MCP's stdio transport carries messages: one
// JSON-RPC message per line, lines ending in "\n" (a "\r" before it is
// dropped too), no size limit in the protocol. The limit here is ours.

// DefaultMaxMessageBytes is the line limit used when NewLineReader is given
// zero or less: large enough for any sane tool result, small enough that a
// runaway peer cannot exhaust memory.
const DefaultMaxMessageBytes = 16 << 20

// ErrMessageTooLarge is matched (errors.Is) by the error LineReader.Next
// returns for a line longer than its limit.
var ErrMessageTooLarge = errors.New("jsonrpc: message too large")

// LineReader buffer sizes. The buffer starts at lineInitBuf, doubles while
// a line needs it (up to the limit), and is shrunk back once the lines of a
// whole window have stayed well below its size, so one 16 MiB message does
// not pin 16 MiB for the life of the session.
const (
	lineInitBuf      = 16 << 10
	lineShrinkWindow = 16 // lines between two looks at the buffer size
	lineMaxEmptyRead = 100
	lineHeadBytes    = 1 << 10 // bytes of an oversized line kept in its error
)

// LineTooLargeError is the error for a line longer than the limit. It
// matches ErrMessageTooLarge.
type LineTooLargeError struct {
	// Limit is the reader's limit in bytes.
	Limit int
	// Head is a copy of the first bytes of the line (up to 1 KiB), from
	// which a caller may try to recover the message's id to answer it.
	Head []byte
}

func (e *LineTooLargeError) Error() string {
	return fmt.Sprintf("jsonrpc: message larger than %d bytes", e.Limit)
}

// Is makes errors.Is(err, ErrMessageTooLarge) hold.
func (e *LineTooLargeError) Is(target error) bool { return target == ErrMessageTooLarge }

// A LineReader reads newline-delimited messages.
//
// A LineReader is not safe for concurrent use. Next blocks in the underlying
// reader's Read; to stop it, close that reader (the pipe).
type LineReader struct {
	rd  io.Reader
	max int
	err error // sticky error from rd

	buf     []byte
	r, w    int  // unread bytes are buf[r:w]
	scan    int  // buf[r:scan] holds no '\n'
	discard bool // dropping the rest of an oversized line

	lines int // lines since the last shrink check
	hi    int // peak buffer use since then
}

// NewLineReader returns a LineReader that reads from r and accepts lines of
// up to maxBytes bytes, not counting the line ending; zero or less means
// [DefaultMaxMessageBytes].
func NewLineReader(r io.Reader, maxBytes int) *LineReader {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxMessageBytes
	}
	return &LineReader{rd: r, max: maxBytes}
}

// Next returns the next line that holds anything but JSON whitespace (space,
// tab, CR), without its "\n" and without a "\r" before it. A last line that
// the stream ends without a "\n" is returned too. At the end of the stream
// Next returns io.EOF.
//
// The returned slice aliases the LineReader's buffer: it is valid only until
// the next call to Next. Copy it to keep it longer.
//
// A line longer than the limit yields a *LineTooLargeError (matching
// ErrMessageTooLarge) as soon as it is seen; the next call skips the rest of
// that line, holding none of it, and goes on with the line after. Any other
// read error is returned, wrapped, by this and every later call.
func (l *LineReader) Next() ([]byte, error) {
	l.maybeShrink()
	for {
		if l.discard && !l.skipRest() {
			return nil, l.readErr()
		}
		seg := l.buf[l.scan:l.w]
		i := bytes.IndexByte(seg, '\n')
		if i < 0 && l.err == nil {
			l.scan = l.w
			if l.w-l.r > l.max+1 { // +1: the line may end in "\r\n"
				return nil, l.tooLarge()
			}
			l.fill()
			continue
		}
		var line []byte
		switch {
		case i >= 0:
			line = l.buf[l.r : l.scan+i]
			l.r = l.scan + i + 1
		case l.err == io.EOF: // last line, without "\n"
			line = l.buf[l.r:l.w]
			l.r = l.w
		default: // a read failed: drop the partial line
			l.r = l.w
			return nil, l.readErr()
		}
		l.scan = l.r
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		if len(line) > l.max {
			return nil, l.tooLargeLine(line)
		}
		if isBlank(line) {
			if i < 0 {
				return nil, l.readErr()
			}
			continue
		}
		l.lines++
		return line, nil
	}
}

// Buffered reports whether a whole line is already buffered, so the next
// call to Next will not block on the underlying reader.
func (l *LineReader) Buffered() bool {
	return !l.discard && bytes.IndexByte(l.buf[l.scan:l.w], '\n') >= 0
}

func (l *LineReader) readErr() error {
	if l.err == io.EOF {
		return io.EOF
	}
	return fmt.Errorf("jsonrpc: reading messages: %w", l.err)
}

// tooLarge reports the pending, unterminated line as too large and drops
// what is buffered of it.
func (l *LineReader) tooLarge() error {
	err := l.tooLargeLine(l.buf[l.r:l.w])
	l.r, l.scan, l.discard = l.w, l.w, true
	return err
}

func (l *LineReader) tooLargeLine(line []byte) error {
	l.lines++
	return &LineTooLargeError{Limit: l.max, Head: bytes.Clone(line[:min(len(line), lineHeadBytes)])}
}

// skipRest drops bytes up to and including the next '\n'. It reports false
// if the stream ended (or failed) first.
func (l *LineReader) skipRest() bool {
	for {
		if i := bytes.IndexByte(l.buf[l.r:l.w], '\n'); i >= 0 {
			l.r += i + 1
			l.scan = l.r
			l.discard = false
			return true
		}
		l.r, l.scan = l.w, l.w
		if l.err != nil {
			return false
		}
		l.fill()
	}
}

// isBlank reports whether line holds only JSON whitespace.
func isBlank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// fill reads more bytes into buf. When less than a quarter of buf is free, it
// first moves the unread bytes to its start, and grows it if that did not
// free enough (up to the limit). It records a read error in l.err.
func (l *LineReader) fill() {
	if lineLowSpace(len(l.buf), l.w) {
		if l.r > 0 {
			n := copy(l.buf, l.buf[l.r:l.w])
			l.scan -= l.r
			l.r, l.w = 0, n
		}
		if lineLowSpace(len(l.buf), l.w) && len(l.buf) <= l.max+1 {
			nb := make([]byte, max(lineInitBuf, min(2*len(l.buf), l.max+2)))
			copy(nb, l.buf[:l.w])
			l.buf = nb
		}
	}
	for range lineMaxEmptyRead {
		n, err := l.rd.Read(l.buf[l.w:])
		if n < 0 || n > len(l.buf)-l.w {
			l.err = errors.New("jsonrpc: reader returned an invalid count")
			return
		}
		l.w += n
		l.hi = max(l.hi, l.w)
		if err != nil {
			l.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	l.err = io.ErrNoProgress
}

// lineLowSpace reports whether less than a quarter of a buffer of size
// bytes, w of them used, is free.
func lineLowSpace(size, w int) bool { return size-w <= size/4 }

// maybeShrink replaces buf by a smaller one when every line of the last
// window would have fitted in a quarter of it.
func (l *LineReader) maybeShrink() {
	if l.lines < lineShrinkWindow {
		return
	}
	want := lineInitBuf
	for want < 2*l.hi || want < l.w-l.r {
		want *= 2
	}
	if len(l.buf) > 4*want {
		nb := make([]byte, want)
		n := copy(nb, l.buf[l.r:l.w])
		l.buf, l.scan, l.r, l.w = nb, l.scan-l.r, 0, n
	}
	l.lines, l.hi = 0, 0
}

// LineWriter writes newline-delimited messages.
//
// A LineWriter is safe for concurrent use: each message goes out whole,
// followed by its "\n", under a mutex, so several goroutines can share one
// stdout.
type LineWriter struct {
	mu    sync.Mutex
	w     io.Writer
	flush func() error // nil: nothing to flush
	buf   []byte
}

// LineWriter tuning: messages of at least lineDirect bytes are written as
// they are, with the "\n" in a second Write, instead of being copied.
const lineDirect = 32 << 10

// NewLineWriter returns a LineWriter that writes to w, flushing after every
// message if w has a Flush() error method (such as *bufio.Writer) or is an
// http.Flusher. An *os.File needs no flush.
func NewLineWriter(w io.Writer) *LineWriter {
	lw := &LineWriter{w: w}
	switch f := w.(type) {
	case interface{ Flush() error }:
		lw.flush = f.Flush
	case http.Flusher:
		lw.flush = func() error { f.Flush(); return nil }
	}
	return lw
}

// NewLineWriterFlush returns a LineWriter that writes to w and calls flush
// after every message; a nil flush means never flush.
func NewLineWriterFlush(w io.Writer, flush func() error) *LineWriter {
	return &LineWriter{w: w, flush: flush}
}

// WriteLine writes the lines queued by WriteLineLater, then msg and a "\n",
// and flushes. A "\n" inside msg is written as a space so that the message
// stays one line: in valid JSON a raw newline can only be whitespace between
// tokens, never part of a string, so this changes no value.
//
// WriteLine blocks while the underlying writer does (a pipe whose reader
// does not read); closing that writer ends it.
func (lw *LineWriter) WriteLine(msg []byte) error {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.write(msg, true)
}

// WriteLineLater queues msg to go out with the next WriteLine or Flush, so
// a caller that already holds more messages sends them in one write. Queued
// lines past lineDirect bytes are written at once.
func (lw *LineWriter) WriteLineLater(msg []byte) error {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.write(msg, false)
}

// Flush writes the lines queued by WriteLineLater, if any.
func (lw *LineWriter) Flush() error {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	if len(lw.buf) == 0 {
		return nil
	}
	return lw.write(nil, true)
}

// write queues msg (when not nil) and, when now is set or the queue is
// large, writes the queue out. Called with mu held.
func (lw *LineWriter) write(msg []byte, now bool) error {
	if len(msg) >= lineDirect && bytes.IndexByte(msg, '\n') < 0 {
		// Large: no copy. What is queued goes first, in order.
		if err := lw.writeQueued(); err != nil {
			return err
		}
		_, err := lw.w.Write(msg)
		if err == nil {
			_, err = lw.w.Write([]byte{'\n'})
		}
		if err != nil {
			return fmt.Errorf("jsonrpc: writing message: %w", err)
		}
		return lw.doFlush()
	}
	if msg != nil {
		start := len(lw.buf)
		lw.buf = append(lw.buf, msg...)
		for i := start; ; {
			j := bytes.IndexByte(lw.buf[i:], '\n')
			if j < 0 {
				break
			}
			lw.buf[i+j] = ' '
			i += j + 1
		}
		lw.buf = append(lw.buf, '\n')
	}
	if !now && len(lw.buf) < lineDirect {
		return nil
	}
	if err := lw.writeQueued(); err != nil {
		return err
	}
	return lw.doFlush()
}

func (lw *LineWriter) writeQueued() error {
	if len(lw.buf) == 0 {
		return nil
	}
	_, err := lw.w.Write(lw.buf)
	if cap(lw.buf) <= 2*lineDirect {
		lw.buf = lw.buf[:0]
	} else {
		lw.buf = nil
	}
	if err != nil {
		return fmt.Errorf("jsonrpc: writing message: %w", err)
	}
	return nil
}

func (lw *LineWriter) doFlush() error {
	if lw.flush != nil {
		if err := lw.flush(); err != nil {
			return fmt.Errorf("jsonrpc: flushing message: %w", err)
		}
	}
	return nil
}
