package proxy

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"sync"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// msShared serves the requests that belong to no session (the 2026-07-28
// stateless protocol, and requests of earlier versions sent without a
// session, which the SDK's stateless handler serves too) over one upstream
// connection shared by all of them. It is dialed when first needed and again
// after it died.
//
// Requests from different clients may carry the same ids and progress
// tokens, so the shield gives each one an id and token of its own on the way
// up, and puts the client's back, byte for byte, on everything that echoes
// them on the way down (answers, progress, the subscription id of
// subscriptions/listen streams).
type msShared struct {
	srv   *MsgServer
	tools msToolHeaders // x-mcp-header bindings of the upstream's tools

	dialMu sync.Mutex // one dial at a time
	mu     sync.Mutex
	cur    *msSharedConn // nil: not dialed, or dead
	closed bool
}

// msSharedConn is one upstream connection of msShared.
type msSharedConn struct {
	sh     *msShared
	conn   MsgConn
	filter *Filter
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{} // closed when the connection has ended
	logger *slog.Logger

	mu     sync.Mutex
	ended  bool
	reason string
	next   int64
	calls  map[string]*msSharedCall // by msIDKey of the shield's id
	tokens map[string]*msSharedCall // by msIDKey of the shield's token
	order  []*msSharedCall          // client requests in flight, oldest first
	legacy chan struct{}            // closed once initialize went through; nil before
}

// msSharedCall is a request in flight on the shared connection.
type msSharedCall struct {
	id, origID       []byte
	token, origToken []byte // nil without a progress token
	method           string
	stream           *msStream
	reply            chan *jsonrpc.Message // the shield's own requests
}

// conn returns the live shared connection, dialing it when needed.
func (sh *msShared) conn(ctx context.Context) (*msSharedConn, error) {
	if c := sh.live(); c != nil {
		return c, nil
	}
	sh.dialMu.Lock()
	defer sh.dialMu.Unlock()
	if c := sh.live(); c != nil {
		return c, nil
	}
	conn, err := sh.srv.opts.Dial(ctx)
	if err != nil {
		return nil, err
	}
	cctx, cancel := context.WithCancel(context.Background())
	c := &msSharedConn{
		sh:     sh,
		conn:   conn,
		filter: NewFilter(sh.srv.opts.Chain, sh.srv.opts.Server, guard.StatelessSession),
		ctx:    cctx,
		cancel: cancel,
		done:   make(chan struct{}),
		logger: sh.srv.logger.With("session", "stateless"),
		calls:  make(map[string]*msSharedCall),
		tokens: make(map[string]*msSharedCall),
	}
	sh.srv.wg.Add(1)
	go c.read()
	sh.mu.Lock()
	closed := sh.closed
	if !closed {
		sh.cur = c
	}
	sh.mu.Unlock()
	if closed {
		c.shutdown("the shield is shutting down")
		return nil, errors.New("the shield is shutting down")
	}
	return c, nil
}

func (sh *msShared) live() *msSharedConn {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.cur != nil && !sh.cur.isEnded() {
		return sh.cur
	}
	return nil
}

// shutdown stops the shared connection for good.
func (sh *msShared) shutdown(reason string) {
	sh.mu.Lock()
	sh.closed = true
	c := sh.cur
	sh.cur = nil
	sh.mu.Unlock()
	if c != nil {
		c.shutdown(reason)
	}
}

func (c *msSharedConn) isEnded() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ended
}

func (c *msSharedConn) shutdown(reason string) {
	c.mu.Lock()
	if c.reason == "" {
		c.reason = reason
	}
	c.mu.Unlock()
	c.sh.srv.wg.Add(1)
	go func() {
		defer c.sh.srv.wg.Done()
		c.conn.Close() //nolint:errcheck // the reader reports how it ended
	}()
}

// post serves a POST without a session.
func (sh *msShared) post(w http.ResponseWriter, r *http.Request, p *msPost) {
	if p.calls == 0 {
		// Notifications and answers without a session concern no request
		// the upstream could know about.
		w.WriteHeader(http.StatusAccepted)
		return
	}
	ctx := r.Context()
	c, err := sh.conn(ctx)
	if err == nil && !p.modern {
		err = c.handshake(ctx, p.version)
	}
	if err != nil {
		sh.srv.logger.Error("starting the shared upstream connection", "error", err)
		msWriteError(w, http.StatusBadGateway, p.firstID(), jsonrpc.CodeUpstream, "mcpshield: the upstream server is unavailable", nil)
		return
	}
	st := newMsStream("", p.version, false, false, p.calls)
	calls, frames := c.register(p, st)
	if calls == nil {
		msWriteError(w, http.StatusBadGateway, p.firstID(), jsonrpc.CodeUpstream, "mcpshield: the upstream server is unavailable", nil)
		return
	}
	released := st.attachPOST(w)
	for i, call := range calls {
		c.forward(ctx, call, frames[i])
	}
	select {
	case <-released:
	case <-ctx.Done():
	case <-c.done:
	}
	st.detach(released)
	c.cancelPending(calls)
}

// register gives the requests of p the shield's ids and tokens. It returns
// the calls and their rewritten messages, nil if the connection ended.
func (c *msSharedConn) register(p *msPost, st *msStream) ([]*msSharedCall, [][]byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ended {
		return nil, nil
	}
	var calls []*msSharedCall
	var frames [][]byte
	for _, m := range p.msgs {
		if m.Kind != jsonrpc.KindRequest {
			continue
		}
		call := &msSharedCall{id: c.newIDLocked(), origID: m.ID, method: m.Method, stream: st}
		token := c.newIDLocked()
		frame, orig := msRewriteRequest(m, call.id, token)
		if orig != nil {
			call.origToken, call.token = orig, token
			c.tokens[msIDKey(token)] = call
		}
		c.calls[msIDKey(call.id)] = call
		c.order = append(c.order, call)
		calls = append(calls, call)
		frames = append(frames, frame)
	}
	return calls, frames
}

// msRewriteRequest returns request m with its id replaced by id and, when
// it asks for progress, its progress token by token; orig is the original
// token, nil when there is none. The rest of the bytes are m's.
func msRewriteRequest(m *jsonrpc.Message, id, token []byte) (frame, orig []byte) {
	var edits []msEdit
	if e, ok := msEditOf(m.Raw, m.ID, id); ok {
		edits = append(edits, e)
	}
	if tok := msMeta(m.Params, msMetaProgressToken); tok != nil {
		if e, ok := msEditOf(m.Raw, tok, token); ok {
			edits = append(edits, e)
			orig = tok
		}
	}
	return msSplice(m.Raw, edits), orig
}

func (c *msSharedConn) newIDLocked() []byte {
	c.next++
	return strconv.AppendInt(nil, c.next, 10)
}

// forward passes one rewritten request through the filter to the upstream.
func (c *msSharedConn) forward(ctx context.Context, call *msSharedCall, frame []byte) {
	m, err := jsonrpc.Parse(frame)
	if err != nil {
		c.answerLocal(jsonrpc.ErrorResponse(call.id, jsonrpc.CodeInternalError, "mcpshield: "+err.Error(), nil))
		return
	}
	out := c.filter.Process(ctx, guard.ToServer, m)
	if out.Reply != nil {
		c.answerLocal(out.Reply)
	}
	if out.Forward == nil {
		return
	}
	if err := c.conn.Send(ctx, out.Forward); err != nil {
		c.logger.Debug("writing to the upstream", "error", err)
		c.answerLocal(jsonrpc.ErrorResponse(call.id, jsonrpc.CodeUpstream, "mcpshield: the upstream server is unavailable", nil))
	}
}

// answerLocal delivers an answer the shield gives to one of its calls (its
// id is the shield's).
func (c *msSharedConn) answerLocal(data []byte) {
	if m, err := jsonrpc.Parse(data); err == nil {
		c.route(m)
	}
}

// cancelPending forgets the calls of a POST whose client went away before
// their answers, and tells the upstream they are cancelled.
func (c *msSharedConn) cancelPending(calls []*msSharedCall) {
	for _, call := range calls {
		if !c.take(call) {
			continue
		}
		n := []byte(`{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":`)
		n = append(n, call.id...)
		n = append(n, `,"reason":"the client went away"}}`...)
		if err := c.conn.Send(c.ctx, n); err != nil {
			c.logger.Debug("cancelling a request upstream", "error", err)
		}
	}
}

// take removes a call from the tables; false if it was already gone.
func (c *msSharedConn) take(call *msSharedCall) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	key := msIDKey(call.id)
	if c.calls[key] != call {
		return false
	}
	delete(c.calls, key)
	if call.token != nil {
		delete(c.tokens, msIDKey(call.token))
	}
	for i, o := range c.order {
		if o == call {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	return true
}

func (c *msSharedConn) lookup(table map[string]*msSharedCall, raw []byte) *msSharedCall {
	c.mu.Lock()
	defer c.mu.Unlock()
	return table[msIDKey(raw)]
}
