package config

import (
	"log/slog"
	"testing"
)

func TestEnvOverrides(t *testing.T) {
	file := []byte("version: 1\nlisten: 127.0.0.1:1\nmode: enforce\nlog: {level: info}\n")
	tests := []struct {
		name   string
		env    map[string]string
		listen string
		mode   Mode
		level  slog.Level
	}{
		{"none", nil, "127.0.0.1:1", ModeEnforce, slog.LevelInfo},
		{"all", map[string]string{
			EnvListen: "0.0.0.0:9", EnvMode: "monitor", EnvLogLevel: "DEBUG",
		}, "0.0.0.0:9", ModeMonitor, slog.LevelDebug},
		{"empty ignored", map[string]string{EnvListen: "", EnvMode: "", EnvLogLevel: ""},
			"127.0.0.1:1", ModeEnforce, slog.LevelInfo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("t.yaml", file, testEnv(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Listen != tt.listen || cfg.Mode != tt.mode || cfg.Log.Level != tt.level {
				t.Errorf("listen %q mode %q level %v; want %q %q %v",
					cfg.Listen, cfg.Mode, cfg.Log.Level, tt.listen, tt.mode, tt.level)
			}
		})
	}
}

func TestApplyEnv(t *testing.T) {
	cfg := Default()
	err := ApplyEnv(cfg, testEnv(map[string]string{EnvMode: "monitor", EnvListen: ":0"}))
	if err != nil || cfg.Mode != ModeMonitor || cfg.Listen != ":0" {
		t.Errorf("ApplyEnv: %v, mode %q listen %q", err, cfg.Mode, cfg.Listen)
	}
	err = ApplyEnv(Default(), testEnv(map[string]string{EnvMode: "x", EnvLogLevel: "y"}))
	want := "env MCPSHIELD_LOG_LEVEL: log.level: must be one of debug, info, warn, error, not \"y\"\n" +
		"env MCPSHIELD_MODE: mode: must be one of enforce, monitor, not \"x\""
	if err == nil || err.Error() != want {
		t.Errorf("ApplyEnv(bad) = %v; want %q", err, want)
	}
	if err := ApplyEnv(Default(), nil); err != nil {
		t.Errorf("ApplyEnv(nil getenv) = %v", err)
	}
}

func TestHomeDir(t *testing.T) {
	tests := []struct {
		name string
		home string
		env  map[string]string
		goos string
		want string // "" for an error
	}{
		{"from file", "/srv/shield", map[string]string{EnvHome: "/env"}, "linux", "/srv/shield"},
		{"from env", "", map[string]string{EnvHome: "/env", "HOME": "/home/u"}, "linux", "/env"},
		{"xdg", "", map[string]string{"XDG_STATE_HOME": "/x/state", "HOME": "/home/u"}, "linux", "/x/state/mcpshield"},
		{"relative xdg ignored", "", map[string]string{"XDG_STATE_HOME": "rel", "HOME": "/home/u"}, "linux", "/home/u/.local/state/mcpshield"},
		{"home", "", map[string]string{"HOME": "/home/u"}, "darwin", "/home/u/.local/state/mcpshield"},
		{"nothing", "", nil, "linux", ""},
		{"windows", "", map[string]string{"LOCALAPPDATA": "/c/AppData/Local"}, "windows", "/c/AppData/Local/mcpshield"},
		{"windows nothing", "", map[string]string{"HOME": "/home/u"}, "windows", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := Default()
			cfg.Home = tt.home
			env := map[string]string{}
			for k, v := range tt.env {
				env[k] = v
			}
			got, err := homeDir(cfg, func(k string) (string, bool) { v, ok := env[k]; return v, ok }, tt.goos)
			if tt.want == "" {
				if err == nil {
					t.Errorf("homeDir = %q; want an error", got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("homeDir = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if _, err := HomeDir(nil, testEnv(map[string]string{EnvHome: "/h"})); err != nil {
		t.Errorf("HomeDir(nil cfg) = %v", err)
	}
}
