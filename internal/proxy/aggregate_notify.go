package proxy

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// fromUpstream handles one message from an upstream, after its Filter.
// Until the client has its initialize result, anything but an answer or a
// ping is held (up to aggMaxEarly messages), not to block the reader that
// the initialize answer must come through.
func (a *aggConn) fromUpstream(up *aggUp, m *jsonrpc.Message) {
	if m.IsReply() {
		a.answer(up, m, true)
		return
	}
	if m.Kind == jsonrpc.KindRequest && m.Method == "ping" {
		up.submit(jsonrpc.ResultResponse(m.ID, []byte("{}")), "")
		return
	}
	a.mu.Lock()
	if a.state != aggReady {
		if len(a.early) < aggMaxEarly {
			a.early = append(a.early, aggEarly{up, cloneMessage(m)})
		} else {
			up.logger.Warn("message before initialization completed; dropped", "message", m.String())
		}
		a.mu.Unlock()
		return
	}
	a.mu.Unlock()
	select {
	case <-a.ready: // the held messages went first
	case <-a.ctx.Done():
		return
	case <-up.gone:
		return
	}
	a.dispatch(up, m)
}

// aggMaxEarly bounds the messages held before initialization completes.
const aggMaxEarly = 256

// aggEarly is a message held until initialization completes.
type aggEarly struct {
	up *aggUp
	m  *jsonrpc.Message
}

// dispatch forwards a server's request or notification to the client.
func (a *aggConn) dispatch(up *aggUp, m *jsonrpc.Message) {
	switch m.Kind {
	case jsonrpc.KindRequest:
		a.serverRequest(up, m)
	case jsonrpc.KindNotification:
		a.serverNotification(up, m)
	}
}

// answer delivers a server's answer to whoever asked: the client, with its
// own id, or the shield's waiting call. wait says the caller may wait for
// the client to catch up (an upstream's reader).
func (a *aggConn) answer(up *aggUp, m *jsonrpc.Message, wait bool) {
	c := up.take(string(m.ID))
	if c == nil {
		up.logger.Debug("answer to no waiting request; dropped", "id", string(m.ID))
		return
	}
	if c.reply != nil {
		c.reply <- cloneMessage(m)
		return
	}
	a.forget(up, c)
	frame := aggSplice(m.Raw, aggEdit{m.ID, c.clientID})
	if wait {
		a.toClient(frame)
	} else {
		a.reply(frame)
	}
}

// fail answers the request with id key sent to up with an error, for when
// it could not be sent.
func (a *aggConn) fail(up *aggUp, key string, err error) {
	c := up.take(key)
	if c == nil {
		return
	}
	msg := fmt.Sprintf("mcpshield: sending to server %q: %v", up.name, err)
	if c.reply != nil {
		e, _ := jsonrpc.Parse(jsonrpc.ErrorResponse([]byte(key), jsonrpc.CodeUpstream, msg, nil))
		c.reply <- e
		return
	}
	a.forget(up, c)
	a.replyErr(c.clientID, jsonrpc.CodeUpstream, msg, nil)
}

// serverRequest forwards a server's request to the client with an id of the
// shield's.
func (a *aggConn) serverRequest(up *aggUp, m *jsonrpc.Message) {
	token := ""
	if tok := jsonrpc.Member(jsonrpc.Member(m.Params, "_meta"), "progressToken"); tok != nil {
		token = string(tok)
	}
	a.mu.Lock()
	a.nextSrvID++
	id := aggIDKey(a.nextSrvID)
	a.serverReqs[string(id)] = aggServerReq{up: up, id: bytes.Clone(m.ID), token: token}
	a.mu.Unlock()
	a.toClient(aggSplice(m.Raw, aggEdit{m.ID, id}))
}

// serverNotification forwards a server's notification to the client.
func (a *aggConn) serverNotification(up *aggUp, m *jsonrpc.Message) {
	switch m.Method {
	case "notifications/progress":
		// Only the server a request went to reports on its token.
		tok := jsonrpc.Member(m.Params, "progressToken")
		a.mu.Lock()
		owner := a.tokens[string(tok)]
		a.mu.Unlock()
		if owner != up {
			up.logger.Debug("progress for a token the server was not given; dropped")
			return
		}
	case "notifications/cancelled":
		// The server gave up a request it sent the client.
		id := jsonrpc.Member(m.Params, "requestId")
		var shieldID []byte
		a.mu.Lock()
		for k, sr := range a.serverReqs {
			if sr.up == up && bytes.Equal(sr.id, id) {
				shieldID = []byte(k)
				delete(a.serverReqs, k)
				break
			}
		}
		a.mu.Unlock()
		if shieldID == nil {
			return
		}
		a.toClient(aggSplice(m.Raw, aggEdit{id, shieldID}))
		return
	case "notifications/message":
		a.toClient(aggNameLogger(m, up.name))
		return
	case "notifications/tools/list_changed":
		a.listChanged("tools")
		return
	case "notifications/prompts/list_changed":
		a.listChanged("prompts")
		return
	case "notifications/resources/list_changed":
		a.mu.Lock()
		a.res.known = false
		a.mu.Unlock()
		a.listChanged("resources")
		return
	}
	a.toClient(bytes.Clone(m.Raw))
}

// aggNameLogger returns a log message with the server's name heading its
// logger ("fs/cache"), or as its logger when it has none.
func aggNameLogger(m *jsonrpc.Message, server string) []byte {
	if m.Params == nil {
		return bytes.Clone(m.Raw)
	}
	raw := jsonrpc.Member(m.Params, "logger")
	if logger, ok := jsonrpc.String(raw); ok {
		return aggSplice(m.Raw, aggEdit{raw, jsonrpc.Quote(server + "/" + logger)})
	}
	return aggSplice(m.Raw, aggEdit{m.Params, aggSetMember(m.Params, "logger", jsonrpc.Quote(server))})
}

// listChanged tells the client a list changed, once until it reads the list
// again.
func (a *aggConn) listChanged(feature string) {
	a.mu.Lock()
	if a.listDirty[feature] {
		a.mu.Unlock()
		return
	}
	a.listDirty[feature] = true
	a.mu.Unlock()
	a.reply(aggNotification("notifications/"+feature+"/list_changed", nil))
}

// lost handles an upstream that ended by itself: its requests in flight get
// errors, its requests at the client are cancelled, the client hears that
// the lists changed, and when it was the last upstream the session ends.
func (a *aggConn) lost(up *aggUp, readErr error) {
	reason := up.conn.Err()
	if reason == nil {
		reason = readErr
	}
	calls, quiet := up.markDead(reason)
	up.conn.Close() //nolint:errcheck // reaps a child that exited by itself
	if quiet {
		return
	}
	up.logger.Warn("upstream server ended; the session goes on without it", "error", reason)
	msg := fmt.Sprintf("mcpshield: upstream server %q ended: %v", up.name, reason)
	for _, c := range calls {
		if c.reply != nil {
			continue // the waiter sees up.gone
		}
		a.forget(up, c)
		a.replyErr(c.clientID, jsonrpc.CodeUpstream, msg, nil)
	}
	a.mu.Lock()
	var cancelled [][]byte
	for k, sr := range a.serverReqs {
		if sr.up == up {
			delete(a.serverReqs, k)
			cancelled = append(cancelled, []byte(k))
		}
	}
	for k, owner := range a.tokens {
		if owner == up {
			delete(a.tokens, k)
		}
	}
	a.res.known = false
	ready := a.state == aggReady
	a.mu.Unlock()
	for _, id := range cancelled {
		a.reply(aggCancelled(id, msg))
	}
	if !ready {
		return // initialization leaves it out
	}
	for _, f := range []string{"tools", "prompts", "resources"} {
		if up.has(f) {
			a.listChanged(f)
		}
	}
	if len(a.live()) == 0 {
		a.end(errors.Join(errors.New("every upstream server ended"), reason))
	}
}
