// Package capture connects to an MCP server the way the shield does and
// records what it declares: its tools, prompts and resource templates, each
// exactly as the server sent it. It calls no tool and reads no resource, so
// capturing a server runs none of its code paths beyond listing.
//
// A capture is one session: initialize, notifications/initialized, then
// tools/list, prompts/list and resources/templates/list, each only when the
// server declared the capability, following pagination within bounds. While
// it waits, it answers what the server asks (ping; anything else is refused
// with method not found) and ignores notifications.
package capture

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

// ProtocolVersion is the protocol version a capture asks for. The server
// may choose another; the snapshot records the one it chose.
const ProtocolVersion = "2025-11-25"

// Snapshot is what a server declared in one session. Each item of Tools,
// Prompts and ResourceTemplates is the raw JSON object the server sent, in
// the server's order; a list is nil when the server did not declare its
// capability.
type Snapshot struct {
	ProtocolVersion   string            `json:"protocol_version"`
	ServerName        string            `json:"server_name,omitempty"`
	ServerVersion     string            `json:"server_version,omitempty"`
	Instructions      string            `json:"instructions,omitempty"`
	Tools             []json.RawMessage `json:"tools,omitempty"`
	Prompts           []json.RawMessage `json:"prompts,omitempty"`
	ResourceTemplates []json.RawMessage `json:"resource_templates,omitempty"`
}

// Options configure a capture. The zero value is usable.
type Options struct {
	// Version is sent as clientInfo.version; "" means "devel".
	Version string
	// MaxPages bounds the pages read for one list; 0 means DefaultMaxPages.
	MaxPages int
	// MaxItems bounds the items of one list; 0 means DefaultMaxItems.
	MaxItems int
	// Logger receives debug logs (ignored messages, answered requests); nil
	// discards them.
	Logger *slog.Logger
}

// Capture dials one session with the server, records its definitions and
// closes the session, also when it fails. ctx bounds the whole capture,
// except the closing: a stdio server gets the dialer's grace period to
// exit, an HTTP session a short DELETE.
//
// Errors name the step that failed (initialize, tools/list, ...) and what
// the server answered; a JSON-RPC error answer is a *ServerError.
func Capture(ctx context.Context, dial proxy.Dialer, opts Options) (*Snapshot, error) {
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	conn, err := dial(ctx)
	if err != nil {
		return nil, fmt.Errorf("connecting: %w", err)
	}
	s := startSession(conn, logger)
	defer s.close()

	snap, caps, err := s.initialize(ctx, opts.Version)
	if err != nil {
		return nil, fmt.Errorf("initialize: %w", err)
	}
	if err := s.notify(ctx, "notifications/initialized"); err != nil {
		return nil, fmt.Errorf("notifications/initialized: %w", err)
	}
	lim := limits{pages: opts.MaxPages, items: opts.MaxItems}
	if lim.pages <= 0 {
		lim.pages = DefaultMaxPages
	}
	if lim.items <= 0 {
		lim.items = DefaultMaxItems
	}
	lists := []struct {
		capability, method, key string
		into                    *[]json.RawMessage
	}{
		{"tools", "tools/list", "tools", &snap.Tools},
		{"prompts", "prompts/list", "prompts", &snap.Prompts},
		{"resources", "resources/templates/list", "resourceTemplates", &snap.ResourceTemplates},
	}
	for _, l := range lists {
		if !declared(caps, l.capability) {
			continue
		}
		items, err := s.list(ctx, l.method, l.key, lim)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", l.method, err)
		}
		*l.into = items
	}
	return snap, nil
}

// declared reports whether the capabilities object has name, not null.
func declared(caps []byte, name string) bool {
	v := jsonrpc.Member(caps, name)
	return v != nil && string(v) != "null"
}

// initialize runs the initialize request and reads the server's answer.
func (s *session) initialize(ctx context.Context, version string) (*Snapshot, []byte, error) {
	if version == "" {
		version = "devel"
	}
	params := initParams{ProtocolVersion: ProtocolVersion, Capabilities: struct{}{}}
	params.ClientInfo.Name, params.ClientInfo.Version = "mcpshield", version
	res, err := s.call(ctx, "initialize", params)
	if err != nil {
		return nil, nil, err
	}
	snap := &Snapshot{}
	var ok bool
	if snap.ProtocolVersion, ok = jsonrpc.String(jsonrpc.Member(res, "protocolVersion")); !ok || snap.ProtocolVersion == "" {
		return nil, nil, errors.New("the answer has no protocolVersion")
	}
	caps := jsonrpc.Member(res, "capabilities")
	if len(caps) == 0 || caps[0] != '{' {
		return nil, nil, errors.New("the answer has no capabilities object")
	}
	info := jsonrpc.Member(res, "serverInfo")
	snap.ServerName, _ = jsonrpc.String(jsonrpc.Member(info, "name"))
	snap.ServerVersion, _ = jsonrpc.String(jsonrpc.Member(info, "version"))
	snap.Instructions, _ = jsonrpc.String(jsonrpc.Member(res, "instructions"))
	return snap, caps, nil
}

type initParams struct {
	ProtocolVersion string   `json:"protocolVersion"`
	Capabilities    struct{} `json:"capabilities"`
	ClientInfo      struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	} `json:"clientInfo"`
}
