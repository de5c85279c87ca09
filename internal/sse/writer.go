package sse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// Writer tuning. Data of at least directWrite bytes on one line is handed to
// the underlying writer as it is instead of being copied behind the field
// names; a buffer grown beyond keepBuf by a large event is dropped afterwards.
const (
	directWrite = 32 << 10
	keepBuf     = 64 << 10
)

// A Writer writes events to a text/event-stream.
//
// A Writer is safe for concurrent use: each event or comment is written
// whole, with one Write for all but large one-line data, and then flushed,
// under a mutex, so writers on several goroutines never interleave.
type Writer struct {
	mu    sync.Mutex
	w     io.Writer
	flush func() error // nil: nothing to flush
	buf   []byte
}

// NewWriter returns a Writer that writes to w and flushes after every event
// and comment if w can be flushed: an http.ResponseWriter (through
// http.ResponseController, so wrapped writers work too), a writer with a
// Flush() error method such as *bufio.Writer, or an http.Flusher.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, flush: flusherOf(w)}
}

// NewWriterFlush returns a Writer that writes to w and calls flush after every
// event and comment; a nil flush means never flush.
func NewWriterFlush(w io.Writer, flush func() error) *Writer {
	return &Writer{w: w, flush: flush}
}

func flusherOf(w io.Writer) func() error {
	switch f := w.(type) {
	case http.ResponseWriter:
		rc := http.NewResponseController(f)
		return func() error {
			if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
				return err
			}
			return nil
		}
	case interface{ Flush() error }:
		return f.Flush
	case http.Flusher:
		return func() error { f.Flush(); return nil }
	}
	return nil
}

// WriteEvent writes e as an "id", an "event", a "retry" and data lines,
// followed by a blank line, and flushes.
//
// The id line is written if e.HasID or e.ID != "", the event line if
// e.Name != "", the retry line if e.HasRetry or e.Retry != 0. Data is written
// as one data line per line of it; a CR or CRLF in Data ends a line as LF
// does (SSE cannot carry a CR), so it reads back as LF. No data line is
// written when Data is nil and an id or retry line is (a block that only sets
// the client's last event ID or reconnection time); otherwise an empty Data
// gives one empty data line, which dispatches an event with empty data.
//
// An ID holding LF, CR or NUL, a Name holding LF or CR, or a negative Retry
// is refused with an error matching [ErrInvalidEvent], and nothing is
// written.
func (w *Writer) WriteEvent(e Event) error {
	if err := validate(e); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	b := w.buf[:0]
	hasID, hasRetry := e.HasID || e.ID != "", e.HasRetry || e.Retry != 0
	if hasID {
		b = append(b, "id: "...)
		b = append(b, e.ID...)
		b = append(b, '\n')
	}
	if e.Name != "" {
		b = append(b, "event: "...)
		b = append(b, e.Name...)
		b = append(b, '\n')
	}
	if hasRetry {
		b = append(b, "retry: "...)
		b = strconv.AppendInt(b, int64(e.Retry), 10)
		b = append(b, '\n')
	}
	var err error
	switch {
	case e.Data == nil && (hasID || hasRetry):
		b = append(b, '\n')
		err = w.write(b)
	case len(e.Data) >= directWrite && bytes.IndexByte(e.Data, '\n') < 0 && bytes.IndexByte(e.Data, '\r') < 0:
		b = append(b, "data: "...)
		if err = w.write(b); err == nil {
			if err = w.write(e.Data); err == nil {
				err = w.write([]byte("\n\n"))
			}
		}
	default:
		b = appendData(b, e.Data)
		b = append(b, '\n')
		err = w.write(b)
	}
	w.keep(b)
	if err != nil {
		return fmt.Errorf("sse: writing event: %w", err)
	}
	return w.doFlush()
}

// WriteComment writes text as comment lines (": text"), which readers ignore:
// a keep-alive. A CR, LF or CRLF in text starts a new comment line. It
// flushes.
func (w *Writer) WriteComment(text string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	b := w.buf[:0]
	for {
		i := strings.IndexAny(text, "\r\n")
		line := text
		if i >= 0 {
			line = text[:i]
		}
		b = append(b, ':')
		if line != "" {
			b = append(b, ' ')
			b = append(b, line...)
		}
		b = append(b, '\n')
		if i < 0 {
			break
		}
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
	}
	err := w.write(b)
	w.keep(b)
	if err != nil {
		return fmt.Errorf("sse: writing comment: %w", err)
	}
	return w.doFlush()
}

// Flush flushes the underlying writer, if it can be flushed.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.doFlush()
}

func (w *Writer) doFlush() error {
	if w.flush == nil {
		return nil
	}
	if err := w.flush(); err != nil {
		return fmt.Errorf("sse: flushing: %w", err)
	}
	return nil
}

func (w *Writer) write(b []byte) error {
	_, err := w.w.Write(b)
	return err
}

// keep retains b's storage for the next event unless it has grown large.
func (w *Writer) keep(b []byte) {
	if cap(b) > keepBuf {
		b = nil
	}
	w.buf = b
}

// appendData appends data as data lines, splitting it at LF, CR and CRLF.
func appendData(b, data []byte) []byte {
	for {
		i := bytes.IndexByte(data, '\n')
		line := data
		if i >= 0 {
			line = data[:i]
		}
		if j := bytes.IndexByte(line, '\r'); j >= 0 {
			line, i = data[:j], j
		}
		b = append(b, "data: "...)
		b = append(b, line...)
		b = append(b, '\n')
		if i < 0 {
			return b
		}
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
		data = data[i+1:]
	}
}

func validate(e Event) error {
	if i := strings.IndexAny(e.ID, "\n\r\x00"); i >= 0 {
		return fmt.Errorf("writing event: id holds %q: %w", e.ID[i], ErrInvalidEvent)
	}
	if i := strings.IndexAny(e.Name, "\n\r"); i >= 0 {
		return fmt.Errorf("writing event: event name holds %q: %w", e.Name[i], ErrInvalidEvent)
	}
	if e.Retry < 0 {
		return fmt.Errorf("writing event: negative retry %d: %w", e.Retry, ErrInvalidEvent)
	}
	return nil
}
