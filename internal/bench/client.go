package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// caller makes MCP calls over one initialized session. Implementations are safe for
// concurrent use: concurrent calls are in flight together, with distinct ids.
type caller interface {
	// call sends the tools/call of t with a fresh id and waits for the whole response. It
	// returns the response's size in bytes, and an error when the response is not the
	// result asked for.
	call(ctx context.Context, t *callTemplate) (int, error)
	// close ends the session.
	close() error
}

// errNotResponse marks a message that is not a response (a server notification or request).
var errNotResponse = errors.New("not a response")

// responsePrefix is how the bench server, and any proxy that forwards bytes untouched,
// starts a response; such responses are checked without decoding them whole.
const responsePrefix = `{"jsonrpc":"2.0","id":`

// parseResponse returns the id of a JSON-RPC response with an integer id, and its error
// when it carries one. Messages that are not responses give errNotResponse.
func parseResponse(b []byte) (int64, error) {
	if rest, ok := bytes.CutPrefix(b, []byte(responsePrefix)); ok {
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n > 0 && bytes.HasPrefix(rest[n:], []byte(`,"result":`)) {
			return strconv.ParseInt(string(rest[:n]), 10, 64)
		}
	}
	var m struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return 0, fmt.Errorf("decoding a response: %w (%s)", err, snippet(b))
	}
	if m.Method != "" || len(m.ID) == 0 {
		return 0, errNotResponse
	}
	id, err := strconv.ParseInt(string(m.ID), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("response id %s: want the integer sent", m.ID)
	}
	if m.Error != nil {
		return id, fmt.Errorf("JSON-RPC error %d: %s", m.Error.Code, m.Error.Message)
	}
	if len(m.Result) == 0 {
		return id, fmt.Errorf("response %d has neither result nor error", id)
	}
	return id, nil
}

// checkResponse checks that b answers request id with a result of at least minLen bytes
// (the result object's size, which the response's envelope only adds to).
func checkResponse(b []byte, id int64, minLen int) error {
	got, err := parseResponse(b)
	if err != nil {
		return err
	}
	if got != id {
		return fmt.Errorf("response id %d, want %d", got, id)
	}
	if len(b) < minLen {
		return fmt.Errorf("response of %d bytes, want at least %d: %s", len(b), minLen, snippet(b))
	}
	return nil
}

// snippet shortens b for an error message.
func snippet(b []byte) string {
	const n = 200
	if len(b) > n {
		return strconv.Quote(string(b[:n])) + "..."
	}
	return strconv.Quote(string(b))
}
