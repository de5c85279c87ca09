package proxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// msPost is a POST body, parsed and checked.
type msPost struct {
	msgs    []*jsonrpc.Message
	isBatch bool
	header  string // the MCP-Protocol-Version header
	version string // the version governing the answer
	calls   int    // requests among msgs
	listens int    // subscriptions/listen requests among them
	init    bool   // an initialize among them
	modern  bool   // a request follows the 2026-07-28 stateless protocol
}

func (s *MsgServer) servePOST(w http.ResponseWriter, r *http.Request) {
	if !msIsJSON(r.Header.Get("Content-Type")) {
		http.Error(w, "Content-Type must be 'application/json'", http.StatusUnsupportedMediaType)
		return
	}
	if jsonOK, streamOK := msAccepts(r.Header.Values("Accept")); !jsonOK || !streamOK {
		http.Error(w, "Accept must contain both 'application/json' and 'text/event-stream'", http.StatusBadRequest)
		return
	}
	var sess *msSession
	if sid := r.Header.Get(msHeaderSessionID); sid != "" {
		if sess = s.acquire(sid); sess == nil {
			http.Error(w, "session not found", http.StatusNotFound)
			return
		}
		defer sess.release()
	}
	if len(r.Header.Values(msHeaderLastEventID)) > 0 {
		http.Error(w, "can't send Last-Event-ID for POST request", http.StatusBadRequest)
		return
	}
	p, ok := s.readPOST(w, r, sess != nil)
	if !ok {
		return
	}
	if p.calls > p.listens {
		// A subscription is no call to wait for: Close ends it.
		if !s.begin() {
			msWriteError(w, http.StatusServiceUnavailable, p.firstID(), jsonrpc.CodeUpstream, "mcpshield: the shield is shutting down", nil)
			return
		}
		defer s.end()
	}
	switch {
	case sess != nil:
		sess.post(w, r, p)
	case p.modern || !p.init:
		s.shared.post(w, r, p)
	default:
		s.postNewSession(w, r, p)
	}
}

// readPOST reads, parses and checks a POST body; on failure it has answered.
func (s *MsgServer) readPOST(w http.ResponseWriter, r *http.Request, stateful bool) (*msPost, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		if mbe, ok := errors.AsType[*http.MaxBytesError](err); ok {
			http.Error(w, fmt.Sprintf("request body exceeds %d bytes", mbe.Limit), http.StatusRequestEntityTooLarge)
			return nil, false
		}
		http.Error(w, "failed to read body", http.StatusBadRequest)
		return nil, false
	}
	if len(body) == 0 {
		http.Error(w, "POST requires a non-empty body", http.StatusBadRequest)
		return nil, false
	}
	msgs, errs, isBatch, err := jsonrpc.ParseBatch(body)
	for _, e := range errs {
		if e != nil && err == nil {
			err = e
		}
	}
	if err != nil {
		http.Error(w, fmt.Sprintf("malformed payload: %v", err), http.StatusBadRequest)
		return nil, false
	}
	p := &msPost{msgs: msgs, isBatch: isBatch, header: r.Header.Get(msHeaderVersion)}
	p.version = p.header
	if p.version == "" {
		p.version = msVersion20250326
	}
	if isBatch && p.version >= msVersion20250618 {
		http.Error(w, fmt.Sprintf("JSON-RPC batching is not supported in %s and later (request version: %s)", msVersion20250618, p.version), http.StatusBadRequest)
		return nil, false
	}
	initVersion := ""
	for _, m := range msgs {
		if m.Kind != jsonrpc.KindRequest && m.Kind != jsonrpc.KindNotification {
			continue
		}
		if rej := msCheckMeta(m, p.header, stateful); rej != nil {
			rej.write(w)
			return nil, false
		}
		if msMetaString(m.Params, msMetaProtocolVersion) != "" || (m.Kind == jsonrpc.KindRequest && p.header >= msVersion20260728) {
			p.modern = true
		}
		if m.Kind == jsonrpc.KindRequest {
			p.calls++
			if m.Method == "subscriptions/listen" {
				p.listens++
			}
			if m.Method == "initialize" {
				p.init = true
				initVersion, _ = jsonrpc.String(jsonrpc.Member(m.Params, "protocolVersion"))
			}
		}
	}
	if !isBatch {
		if err := msCheckHeaders(r.Header, msgs[0], &s.shared.tools); err != nil {
			msWriteError(w, http.StatusBadRequest, msgs[0].ID, msCodeHeaderMismatch, err.Error(), nil)
			return nil, false
		}
	}
	if p.init && initVersion != "" {
		p.version = initVersion
	}
	return p, true
}

// firstID returns the id of the first request, nil for none.
func (p *msPost) firstID() []byte {
	for _, m := range p.msgs {
		if m.Kind == jsonrpc.KindRequest {
			return m.ID
		}
	}
	return nil
}

// postNewSession starts a session for an initialize and serves it there. A
// session whose initialize fails is closed again, as the SDK does.
func (s *MsgServer) postNewSession(w http.ResponseWriter, r *http.Request, p *msPost) {
	sess, err := s.startSession(r.Context())
	if errors.Is(err, errNoRoom) {
		s.logger.Warn("no room for a new session", "max_sessions", s.opts.MaxSessions)
		msWriteError(w, http.StatusServiceUnavailable, p.firstID(), jsonrpc.CodeUpstream,
			fmt.Sprintf("mcpshield: too many sessions (at most %d); try again later", s.opts.MaxSessions), nil)
		return
	}
	if err != nil {
		s.logger.Error("starting the upstream server", "error", err)
		msWriteError(w, http.StatusBadGateway, p.firstID(), jsonrpc.CodeUpstream, "mcpshield: the upstream server could not be started", nil)
		return
	}
	defer sess.release()
	sess.post(w, r, p)
	if !sess.ok() {
		sess.shutdown("the session's initialize failed")
	}
}

// post serves a POST of the session: each message goes through the filter
// to the upstream; the answers come back on this POST's stream.
func (sess *msSession) post(w http.ResponseWriter, r *http.Request, p *msPost) {
	ctx := r.Context()
	if p.calls == 0 {
		select {
		case <-sess.done:
			http.Error(w, "session is closing", http.StatusNotFound)
			return
		default:
		}
		for _, m := range p.msgs {
			sess.forward(ctx, m)
		}
		w.WriteHeader(http.StatusAccepted)
		return
	}
	st, rej := sess.newStream(p)
	if rej != nil {
		rej.write(w)
		return
	}
	if st == nil {
		if p.init {
			msWriteError(w, http.StatusBadGateway, p.firstID(), jsonrpc.CodeUpstream, "mcpshield: the upstream server ended", nil)
			return
		}
		http.Error(w, "session not found", http.StatusNotFound)
		return
	}
	if p.init {
		w.Header().Set(msHeaderSessionID, sess.id)
	}
	released := st.attachPOST(w)
	for _, m := range p.msgs {
		sess.forward(ctx, m)
	}
	select {
	case <-released:
	case <-ctx.Done():
	case <-sess.done:
	}
	st.detach(released)
}

// forward passes one client message through the filter to the upstream; a
// request the filter answers, or that cannot be sent, is answered on its
// stream.
func (sess *msSession) forward(ctx context.Context, m *jsonrpc.Message) {
	out := sess.filter.Process(ctx, guard.ToServer, m)
	if out.Reply != nil {
		sess.answerLocal(out.Reply)
	}
	if out.Forward == nil {
		return
	}
	if err := sess.conn.Send(ctx, out.Forward); err != nil {
		sess.logger.Debug("writing to the upstream", "error", err)
		if m.Kind == jsonrpc.KindRequest {
			sess.answerLocal(jsonrpc.ErrorResponse(m.ID, jsonrpc.CodeUpstream, "mcpshield: the upstream server is unavailable", nil))
		}
	}
}

// answerLocal delivers an answer the shield itself gives to a request.
func (sess *msSession) answerLocal(data []byte) {
	if m, err := jsonrpc.Parse(data); err == nil {
		sess.answer(m)
	}
}
