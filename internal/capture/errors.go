package capture

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// ServerError is a JSON-RPC error a server answered a request with.
type ServerError struct {
	Code    int64
	Message string          // as sent, unbounded; Error shows a clean prefix
	Data    json.RawMessage // nil when absent
}

func (e *ServerError) Error() string {
	return fmt.Sprintf("server error %d: %s", e.Code, printable(e.Message, maxErrorText))
}

// serverError reads the error member of an error answer.
func serverError(raw []byte) *ServerError {
	e := &ServerError{}
	json.Unmarshal(jsonrpc.Member(raw, "code"), &e.Code) //nolint:errcheck // 0 when not an integer
	e.Message, _ = jsonrpc.String(jsonrpc.Member(raw, "message"))
	if d := jsonrpc.Member(raw, "data"); d != nil {
		e.Data = json.RawMessage(d)
	}
	return e
}

// printable returns s without control characters, cut to at most max bytes.
func printable(s string, max int) string {
	var b strings.Builder
	for _, r := range s {
		if b.Len()+utf8.RuneLen(r) > max {
			b.WriteString("…")
			break
		}
		switch {
		case r == utf8.RuneError, unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
