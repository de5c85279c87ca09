package guard

import (
	"fmt"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// splice returns container with its sub-slice old replaced by repl. old
// must be a sub-slice of container, as jsonrpc.Member returns.
func splice(container, old, repl []byte) ([]byte, error) {
	start := cap(container) - cap(old)
	end := start + len(old)
	if old == nil || start < 0 || end > len(container) {
		return nil, fmt.Errorf("rewriting a message: member not inside its object")
	}
	out := make([]byte, 0, len(container)-len(old)+len(repl))
	out = append(out, container[:start]...)
	out = append(out, repl...)
	return append(out, container[end:]...), nil
}

// withResult returns msg (a response) with a new result.
func withResult(msg *jsonrpc.Message, result []byte) (*jsonrpc.Message, error) {
	out, err := jsonrpc.Parse(jsonrpc.ResultResponse(msg.ID, result))
	if err != nil {
		return nil, fmt.Errorf("rewriting a result: %w", err)
	}
	return out, nil
}

// withParams returns msg (a request) with its params member replaced.
func withParams(msg *jsonrpc.Message, params []byte) (*jsonrpc.Message, error) {
	return withMember(msg, msg.Params, params, "params")
}

// withError returns msg (an error response) with its error member replaced.
func withError(msg *jsonrpc.Message, errObj []byte) (*jsonrpc.Message, error) {
	return withMember(msg, msg.Error, errObj, "an error")
}

// withMember returns msg with old, a member value inside msg.Raw, replaced.
func withMember(msg *jsonrpc.Message, old, repl []byte, what string) (*jsonrpc.Message, error) {
	raw, err := splice(msg.Raw, old, repl)
	if err != nil {
		return nil, err
	}
	out, err := jsonrpc.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("rewriting %s: %w", what, err)
	}
	return out, nil
}
