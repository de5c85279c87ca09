package jsonrpc

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// JSON-RPC error codes. The standard ones come from the JSON-RPC 2.0
// specification; the Code* values from -32080 down are mcpshield's own,
// stable across releases so clients and dashboards can match on them.
const (
	CodeParseError     = -32700
	CodeInvalidRequest = -32600
	CodeMethodNotFound = -32601
	CodeInvalidParams  = -32602
	CodeInternalError  = -32603

	// CodeDenied: a check denied the message (policy, method list, ...).
	CodeDenied = -32080
	// CodeTooLarge: the message exceeds a size limit.
	CodeTooLarge = -32081
	// CodeUpstream: the upstream server is unavailable or failed.
	CodeUpstream = -32082
	// CodeCheckFailed: a check could not decide and the shield fails closed.
	CodeCheckFailed = -32083
	// CodeRateLimited: a rate or per-session call limit was reached; the
	// error data says when to retry.
	CodeRateLimited = -32084
	// CodeUnauthorized: the HTTP request carried no token the shield
	// accepts (sent with status 401).
	CodeUnauthorized = -32085
)

// Error is a parse or protocol error with the code to answer it with. ID is
// the raw id of the offending message when it could be read, else nil (the
// answer then carries a null id).
type Error struct {
	Code    int
	Message string
	ID      []byte
}

func (e *Error) Error() string { return e.Message }

func newError(code int, id []byte, format string, args ...any) *Error {
	return &Error{Code: code, ID: id, Message: fmt.Sprintf(format, args...)}
}

// ErrorResponse encodes an error response with the given raw id (null when
// id is nil). data, when not nil, is encoded as the error's data member.
func ErrorResponse(id []byte, code int, message string, data any) []byte {
	if id == nil {
		id = []byte("null")
	}
	b := make([]byte, 0, 64+len(id)+len(message))
	b = append(b, `{"jsonrpc":"2.0","id":`...)
	b = append(b, id...)
	b = append(b, `,"error":{"code":`...)
	b = strconv.AppendInt(b, int64(code), 10)
	b = append(b, `,"message":`...)
	b = appendString(b, message)
	if data != nil {
		if raw, err := json.Marshal(data); err == nil {
			b = append(b, `,"data":`...)
			b = append(b, raw...)
		}
	}
	b = append(b, "}}"...)
	return b
}

// ResultResponse encodes a response with the given raw id and raw result.
func ResultResponse(id, result []byte) []byte {
	b := make([]byte, 0, 32+len(id)+len(result))
	b = append(b, `{"jsonrpc":"2.0","id":`...)
	b = append(b, id...)
	b = append(b, `,"result":`...)
	b = append(b, result...)
	b = append(b, '}')
	return b
}

// ErrorFor answers a message that failed to parse or was refused.
func ErrorFor(err error) []byte {
	if e, ok := err.(*Error); ok {
		return ErrorResponse(e.ID, e.Code, e.Message, nil)
	}
	return ErrorResponse(nil, CodeInternalError, err.Error(), nil)
}

// appendString appends s as a JSON string literal.
func appendString(b []byte, s string) []byte {
	raw, _ := json.Marshal(s) // cannot fail for a string
	return append(b, raw...)
}

// Quote returns s as a JSON string literal.
func Quote(s string) []byte { return appendString(nil, s) }
