package guard

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/store"
)

// seenServer records the serverInfo of an initialize result and reports a
// server that announces a different name or version than last time: the
// same configured command or URL now runs something else.
func (c *integrityCheck) seenServer(ctx context.Context, msg *jsonrpc.Message) error {
	if c.o.Store == nil || msg.Result == nil {
		return nil
	}
	var info struct {
		Name, Version string
	}
	_ = json.Unmarshal(jsonrpc.Member(msg.Result, "serverInfo"), &info)
	now := c.o.Now()
	prev, found, err := c.o.Store.SeenServer(ctx, store.Server{ID: c.o.ServerID, Name: c.o.Server,
		InfoName: info.Name, InfoVersion: info.Version, FirstSeen: now, LastSeen: now})
	if err != nil {
		return fmt.Errorf("recording server %s: %w", c.o.Server, err)
	}
	c.mu.Lock()
	c.recorded = true
	c.mu.Unlock()
	if found && prev.InfoName != "" && (prev.InfoName != info.Name || prev.InfoVersion != info.Version) {
		c.o.Logger.LogAttrs(ctx, slog.LevelWarn, "server identity changed: it announces a different serverInfo than before",
			slog.String("server", c.o.Server), slog.String("was", prev.InfoName+" "+prev.InfoVersion),
			slog.String("now", info.Name+" "+info.Version))
	}
	return nil
}

// ensureServer gives the server a record (so `mcpshield approve NAME` finds
// it) when no initialize result was seen, as for stateless clients.
func (c *integrityCheck) ensureServer(ctx context.Context) error {
	c.mu.Lock()
	done := c.recorded
	c.recorded = true
	c.mu.Unlock()
	if done || c.o.Store == nil {
		return nil
	}
	servers, err := c.o.Store.Servers(ctx)
	if err != nil {
		return fmt.Errorf("reading server records: %w", err)
	}
	for _, s := range servers {
		if s.ID == c.o.ServerID {
			return nil
		}
	}
	now := c.o.Now()
	if _, _, err := c.o.Store.SeenServer(ctx, store.Server{ID: c.o.ServerID, Name: c.o.Server, FirstSeen: now, LastSeen: now}); err != nil {
		return fmt.Errorf("recording server %s: %w", c.o.Server, err)
	}
	return nil
}
