package guard

import (
	"context"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// sizeCheck bounds the size of single messages per direction. Framing has
// its own, larger limit (max_message_bytes) that protects the shield's
// memory; this check is the policy limit a user sets per upstream.
type sizeCheck struct {
	maxToServer int64 // 0: no limit
	maxToClient int64 // 0: no limit
}

var _ Check = (*sizeCheck)(nil)

// NewSizeCheck returns the message size check; a zero limit is no limit.
func NewSizeCheck(maxRequestBytes, maxResponseBytes int64) Check {
	return &sizeCheck{maxToServer: maxRequestBytes, maxToClient: maxResponseBytes}
}

func (*sizeCheck) Name() string { return "size" }

func (c *sizeCheck) Inspect(_ context.Context, ev *Event) (Decision, error) {
	n := int64(len(ev.Msg.Raw))
	if ev.Dir == ToServer && c.maxToServer > 0 && n > c.maxToServer {
		return Denied(jsonrpc.CodeTooLarge, "message of %d bytes exceeds the limit of %d bytes for messages to the server (max_request_bytes)", n, c.maxToServer), nil
	}
	if ev.Dir == ToClient && c.maxToClient > 0 && n > c.maxToClient {
		return Denied(jsonrpc.CodeTooLarge, "message of %d bytes exceeds the limit of %d bytes for messages to the client (max_response_bytes)", n, c.maxToClient), nil
	}
	return Allowed, nil
}
