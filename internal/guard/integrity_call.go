package guard

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/pin"
	"github.com/mcpshield/mcpshield/internal/store"
)

// inspectCall denies a tools/call for a tool the client was not shown:
// withheld, or never listed through the shield; and a prompts/get for a
// withheld prompt. A definition
// this process has not seen listed may still be called when the store holds
// a trusted pin for it (a client that listed before the shield restarted);
// it is then judged on the pinned definition.
func (c *integrityCheck) inspectCall(ctx context.Context, kind pin.Kind, name string) (Decision, error) {
	if name == "" {
		return Denied(jsonrpc.CodeInvalidParams, "the %s has no name", callNoun(kind)), nil
	}
	l, ok := c.o.Catalog.Get(kind, name)
	if !ok {
		var err error
		if l, ok, err = c.fromStore(ctx, kind, name); err != nil {
			return Decision{}, err
		}
	}
	if !ok && kind == pin.KindPrompt {
		// A prompt the client fetches by a name it knew from elsewhere is
		// allowed: only withheld prompts are refused, and what comes back is
		// checked like any content.
		return Allowed, nil
	}
	if !ok {
		return Denied(0, "%s %q was never listed by %s through the shield; list the %ss first (calls around the shield's listing are refused)",
			kind, name, c.o.Server, kind), nil
	}
	if l.Withheld == "" && kind == pin.KindTool {
		l.Withheld = c.shadowedSince(l)
	}
	if l.Withheld != "" {
		return Denied(0, "%s %q of %s is withheld: %s", kind, name, c.o.Server, l.Withheld), nil
	}
	return Allowed, nil
}

// shadowedSince re-checks a shown tool for shadowing when other servers
// have listed since it was: the tool it names may have arrived later. A
// tool found shadowing is withheld from then on.
func (c *integrityCheck) shadowedSince(l Listed) string {
	if c.o.Registry == nil || l.approved || l.tool.Name == "" {
		return ""
	}
	gen := c.o.Registry.generation()
	if gen == l.shadowAt {
		return ""
	}
	why := ""
	for _, f := range ShadowingOf(c.o.Detector, c.o.Server, l.tool, c.o.Registry.snapshot()) {
		if f.Blocking() {
			why = fmt.Sprintf("%s (%s); if this is a false positive, approve this exact definition with `mcpshield approve %s %s`",
				f.Explanation, f.Type, c.o.Server, l.Name)
			break
		}
	}
	l.Withheld, l.shadowAt = why, gen
	c.o.Catalog.Put(l)
	return why
}

func callNoun(kind pin.Kind) string {
	if kind == pin.KindTool {
		return "tools/call"
	}
	return "prompts/get"
}

// fromStore rebuilds a catalog entry from the pinned definition.
func (c *integrityCheck) fromStore(ctx context.Context, kind pin.Kind, name string) (Listed, bool, error) {
	if c.o.Store == nil {
		return Listed{}, false, nil
	}
	rows, err := c.o.Store.Pins(ctx, c.o.ServerID)
	if err != nil {
		return Listed{}, false, fmt.Errorf("reading pins of %s: %w", c.o.Server, err)
	}
	for i := range rows {
		row := &rows[i]
		if row.Kind != store.Kind(kind) || row.Name != name || row.Hash == "" {
			continue
		}
		d := pin.Definition{Kind: kind, Name: name, Canonical: row.Definition, Hash: row.Hash}
		scan := c.scans.get(kind, d, json.RawMessage(row.Definition))
		l := Listed{Kind: kind, Name: name, Hash: row.Hash, Withheld: c.verdict(kind, d, row, scan)}
		if row.PendingHash != "" && l.Withheld == "" {
			l.Withheld = fmt.Sprintf("changed since it was pinned (%s) — a possible rug pull; review it with `mcpshield pins diff %s %s` and approve it with `mcpshield approve %s %s`",
				describeChange(row.Definition, row.PendingDefinition), c.o.Server, name, c.o.Server, name)
		}
		if kind == pin.KindTool {
			l.InputSchema, l.Annotations = scan.inputSchema, scan.annotations
		}
		c.o.Catalog.Put(l)
		return l, true, nil
	}
	return Listed{}, false, nil
}
