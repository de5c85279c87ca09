package guard

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// Direction says which way a message travels through the shield.
type Direction uint8

const (
	ToServer Direction = iota // from the client, towards the upstream server
	ToClient                  // from the upstream server, towards the client
)

func (d Direction) String() string {
	if d == ToServer {
		return "to_server"
	}
	return "to_client"
}

// Kind types an event, decoded once from the method of the message or, for a
// response, from the method of the request it answers.
type Kind uint8

const (
	KindOther               Kind = iota // anything not typed below
	KindInitialize                      // initialize request
	KindInitializeResult                // initialize response
	KindDiscover                        // server/discover request (2026-07-28 stateless core)
	KindDiscoverResult                  // server/discover response
	KindToolsList                       // tools/list request
	KindToolsListResult                 // tools/list response
	KindToolCall                        // tools/call request
	KindToolResult                      // tools/call response
	KindResourcesList                   // resources/list and resources/templates/list requests
	KindResourcesListResult             // their responses
	KindResourceRead                    // resources/read request
	KindResourceReadResult              // resources/read response
	KindPromptsList                     // prompts/list request
	KindPromptsListResult               // prompts/list response
	KindPromptGet                       // prompts/get request
	KindPromptResult                    // prompts/get response
	KindServerRequest                   // a request from the server: sampling, elicitation, roots, ...
	KindServerRequestResult             // the client's answer to a server request
	KindNotification                    // any notification, either way
	KindError                           // an error response, either way
	numKinds
)

var kindNames = [numKinds]string{
	"other", "initialize", "initialize_result", "discover", "discover_result",
	"tools_list", "tools_list_result", "tool_call", "tool_result",
	"resources_list", "resources_list_result", "resource_read", "resource_read_result",
	"prompts_list", "prompts_list_result", "prompt_get", "prompt_result",
	"server_request", "server_request_result", "notification", "error",
}

func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "unknown"
}

// KindOf types a message. method is the message's own method for requests and
// notifications, and the method of the answered request for responses ("" if
// unknown). dir is the direction the message travels.
func KindOf(dir Direction, msg *jsonrpc.Message, method string) Kind {
	switch msg.Kind {
	case jsonrpc.KindNotification:
		return KindNotification
	case jsonrpc.KindError:
		return KindError
	case jsonrpc.KindRequest:
		if dir == ToClient {
			return KindServerRequest
		}
		return requestKinds[method]
	case jsonrpc.KindResponse:
		if dir == ToServer {
			return KindServerRequestResult
		}
		return resultKinds[method]
	}
	return KindOther
}

var requestKinds = map[string]Kind{
	"initialize":               KindInitialize,
	"server/discover":          KindDiscover,
	"tools/list":               KindToolsList,
	"tools/call":               KindToolCall,
	"resources/list":           KindResourcesList,
	"resources/templates/list": KindResourcesList,
	"resources/read":           KindResourceRead,
	"prompts/list":             KindPromptsList,
	"prompts/get":              KindPromptGet,
}

var resultKinds = map[string]Kind{
	"initialize":               KindInitializeResult,
	"server/discover":          KindDiscoverResult,
	"tools/list":               KindToolsListResult,
	"tools/call":               KindToolResult,
	"resources/list":           KindResourcesListResult,
	"resources/templates/list": KindResourcesListResult,
	"resources/read":           KindResourceReadResult,
	"prompts/list":             KindPromptsListResult,
	"prompts/get":              KindPromptResult,
}

// StatelessSession is the Session of stateless requests (protocol
// 2026-07-28 without a session): per-session limits do not apply to them.
const StatelessSession = "(stateless)"

// Event is what a check sees: one message, typed, with where it comes from.
// The chain owns the Event; checks must not keep it after Inspect returns.
type Event struct {
	Server    string // the configured upstream name ("" for the quick forms' single upstream)
	Principal string // who the client is, when known ("" otherwise)
	// Client and ClientVersion are the clientInfo of the session's
	// initialize, as the client stated it ("" before it, and for stateless
	// requests).
	Client, ClientVersion string
	// Session is the shield's session id: "" for a stdio session (the
	// process is the session), StatelessSession for 2026-07-28 stateless
	// requests, which belong to no session.
	Session string
	Dir     Direction // which way the message travels
	Kind    Kind      // the typed kind of the message
	// Method is the message's method, or for a response the method of the
	// request it answers ("" when that is unknown).
	Method string
	// Tool is the tool name of a tools/call request, or of the request a
	// tools/call response answers.
	Tool string
	// Msg is the message as it stands: after a check modifies it, the next
	// check sees the modified message.
	Msg *jsonrpc.Message

	// The arguments of a tools/call, decoded once per message for every
	// check that reads them: see ArgsValue and Args.
	argsFor *jsonrpc.Message // the message the fields below were decoded from
	value   any              // as jsonwalk.Value decodes them
	valErr  error
	args    map[string]any // as encoding/json decodes them, once asked for
	argsErr error
	argsOK  bool // args and argsErr are set
}

// ArgsValue returns the arguments of a tools/call as jsonwalk.Value decodes
// them (numbers as json.Number), for schema validation; nil when there are
// none or they are null. It decodes once per message: checks share the
// result, and must not modify it.
func (ev *Event) ArgsValue() (any, error) {
	ev.decodeArgs()
	return ev.value, ev.valErr
}

// Args returns the arguments of a tools/call decoded as encoding/json does
// (numbers as float64); nil when there are none. It decodes once per
// message: checks share the result, and must not modify it.
func (ev *Event) Args() (map[string]any, error) {
	ev.decodeArgs()
	if ev.argsOK {
		return ev.args, ev.argsErr
	}
	ev.argsOK = true
	if ev.valErr == nil {
		if ev.value == nil {
			return nil, nil
		}
		// The tree ArgsValue shares, its numbers as float64: the same
		// values as encoding/json's, which the slow path below gives
		// otherwise (a number out of float64's range, arguments that
		// are not an object), with its errors.
		if m, ok := ev.value.(map[string]any); ok {
			if v, _, ok := withFloats(m); ok {
				ev.args = v.(map[string]any)
				return ev.args, nil
			}
		}
	}
	raw := jsonrpc.Member(ev.Msg.Params, "arguments")
	if err := json.Unmarshal(raw, &ev.args); err != nil {
		ev.args, ev.argsErr = nil, fmt.Errorf("arguments are not a JSON object: %w", err)
	}
	return ev.args, ev.argsErr
}

// decodeArgs decodes the arguments of ev.Msg, unless they already are.
func (ev *Event) decodeArgs() {
	if ev.argsFor == ev.Msg && ev.argsFor != nil {
		return
	}
	ev.argsFor, ev.value, ev.valErr, ev.args, ev.argsErr, ev.argsOK = ev.Msg, nil, nil, nil, nil, false
	raw := jsonrpc.Member(ev.Msg.Params, "arguments")
	if len(raw) == 0 || string(raw) == "null" {
		ev.argsOK = true // no arguments: Args returns nil, nil
		return
	}
	ev.value, ev.valErr = jsonwalk.Value(raw)
}

// withFloats returns v with its json.Numbers converted to float64 as
// encoding/json converts them; a container none of whose values changed is
// returned as it is, shared. ok is false when a number does not fit a
// float64.
func withFloats(v any) (out any, changed, ok bool) {
	switch v := v.(type) {
	case json.Number:
		f, err := strconv.ParseFloat(string(v), 64)
		return f, true, err == nil
	case map[string]any:
		var m map[string]any
		for k, e := range v {
			c, ch, ok := withFloats(e)
			if !ok {
				return nil, false, false
			}
			if ch {
				if m == nil {
					m = maps.Clone(v)
				}
				m[k] = c
			}
		}
		if m == nil {
			return v, false, true
		}
		return m, true, true
	case []any:
		var a []any
		for i, e := range v {
			c, ch, ok := withFloats(e)
			if !ok {
				return nil, false, false
			}
			if ch {
				if a == nil {
					a = slices.Clone(v)
				}
				a[i] = c
			}
		}
		if a == nil {
			return v, false, true
		}
		return a, true, true
	}
	return v, false, true
}
