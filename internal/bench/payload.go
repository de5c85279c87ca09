package bench

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// toolName is the one tool the bench server offers.
const toolName = "fetch_document"

// protocolVersion is what the bench client asks for in initialize.
const protocolVersion = "2025-11-25"

// maxResultSize bounds the result a bench server builds on request (it keeps each size it
// served in memory).
const maxResultSize = 64 << 20

// callTemplate is a tools/call request for one result size, split around its id so that each
// call costs an append, not an encode. It is immutable once built.
type callTemplate struct {
	size int    // result bytes asked for
	head []byte // `{"jsonrpc":"2.0","id":`
	tail []byte // `,"method":"tools/call","params":{...}}`
}

// newCallTemplate builds a tools/call asking for a result of size bytes, padded with text
// arguments so that the whole request is about reqSize bytes (with a four-digit id).
func newCallTemplate(size, reqSize int) (*callTemplate, error) {
	t := &callTemplate{size: size, head: []byte(`{"jsonrpc":"2.0","id":`)}
	gen := newTextGen(uint64(size))
	query := string(gen.sentence(nil))
	type args struct {
		Size    int    `json:"size"`
		Query   string `json:"query"`
		Context string `json:"context"`
	}
	type params struct {
		Name      string `json:"name"`
		Arguments args   `json:"arguments"`
	}
	build := func(context string) ([]byte, error) {
		p, err := json.Marshal(params{Name: toolName, Arguments: args{Size: size, Query: query, Context: context}})
		if err != nil {
			return nil, fmt.Errorf("encoding tools/call params: %w", err)
		}
		tail := append([]byte(`,"method":"tools/call","params":`), p...)
		return append(tail, '}'), nil
	}
	tail, err := build("")
	if err != nil {
		return nil, err
	}
	room := reqSize - len(t.head) - len("1000") - len(tail)
	context := string(gen.fill(nil, room))
	for {
		if tail, err = build(context); err != nil {
			return nil, err
		}
		over := len(t.head) + len("1000") + len(tail) - reqSize
		if over <= 0 || context == "" {
			break
		}
		// A text byte costs one or two encoded bytes: cutting half the excess never
		// undershoots by more than one escape.
		context = context[:max(0, len(context)-max(1, over/2))]
	}
	t.tail = tail
	return t, nil
}

// appendCall appends the request with the given id.
func (t *callTemplate) appendCall(b []byte, id int64) []byte {
	b = append(b, t.head...)
	b = strconv.AppendInt(b, id, 10)
	return append(b, t.tail...)
}

// callResult builds the result object of a tools/call: one text content block whose
// encoded form makes the whole object exactly size bytes long (or as short as the envelope
// allows, for tiny sizes). The text is cut at an escape boundary and padded with spaces.
func callResult(size int) ([]byte, error) {
	const head, tail = `{"content":[{"type":"text","text":`, `}],"isError":false}`
	gen := newTextGen(uint64(size) + 1)
	enc, err := json.Marshal(string(gen.fill(nil, size)))
	if err != nil {
		return nil, fmt.Errorf("encoding a result text: %w", err)
	}
	room := max(2, size-len(head)-len(tail)) // the string, quotes included
	cut := 1                                 // after the opening quote
	for i := 1; i < len(enc)-1; {
		n := 1
		if enc[i] == '\\' {
			n = 2
			if enc[i+1] == 'u' {
				n = 6
			}
		}
		if i+n > room-1 {
			break
		}
		i += n
		cut = i
	}
	out := make([]byte, 0, len(head)+room+len(tail))
	out = append(out, head...)
	out = append(out, enc[:cut]...)
	for range room - 1 - cut {
		out = append(out, ' ')
	}
	out = append(out, '"')
	return append(out, tail...), nil
}

// initializeRequest is the client's first message; id 0 is never used by calls.
func initializeRequest() []byte {
	return []byte(`{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"` +
		protocolVersion + `","capabilities":{},"clientInfo":{"name":"mcpshield-bench","version":"1"}}}`)
}

// initializedNotification follows a successful initialize.
func initializedNotification() []byte {
	return []byte(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
}

// toolsListRequest checks, once per setup, that the path to the server works end to end.
func toolsListRequest(id int64) []byte {
	b := strconv.AppendInt([]byte(`{"jsonrpc":"2.0","id":`), id, 10)
	return append(b, `,"method":"tools/list","params":{}}`...)
}
