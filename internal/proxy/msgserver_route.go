package proxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// read routes what the upstream sends until it is gone, then tears the
// session down.
func (sess *msSession) read() {
	defer sess.srv.wg.Done()
	err := msReadLoop(sess.ctx, sess.conn, sess.filter, sess.logger, nil, sess.route)
	sess.teardown(err)
}

// msReadLoop reads frames from conn, passes each message through f toward
// the client and hands what goes on to route; answers the checks give the
// upstream go back to it. intercept, when not nil, sees each message first
// and takes it away from the filter by returning true. It returns the error
// that ended reading.
func msReadLoop(ctx context.Context, conn MsgConn, f *Filter, logger *slog.Logger, intercept, route func(*jsonrpc.Message) bool) error {
	for {
		data, err := conn.Recv()
		if errors.Is(err, jsonrpc.ErrMessageTooLarge) {
			logger.Warn("upstream message too large; dropped", "error", err)
			if r := msTooLarge(f, err); r != nil {
				route(r)
			}
			continue
		}
		if err != nil {
			return err
		}
		msgs, errs, _, perr := jsonrpc.ParseBatch(data)
		if perr != nil {
			logger.Warn("bad message from the upstream", "error", perr)
			msgs, errs = []*jsonrpc.Message{nil}, []error{perr}
		}
		for i, m := range msgs {
			if m == nil {
				// An answer to a waiting client when the id can be read.
				if r := f.malformed(guard.ToClient, errs[i]); r != nil {
					if em, err := jsonrpc.Parse(r); err == nil {
						route(em)
					}
				}
				continue
			}
			if intercept != nil && intercept(m) {
				continue
			}
			out := f.Process(ctx, guard.ToClient, m)
			if out.Reply != nil {
				if err := conn.Send(ctx, out.Reply); err != nil {
					logger.Debug("answering the upstream", "error", err)
				}
			}
			if out.Forward == nil {
				continue
			}
			if !msSameBytes(out.Forward, m.Raw) {
				if m, err = jsonrpc.Parse(out.Forward); err != nil {
					logger.Error("a check produced an invalid message; dropped", "error", err)
					continue
				}
			}
			route(m)
		}
	}
}

// msTooLarge returns an error for the client request that an oversized
// message from the upstream answered, when the id can be read from its first
// bytes and a client is waiting on it.
func msTooLarge(f *Filter, err error) *jsonrpc.Message {
	tl, ok := errors.AsType[*jsonrpc.LineTooLargeError](err)
	if !ok {
		return nil
	}
	_, perr := jsonrpc.Parse(tl.Head)
	pe, ok := perr.(*jsonrpc.Error)
	if !ok || pe.ID == nil {
		return nil
	}
	r := f.malformed(guard.ToClient, &jsonrpc.Error{Code: jsonrpc.CodeTooLarge, ID: pe.ID,
		Message: fmt.Sprintf("message larger than %d bytes", tl.Limit)})
	if r == nil {
		return nil
	}
	m, _ := jsonrpc.Parse(r)
	return m
}

func msSameBytes(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// teardown ends the session after its upstream connection is gone: every
// request still waiting gets an error, every stream is released.
func (sess *msSession) teardown(readErr error) {
	sess.conn.Close() //nolint:errcheck // reaps a child that exited by itself
	sess.mu.Lock()
	sess.ended = true // before forget: register must not add it back
	sess.timer.Stop()
	reason := sess.reason
	calls := sess.calls
	sess.calls, sess.tokens = nil, nil
	sess.mu.Unlock()
	sess.srv.forget(sess)

	if reason == "" {
		exitErr := sess.conn.Err()
		switch {
		case exitErr != nil:
			reason = exitErr.Error()
		case readErr != nil && !errors.Is(readErr, io.EOF):
			reason = fmt.Sprintf("reading from the upstream server: %v", readErr)
		default:
			reason = "the upstream server closed its output"
		}
		sess.logger.Warn("upstream session ended", "reason", reason)
	} else {
		sess.logger.Debug("session closed", "reason", reason)
	}
	sess.filter.Abandon(reason)
	for _, c := range calls {
		msg := jsonrpc.ErrorResponse(c.id, jsonrpc.CodeUpstream, "mcpshield: "+reason, nil)
		c.stream.deliver(msg, true, 0)
	}
	sess.cancel()
	close(sess.done)
}

// route delivers one message from the upstream: an answer to the stream of
// its request, a progress notification to the stream of the request that
// asked for progress, anything else to the most recent open POST stream
// (where the SDK sends what a request handler emits) or else to the
// standalone stream.
func (sess *msSession) route(m *jsonrpc.Message) bool {
	switch m.Kind {
	case jsonrpc.KindResponse, jsonrpc.KindError:
		sess.answer(m)
	case jsonrpc.KindNotification:
		if m.Method == "notifications/progress" {
			key := msIDKey(jsonrpc.Member(m.Params, "progressToken"))
			sess.mu.Lock()
			st := sess.tokens[key]
			sess.mu.Unlock()
			if st == nil {
				sess.logger.Debug("progress for no waiting request; dropped")
				return true
			}
			st.deliver(m.Raw, false, 0)
			return true
		}
		sess.unbound(m.Raw)
	default:
		sess.unbound(m.Raw)
	}
	return true
}

// answer delivers a response or error to the stream of its request.
func (sess *msSession) answer(m *jsonrpc.Message) {
	key := msIDKey(m.ID)
	sess.mu.Lock()
	c, ok := sess.calls[key]
	if ok {
		delete(sess.calls, key)
		if c.token != "" {
			delete(sess.tokens, c.token)
		}
		if c.init && m.Kind == jsonrpc.KindResponse {
			sess.initOK = true
		}
	}
	sess.mu.Unlock()
	if !ok {
		sess.logger.Debug("answer to no waiting request; dropped", "id", string(m.ID))
		return
	}
	data := msWithID(m.Raw, m.ID, c.id)
	if finished, keep := c.stream.deliver(data, true, msErrorStatus(c.stream.version, m)); finished {
		sess.finishStream(c.stream, keep)
	}
}

// unbound delivers a message that belongs to no request the shield can
// tell: a server request, a log message, a list change.
func (sess *msSession) unbound(data []byte) {
	sess.mu.Lock()
	var target *msStream
	for i := len(sess.open) - 1; i >= 0; i-- {
		if sess.open[i].attached() {
			target = sess.open[i]
			break
		}
	}
	if target == nil {
		target = sess.streams[""]
	}
	sess.mu.Unlock()
	if target != nil {
		target.deliver(data, false, 0)
	}
}

// finishStream forgets a complete stream, or keeps it for replay when its
// client missed some of it.
func (sess *msSession) finishStream(st *msStream, keep bool) {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	for i, o := range sess.open {
		if o == st {
			sess.open = append(sess.open[:i], sess.open[i+1:]...)
			break
		}
	}
	if !keep {
		delete(sess.streams, st.id)
		return
	}
	sess.kept = append(sess.kept, st.id)
	if len(sess.kept) > msKeptStreams {
		delete(sess.streams, sess.kept[0])
		sess.kept = sess.kept[1:]
	}
}
