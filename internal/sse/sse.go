// Package sse reads and writes Server-Sent Events streams (text/event-stream),
// as MCP's Streamable HTTP and legacy HTTP+SSE transports carry them.
//
// The [Reader] follows the WHATWG HTML "event stream interpretation"
// (https://html.spec.whatwg.org/multipage/server-sent-events.html#parsing-an-event-stream):
// lines end in CRLF, LF or CR; a leading UTF-8 BOM is skipped; lines starting
// with ':' are comments; a field without a colon has an empty value; one space
// after the colon is dropped; data lines are joined with '\n'; a blank line
// dispatches the event; an unterminated last event is discarded at EOF. The
// stream is handled as bytes: invalid UTF-8 is passed through, not replaced.
//
// Both sides are built for the proxy's hot path: the Reader hands out data
// that aliases its buffer (no copy for the usual one-line event), and the
// [Writer] emits each event with a single Write.
package sse

import "errors"

// DefaultMaxEventBytes is the event size limit used when NewReader is given a
// limit of zero or less. It matches the default message limit of the stdio
// framing, so one message fits either way.
const DefaultMaxEventBytes = 16 << 20

// ErrEventTooLarge is returned (wrapped) by [Reader.Next] for an event whose
// data plus the line being read exceed the reader's limit. The reader skips
// the rest of that event, so Next can be called again.
var ErrEventTooLarge = errors.New("sse: event too large")

// ErrInvalidEvent is returned (wrapped) by [Writer.WriteEvent] for an event
// that cannot be written without changing the stream's framing, such as an ID
// holding a newline.
var ErrInvalidEvent = errors.New("sse: invalid event")

// Event is one event of a stream.
//
// ID, HasID, Retry and HasRetry describe the fields present in this event's
// own block: HasID is false when the block had no (valid) id field, even
// though, per the specification, the stream's last event ID carries over
// (see [Reader.LastEventID]). An id field holding a NUL is ignored, as the
// specification says; so is a retry field that is not all ASCII digits or
// does not fit an int.
type Event struct {
	// ID is the id field's value; meaningful when HasID is set. An empty ID
	// with HasID resets the client's last event ID.
	ID    string
	HasID bool
	// Name is the event field (the event type). "" means "message", which
	// is what browsers dispatch; a Reader does not rewrite an explicit
	// "message".
	Name string
	// Data is the data, its lines joined with '\n'. From a Reader it is
	// non-nil whenever the block had a data field, and nil only for the
	// id- or retry-only blocks that Reader.KeepEmpty asks for.
	Data []byte
	// Retry is the reconnection time in milliseconds; meaningful when
	// HasRetry is set.
	Retry    int
	HasRetry bool
}
