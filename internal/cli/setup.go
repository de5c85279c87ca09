package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"sort"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/guard"
)

// common holds the flags every gateway command shares.
type common struct {
	configPath string
	logLevel   string
	logFormat  string
	mode       string
	cpuProfile string
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.configPath, "config", "", "config `file` (shield.yaml); without it, built-in defaults")
	fs.StringVar(&c.logLevel, "log-level", "", "log `level`: debug, info, warn or error (default from config: info)")
	fs.StringVar(&c.logFormat, "log-format", "", "log `format` on stderr: text or json (default from config: text)")
	fs.StringVar(&c.mode, "mode", "", "enforce (carry out decisions) or monitor (only record them); default from config: enforce")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile to `file` until the command ends (for performance work)")
}

// profile starts the CPU profile if asked for; call the returned func at exit.
func (c *common) profile() (stop func(), err error) {
	if c.cpuProfile == "" {
		return func() {}, nil
	}
	f, err := os.Create(c.cpuProfile)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// load returns the configuration: the file if given, else the defaults, with
// environment overrides, then flag overrides.
func (c *common) load(io IO) (*config.Config, error) {
	var cfg *config.Config
	if c.configPath != "" {
		var err error
		if cfg, err = config.Load(c.configPath, io.Getenv); err != nil {
			return nil, err
		}
	} else {
		cfg = config.Default()
		if err := config.ApplyEnv(cfg, io.Getenv); err != nil {
			return nil, err
		}
	}
	if c.mode != "" {
		switch m := config.Mode(c.mode); m {
		case config.ModeEnforce, config.ModeMonitor:
			cfg.Mode = m
		default:
			return nil, fmt.Errorf("--mode: %q is not enforce or monitor", c.mode)
		}
	}
	if c.logLevel != "" {
		if err := cfg.Log.Level.UnmarshalText([]byte(c.logLevel)); err != nil {
			return nil, fmt.Errorf("--log-level: %w", err)
		}
	}
	switch config.LogFormat(c.logFormat) {
	case "":
	case config.LogText, config.LogJSON:
		cfg.Log.Format = config.LogFormat(c.logFormat)
	default:
		return nil, fmt.Errorf("--log-format: %q is not text or json", c.logFormat)
	}
	return cfg, nil
}

// newLogger returns the shield's logger, writing to w (stderr: never stdout,
// which carries the protocol in stdio mode).
func newLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.Log.Level}
	if cfg.Log.Format == config.LogJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// chain builds the check chain for one upstream from the config.
func (g *gateway) chain(srv *config.Server) (*guard.Chain, error) {
	cfg, logger := g.cfg, g.logger
	limits := cfg.LimitsFor(srv)
	s := guard.Settings{
		Mode:             guard.Enforce,
		FailOpen:         cfg.OnCheckError == config.CheckErrorAllow,
		MaxRequestBytes:  limits.MaxRequestBytes,
		MaxResponseBytes: limits.MaxResponseBytes,
		MethodLists:      []guard.MethodList{{Allow: cfg.Methods.Allow, Deny: cfg.Methods.Deny}},
	}
	if cfg.ModeFor(srv) == config.ModeMonitor {
		s.Mode = guard.Monitor
	}
	s.MethodLists = append(s.MethodLists, guard.MethodList{Allow: srv.Methods.Allow, Deny: srv.Methods.Deny})
	integrity, err := g.integrity(srv)
	if err != nil {
		return nil, err
	}
	s.Integrity = &integrity
	g.callChecks(srv, &s)
	s.Arguments = g.argumentOptions()
	s.Content = g.contentOptions(srv)
	opts := guard.Options{Mode: s.Mode, FailOpen: s.FailOpen, Logger: logger.With("component", "checks")}
	if g.audit != nil {
		opts.Audit = func(_ context.Context, r guard.Record) error { return g.audit.Append(auditRecord(r)) }
		opts.AuditCalls = cfg.Audit.Record != config.AuditDecisions
		opts.AuditFailOpen = cfg.Audit.OnError == config.OnErrorAllow
	}
	return guard.NewChain(guard.Build(s), opts), nil
}

// envList turns a server's env map into KEY=VALUE pairs, sorted.
func envList(env map[string]config.Secret) []string {
	if len(env) == 0 {
		return nil
	}
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v.Reveal())
	}
	sort.Strings(out)
	return out
}
