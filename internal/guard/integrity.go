package guard

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/pin"
	"github.com/mcpshield/mcpshield/internal/store"
)

// FindingAction says what the integrity check does with a definition that
// has a blocking (high or critical) detector finding.
type FindingAction uint8

const (
	// Withhold keeps the definition from the client and denies calls to it
	// (the default).
	Withhold FindingAction = iota
	// ReportOnly forwards the definition and records the finding.
	ReportOnly
	// Strip removes the offending text from the tool's description and
	// schema and forwards the rest; a tool whose finding cannot be removed
	// (its name, or a finding that remains after stripping) is withheld.
	// Prompts, templates and resources are withheld, and a server's
	// instructions replaced, as with Withhold.
	Strip
)

// IntegrityOptions configure the integrity check of one upstream server.
type IntegrityOptions struct {
	// Server is the server's name in messages; ServerID its identity in the
	// store (what the user configured: the command and args, or the URL).
	Server, ServerID string
	// Store keeps pins and approvals. Nil disables pinning (detection and
	// signatures still apply).
	Store store.Store
	// TrustNew trusts definitions first seen after the server's first
	// listing, like the first ones. False (the default) withholds them until
	// they are approved.
	TrustNew bool
	// Signed reports whether a definition's hash is in a manifest signed by
	// a trusted key. Nil means signatures are not required.
	Signed func(kind pin.Kind, name, hash string) bool
	// Detector scans definitions for poisoning; nil means the default.
	Detector *poisoning.Detector
	// OnFinding is what a blocking finding does (Withhold by default).
	OnFinding FindingAction
	// Catalog receives what was shown and withheld; the call check reads it.
	// Required.
	Catalog *Catalog
	// Registry, when not nil, holds every server's tools for cross-server
	// shadowing checks.
	Registry *Registry
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger receives one line per withheld or stripped definition; nil
	// discards.
	Logger *slog.Logger
}

// integrityCheck pins, verifies and scans the definitions in tools/list,
// prompts/list and resources/templates/list results, withholding the ones
// that changed, are unsigned, or are poisoned, and stripping invisible and
// control characters from the rest. It scans the server's instructions and
// description in its initialize result, and the resources it lists, the
// same way, without pinning them.
type integrityCheck struct {
	o     IntegrityOptions
	scans *scanCache

	mu       sync.Mutex
	tofuOpen map[pin.Kind]int  // pages of a first listing so far (more follow)
	pinned   map[pin.Kind]bool // the store holds pins of this kind
	recorded bool              // the server has a record in the store
}

var _ Check = (*integrityCheck)(nil)

// NewIntegrityCheck returns the integrity check for one upstream server.
func NewIntegrityCheck(o IntegrityOptions) Check {
	if o.Detector == nil {
		o.Detector = poisoning.New(poisoning.Options{})
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	scans := newScanCache(o.Detector)
	scans.strip = o.OnFinding == Strip
	return &integrityCheck{o: o, scans: scans, tofuOpen: map[pin.Kind]int{}, pinned: map[pin.Kind]bool{}}
}

func (c *integrityCheck) Name() string { return "integrity" }

func (c *integrityCheck) Kinds() []Kind {
	return []Kind{KindInitializeResult, KindDiscoverResult, KindToolsListResult, KindPromptsListResult, KindResourcesListResult, KindToolCall, KindPromptGet}
}

// listMember names the array of definitions in each list result.
func listMember(method string) (pin.Kind, string, bool) {
	switch method {
	case "tools/list":
		return pin.KindTool, "tools", true
	case "prompts/list":
		return pin.KindPrompt, "prompts", true
	case "resources/templates/list":
		return pin.KindResourceTemplate, "resourceTemplates", true
	}
	return "", "", false
}

func (c *integrityCheck) Inspect(ctx context.Context, ev *Event) (Decision, error) {
	switch ev.Kind {
	case KindInitializeResult:
		if err := c.seenServer(ctx, ev.Msg); err != nil {
			return Decision{}, err
		}
		return c.inspectServerTexts(ctx, ev.Msg)
	case KindDiscoverResult:
		// protocol 2026-07-28's server/discover: the instructions, without
		// serverInfo (so the server's record is not touched)
		return c.inspectServerTexts(ctx, ev.Msg)
	case KindToolCall:
		return c.inspectCall(ctx, pin.KindTool, ev.Tool)
	case KindPromptGet:
		name, _ := jsonrpc.String(jsonrpc.Member(ev.Msg.Params, "name"))
		return c.inspectCall(ctx, pin.KindPrompt, name)
	}
	if ev.Method == "resources/list" && ev.Msg.Result != nil {
		return c.inspectResources(ctx, ev.Msg)
	}
	kind, member, ok := listMember(ev.Method)
	if !ok || ev.Msg.Result == nil {
		return Allowed, nil
	}
	arr := jsonrpc.Member(ev.Msg.Result, member)
	if arr == nil {
		return Allowed, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(arr, &raws); err != nil {
		return Denied(jsonrpc.CodeUpstream, "%s listed %s that are not a JSON array of objects", c.o.Server, member), nil
	}
	defs := make([]pin.Definition, len(raws))
	verdicts := make([]string, len(raws)) // "" shown, else why withheld
	for i, raw := range raws {
		d, err := pin.Parse(kind, raw)
		if err != nil {
			verdicts[i] = err.Error()
			continue
		}
		defs[i] = d
	}
	// A name listed twice is ambiguous: which definition would a call
	// reach? Every copy is withheld, and none is pinned.
	seen := make(map[string]int, len(defs))
	for _, d := range defs {
		if d.Name != "" {
			seen[d.Name]++
		}
	}
	for i, d := range defs {
		if d.Hash == "" {
			continue
		}
		if err := (store.Def{Kind: store.Kind(kind), Name: d.Name, Hash: d.Hash, Definition: d.Canonical}).Check(); err != nil {
			// Too large, or a name no store can hold (NUL bytes): withheld,
			// so the rest of the listing still goes through.
			verdicts[i] = fmt.Sprintf("the definition cannot be pinned: %v", err)
			defs[i] = pin.Definition{Name: d.Name}
			continue
		}
		if seen[d.Name] > 1 {
			verdicts[i] = fmt.Sprintf("the server listed %d %ss named %q; a call could reach either", seen[d.Name], kind, d.Name)
			defs[i] = pin.Definition{Name: d.Name}
		}
	}
	if err := c.ensureServer(ctx); err != nil {
		return Decision{}, err
	}
	rows, err := c.observe(ctx, kind, defs, jsonrpc.Member(ev.Msg.Result, "nextCursor") == nil)
	if err != nil {
		return Decision{}, err
	}
	var shown []poisoning.Tool
	changed := false
	out := make([]json.RawMessage, 0, len(raws))
	var withheld, reported []string
	for i, raw := range raws {
		d := defs[i]
		var row *store.Pin
		if rows != nil && d.Hash != "" {
			row = &rows[i]
		}
		scan := c.scans.get(kind, d, raw)
		if verdicts[i] == "" {
			verdicts[i] = c.verdict(kind, d, row, scan)
		}
		if verdicts[i] == "" && kind == pin.KindTool && c.o.Registry != nil {
			verdicts[i] = c.shadowing(c.o.Server, scan.tool, row, d)
		}
		name := d.Name
		if name == "" {
			name = fmt.Sprintf("#%d", i)
		}
		l := Listed{Kind: kind, Name: name, Hash: d.Hash, Withheld: verdicts[i]}
		if kind == pin.KindTool {
			l.InputSchema, l.Annotations, l.tool = scan.inputSchema, scan.annotations, scan.tool
			l.approved = row != nil && row.Approved && row.Hash == d.Hash
			if c.o.Registry != nil {
				l.shadowAt = c.o.Registry.generation()
			}
		}
		if d.Name != "" && !c.o.Catalog.Put(l) {
			return Decision{}, fmt.Errorf("%s listed more than %d definitions", c.o.Server, maxCatalog)
		}
		if verdicts[i] != "" {
			changed = true
			withheld = append(withheld, fmt.Sprintf("%s %q: %s", kind, name, verdicts[i]))
			c.o.Logger.LogAttrs(ctx, slog.LevelWarn, "definition withheld", slog.String("server", c.o.Server),
				slog.String("kind", string(kind)), slog.String("name", name), slog.String("reason", verdicts[i]))
			continue
		}
		if kind == pin.KindTool {
			shown = append(shown, scan.tool)
		}
		if f := firstAtLeast(scan.findings, detect.Medium); f != nil {
			reported = append(reported, fmt.Sprintf("%s %q: %s (%s, %s)", kind, name, f.Explanation, f.Type, f.Severity))
		}
		if c.o.OnFinding == Strip && scan.cleaned != nil && (row == nil || !row.Approved) {
			changed = true
			out = append(out, scan.cleaned)
			reported = append(reported, fmt.Sprintf("%s %q: stripped %s", kind, name, scan.blocking.Explanation))
			continue
		}
		if scan.stripped != nil {
			changed = true
			out = append(out, scan.stripped)
			c.o.Logger.LogAttrs(ctx, slog.LevelInfo, "invisible or control characters stripped", slog.String("server", c.o.Server),
				slog.String("kind", string(kind)), slog.String("name", name))
			continue
		}
		out = append(out, raw)
	}
	if kind == pin.KindTool && c.o.Registry != nil {
		c.o.Registry.Set(c.o.Server, shown)
	}
	if !changed {
		if len(reported) > 0 {
			return Reported("findings in definitions of %s: %s", c.o.Server, strings.Join(reported, "; ")), nil
		}
		return Allowed, nil
	}
	msg, err := replaceMember(ev.Msg, member, out)
	if err != nil {
		return Decision{}, err
	}
	reason := fmt.Sprintf("stripped invisible or control characters from %s definitions of %s", kind, c.o.Server)
	if len(withheld) > 0 {
		reason = fmt.Sprintf("withheld from %s: %s", c.o.Server, strings.Join(withheld, "; "))
	}
	if len(reported) > 0 {
		reason += "; also: " + strings.Join(reported, "; ")
	}
	return Modified(msg, reason), nil
}

// observe records the definitions in the store and returns the rows, in the
// order of defs (nil without a store). Definitions that did not parse are
// skipped.
func (c *integrityCheck) observe(ctx context.Context, kind pin.Kind, defs []pin.Definition, last bool) ([]store.Pin, error) {
	if c.o.Store == nil {
		return nil, nil
	}
	var in []store.Def
	var at []int
	for i, d := range defs {
		if d.Hash != "" {
			in = append(in, store.Def{Kind: store.Kind(kind), Name: d.Name, Hash: d.Hash, Definition: d.Canonical})
			at = append(at, i)
		}
	}
	mode := store.PendingNew
	if c.o.TrustNew {
		mode = store.PinNew
	}
	c.mu.Lock()
	pages := c.tofuOpen[kind]
	c.mu.Unlock()
	open := pages > 0 && pages < maxFirstPages
	if !open {
		// Trust on first use is per kind: a server whose prompts were
		// pinned first still gets its tools pinned on their first listing.
		has, err := c.hasPins(ctx, kind)
		if err != nil {
			return nil, fmt.Errorf("reading pins of %s: %w", c.o.Server, err)
		}
		open = !has
	}
	if open {
		mode = store.PinNew
	}
	// A first listing stays open for trust on first use until its last
	// page, and at most maxFirstPages pages: a server that never stops
	// paging cannot keep trusting new definitions.
	c.mu.Lock()
	if open && !last {
		c.tofuOpen[kind] = pages + 1
	} else {
		c.tofuOpen[kind] = 0
	}
	c.mu.Unlock()
	if len(in) == 0 {
		return make([]store.Pin, len(defs)), nil
	}
	got, err := c.o.Store.Observe(ctx, c.o.ServerID, in, mode, c.o.Now())
	if err != nil {
		return nil, fmt.Errorf("recording pins of %s: %w", c.o.Server, err)
	}
	if len(got) != len(in) {
		return nil, fmt.Errorf("recording pins of %s: store returned %d rows for %d definitions", c.o.Server, len(got), len(in))
	}
	rows := make([]store.Pin, len(defs))
	for j, i := range at {
		rows[i] = got[j]
	}
	return rows, nil
}

// maxFirstPages bounds the pages of a first listing that are trusted on
// first use (a listing of 100 pages holds thousands of definitions).
const maxFirstPages = 100

// hasPins reports whether the store holds any definition of kind for the
// server. The answer is remembered once true.
func (c *integrityCheck) hasPins(ctx context.Context, kind pin.Kind) (bool, error) {
	c.mu.Lock()
	known := c.pinned[kind]
	c.mu.Unlock()
	if known {
		return true, nil
	}
	if has, err := c.o.Store.HasPins(ctx, c.o.ServerID); err != nil || !has {
		return false, err
	}
	rows, err := c.o.Store.Pins(ctx, c.o.ServerID)
	if err != nil {
		return false, err
	}
	for _, r := range rows {
		if r.Kind == store.Kind(kind) {
			c.mu.Lock()
			c.pinned[kind] = true
			c.mu.Unlock()
			return true, nil
		}
	}
	return false, nil
}

// verdict says why d must be withheld, or "" when it may be shown.
func (c *integrityCheck) verdict(kind pin.Kind, d pin.Definition, row *store.Pin, scan *scanResult) string {
	approved := false
	if row != nil {
		switch {
		case row.Hash == "":
			return fmt.Sprintf("new since %s was pinned; review it with `mcpshield pins diff %s %s` and approve it with `mcpshield approve %s %s`",
				c.o.Server, c.o.Server, d.Name, c.o.Server, d.Name)
		case row.Hash != d.Hash:
			return fmt.Sprintf("changed since it was pinned (%s) — a possible rug pull; review it with `mcpshield pins diff %s %s` and approve it with `mcpshield approve %s %s`",
				describeChange(row.Definition, d.Canonical), c.o.Server, d.Name, c.o.Server, d.Name)
		}
		approved = row.Approved
	}
	if c.o.Signed != nil && !c.o.Signed(kind, d.Name, d.Hash) {
		return fmt.Sprintf("not in a manifest signed by a trusted key (hash %s)", d.Hash)
	}
	if scan.blocking != nil && !approved && (c.o.OnFinding == Withhold || c.o.OnFinding == Strip && scan.cleaned == nil) {
		return fmt.Sprintf("%s (%s); if this is a false positive, approve this exact definition with `mcpshield approve %s %s`",
			scan.blocking.Explanation, scan.blocking.Type, c.o.Server, d.Name)
	}
	return ""
}

// shadowing reports a high-severity cross-server finding about tool t.
func (c *integrityCheck) shadowing(server string, t poisoning.Tool, row *store.Pin, d pin.Definition) string {
	if row != nil && row.Approved && row.Hash == d.Hash {
		return ""
	}
	for _, f := range ShadowingOf(c.o.Detector, server, t, c.o.Registry.snapshot()) {
		if f.Blocking() {
			return fmt.Sprintf("%s (%s); if this is a false positive, approve this exact definition with `mcpshield approve %s %s`",
				f.Explanation, f.Type, c.o.Server, t.Name)
		}
	}
	return ""
}

func describeChange(old, new []byte) string {
	ch := pin.Changed(old, new)
	if len(ch) == 0 {
		return "its encoding changed"
	}
	return strings.Join(ch, ", ") + " changed"
}

// replaceMember returns msg with the array member of its result replaced.
func replaceMember(msg *jsonrpc.Message, member string, items []json.RawMessage) (*jsonrpc.Message, error) {
	res, err := splice(msg.Result, jsonrpc.Member(msg.Result, member), jsonrpc.Array(items))
	if err != nil {
		return nil, err
	}
	return withResult(msg, res)
}
