package config

import (
	"errors"
	"path/filepath"
	"runtime"
	"strings"
)

// The environment variables that override top-level fields.
const (
	EnvListen   = "MCPSHIELD_LISTEN"    // overrides listen
	EnvMode     = "MCPSHIELD_MODE"      // overrides mode
	EnvLogLevel = "MCPSHIELD_LOG_LEVEL" // overrides log.level
	EnvHome     = "MCPSHIELD_HOME"      // the state directory when home is empty
)

// ApplyEnv applies the MCPSHIELD_LISTEN, MCPSHIELD_MODE and
// MCPSHIELD_LOG_LEVEL overrides to cfg and checks the values they set,
// returning Errors or nil. Parse does this already; the CLI calls it on
// Default() when no file is given. A variable set to "" is ignored.
func ApplyEnv(cfg *Config, getenv func(string) (string, bool)) error {
	c := newChecker()
	applyEnv(cfg, getenv, c)
	if _, ok := c.pos["listen"]; ok {
		checkListen(c, "listen", cfg.Listen)
	}
	if _, ok := c.pos["mode"]; ok {
		oneOf(c, "mode", cfg.Mode, ModeEnforce, ModeMonitor)
	}
	return c.errs.err()
}

// applyEnv sets the overridden fields, and records that their values came
// from the environment so that validation names the variable, not the file.
func applyEnv(cfg *Config, getenv func(string) (string, bool), c *checker) {
	// lookup returns the value of the variable name, if set and not empty.
	// Before the value replaces the one at path, fileCheck reports a bad
	// value in the file, which is still wrong though overridden.
	lookup := func(name, path string, fileCheck func()) (string, bool) {
		if getenv == nil {
			return "", false
		}
		v, ok := getenv(name)
		if !ok || v == "" {
			return "", false
		}
		if _, inFile := c.pos[path]; inFile && fileCheck != nil {
			fileCheck()
		}
		c.pos[path] = position{file: "env " + name}
		delete(c.bad, path)
		return v, true
	}
	if v, ok := lookup(EnvListen, "listen", func() { checkListen(c, "listen", cfg.Listen) }); ok {
		cfg.Listen = v
	}
	if v, ok := lookup(EnvMode, "mode", func() { oneOf(c, "mode", cfg.Mode, ModeEnforce, ModeMonitor) }); ok {
		cfg.Mode = Mode(v)
	}
	if v, ok := lookup(EnvLogLevel, "log.level", nil); ok {
		l, err := parseLevel(strings.ToLower(v))
		if err != nil {
			c.errorf("log.level", "%v", err)
			c.bad["log.level"] = true
			return
		}
		cfg.Log.Level = l
	}
}

// HomeDir returns the state directory: cfg.Home when set, else
// $MCPSHIELD_HOME, else the user's state directory: $XDG_STATE_HOME/mcpshield
// or ~/.local/state/mcpshield (on Windows, %LOCALAPPDATA%\mcpshield). It
// reads the environment only through getenv and touches no file.
func HomeDir(cfg *Config, getenv func(string) (string, bool)) (string, error) {
	return homeDir(cfg, getenv, runtime.GOOS)
}

func homeDir(cfg *Config, getenv func(string) (string, bool), goos string) (string, error) {
	env := func(name string) string {
		if getenv == nil {
			return ""
		}
		v, _ := getenv(name)
		return v
	}
	if cfg != nil && cfg.Home != "" {
		return cfg.Home, nil
	}
	if v := env(EnvHome); v != "" {
		return v, nil
	}
	if goos == "windows" {
		if v := env("LOCALAPPDATA"); v != "" {
			return filepath.Join(v, "mcpshield"), nil
		}
		return "", errors.New("cannot find the state directory: set MCPSHIELD_HOME or LOCALAPPDATA")
	}
	if v := env("XDG_STATE_HOME"); v != "" && strings.HasPrefix(v, "/") {
		return filepath.Join(v, "mcpshield"), nil
	}
	if v := env("HOME"); v != "" {
		return filepath.Join(v, ".local", "state", "mcpshield"), nil
	}
	return "", errors.New("cannot find the state directory: set MCPSHIELD_HOME or HOME")
}
