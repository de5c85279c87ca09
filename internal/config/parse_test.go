package config

import (
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDefault(t *testing.T) {
	cfg := Default()
	want := &Config{
		Version:      1,
		Listen:       "127.0.0.1:8080",
		Mode:         ModeEnforce,
		OnCheckError: CheckErrorDeny,
		Log:          Log{Level: slog.LevelInfo, Format: LogText},
		Limits:       Limits{MaxMessageBytes: 16 << 20},
		HTTP:         HTTP{SessionIdleTimeout: 10 * time.Minute, ShutdownTimeout: 10 * time.Second},
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("Default() = %+v; want %+v", cfg, want)
	}
	if err := cfg.Validate(); err != nil {
		t.Errorf("Default().Validate() = %v", err)
	}
	if Default() == cfg {
		t.Error("Default returned the same pointer twice")
	}
}

// TestParseMinimal checks that a file with only a version gets every default.
func TestParseMinimal(t *testing.T) {
	cfg, err := Parse("shield.yaml", []byte("version: 1\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cfg, Default()) {
		t.Errorf("Parse(version: 1) = %+v; want Default() %+v", cfg, Default())
	}
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string
		check func(t *testing.T, c *Config)
	}{{
		name: "top level",
		yaml: `version: 1
listen: "[::1]:0"
mode: monitor
on_check_error: allow
log: {level: debug, format: json}
home: /var/lib/shield
limits: {max_message_bytes: 1MB, max_request_bytes: 65536, max_response_bytes: 2 KiB}
methods: {allow: ["tools/*", initialize], deny: [sampling/createMessage]}
http:
  allowed_origins: [https://app.example.com, "vscode-file://vscode-app"]
  allowed_hosts: [gateway.example.com, "gw:8443", "::1"]
  session_idle_timeout: 1h30m
  shutdown_timeout: 500ms
`,
		check: func(t *testing.T, c *Config) {
			want := &Config{
				Version: 1, Listen: "[::1]:0", Mode: ModeMonitor, OnCheckError: CheckErrorAllow,
				Log:     Log{Level: slog.LevelDebug, Format: LogJSON},
				Home:    "/var/lib/shield",
				Limits:  Limits{MaxMessageBytes: 1e6, MaxRequestBytes: 65536, MaxResponseBytes: 2048},
				Methods: Methods{Allow: []string{"tools/*", "initialize"}, Deny: []string{"sampling/createMessage"}},
				HTTP: HTTP{
					AllowedOrigins:     []string{"https://app.example.com", "vscode-file://vscode-app"},
					AllowedHosts:       []string{"gateway.example.com", "gw:8443", "::1"},
					SessionIdleTimeout: 90 * time.Minute,
					ShutdownTimeout:    500 * time.Millisecond,
				},
			}
			if !reflect.DeepEqual(c, want) {
				t.Errorf("got %+v\nwant %+v", c, want)
			}
		},
	}, {
		name: "stdio server defaults",
		yaml: "version: 1\nservers:\n  fs:\n    command: npx\n    args: [-y, 8080, true]\n",
		check: func(t *testing.T, c *Config) {
			want := &Server{Name: "fs", Command: "npx", Args: []string{"-y", "8080", "true"},
				Transport: TransportStdio, MaxSessions: DefaultMaxSessions}
			if len(c.Servers) != 1 || !reflect.DeepEqual(c.Servers[0], want) {
				t.Errorf("servers = %+v; want [%+v]", c.Servers, want)
			}
		},
	}, {
		name: "http server defaults",
		yaml: "version: 1\nservers:\n  remote: {url: \"http://127.0.0.1:3000/mcp\"}\n",
		check: func(t *testing.T, c *Config) {
			want := &Server{Name: "remote", URL: "http://127.0.0.1:3000/mcp",
				Transport: TransportStreamableHTTP, Timeout: DefaultTimeout}
			if len(c.Servers) != 1 || !reflect.DeepEqual(c.Servers[0], want) {
				t.Errorf("servers = %+v; want [%+v]", c.Servers, want)
			}
		},
	}, {
		name: "legacy sse server",
		yaml: "version: 1\nservers:\n  old: {url: https://old.example/sse, transport: sse, timeout: 5s, max_sessions: ~}\n",
		check: func(t *testing.T, c *Config) {
			s := c.Servers[0]
			if s.Transport != TransportSSE || s.Timeout != 5*time.Second || s.MaxSessions != 0 {
				t.Errorf("server = %+v", s)
			}
		},
	}, {
		name: "servers keep file order",
		yaml: "version: 1\nservers:\n  zeta: {command: a}\n  alpha: {command: b}\n  mid_1: {url: http://h/mcp}\n",
		check: func(t *testing.T, c *Config) {
			var names []string
			for _, s := range c.Servers {
				names = append(names, s.Name)
			}
			if want := []string{"zeta", "alpha", "mid_1"}; !reflect.DeepEqual(names, want) {
				t.Errorf("names = %q; want %q", names, want)
			}
			if s, ok := c.Server("alpha"); !ok || s.Command != "b" {
				t.Errorf("Server(alpha) = %+v, %v", s, ok)
			}
			if _, ok := c.Server("nope"); ok {
				t.Error("Server(nope) found")
			}
		},
	}, {
		name: "null values keep defaults",
		yaml: "version: 1\nlisten:\nlog: ~\nlimits: {max_message_bytes: null}\nservers:\n",
		check: func(t *testing.T, c *Config) {
			if !reflect.DeepEqual(c, Default()) {
				t.Errorf("got %+v; want defaults", c)
			}
		},
	}, {
		name: "aliases",
		yaml: "version: 1\nmethods: {deny: &d [a/b]}\nservers:\n  s: {command: x, methods: {deny: *d}}\n",
		check: func(t *testing.T, c *Config) {
			if got := c.Servers[0].Methods.Deny; !reflect.DeepEqual(got, []string{"a/b"}) {
				t.Errorf("deny = %q", got)
			}
		},
	}, {
		name: "secrets expanded",
		yaml: "version: 1\nservers:\n  r:\n    url: https://h/mcp\n    headers: {Authorization: \"Bearer ${TOKEN}\"}\n  s:\n    command: x\n    env: {A: \"${TOKEN}\", B: 1}\n",
		check: func(t *testing.T, c *Config) {
			if got := c.Servers[0].Headers["Authorization"].Reveal(); got != "Bearer t0k3n" {
				t.Errorf("header = %q", got)
			}
			env := c.Servers[1].Env
			if env["A"].Reveal() != "t0k3n" || env["B"].Reveal() != "1" {
				t.Errorf("env = %q %q", env["A"].Reveal(), env["B"].Reveal())
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("shield.yaml", []byte(tt.yaml), testEnv(nil))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tt.check(t, cfg)
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "shield.yaml")
	if err := os.WriteFile(path, []byte("version: 1\nmode: bogus\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path, nil)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].File != path || errs[0].Line != 2 {
		t.Errorf("Load(bad) = %v; want one error at %s:2", err, path)
	}

	_, err = Load(filepath.Join(dir, "missing.yaml"), nil)
	if !errors.Is(err, fs.ErrNotExist) || errors.As(err, &errs) {
		t.Errorf("Load(missing) = %v; want a wrapped fs.ErrNotExist", err)
	}

	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, make([]byte, maxFileBytes+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big, nil); !errors.As(err, &errs) {
		t.Errorf("Load(big) = %v; want Errors", err)
	}
}

func TestExampleParses(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "shield.yaml")
	cfg, err := Load(path, testEnv(map[string]string{"REMOTE_TOKEN": "secret-token"}))
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	if len(cfg.Servers) != 2 || cfg.Servers[0].Transport != TransportStdio || cfg.Servers[1].Transport != TransportStreamableHTTP {
		t.Errorf("servers = %+v; want a stdio and an HTTP server", cfg.Servers)
	}
	if _, err := Load(path, testEnv(nil)); err == nil {
		t.Error("Load without REMOTE_TOKEN succeeded; want an unset-variable error")
	}
}

// TestValidateCode checks Validate on configs built in code, whose errors
// carry no position.
func TestValidateCode(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *Config)
		want string // "" for valid
	}{
		{"default", func(*Config) {}, ""},
		{"stdio quick form", func(c *Config) {
			c.Servers = append(c.Servers, NewStdioServer("default", []string{"npx", "-y", "x"}))
		}, ""},
		{"http quick form", func(c *Config) {
			c.Servers = append(c.Servers, NewHTTPServer("default", "http://127.0.0.1:3000/mcp"))
		}, ""},
		{"empty argv", func(c *Config) {
			c.Servers = append(c.Servers, NewStdioServer("default", nil))
		}, "servers.default: set command (a stdio server) or url (an HTTP server)"},
		{"duplicate names", func(c *Config) {
			c.Servers = append(c.Servers, NewHTTPServer("a", "http://h/mcp"), NewHTTPServer("a", "http://h/mcp"))
		}, `servers.a: duplicate server name "a"`},
		{"bad listen", func(c *Config) { c.Listen = "127.0.0.1:99999" },
			`listen: must be host:port such as 127.0.0.1:8080, not "127.0.0.1:99999"`},
		{"bad level", func(c *Config) { c.Log.Level = slog.LevelInfo + 1 },
			"log.level: must be one of debug, info, warn, error, not INFO+1"},
		{"nil server", func(c *Config) { c.Servers = []*Server{nil} }, "servers[0]: must not be nil"},
		{"version", func(c *Config) { c.Version = 0 }, "version: unsupported version 0; the only valid version is 1"},
		{"two problems", func(c *Config) { c.Mode = "x"; c.HTTP.ShutdownTimeout = 0 },
			"mode: must be one of enforce, monitor, not \"x\"\nhttp.shutdown_timeout: must be positive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.edit(c)
			err := c.Validate()
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Validate() = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestEffective(t *testing.T) {
	cfg := Default()
	cfg.Limits.MaxRequestBytes = 1000
	cfg.Methods.Deny = []string{"sampling/*"}
	s := &Server{Mode: ModeMonitor, Limits: Limits{MaxMessageBytes: 1 << 30, MaxRequestBytes: 10, MaxResponseBytes: 5},
		Methods: Methods{Allow: []string{"tools/*"}}}
	if got, want := cfg.LimitsFor(s), (Limits{MaxMessageBytes: 16 << 20, MaxRequestBytes: 10, MaxResponseBytes: 5}); got != want {
		t.Errorf("LimitsFor = %+v; want %+v", got, want)
	}
	if got := cfg.LimitsFor(nil); got != cfg.Limits {
		t.Errorf("LimitsFor(nil) = %+v", got)
	}
	if cfg.ModeFor(s) != ModeMonitor || cfg.ModeFor(&Server{}) != ModeEnforce || cfg.ModeFor(nil) != ModeEnforce {
		t.Error("ModeFor does not prefer the server's mode")
	}
	cfg.Injection = Injection{Action: ActionWrap, WrapAt: 0.6, BlockAt: 0.9, DisableRules: []string{"model.linear"}}
	s.Injection = Injection{Action: ActionReport, BlockAt: 0.95, DisableRules: []string{"task.embedded-request"}}
	want := Injection{Action: ActionReport, WrapAt: 0.6, BlockAt: 0.95, DisableRules: []string{"model.linear", "task.embedded-request"}}
	if got := cfg.InjectionFor(s); !reflect.DeepEqual(got, want) {
		t.Errorf("InjectionFor = %+v; want %+v", got, want)
	}
	if got := cfg.InjectionFor(nil); !reflect.DeepEqual(got, cfg.Injection) {
		t.Errorf("InjectionFor(nil) = %+v", got)
	}
	if got := cfg.InjectionFor(&Server{}); !reflect.DeepEqual(got, cfg.Injection) {
		t.Errorf("InjectionFor of a server with no settings = %+v", got)
	}
	if len(cfg.Injection.DisableRules) != 1 {
		t.Errorf("InjectionFor changed the global list: %v", cfg.Injection.DisableRules)
	}
	if got := cfg.SchemaValidationFor(s); got != ActionDeny {
		t.Errorf("SchemaValidationFor with nothing set = %q; want deny", got)
	}
	cfg.SchemaValidation = ActionReport
	if got := cfg.SchemaValidationFor(s); got != ActionReport {
		t.Errorf("SchemaValidationFor = %q; want the global report", got)
	}
	s.SchemaValidation = ActionOff
	if got := cfg.SchemaValidationFor(s); got != ActionOff {
		t.Errorf("SchemaValidationFor = %q; want the server's off", got)
	}
}

func TestParseManyErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nmethods:\n  allow:\n")
	for range 1000 {
		b.WriteString("    - {}\n")
	}
	_, err := Parse("big.yaml", []byte(b.String()), nil)
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != maxErrors+1 {
		t.Fatalf("got %d errors; want %d", len(errs), maxErrors+1)
	}
	if last := errs[maxErrors].Error(); last != "big.yaml: 900 more problems not shown" {
		t.Errorf("last error = %q", last)
	}
}
