package proxy

import (
	"slices"
	"strconv"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// The aggregated endpoint edits messages in place, as bytes: it swaps an id,
// a name, a member, and leaves every other byte as it came.

// aggEdit replaces old, a sub-slice of the buffer being edited (as the parts
// of a parsed jsonrpc.Message are sub-slices of its Raw), with repl.
type aggEdit struct {
	old, repl []byte
}

// aggSplice returns a copy of buf with the edits made. Each edit's old must
// be a non-empty sub-slice of buf, and edits must not overlap.
func aggSplice(buf []byte, edits ...aggEdit) []byte {
	type span struct {
		off, end int
		repl     []byte
	}
	spans := make([]span, 0, len(edits))
	n := len(buf)
	for _, e := range edits {
		// old = buf[off:end] shares buf's array, so its capacity tells
		// where it starts.
		off := cap(buf) - cap(e.old)
		if len(e.old) == 0 || off < 0 || off+len(e.old) > len(buf) || &buf[off] != &e.old[0] {
			panic("aggSplice: edit outside the buffer")
		}
		spans = append(spans, span{off, off + len(e.old), e.repl})
		n += len(e.repl) - len(e.old)
	}
	slices.SortFunc(spans, func(x, y span) int { return x.off - y.off })
	out := make([]byte, 0, n)
	prev := 0
	for _, s := range spans {
		if s.off < prev {
			panic("aggSplice: overlapping edits")
		}
		out = append(out, buf[prev:s.off]...)
		out = append(out, s.repl...)
		prev = s.end
	}
	return append(out, buf[prev:]...)
}

// aggSetMember returns a copy of the JSON object obj (valid JSON) with member
// key set to the raw value val: replaced where it is, else added first. A
// nil or empty obj counts as {}.
func aggSetMember(obj []byte, key string, val []byte) []byte {
	if old := jsonrpc.Member(obj, key); old != nil {
		return aggSplice(obj, aggEdit{old, val})
	}
	member := append(jsonrpc.Quote(key), ':')
	member = append(member, val...)
	i := aggSkipSpace(obj, 0)
	if i >= len(obj) || obj[i] != '{' {
		out := append([]byte{'{'}, member...)
		return append(out, '}')
	}
	j := aggSkipSpace(obj, i+1)
	out := make([]byte, 0, len(obj)+len(member)+1)
	out = append(out, obj[:i+1]...)
	out = append(out, member...)
	if j < len(obj) && obj[j] != '}' {
		out = append(out, ',')
	}
	return append(out, obj[i+1:]...)
}

func aggSkipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// aggRequest encodes a request with the raw id and params (nil: none).
func aggRequest(id []byte, method string, params []byte) []byte {
	b := make([]byte, 0, 48+len(id)+len(method)+len(params))
	b = append(b, `{"jsonrpc":"2.0","id":`...)
	b = append(b, id...)
	b = append(b, `,"method":`...)
	b = append(b, jsonrpc.Quote(method)...)
	if params != nil {
		b = append(b, `,"params":`...)
		b = append(b, params...)
	}
	return append(b, '}')
}

// aggNotification encodes a notification with raw params (nil: none).
func aggNotification(method string, params []byte) []byte {
	b := make([]byte, 0, 40+len(method)+len(params))
	b = append(b, `{"jsonrpc":"2.0","method":`...)
	b = append(b, jsonrpc.Quote(method)...)
	if params != nil {
		b = append(b, `,"params":`...)
		b = append(b, params...)
	}
	return append(b, '}')
}

// aggErrorFrame encodes an error response with the raw id and raw error
// object.
func aggErrorFrame(id, errObj []byte) []byte {
	b := make([]byte, 0, 40+len(id)+len(errObj))
	b = append(b, `{"jsonrpc":"2.0","id":`...)
	b = append(b, id...)
	b = append(b, `,"error":`...)
	b = append(b, errObj...)
	return append(b, '}')
}

// aggCancelled encodes notifications/cancelled for the request with raw id.
func aggCancelled(id []byte, reason string) []byte {
	p := append([]byte(`{"requestId":`), id...)
	p = append(p, `,"reason":`...)
	p = append(p, jsonrpc.Quote(reason)...)
	return aggNotification("notifications/cancelled", append(p, '}'))
}

// aggIDKey is the key of a shield id given to a server request.
func aggIDKey(n int64) []byte { return strconv.AppendInt(nil, n, 10) }
