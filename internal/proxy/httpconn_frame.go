package proxy

import (
	"bytes"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// hcFrame is what Send needs to know about a frame.
type hcFrame struct {
	calls       map[string][]byte // its requests, awaiting an answer: id key -> raw id
	initID      string            // id key of its initialize request, "" for none
	initialized bool              // it holds notifications/initialized
	// Of a frame holding a single message: its method, the name a request
	// of 2026-07-28 carries in Mcp-Name, and the version in its _meta (a
	// request or notification of 2026-07-28 names it there).
	method, name string
	hasName      bool
	metaVersion  string
}

// hcMetaVersion is the _meta key of a 2026-07-28 request's protocol version.
const hcMetaVersion = "io.modelcontextprotocol/protocolVersion"

func hcInspect(frame []byte) (*hcFrame, error) {
	msgs, _, isBatch, err := jsonrpc.ParseBatch(frame)
	if err != nil {
		return nil, fmt.Errorf("not a JSON-RPC message: %w", err)
	}
	f := &hcFrame{}
	for _, m := range msgs {
		if m == nil {
			continue
		}
		switch m.Kind {
		case jsonrpc.KindRequest:
			if f.calls == nil {
				f.calls = make(map[string][]byte)
			}
			f.calls[string(m.ID)] = bytes.Clone(m.ID)
			if m.Method == "initialize" {
				f.initID = string(m.ID)
			}
		case jsonrpc.KindNotification:
			if m.Method == "notifications/initialized" {
				f.initialized = true
			}
		}
	}
	if isBatch || msgs[0] == nil {
		return f, nil
	}
	m := msgs[0]
	f.method = m.Method
	f.metaVersion, _ = jsonrpc.String(jsonrpc.Member(jsonrpc.Member(m.Params, "_meta"), hcMetaVersion))
	if m.Kind == jsonrpc.KindRequest {
		switch m.Method {
		case "tools/call", "prompts/get":
			f.name, f.hasName = jsonrpc.String(jsonrpc.Member(m.Params, "name"))
		case "resources/read":
			f.name, f.hasName = jsonrpc.String(jsonrpc.Member(m.Params, "uri"))
		}
	}
	return f, nil
}
