package proxy

import (
	"context"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// Frame processes one framed unit, a single message or a batch, travelling
// in direction dir. It returns the bytes to pass on and the bytes to send
// back to the sender (each nil when there is nothing), and an error, for the
// log, when the unit was malformed. A batch stays a batch both ways.
//
// A malformed message from the client is answered with the JSON-RPC error
// for it. A malformed message from the server is not forwarded; when its id
// can be read and matches a request the client is waiting on, the client gets
// an error for that request instead of waiting forever.
func (f *Filter) Frame(ctx context.Context, dir guard.Direction, data []byte) (forward, reply []byte, err error) {
	msgs, errs, isBatch, err := jsonrpc.ParseBatch(data)
	if err != nil {
		answer := f.malformed(dir, err)
		err = fmt.Errorf("malformed message %s: %w", dir, err)
		if dir == guard.ToClient {
			return answer, nil, err
		}
		return nil, answer, err
	}
	if !isBatch {
		o := f.Process(ctx, dir, msgs[0])
		return o.Forward, o.Reply, nil
	}
	var fw, rp [][]byte
	var firstErr error
	for i, m := range msgs {
		if m == nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("malformed message %s in batch: %w", dir, errs[i])
			}
			if r := f.malformed(dir, errs[i]); r != nil {
				if dir == guard.ToServer {
					rp = append(rp, r)
				} else {
					fw = append(fw, r)
				}
			}
			continue
		}
		o := f.Process(ctx, dir, m)
		if o.Forward != nil {
			fw = append(fw, o.Forward)
		}
		if o.Reply != nil {
			rp = append(rp, o.Reply)
		}
	}
	return joinBatch(fw), joinBatch(rp), firstErr
}

// malformed returns the answer to a message that did not parse. For the
// client direction that is the JSON-RPC error to reply with; for the server
// direction it is an error to forward to the client, when the id is known.
func (f *Filter) malformed(dir guard.Direction, err error) []byte {
	e, ok := err.(*jsonrpc.Error)
	if dir == guard.ToServer {
		return jsonrpc.ErrorFor(err)
	}
	if !ok || e.ID == nil {
		return nil
	}
	if _, waiting := f.answer(dir, e.ID); !waiting {
		return nil
	}
	return jsonrpc.ErrorResponse(e.ID, jsonrpc.CodeUpstream, "mcpshield: the upstream server sent an invalid response: "+e.Message, nil)
}

func joinBatch(parts [][]byte) []byte {
	if len(parts) == 0 {
		return nil
	}
	return jsonrpc.Array(parts)
}

// Oversized answers a message that exceeded the framing limit and was
// dropped unread. head is its first bytes, from which the id is recovered
// when possible. From the client, the reply is an error for that id (null
// when unknown); from the server, the client gets an error in place of the
// response it is waiting for.
func (f *Filter) Oversized(dir guard.Direction, head []byte, limit int) (forward, reply []byte) {
	id := jsonrpc.HeadID(head)
	msg := fmt.Sprintf("mcpshield: message larger than the limit of %d bytes (max_message_bytes)", limit)
	if dir == guard.ToServer {
		return nil, jsonrpc.ErrorResponse(id, jsonrpc.CodeTooLarge, msg, nil)
	}
	if id == nil {
		return nil, nil
	}
	if _, waiting := f.answer(dir, id); !waiting {
		return nil, nil
	}
	return jsonrpc.ErrorResponse(id, jsonrpc.CodeTooLarge, msg+" from the upstream server", nil), nil
}
