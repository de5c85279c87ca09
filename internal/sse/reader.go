package sse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Buffer sizes of a Reader. The buffer starts small, doubles as a long line
// needs it (up to the event limit), and is shrunk back once the events of a
// whole window have stayed well below its size, so one 16 MiB event does not
// pin 16 MiB for the life of the stream.
const (
	initBufSize  = 4 << 10
	shrinkWindow = 16 // events between two looks at the buffer sizes
	maxEmptyRead = 100
)

// errLongLine is readLine's internal signal that the pending line exceeds the
// budget it was given.
var errLongLine = errors.New("sse: line too long")

var bom = []byte("\xEF\xBB\xBF")

// A Reader reads events from a text/event-stream.
//
// A Reader is not safe for concurrent use. Next blocks in the underlying
// reader's Read; to stop it, close that reader (the response body).
type Reader struct {
	// KeepEmpty makes Next also return blocks that have an id or retry field
	// but no data field (their Data is nil). Browsers dispatch no event for
	// those, yet still take the id as the last event ID and the retry as the
	// reconnection time, so a proxy that forwards event by event sets
	// KeepEmpty to pass them on.
	KeepEmpty bool

	rd  io.Reader
	max int
	err error // sticky error from rd

	buf     []byte
	r, w    int  // unread bytes are buf[r:w]
	scan    int  // buf[r:scan] holds no line terminator
	skipLF  bool // the last line ended in CR: a LF right after it belongs to it
	started bool // the BOM check is done

	discard bool // skipping the rest of an oversized event
	midLine bool // while discarding: inside a line whose start was dropped

	lastID string

	// The event being read.
	data      []byte // joined data: aliases buf (dataInBuf) or dbuf
	hasData   bool   // the block has a data field
	dataInBuf bool
	dbuf      []byte // holds data of several lines, or data moved out of buf
	lastName  string // previous event type, reused to save an allocation

	// Buffer use over the current window, for shrinking.
	events int
	bufHi  int
	dbufHi int
}

// NewReader returns a Reader that reads events from r. maxEventBytes bounds
// the bytes held for one event, its data plus the line being read; zero or
// less means [DefaultMaxEventBytes].
func NewReader(r io.Reader, maxEventBytes int) *Reader {
	if maxEventBytes <= 0 {
		maxEventBytes = DefaultMaxEventBytes
	}
	return &Reader{rd: r, max: maxEventBytes}
}

// LastEventID returns the stream's last event ID as the specification defines
// it: the value of the last id field of any completed block, dispatched or
// not, which carries over to later events that have no id field of their own.
// A client sends it as Last-Event-ID when it reconnects.
func (r *Reader) LastEventID() string { return r.lastID }

// Next returns the next event of the stream. At the end of the stream it
// returns io.EOF, discarding an event that no blank line completed.
//
// Event.Data may alias the Reader's internal buffer: it is valid only until
// the next call to Next. Copy it to keep it longer.
//
// An event larger than the limit yields an error that matches
// [ErrEventTooLarge]; the rest of that event is skipped and Next may be
// called again. Any other read error is returned, wrapped, by this and every
// later call.
func (r *Reader) Next() (Event, error) {
	r.maybeShrink()
	if !r.started {
		if err := r.skipBOM(); err != nil {
			return Event{}, r.readErr(err)
		}
	}
	if r.discard {
		if err := r.skipEvent(); err != nil {
			return Event{}, r.readErr(err)
		}
	}
	var ev Event
	r.resetData()
	for {
		line, err := r.readLine(r.max - len(r.data))
		if err == errLongLine {
			r.discard = true // skipEvent drops the rest
			return Event{}, r.tooLarge()
		}
		if err != nil {
			return Event{}, r.readErr(err)
		}
		if len(line) == 0 {
			if ev.HasID {
				r.lastID = ev.ID
			}
			if r.hasData {
				ev.Data = r.data
				if ev.Data == nil {
					ev.Data = make([]byte, 0) // non-nil; allocates nothing
				}
				r.events++
				return ev, nil
			}
			if r.KeepEmpty && (ev.HasID || ev.HasRetry) {
				r.events++
				return ev, nil
			}
			ev = Event{}
			continue
		}
		if line[0] == ':' {
			continue // comment
		}
		field, value := line, line[len(line):]
		if i := bytes.IndexByte(line, ':'); i >= 0 {
			field, value = line[:i], line[i+1:]
			if len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
		}
		switch string(field) {
		case "data":
			r.addData(value)
			if len(r.data) > r.max {
				r.discard = true
				return Event{}, r.tooLarge()
			}
		case "event":
			if string(value) != r.lastName {
				r.lastName = string(value)
			}
			ev.Name = r.lastName
		case "id":
			if bytes.IndexByte(value, 0) < 0 {
				ev.ID, ev.HasID = string(value), true
			}
		case "retry":
			if n, ok := parseRetry(value); ok {
				ev.Retry, ev.HasRetry = n, true
			}
		}
	}
}

func (r *Reader) resetData() {
	r.data, r.hasData, r.dataInBuf, r.dbuf = nil, false, false, r.dbuf[:0]
}

func (r *Reader) tooLarge() error {
	r.resetData()
	r.events++
	return fmt.Errorf("reading event: more than %d bytes: %w", r.max, ErrEventTooLarge)
}

func (r *Reader) readErr(err error) error {
	if err == io.EOF {
		return io.EOF
	}
	return fmt.Errorf("sse: reading stream: %w", err)
}

// addData appends one data field's value to the event's data. The first
// value is only referenced where it lies in buf; a second one moves the data
// to dbuf.
func (r *Reader) addData(value []byte) {
	if !r.hasData {
		r.data, r.hasData, r.dataInBuf = value, true, true
		return
	}
	if r.dataInBuf {
		r.moveData()
	}
	r.dbuf = append(r.dbuf, '\n')
	r.dbuf = append(r.dbuf, value...)
	r.data = r.dbuf
}

// moveData copies data that aliases buf to dbuf, before buf is overwritten.
func (r *Reader) moveData() {
	r.dbuf = append(r.dbuf[:0], r.data...)
	r.data, r.dataInBuf = r.dbuf, false
}

// parseRetry parses a retry value: one or more ASCII digits that fit an int.
func parseRetry(b []byte) (int, bool) {
	if len(b) == 0 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		d := int(c - '0')
		if n > (int(^uint(0)>>1)-d)/10 {
			return 0, false
		}
		n = n*10 + d
	}
	return n, true
}

// skipBOM drops one UTF-8 byte order mark at the start of the stream.
func (r *Reader) skipBOM() error {
	for r.w-r.r < len(bom) && bytes.HasPrefix(bom, r.buf[r.r:r.w]) {
		if r.err != nil {
			if r.r == r.w {
				return r.err
			}
			break
		}
		r.fill()
	}
	r.started = true
	if bytes.HasPrefix(r.buf[r.r:r.w], bom) {
		r.r += len(bom)
		r.scan = r.r
	}
	return nil
}

// skipEvent reads and drops lines up to and including the next blank line,
// without holding more than a buffer's worth of any of them.
func (r *Reader) skipEvent() error {
	for {
		line, err := r.readLine(len(r.buf) / 2)
		if err == errLongLine {
			continue
		}
		if err != nil {
			return err
		}
		if len(line) == 0 && !r.midLine {
			r.discard = false
			return nil
		}
		r.midLine = false
	}
}

// readLine returns the next line without its terminator, aliasing buf, and
// the read error once no complete line is left (a partial last line is never
// returned). A line longer than budget bytes yields errLongLine instead: if
// it is complete, it is consumed; if it is not, its buffered part is dropped
// and midLine is set, so that its rest is not taken for a line of its own.
func (r *Reader) readLine(budget int) ([]byte, error) {
	for {
		if r.skipLF && r.r < r.w {
			if r.buf[r.r] == '\n' {
				r.r++
				r.scan = max(r.scan, r.r)
			}
			r.skipLF = false
		}
		seg := r.buf[r.scan:r.w]
		end, next := -1, 0
		if i := bytes.IndexByte(seg, '\n'); i >= 0 {
			end, next = r.scan+i, r.scan+i+1
			if j := bytes.IndexByte(seg[:i], '\r'); j >= 0 {
				end, next = r.scan+j, r.scan+j+1
				if j+1 == i {
					next++ // CRLF
				}
			}
		} else if j := bytes.IndexByte(seg, '\r'); j >= 0 {
			end, next = r.scan+j, r.scan+j+1
			r.skipLF = true // a LF may follow in bytes not read yet
		}
		if end >= 0 {
			line := r.buf[r.r:end]
			r.r, r.scan = next, next
			if len(line) > budget {
				r.midLine = false
				return nil, errLongLine
			}
			return line, nil
		}
		r.scan = r.w
		if r.w-r.r > budget {
			r.r = r.w
			r.midLine = true
			return nil, errLongLine
		}
		if r.err != nil {
			return nil, r.err
		}
		r.fill()
	}
}

// fill reads more bytes into buf. When less than a quarter of buf is free, it
// first moves the unread bytes to its start, and grows it if that did not
// free enough (up to the event limit). It records a read error in r.err.
func (r *Reader) fill() {
	if lowSpace(len(r.buf), r.w) {
		if r.dataInBuf {
			r.moveData()
		}
		if r.r > 0 {
			n := copy(r.buf, r.buf[r.r:r.w])
			r.scan -= r.r
			r.r, r.w = 0, n
		}
		if lowSpace(len(r.buf), r.w) && len(r.buf) <= r.max {
			nb := make([]byte, max(initBufSize, min(2*len(r.buf), r.max+1)))
			copy(nb, r.buf[:r.w])
			r.buf = nb
		}
	}
	for range maxEmptyRead {
		n, err := r.rd.Read(r.buf[r.w:])
		if n < 0 || n > len(r.buf)-r.w {
			r.err = errors.New("sse: reader returned an invalid count")
			return
		}
		r.w += n
		r.bufHi = max(r.bufHi, r.w)
		if err != nil {
			r.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	r.err = io.ErrNoProgress
}

// lowSpace reports whether less than a quarter of a buffer of size bytes, w
// of them used, is free.
func lowSpace(size, w int) bool { return size-w <= size/4 }

// maybeShrink replaces buf and dbuf by smaller ones when every event of the
// last window would have fitted in a quarter of them.
func (r *Reader) maybeShrink() {
	r.dbufHi = max(r.dbufHi, len(r.dbuf))
	if r.events < shrinkWindow {
		return
	}
	if want := shrinkSize(r.bufHi, r.w-r.r); len(r.buf) > 4*want {
		nb := make([]byte, want)
		n := copy(nb, r.buf[r.r:r.w])
		r.buf, r.scan, r.r, r.w = nb, r.scan-r.r, 0, n
	}
	if cap(r.dbuf) > 4*shrinkSize(r.dbufHi, 0) {
		r.dbuf = nil
	}
	r.events, r.bufHi, r.dbufHi = 0, 0, 0
}

// shrinkSize is the buffer size for a peak use of hi bytes, holding at least
// keep bytes.
func shrinkSize(hi, keep int) int {
	size := initBufSize
	for size < 2*hi || size < keep {
		size *= 2
	}
	return size
}
