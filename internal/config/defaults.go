package config

import (
	"cmp"
	"log/slog"
	"slices"
	"time"
)

// Defaults.
const (
	DefaultListen             = "127.0.0.1:8080"
	DefaultMaxMessageBytes    = 16 << 20
	DefaultSessionIdleTimeout = 10 * time.Minute
	DefaultShutdownTimeout    = 10 * time.Second
	DefaultMaxSessions        = 64
	// DefaultWrapAt and DefaultBlockAt are injection.wrap_at and
	// block_at when unset: the injection detector's own Medium and High
	// thresholds (a test in internal/cli holds them equal).
	DefaultWrapAt  = 0.5
	DefaultBlockAt = 0.8
	DefaultTimeout = 30 * time.Second
)

// Default returns the configuration used when no file is given (the quick
// forms of the CLI). A file is decoded over these values.
func Default() *Config {
	return &Config{
		Version:      1,
		Listen:       DefaultListen,
		Mode:         ModeEnforce,
		OnCheckError: CheckErrorDeny,
		Log:          Log{Level: slog.LevelInfo, Format: LogText},
		Limits:       Limits{MaxMessageBytes: DefaultMaxMessageBytes},
		HTTP: HTTP{
			SessionIdleTimeout: DefaultSessionIdleTimeout,
			ShutdownTimeout:    DefaultShutdownTimeout,
		},
	}
}

// NewStdioServer returns a stdio server running argv[0] with argv[1:], with
// the defaults a file would get. argv must not be empty.
func NewStdioServer(name string, argv []string) *Server {
	s := &Server{Name: name, Transport: TransportStdio, MaxSessions: DefaultMaxSessions}
	if len(argv) > 0 {
		s.Command = argv[0]
		s.Args = append([]string(nil), argv[1:]...)
	}
	return s
}

// NewHTTPServer returns a Streamable HTTP server at url, with the defaults a
// file would get.
func NewHTTPServer(name, url string) *Server {
	return &Server{Name: name, URL: url, Transport: TransportStreamableHTTP, Timeout: DefaultTimeout}
}

// Server returns the server named name.
func (c *Config) Server(name string) (*Server, bool) {
	for _, s := range c.Servers {
		if s.Name == name {
			return s, true
		}
	}
	return nil, false
}

// ModeFor returns the mode in force for s: its own, else the global one.
func (c *Config) ModeFor(s *Server) Mode {
	if s != nil && s.Mode != "" {
		return s.Mode
	}
	return c.Mode
}

// LimitsFor returns the limits in force for s: for each kind, the smaller of
// the global and the server's limit, zero meaning none.
func (c *Config) LimitsFor(s *Server) Limits {
	l := c.Limits
	if s == nil {
		return l
	}
	return Limits{
		MaxMessageBytes:  minLimit(l.MaxMessageBytes, s.Limits.MaxMessageBytes),
		MaxRequestBytes:  minLimit(l.MaxRequestBytes, s.Limits.MaxRequestBytes),
		MaxResponseBytes: minLimit(l.MaxResponseBytes, s.Limits.MaxResponseBytes),
	}
}

func minLimit(a, b int64) int64 {
	switch {
	case a == 0:
		return b
	case b == 0:
		return a
	default:
		return min(a, b)
	}
}

// DetectionFor returns the detection settings in force for s: its own
// where set, else the global ones; its disable_rules add to the global
// list.
func (c *Config) DetectionFor(s *Server) Detection {
	d := c.Detection
	if s == nil {
		return d
	}
	d.OnFinding = cmp.Or(s.Detection.OnFinding, d.OnFinding)
	d.Threshold = cmp.Or(s.Detection.Threshold, d.Threshold)
	d.DisableRules = slices.Concat(d.DisableRules, s.Detection.DisableRules)
	return d
}

// InjectionFor returns the injection settings in force for what s sends:
// its own where set, else the global ones; its disable_rules add to the
// global list.
func (c *Config) InjectionFor(s *Server) Injection {
	in := c.Injection
	if s == nil {
		return in
	}
	in.Action = cmp.Or(s.Injection.Action, in.Action)
	in.WrapAt = cmp.Or(s.Injection.WrapAt, in.WrapAt)
	in.BlockAt = cmp.Or(s.Injection.BlockAt, in.BlockAt)
	in.DisableRules = slices.Concat(in.DisableRules, s.Injection.DisableRules)
	return in
}

// SchemaValidationFor returns the schema_validation in force for s:
// its own, else the global one, else deny.
func (c *Config) SchemaValidationFor(s *Server) string {
	v := c.SchemaValidation
	if s != nil {
		v = cmp.Or(s.SchemaValidation, v)
	}
	return cmp.Or(v, ActionDeny)
}

// CallsFor returns the per-call limits in force for tool of s: for each
// kind, the tool's own, else the server's, else the global one.
func (c *Config) CallsFor(s *Server, tool string) CallLimits {
	l := c.Calls
	if s == nil {
		return l
	}
	merge := func(o CallLimits) {
		if o.PerMinute != 0 {
			l.PerMinute, l.Burst = o.PerMinute, o.Burst
		}
		if o.PerSession != 0 {
			l.PerSession = o.PerSession
		}
		if o.MaxArgumentBytes != 0 {
			l.MaxArgumentBytes = o.MaxArgumentBytes
		}
		if o.MaxResultBytes != 0 {
			l.MaxResultBytes = o.MaxResultBytes
		}
	}
	merge(s.Calls)
	if t, ok := s.Tools[tool]; ok {
		merge(t.Calls)
	}
	return l
}
