package proxy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// codeResourceNotFound is MCP's error code for an unknown resource URI.
const codeResourceNotFound = -32002

// fromClient handles one message from the client.
func (a *aggConn) fromClient(m *jsonrpc.Message) {
	switch m.Kind {
	case jsonrpc.KindRequest:
		a.request(m)
	case jsonrpc.KindNotification:
		a.clientNotification(m)
	case jsonrpc.KindResponse, jsonrpc.KindError:
		a.clientAnswer(m)
	}
}

func (a *aggConn) request(m *jsonrpc.Message) {
	switch m.Method {
	case "initialize":
		a.initialize(m)
		return
	case "ping":
		a.reply(jsonrpc.ResultResponse(m.ID, []byte("{}")))
		return
	case "server/discover":
		// Clients fall back to initialize on an error here.
		a.replyErr(m.ID, jsonrpc.CodeMethodNotFound,
			"mcpshield: the aggregated endpoint speaks the initialize handshake, not the stateless protocol", nil)
		return
	}
	a.mu.Lock()
	ready := a.answered
	a.mu.Unlock()
	if !ready {
		a.replyErr(m.ID, jsonrpc.CodeInvalidRequest, "mcpshield: the session is not initialized", nil)
		return
	}
	switch m.Method {
	case "tools/call":
		a.routeByName(m, m.Params, "tool")
	case "prompts/get":
		a.routeByName(m, m.Params, "prompt")
	case "tools/list", "prompts/list", "resources/list", "resources/templates/list":
		a.spawn(func() { a.list(m) })
	case "resources/read", "resources/subscribe", "resources/unsubscribe":
		a.spawn(func() { a.routeByURI(m) })
	case "completion/complete":
		a.complete(m)
	case "logging/setLevel":
		a.spawn(func() { a.setLevel(m) })
	default:
		a.replyErr(m.ID, jsonrpc.CodeMethodNotFound,
			fmt.Sprintf("mcpshield: the aggregated endpoint does not support %q", m.Method), nil)
	}
}

// routeByName sends a request naming a tool or prompt as NAME__original, in
// the member "name" of obj, to server NAME with the original name.
func (a *aggConn) routeByName(m *jsonrpc.Message, obj []byte, what string) {
	raw := jsonrpc.Member(obj, "name")
	name, ok := jsonrpc.String(raw)
	if !ok {
		a.replyErr(m.ID, jsonrpc.CodeInvalidParams, "mcpshield: missing "+what+" name", nil)
		return
	}
	server, orig, found := strings.Cut(name, AggregateSeparator)
	var up *aggUp
	if found {
		up = a.upstream(server)
	}
	if up == nil {
		if found && a.configured(server) {
			a.replyErr(m.ID, jsonrpc.CodeUpstream,
				fmt.Sprintf("mcpshield: server %q is not available in this session", server), nil)
			return
		}
		a.replyErr(m.ID, jsonrpc.CodeInvalidParams, fmt.Sprintf("unknown %s: %s", what, name), nil)
		return
	}
	a.forward(up, m, aggEdit{raw, jsonrpc.Quote(orig)})
}

func (a *aggConn) configured(name string) bool {
	return slices.ContainsFunc(a.opts.Upstreams, func(u AggregateUpstream) bool { return u.Name == name })
}

// forward sends the client request m to up with a new id, and the edits.
func (a *aggConn) forward(up *aggUp, m *jsonrpc.Message, edits ...aggEdit) {
	token := ""
	if tok := jsonrpc.Member(jsonrpc.Member(m.Params, "_meta"), "progressToken"); tok != nil {
		token = string(tok)
	}
	key := string(m.ID)
	a.mu.Lock()
	if _, dup := a.clientReqs[key]; dup {
		a.mu.Unlock()
		a.replyErr(m.ID, jsonrpc.CodeInvalidRequest, "mcpshield: a request with this id is already in flight", nil)
		return
	}
	upID, ok := up.register(&aggCall{clientID: m.ID, token: token})
	if !ok {
		a.mu.Unlock()
		a.replyErr(m.ID, jsonrpc.CodeUpstream,
			fmt.Sprintf("mcpshield: server %q is not available: %v", up.name, up.reason()), nil)
		return
	}
	a.clientReqs[key] = aggRoute{up: up, upID: upID}
	if token != "" {
		a.tokens[token] = up
	}
	a.mu.Unlock()
	frame := aggSplice(m.Raw, append(edits, aggEdit{m.ID, upID})...)
	up.submit(frame, string(upID))
}

// forget drops the bookkeeping of an answered client request.
func (a *aggConn) forget(up *aggUp, c *aggCall) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r, ok := a.clientReqs[string(c.clientID)]; ok && r.up == up {
		delete(a.clientReqs, string(c.clientID))
	}
	if c.token != "" && a.tokens[c.token] == up {
		delete(a.tokens, c.token)
	}
}

// complete routes completion/complete by its ref: a prompt by its name, a
// resource template by its URI.
func (a *aggConn) complete(m *jsonrpc.Message) {
	ref := jsonrpc.Member(m.Params, "ref")
	switch typ, _ := jsonrpc.String(jsonrpc.Member(ref, "type")); typ {
	case "ref/prompt":
		a.routeByName(m, ref, "prompt")
	case "ref/resource":
		a.spawn(func() { a.routeByURIIn(m, ref) })
	default:
		a.replyErr(m.ID, jsonrpc.CodeInvalidParams, fmt.Sprintf("mcpshield: unknown reference type %q", typ), nil)
	}
}

func (a *aggConn) routeByURI(m *jsonrpc.Message) { a.routeByURIIn(m, m.Params) }

// routeByURIIn sends a request about the resource URI in the member "uri"
// of obj to the server that listed it, reading the resource lists first if
// they are not known yet.
func (a *aggConn) routeByURIIn(m *jsonrpc.Message, obj []byte) {
	uri, ok := jsonrpc.String(jsonrpc.Member(obj, "uri"))
	if !ok {
		a.replyErr(m.ID, jsonrpc.CodeInvalidParams, "mcpshield: missing resource uri", nil)
		return
	}
	up, stale := a.resourceOwner(uri)
	if up == nil && stale {
		a.indexResources()
		up, _ = a.resourceOwner(uri)
	}
	if up == nil {
		var withRes []*aggUp
		for _, u := range a.live() {
			if u.has("resources") {
				withRes = append(withRes, u)
			}
		}
		if len(withRes) == 1 {
			up = withRes[0]
		}
	}
	if up == nil {
		a.replyErr(m.ID, codeResourceNotFound, "mcpshield: unknown resource: "+uri, map[string]string{"uri": uri})
		return
	}
	a.forward(up, m)
}

// setLevel sends logging/setLevel to every upstream that logs. One that
// takes it is enough; when none does, the client gets the first refusal.
func (a *aggConn) setLevel(m *jsonrpc.Message) {
	var refusal []byte
	asked, took := 0, false
	for _, up := range a.live() {
		if !up.has("logging") {
			continue
		}
		asked++
		ctx, cancel := a.callContext()
		res, err := up.call(ctx, m.Method, m.Params)
		cancel()
		switch {
		case err != nil:
			up.logger.Warn("logging/setLevel failed", "error", err)
		case res.Kind == jsonrpc.KindError:
			up.logger.Warn("logging/setLevel refused", "error", errorText(res.Error))
			if refusal == nil {
				refusal = res.Error
			}
		default:
			took = true
		}
	}
	switch {
	case took || asked == 0:
		a.toClient(jsonrpc.ResultResponse(m.ID, []byte("{}")))
	case refusal != nil:
		a.toClient(aggErrorFrame(m.ID, refusal))
	default:
		a.toClient(jsonrpc.ErrorResponse(m.ID, jsonrpc.CodeUpstream, "mcpshield: no upstream server took logging/setLevel", nil))
	}
}

// clientNotification handles a notification from the client.
func (a *aggConn) clientNotification(m *jsonrpc.Message) {
	switch m.Method {
	case "notifications/initialized":
		return // each upstream got its own after its initialize
	case "notifications/cancelled":
		id := jsonrpc.Member(m.Params, "requestId")
		a.mu.Lock()
		r, ok := a.clientReqs[string(id)]
		if ok {
			delete(a.clientReqs, string(id))
		}
		a.mu.Unlock()
		if !ok {
			return
		}
		// The server will not answer a cancelled request.
		if c := r.up.take(string(r.upID)); c != nil {
			a.forget(r.up, c)
		}
		r.up.submit(aggSplice(m.Raw, aggEdit{id, r.upID}), "")
		return
	case "notifications/progress":
		// Progress the client reports on a server's request.
		tok := string(jsonrpc.Member(m.Params, "progressToken"))
		a.mu.Lock()
		var to *aggUp
		for _, sr := range a.serverReqs {
			if sr.token != "" && sr.token == tok {
				to = sr.up
				break
			}
		}
		a.mu.Unlock()
		if to != nil {
			to.submit(m.Raw, "")
		}
		return
	}
	a.mu.Lock()
	ready := a.answered
	a.mu.Unlock()
	if !ready {
		return
	}
	for _, up := range a.live() {
		up.submit(m.Raw, "")
	}
}

// clientAnswer routes the client's answer to a server request back to that
// server, with the id it gave the request.
func (a *aggConn) clientAnswer(m *jsonrpc.Message) {
	key := string(m.ID)
	a.mu.Lock()
	sr, ok := a.serverReqs[key]
	delete(a.serverReqs, key)
	a.mu.Unlock()
	if !ok {
		a.logger.Debug("answer to no server request; dropped", "id", key)
		return
	}
	sr.up.submit(aggSplice(m.Raw, aggEdit{m.ID, sr.id}), "")
}
