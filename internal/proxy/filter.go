// Package proxy carries MCP sessions between clients and upstream servers:
// stdio relays, the Streamable HTTP gateway, and the upstream transports. Every
// message passes through a Filter, which types it, remembers which request a
// response answers (in both directions), and runs the check chain.
package proxy

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// maxPending bounds the requests awaiting an answer in one direction of one
// session, so a peer that never answers cannot grow the shield's memory.
const maxPending = 1 << 16

// Filter runs the messages of one session through a check chain. It pairs
// requests with responses by id in both directions, so a response is typed
// by the request it answers (a tools/call result is a tool result). It is
// safe for concurrent use by the two directions of a session.
type Filter struct {
	chain   *guard.Chain
	server  string
	session string

	mu       sync.Mutex
	client   clientInfo         // from the session's initialize request
	toServer map[string]pending // client requests awaiting the server's answer
	toClient map[string]pending // server requests awaiting the client's answer
}

// clientInfo is what a client says of itself in initialize.
type clientInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type pending struct {
	method string
	tool   string
}

// NewFilter returns a filter for one session of upstream server. chain may be
// nil (no checks).
func NewFilter(chain *guard.Chain, server, session string) *Filter {
	return &Filter{chain: chain, server: server, session: session}
}

// Outcome is what to do with one message.
type Outcome struct {
	// Forward is the message to pass on in the message's direction, nil for
	// none. It is the original bytes unless a check changed the message or a
	// denied response was replaced with an error.
	Forward []byte
	// Reply is an answer to send back to the message's sender instead, nil
	// for none (a denied request is answered here).
	Reply []byte
	// Decision is the chain's decision (Allow when no check looked).
	Decision guard.Decision
}

// Process decides about one message travelling in direction dir.
func (f *Filter) Process(ctx context.Context, dir guard.Direction, msg *jsonrpc.Message) Outcome {
	method, tool := msg.Method, ""
	switch msg.Kind {
	case jsonrpc.KindResponse, jsonrpc.KindError:
		p, ok := f.answer(dir, msg.ID)
		if ok {
			method, tool = p.method, p.tool
		}
	case jsonrpc.KindRequest:
		if method == "tools/call" && dir == guard.ToServer {
			tool, _ = jsonrpc.String(jsonrpc.Member(msg.Params, "name"))
		}
	}
	kind := guard.KindOf(dir, msg, method)
	if kind == guard.KindInitialize {
		f.noteClient(msg)
	}
	out := Outcome{Forward: msg.Raw, Decision: guard.Allowed}
	if f.chain.Wants(kind) {
		f.mu.Lock()
		client := f.client
		f.mu.Unlock()
		ev := guard.Event{
			Server: f.server, Session: f.session, Dir: dir, Kind: kind,
			Method: method, Tool: tool, Msg: msg, Client: client.Name, ClientVersion: client.Version,
			Principal: guard.PrincipalFrom(ctx),
		}
		d := f.chain.Run(ctx, &ev)
		out.Decision = d
		switch d.Verdict {
		case guard.Modify:
			out.Forward = d.Msg.Raw
		case guard.Deny:
			out.Forward = nil
			denied(msg, kind, d, &out)
			return out
		}
	}
	if msg.Kind == jsonrpc.KindRequest {
		if !f.expect(dir, msg.ID, pending{method: method, tool: tool}) {
			out.Forward = nil
			out.Reply = jsonrpc.ErrorResponse(msg.ID, jsonrpc.CodeInternalError, "too many requests awaiting an answer in this session", nil)
		}
	}
	return out
}

// noteClient remembers the clientInfo of an initialize request.
func (f *Filter) noteClient(msg *jsonrpc.Message) {
	var c clientInfo
	if json.Unmarshal(jsonrpc.Member(msg.Params, "clientInfo"), &c) != nil {
		return
	}
	f.mu.Lock()
	f.client = c
	f.mu.Unlock()
}

// denied fills in what a deny means for each shape of message.
func denied(msg *jsonrpc.Message, kind guard.Kind, d guard.Decision, out *Outcome) {
	reason := "mcpshield: " + d.Reason
	data := map[string]string{"check": d.Check}
	switch msg.Kind {
	case jsonrpc.KindRequest:
		if kind == guard.KindToolCall && d.Code == jsonrpc.CodeDenied {
			// A refused tool call is a tool error the model can read and
			// act on, as the spec prefers for tool-level failures.
			out.Reply = jsonrpc.ResultResponse(msg.ID, guard.ToolErrorResult(reason))
			return
		}
		out.Reply = jsonrpc.ErrorResponse(msg.ID, d.Code, reason, data)
	case jsonrpc.KindResponse, jsonrpc.KindError:
		// The requester still gets an answer: an error in place of the
		// refused response.
		out.Forward = jsonrpc.ErrorResponse(msg.ID, d.Code, reason, data)
	case jsonrpc.KindNotification:
		// Nothing to answer; the decision is recorded by the chain.
	}
}

func (f *Filter) expect(dir guard.Direction, id []byte, p pending) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := &f.toServer
	if dir == guard.ToClient {
		m = &f.toClient
	}
	if *m == nil {
		*m = make(map[string]pending)
	}
	if len(*m) >= maxPending {
		return false
	}
	(*m)[string(id)] = p
	return true
}

// answer finds and forgets the request that a response travelling in dir
// answers: a response to the client answers a request sent to the server.
func (f *Filter) answer(dir guard.Direction, id []byte) (pending, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := f.toServer
	if dir == guard.ToServer {
		m = f.toClient
	}
	p, ok := m[string(id)]
	if ok {
		delete(m, string(id))
	}
	return p, ok
}

// Pending returns how many requests await an answer in each direction.
func (f *Filter) Pending() (toServer, toClient int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.toServer), len(f.toClient)
}

// Abandon forgets every client request still awaiting the server's answer
// and returns an error response for each, for when the upstream is gone.
func (f *Filter) Abandon(reason string) [][]byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out [][]byte
	for id := range f.toServer {
		out = append(out, jsonrpc.ErrorResponse([]byte(id), jsonrpc.CodeUpstream, "mcpshield: "+reason, nil))
	}
	clear(f.toServer)
	return out
}
