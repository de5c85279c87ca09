package proxy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// Timeout of the initialize the shield sends for requests of versions before
// 2026-07-28, which servers answer only in an initialized session.
const msHandshakeTimeout = 30 * time.Second

// handshake initializes the upstream session once, for requests of versions
// before 2026-07-28.
func (c *msSharedConn) handshake(ctx context.Context, version string) error {
	c.mu.Lock()
	if ch := c.legacy; ch != nil {
		c.mu.Unlock()
		select {
		case <-ch:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		case <-c.done:
			return errors.New("the upstream server ended")
		}
	}
	ch := make(chan struct{})
	c.legacy = ch
	call := &msSharedCall{id: c.newIDLocked(), method: "initialize", reply: make(chan *jsonrpc.Message, 1)}
	c.calls[msIDKey(call.id)] = call
	c.mu.Unlock()

	err := c.initialize(ctx, call, version)
	c.mu.Lock()
	if err != nil {
		c.legacy = nil
	}
	c.mu.Unlock()
	close(ch)
	return err
}

func (c *msSharedConn) initialize(ctx context.Context, call *msSharedCall, version string) error {
	defer c.take(call)
	req := []byte(`{"jsonrpc":"2.0","id":`)
	req = append(req, call.id...)
	req = append(req, `,"method":"initialize","params":{"protocolVersion":`...)
	req = append(req, jsonrpc.Quote(version)...)
	req = append(req, `,"capabilities":{},"clientInfo":{"name":"mcpshield","version":"1"}}}`...)
	if err := c.conn.Send(ctx, req); err != nil {
		return fmt.Errorf("initializing the shared upstream session: %w", err)
	}
	t := time.NewTimer(msHandshakeTimeout)
	defer t.Stop()
	select {
	case m := <-call.reply:
		if m == nil {
			return errors.New("initializing the shared upstream session: the upstream server ended")
		}
		if m.Kind == jsonrpc.KindError {
			// A server that took an earlier stateless request as the
			// session's start refuses a second initialize; it serves on.
			c.logger.Debug("upstream refused the shield's initialize", "error", string(m.Error))
		}
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return errors.New("initializing the shared upstream session: no answer")
	}
	if err := c.conn.Send(ctx, []byte(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)); err != nil {
		return fmt.Errorf("initializing the shared upstream session: %w", err)
	}
	return nil
}

// read routes what the upstream sends until it is gone.
func (c *msSharedConn) read() {
	defer c.sh.srv.wg.Done()
	err := msReadLoop(c.ctx, c.conn, c.filter, c.logger, c.intercept, c.route)
	c.teardown(err)
}

// intercept handles, before the filter, what is not for a client: answers
// to the shield's own requests, and requests from the server, which a
// stateless client cannot answer (the SDK refuses them the same way).
func (c *msSharedConn) intercept(m *jsonrpc.Message) bool {
	switch m.Kind {
	case jsonrpc.KindRequest:
		msg := fmt.Sprintf("mcpshield: %s cannot reach a client without a session", m.Method)
		if err := c.conn.Send(c.ctx, jsonrpc.ErrorResponse(m.ID, jsonrpc.CodeInvalidRequest, msg, nil)); err != nil {
			c.logger.Debug("answering the upstream", "error", err)
		}
		return true
	case jsonrpc.KindResponse, jsonrpc.KindError:
		if call := c.lookup(c.calls, m.ID); call != nil && call.reply != nil {
			// m aliases the read buffer; the waiter gets its own copy.
			if cm, err := jsonrpc.Parse(bytes.Clone(m.Raw)); err == nil {
				call.reply <- cm
			}
			return true
		}
	}
	return false
}

// route delivers one message from the upstream to the stream of the request
// it concerns, with the client's ids and tokens put back.
func (c *msSharedConn) route(m *jsonrpc.Message) bool {
	switch m.Kind {
	case jsonrpc.KindResponse, jsonrpc.KindError:
		call := c.lookup(c.calls, m.ID)
		if call == nil || !c.take(call) {
			c.logger.Debug("answer to no waiting request; dropped", "id", string(m.ID))
			return true
		}
		if call.method == "tools/list" && m.Kind == jsonrpc.KindResponse {
			c.sh.tools.learn(m.Result)
		}
		edits := []msEdit{}
		if e, ok := msEditOf(m.Raw, m.ID, call.origID); ok {
			edits = append(edits, e)
		}
		if call.method == "subscriptions/listen" {
			if e, ok := msEditOf(m.Raw, msMeta(m.Result, msMetaSubscriptionID), call.origID); ok {
				edits = append(edits, e)
			}
		}
		call.stream.deliver(msSplice(m.Raw, edits), true, msErrorStatus(call.stream.version, m))
	case jsonrpc.KindNotification:
		c.notify(m)
	}
	return true
}

// notify delivers a notification: progress by its token, a subscription
// notification by its subscription id, anything else (log messages) to the
// most recent request in flight, as the nearest guess of the request whose
// handler emitted it.
func (c *msSharedConn) notify(m *jsonrpc.Message) {
	if m.Method == "notifications/progress" {
		tok := jsonrpc.Member(m.Params, "progressToken")
		if call := c.lookup(c.tokens, tok); call != nil {
			if e, ok := msEditOf(m.Raw, tok, call.origToken); ok {
				call.stream.deliver(msSplice(m.Raw, []msEdit{e}), false, 0)
			}
		}
		return
	}
	if sub := msMeta(m.Params, msMetaSubscriptionID); sub != nil {
		if call := c.lookup(c.calls, sub); call != nil && call.method == "subscriptions/listen" {
			if e, ok := msEditOf(m.Raw, sub, call.origID); ok {
				call.stream.deliver(msSplice(m.Raw, []msEdit{e}), false, 0)
			}
		}
		return
	}
	if m.Method != "notifications/message" {
		// List changes reach the listen streams tagged with their
		// subscription id; an untagged copy is meant for sessions.
		return
	}
	c.mu.Lock()
	var target *msStream
	for i := len(c.order) - 1; i >= 0; i-- {
		if o := c.order[i]; o.method != "subscriptions/listen" && o.stream.attached() {
			target = o.stream
			break
		}
	}
	c.mu.Unlock()
	if target != nil {
		target.deliver(m.Raw, false, 0)
	}
}

// teardown answers every waiting request with an error once the upstream is
// gone; the next stateless request dials anew.
func (c *msSharedConn) teardown(readErr error) {
	c.conn.Close() //nolint:errcheck // reaps a child that exited by itself
	c.sh.mu.Lock()
	if c.sh.cur == c {
		c.sh.cur = nil
	}
	c.sh.mu.Unlock()
	c.mu.Lock()
	c.ended = true
	reason := c.reason
	calls := c.calls
	c.calls, c.tokens, c.order = nil, nil, nil
	c.mu.Unlock()
	if reason == "" {
		switch exitErr := c.conn.Err(); {
		case exitErr != nil:
			reason = exitErr.Error()
		case readErr != nil && !errors.Is(readErr, io.EOF):
			reason = fmt.Sprintf("reading from the upstream server: %v", readErr)
		default:
			reason = "the upstream server closed its output"
		}
		c.logger.Warn("shared upstream connection ended", "reason", reason)
	}
	c.filter.Abandon(reason)
	for _, call := range calls {
		if call.reply != nil {
			close(call.reply)
			continue
		}
		call.stream.deliver(jsonrpc.ErrorResponse(call.origID, jsonrpc.CodeUpstream, "mcpshield: "+reason, nil), true, 0)
	}
	c.cancel()
	close(c.done)
}
