package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/mcpshield/mcpshield/internal/audit"
	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/schema"
	"github.com/mcpshield/mcpshield/internal/store"
	"github.com/mcpshield/mcpshield/internal/store/postgres"
	"github.com/mcpshield/mcpshield/internal/store/redis"
	"github.com/mcpshield/mcpshield/internal/store/sqlite"
)

// gateway is what the check chains of every upstream of one command share:
// the pin store, the cross-server shadowing registry, and one catalog per
// server (what it listed through the shield).
type gateway struct {
	cfg      *config.Config
	logger   *slog.Logger
	store    store.Store // nil when pins are off
	registry *guard.Registry
	dets     *detectors
	rules    atomic.Pointer[callRules] // swapped by a reload
	schemas  *schema.Validator
	rates    *redis.Store // nil unless rate_limits.store is redis
	audit    *audit.Log   // nil unless audit.path is set

	mu       sync.Mutex
	catalogs map[string]*guard.Catalog
}

// openGateway opens the pin store the config names.
func openGateway(ctx context.Context, cfg *config.Config, io IO, logger *slog.Logger) (*gateway, error) {
	dets, err := newDetectors(cfg)
	if err != nil {
		return nil, err
	}
	g := &gateway{cfg: cfg, logger: logger, registry: guard.NewRegistry(), dets: dets, catalogs: map[string]*guard.Catalog{},
		schemas: schema.New(schema.Options{})}
	rules, err := compileRules(cfg)
	if err != nil {
		return nil, err
	}
	g.rules.Store(rules)
	if cfg.RateLimits.Store == config.RateStoreRedis {
		if g.rates, err = redis.Open(ctx, cfg.RateLimits.URL.Reveal(), redis.Options{Timeout: cfg.RateLimits.Timeout, Prefix: cfg.RateLimits.Prefix}); err != nil {
			return nil, fmt.Errorf("opening the rate-limit store (rate_limits.store: redis): %w", err)
		}
	}
	if g.audit, err = openAudit(cfg, io); err != nil {
		g.Close()
		return nil, err
	}
	st, err := openStore(ctx, cfg, io)
	if err != nil {
		g.Close()
		return nil, err
	}
	g.store = st
	return g, nil
}

// openAudit opens the audit log audit.path names (relative to the state
// directory); nil, nil without one.
func openAudit(cfg *config.Config, io IO) (*audit.Log, error) {
	p := cfg.Audit.Path
	if p == "" {
		return nil, nil
	}
	if !filepath.IsAbs(p) {
		home, err := config.HomeDir(cfg, io.Getenv)
		if err != nil {
			return nil, fmt.Errorf("finding the audit log %s: %w (or give audit.path as an absolute path)", p, err)
		}
		p = filepath.Join(home, p)
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return nil, fmt.Errorf("audit.path: %w", err)
	}
	l, err := audit.Open(p, audit.Options{Key: []byte(cfg.Audit.Key.Reveal()), Sync: cfg.Audit.Sync})
	if err != nil {
		return nil, fmt.Errorf("audit.path: %w", err)
	}
	return l, nil
}

// auditRecord turns a decision of the check chain into an audit record.
func auditRecord(r guard.Record) *audit.Record {
	ev, d := r.Event, r.Decision
	rec := &audit.Record{
		Event: "decision", Server: ev.Server, Principal: ev.Principal, Session: ev.Session,
		Dir: ev.Dir.String(), Kind: ev.Kind.String(), Method: ev.Method, Tool: ev.Tool,
		Check: d.Check, Verdict: d.Verdict.String(), Enforced: &r.Enforced, Code: d.Code, Reason: d.Reason,
	}
	if ev.Client != "" {
		rec.Client = strings.TrimSpace(ev.Client + " " + ev.ClientVersion)
	}
	if d.Check == "" { // the chain's record of a call the checks let through
		rec.Event = "call"
		rec.Enforced = nil
	}
	if r.Err != nil {
		rec.Error = r.Err.Error()
	}
	return rec
}

// openStore opens the configured pin store; nil, nil when pins are off.
func openStore(ctx context.Context, cfg *config.Config, io IO) (store.Store, error) {
	switch cfg.Pins.Store {
	case config.PinStoreOff:
		return nil, nil
	case config.PinStorePostgres:
		st, err := postgres.Open(ctx, cfg.Pins.DSN.Reveal())
		if err != nil {
			return nil, fmt.Errorf("opening the pin store (pins.store: postgres): %w", err)
		}
		return st, nil
	}
	p := cfg.Pins.Path
	if p == "" {
		home, err := config.HomeDir(cfg, io.Getenv)
		if err != nil {
			return nil, fmt.Errorf("finding the pin store: %w (or set pins.store: off)", err)
		}
		p = filepath.Join(home, "pins.db")
	}
	st, err := sqlite.Open(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("opening the pin store %s: %w (set MCPSHIELD_HOME to a writable directory, or pins.store: off)", p, err)
	}
	return st, nil
}

// Close closes the stores.
func (g *gateway) Close() error {
	if g == nil {
		return nil
	}
	var errs []error
	if g.rates != nil {
		errs = append(errs, g.rates.Close())
	}
	if g.audit != nil {
		errs = append(errs, g.audit.Close())
	}
	if g.store != nil {
		errs = append(errs, g.store.Close())
	}
	return errors.Join(errs...)
}

// catalog returns the catalog of a server, shared by its chains (a server
// behind serve --config has one at /servers/NAME/mcp and one in /mcp).
func (g *gateway) catalog(id string) *guard.Catalog {
	g.mu.Lock()
	defer g.mu.Unlock()
	c, ok := g.catalogs[id]
	if !ok {
		c = guard.NewCatalog()
		g.catalogs[id] = c
	}
	return c
}

// integrity returns the integrity check options for srv.
func (g *gateway) integrity(srv *config.Server) (guard.IntegrityOptions, error) {
	det := g.cfg.DetectionFor(srv)
	id := serverID(srv)
	o := guard.IntegrityOptions{
		Server:   displayName(srv),
		ServerID: id,
		Store:    g.store,
		TrustNew: g.cfg.Pins.NewDefinitions == config.NewDefinitionsTrust,
		Detector: poisoning.New(poisoning.Options{Threshold: det.Threshold, Disable: det.DisableRules}),
		Catalog:  g.catalog(id),
		Registry: g.registry,
		Logger:   g.logger.With("component", "integrity"),
	}
	switch det.OnFinding {
	case config.OnFindingReport:
		o.OnFinding = guard.ReportOnly
	case config.OnFindingStrip:
		o.OnFinding = guard.Strip
	}
	if srv.RequireSignature {
		signed, err := loadManifests(srv)
		if err != nil {
			return o, fmt.Errorf("servers.%s: %w", srv.Name, err)
		}
		o.Signed = signed
	}
	return o, nil
}

// serverID is a server's identity in the pin store: what the user
// configured to run or reach, never what the server says about itself.
func serverID(srv *config.Server) string {
	if srv.URL != "" {
		return "url:" + srv.URL
	}
	argv, _ := json.Marshal(append([]string{srv.Command}, srv.Args...))
	return "stdio:" + string(argv)
}

// displayName is the name a person uses for srv in messages and commands:
// its config name, else one derived from the command.
func displayName(srv *config.Server) string {
	if srv.Name != "" {
		return srv.Name
	}
	if srv.URL != "" {
		return srv.URL
	}
	return deriveName(append([]string{srv.Command}, srv.Args...))
}

// runners are commands that run a package named by a later argument.
var runners = map[string]bool{"npx": true, "bunx": true, "uvx": true, "pipx": true, "node": true,
	"python": true, "python3": true, "deno": true, "bun": true, "pnpm": true, "yarn": true, "uv": true, "docker": true}

// deriveName names a server after the package or program it runs:
// "npx -y @scope/server-x@1.2" and "node .../node_modules/@scope/server-x/dist/index.js"
// are both "server-x".
func deriveName(argv []string) string {
	if len(argv) == 0 {
		return "server"
	}
	name := argv[0]
	if runners[path.Base(filepath.ToSlash(argv[0]))] {
		for _, a := range argv[1:] {
			if strings.HasPrefix(a, "-") || a == "run" || a == "dlx" || a == "exec" || a == "tool" {
				continue
			}
			name = a
			break
		}
	}
	name = filepath.ToSlash(name)
	if i := strings.LastIndex(name, "/node_modules/"); i >= 0 {
		name = name[i+len("/node_modules/"):]
		parts := strings.Split(name, "/")
		if strings.HasPrefix(parts[0], "@") && len(parts) > 1 {
			return parts[1]
		}
		return parts[0]
	}
	if strings.HasPrefix(name, "@") || !strings.Contains(name, "/") { // an npm spec: @scope/pkg@1.2, pkg@1.2
		if at := strings.LastIndexByte(name, '@'); at > 0 {
			name = name[:at]
		}
		return path.Base(name)
	}
	// A file path: its base name, or its directory's for index.js and the like.
	dir, base := path.Split(strings.TrimSuffix(name, "/"))
	base = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(base, ".js"), ".mjs"), ".py")
	for base == "index" || base == "main" || base == "cli" || base == "server" || base == "dist" || base == "build" || base == "lib" || base == "src" {
		if dir == "" || dir == "/" {
			break
		}
		dir, base = path.Split(strings.TrimSuffix(dir, "/"))
	}
	if base == "" || base == "." {
		return "server"
	}
	return base
}
