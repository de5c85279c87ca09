package guard

import (
	"encoding/json"
	"sync"

	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
	"github.com/mcpshield/mcpshield/internal/pin"
)

// Listed is what the shield showed (or withheld) of one definition of one
// server.
type Listed struct {
	Kind pin.Kind
	Name string
	Hash string // hash of the definition as the server listed it
	// Withheld is why the definition was kept from the client; "" when it
	// was shown.
	Withheld string
	// InputSchema and Annotations are the tool's, as listed (tools only).
	InputSchema json.RawMessage
	Annotations json.RawMessage

	tool     poisoning.Tool // as the detectors read it, for shadowing at call time
	approved bool           // a person approved this exact definition
	shadowAt uint64         // registry generation the shadowing verdict is for
}

// maxCatalog bounds the definitions remembered per server: a server listing
// more than this many is refused rather than remembered in part.
const maxCatalog = 10000

// Catalog remembers what one upstream server listed through the shield, so
// a call can be checked against what the client was shown. It is shared by
// the checks of one chain and safe for concurrent use.
type Catalog struct {
	mu sync.RWMutex
	m  map[catalogKey]Listed
}

type catalogKey struct {
	kind pin.Kind
	name string
}

// NewCatalog returns an empty catalog.
func NewCatalog() *Catalog { return &Catalog{m: make(map[catalogKey]Listed)} }

// Put records l, replacing what was listed before under its kind and name.
// It reports false when the catalog is full.
func (c *Catalog) Put(l Listed) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := catalogKey{l.Kind, l.Name}
	if _, ok := c.m[k]; !ok && len(c.m) >= maxCatalog {
		return false
	}
	c.m[k] = l
	return true
}

// Get returns what was listed under kind and name.
func (c *Catalog) Get(kind pin.Kind, name string) (Listed, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	l, ok := c.m[catalogKey{kind, name}]
	return l, ok
}

// Registry holds the tools every server of one gateway listed, for
// cross-server shadowing checks. Safe for concurrent use.
type Registry struct {
	mu      sync.RWMutex
	servers map[string][]poisoning.Tool
	gen     uint64 // bumped on every change
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{servers: make(map[string][]poisoning.Tool)} }

// Set records tools shown for server, replacing those of the same names
// (a paginated listing arrives page by page).
func (r *Registry) Set(server string, tools []poisoning.Tool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	merged := append([]poisoning.Tool(nil), tools...)
	known := make(map[string]bool, len(tools))
	for _, t := range tools {
		known[t.Name] = true
	}
	for _, t := range r.servers[server] {
		if !known[t.Name] && len(merged) < maxCatalog {
			merged = append(merged, t)
		}
	}
	r.servers[server] = merged
	r.gen++
}

// generation returns a number that changes whenever the registry does.
func (r *Registry) generation() uint64 {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.gen
}

// snapshot returns every server's tools.
func (r *Registry) snapshot() map[string][]poisoning.Tool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make(map[string][]poisoning.Tool, len(r.servers))
	for s, tools := range r.servers {
		out[s] = tools
	}
	return out
}
