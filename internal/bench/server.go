package bench

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
)

// knownVersions are the protocol revisions the bench server agrees to; others get the newest.
var knownVersions = [...]string{"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"}

// msgKind says what the server made of one inbound message.
type msgKind int

const (
	kindRequest      msgKind = iota // answered with a response
	kindNotification                // no id: nothing to answer
	kindResponse                    // a client's response: nothing to answer
	kindInvalid                     // answered with a JSON-RPC error (id null when unknown)
)

// server is the bench's MCP server: initialize, notifications, ping, tools/list and
// tools/call with a canned text result of the size the arguments ask for. It is meant to
// cost as little as possible, so that proxies dominate the figures. Safe for concurrent use.
type server struct {
	toolsList []byte

	mu      sync.Mutex
	results map[int][]byte // size → result object, built on first use
}

func newServer() (*server, error) {
	gen := newTextGen(7)
	desc := string(gen.sentence(gen.sentence(nil)))
	type tool struct {
		Name        string          `json:"name"`
		Description string          `json:"description"`
		InputSchema json.RawMessage `json:"inputSchema"`
	}
	list, err := json.Marshal(struct {
		Tools []tool `json:"tools"`
	}{[]tool{{
		Name:        toolName,
		Description: desc,
		InputSchema: json.RawMessage(`{"type":"object","properties":{"size":{"type":"integer","description":"result bytes"},"query":{"type":"string"},"context":{"type":"string"}},"required":["size"]}`),
	}}})
	if err != nil {
		return nil, fmt.Errorf("encoding tools/list result: %w", err)
	}
	return &server{toolsList: list, results: make(map[int][]byte)}, nil
}

// inbound is the part of a message the server reads.
type inbound struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params struct {
		ProtocolVersion string `json:"protocolVersion"`
		Name            string `json:"name"`
		Arguments       struct {
			Size int `json:"size"`
		} `json:"arguments"`
	} `json:"params"`
}

// handle appends to dst the response to msg, if it needs one, and says what msg was. The
// method is returned so that the HTTP side can issue a session at initialize.
func (s *server) handle(dst, msg []byte) ([]byte, msgKind, string) {
	var in inbound
	if err := json.Unmarshal(msg, &in); err != nil {
		return appendError(dst, nil, -32700, "parse error: "+err.Error()), kindInvalid, ""
	}
	if in.Method == "" {
		if len(in.ID) == 0 {
			return appendError(dst, nil, -32600, "invalid request: no method and no id"), kindInvalid, ""
		}
		return dst, kindResponse, ""
	}
	if len(in.ID) == 0 {
		return dst, kindNotification, in.Method
	}
	switch in.Method {
	case "initialize":
		v := knownVersions[len(knownVersions)-1]
		for _, k := range knownVersions {
			if in.Params.ProtocolVersion == k {
				v = k
			}
		}
		res := `{"protocolVersion":"` + v + `","capabilities":{"tools":{"listChanged":false}},` +
			`"serverInfo":{"name":"mcpshield-bench-server","version":"1"}}`
		return appendResult(dst, in.ID, []byte(res)), kindRequest, in.Method
	case "ping":
		return appendResult(dst, in.ID, []byte(`{}`)), kindRequest, in.Method
	case "tools/list":
		return appendResult(dst, in.ID, s.toolsList), kindRequest, in.Method
	case "tools/call":
		if in.Params.Name != toolName {
			return appendError(dst, in.ID, -32602, "unknown tool "+strconv.Quote(in.Params.Name)), kindRequest, in.Method
		}
		res, err := s.result(in.Params.Arguments.Size)
		if err != nil {
			return appendError(dst, in.ID, -32602, err.Error()), kindRequest, in.Method
		}
		return appendResult(dst, in.ID, res), kindRequest, in.Method
	default:
		return appendError(dst, in.ID, -32601, "method not found: "+in.Method), kindRequest, in.Method
	}
}

// result returns the canned result object of the given size, building it on first use.
func (s *server) result(size int) ([]byte, error) {
	if size < 0 || size > maxResultSize {
		return nil, fmt.Errorf("size %d out of range [0, %d]", size, maxResultSize)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.results[size]; ok {
		return r, nil
	}
	r, err := callResult(size)
	if err != nil {
		return nil, err
	}
	s.results[size] = r
	return r, nil
}

func appendResult(dst, id, result []byte) []byte {
	dst = append(dst, `{"jsonrpc":"2.0","id":`...)
	dst = append(dst, id...)
	dst = append(dst, `,"result":`...)
	dst = append(dst, result...)
	return append(dst, '}')
}

func appendError(dst, id []byte, code int, msg string) []byte {
	if len(id) == 0 {
		id = []byte("null")
	}
	dst = append(dst, `{"jsonrpc":"2.0","id":`...)
	dst = append(dst, id...)
	dst = append(dst, `,"error":{"code":`...)
	dst = strconv.AppendInt(dst, int64(code), 10)
	dst = append(dst, `,"message":`...)
	q, err := json.Marshal(msg)
	if err != nil {
		q = []byte(`"error"`) // a Go string always encodes; keep the message valid regardless
	}
	dst = append(dst, q...)
	return append(dst, `}}`...)
}
