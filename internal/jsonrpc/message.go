// Package jsonrpc parses and frames JSON-RPC 2.0 messages as MCP carries them.
//
// A message is parsed once into a [Message] envelope that keeps the bytes it
// came in: the id, params, result and error are sub-slices of [Message.Raw], so
// a message no check changes is forwarded exactly as it arrived, ids of every
// legal type included. Parsing is strict where laxness is an attack: object
// keys are matched case-sensitively, and an object holding two keys that are
// equal, or equal under Unicode case folding, is rejected at any depth, since
// decoders downstream disagree about which of the two wins.
package jsonrpc

import (
	"bytes"
	"fmt"
)

// Kind says what a message is.
type Kind uint8

const (
	KindInvalid      Kind = iota
	KindRequest           // has a method and an id
	KindNotification      // has a method and no id
	KindResponse          // has an id and a result
	KindError             // has an id (possibly null) and an error
)

func (k Kind) String() string {
	switch k {
	case KindRequest:
		return "request"
	case KindNotification:
		return "notification"
	case KindResponse:
		return "response"
	case KindError:
		return "error"
	}
	return "invalid"
}

// Message is one JSON-RPC 2.0 message. Raw holds the bytes as received; ID,
// Params, Result and Error are sub-slices of Raw holding the raw JSON of those
// members (nil when absent). A Message is not modified after Parse returns it;
// a check that changes a message builds a new one.
type Message struct {
	Raw    []byte
	Kind   Kind
	ID     []byte // raw JSON id: a string with its quotes, a number, or null
	Method string
	Params []byte
	Result []byte
	Error  []byte
}

// IsCall reports whether m expects a response (it is a request).
func (m *Message) IsCall() bool { return m.Kind == KindRequest }

// IsReply reports whether m answers a request (a response or an error).
func (m *Message) IsReply() bool { return m.Kind == KindResponse || m.Kind == KindError }

// IDKey returns the id as a map key. Two ids are the same id when their raw
// bytes are equal: JSON-RPC peers echo ids back verbatim.
func (m *Message) IDKey() string { return string(m.ID) }

// Parse parses a single message. The returned Message aliases data.
// Errors are *Error values carrying the JSON-RPC code to answer with
// (ParseError for bad JSON, InvalidRequest for a bad envelope) and, when it
// could be read, the message's id.
func Parse(data []byte) (*Message, error) {
	m := &Message{}
	if err := parseInto(m, data); err != nil {
		return nil, err
	}
	return m, nil
}

// ParseBatch parses data as one message or, when it is a JSON array, as a
// batch (JSON-RPC 2.0, MCP 2025-03-26). isBatch reports which. For a batch,
// err is non-nil only when the array itself is unusable (bad JSON, empty);
// each element that is not a valid message is reported in errs at its index
// with msgs[i] nil, so the caller can answer it and serve the rest.
func ParseBatch(data []byte) (msgs []*Message, errs []error, isBatch bool, err error) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '[' {
		m, err := Parse(data)
		if err != nil {
			return nil, nil, false, err
		}
		return []*Message{m}, nil, false, nil
	}
	v := validator{data: data}
	end, verr := v.value(i, 0)
	if verr != nil {
		return nil, nil, true, verr
	}
	if skipSpace(data, end) != len(data) {
		return nil, nil, true, newError(CodeParseError, nil, "trailing data after JSON value at offset %d", end)
	}
	// Walk the elements; they are already validated JSON.
	j := skipSpace(data, i+1)
	if data[j] == ']' {
		return nil, nil, true, newError(CodeInvalidRequest, nil, "empty batch")
	}
	for {
		start := skipSpace(data, j)
		stop, _ := (&validator{data: data}).value(start, 0)
		elem := data[start:stop]
		m := &Message{}
		if perr := parseInto(m, elem); perr != nil {
			msgs = append(msgs, nil)
			for len(errs) < len(msgs)-1 {
				errs = append(errs, nil)
			}
			errs = append(errs, perr)
		} else {
			msgs = append(msgs, m)
		}
		j = skipSpace(data, stop)
		if data[j] == ']' {
			break
		}
		j++ // ','
	}
	if errs != nil {
		for len(errs) < len(msgs) {
			errs = append(errs, nil)
		}
	}
	return msgs, errs, true, nil
}

func parseInto(m *Message, data []byte) error {
	// Room for the keys of a message's usual nesting, allocated once:
	// the duplicate-key check then does not grow its slice from nothing
	// (three or four allocations a message).
	var keys [16][]byte
	v := validator{data: data, top: m, keys: keys[:0]}
	i := skipSpace(data, 0)
	if i >= len(data) {
		return newError(CodeParseError, nil, "empty message")
	}
	if data[i] != '{' {
		if _, err := v.value(i, 0); err != nil {
			return err
		}
		return newError(CodeInvalidRequest, nil, "message is not a JSON object")
	}
	end, err := v.value(i, 0)
	if err != nil {
		if e, ok := err.(*Error); ok && e.ID == nil && v.sawID != nil {
			e.ID = v.sawID
		}
		return err
	}
	if skipSpace(data, end) != len(data) {
		return newError(CodeParseError, v.sawID, "trailing data after JSON value at offset %d", end)
	}
	m.Raw = data
	return classify(m, &v)
}

func classify(m *Message, v *validator) error {
	id := m.ID
	if !v.sawVersion {
		return newError(CodeInvalidRequest, id, `missing "jsonrpc": "2.0"`)
	}
	if v.badVersion {
		return newError(CodeInvalidRequest, id, `"jsonrpc" must be "2.0"`)
	}
	if id != nil {
		switch id[0] {
		case '"', 'n':
		default:
			if id[0] != '-' && (id[0] < '0' || id[0] > '9') {
				return newError(CodeInvalidRequest, nil, "id must be a string, a number or null")
			}
		}
	}
	hasMethod := v.sawMethod
	switch {
	case hasMethod && (m.Result != nil || m.Error != nil):
		return newError(CodeInvalidRequest, id, "a message cannot have both a method and a result or error")
	case hasMethod:
		if v.badMethod {
			return newError(CodeInvalidRequest, id, `"method" must be a string`)
		}
		if m.Params != nil && m.Params[0] != '{' && m.Params[0] != '[' {
			return newError(CodeInvalidRequest, id, `"params" must be an object or an array`)
		}
		if id == nil {
			m.Kind = KindNotification
		} else {
			m.Kind = KindRequest
		}
	case m.Result != nil && m.Error != nil:
		return newError(CodeInvalidRequest, id, "a response cannot have both a result and an error")
	case m.Result != nil:
		if id == nil {
			return newError(CodeInvalidRequest, nil, "a response needs an id")
		}
		m.Kind = KindResponse
	case m.Error != nil:
		if id == nil {
			return newError(CodeInvalidRequest, nil, "an error response needs an id (null when unknown)")
		}
		if m.Error[0] != '{' {
			return newError(CodeInvalidRequest, id, `"error" must be an object`)
		}
		m.Kind = KindError
	default:
		return newError(CodeInvalidRequest, id, "message has no method, result or error")
	}
	return nil
}

// String returns a short description for logs, never the payload.
func (m *Message) String() string {
	switch m.Kind {
	case KindRequest:
		return fmt.Sprintf("request %s id=%s", m.Method, m.ID)
	case KindNotification:
		return "notification " + m.Method
	case KindResponse:
		return fmt.Sprintf("response id=%s", m.ID)
	case KindError:
		return fmt.Sprintf("error id=%s", m.ID)
	}
	return "invalid message"
}

// SameID reports whether a and b are the same raw id.
func SameID(a, b []byte) bool { return bytes.Equal(a, b) }
