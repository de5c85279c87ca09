package clientcfg

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// Env is what discovery needs to know about the machine, injected so that
// tests run against a temporary home.
type Env struct {
	// Home is the user's home directory (%USERPROFILE% on Windows).
	Home string
	// OS is a runtime.GOOS value: "darwin", "windows", anything else is
	// treated as Linux.
	OS string
	// AppData is %APPDATA% (Windows only); empty skips the locations under
	// it.
	AppData string
	// ConfigDir is $XDG_CONFIG_HOME or ~/.config (Linux); empty means
	// Home/.config.
	ConfigDir string
	// Cwd is the project directory whose project-level configs are listed
	// (.mcp.json, .cursor/mcp.json, .vscode/mcp.json); empty lists none.
	Cwd string
	// Getenv looks up an environment variable (CLAUDE_CONFIG_DIR); nil
	// means none is set.
	Getenv func(string) (string, bool)
	// Stat reports on a file; nil means os.Stat.
	Stat func(string) (fs.FileInfo, error)
}

// Location is a place where a client keeps MCP servers.
type Location struct {
	Client string // one of the Client constants
	Path   string
	Exists bool // a regular file is there
}

// OSEnv returns the Env of this process: its home, OS, %APPDATA%,
// $XDG_CONFIG_HOME and working directory.
func OSEnv() (Env, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return Env{}, err
	}
	cwd, err := os.Getwd()
	if err != nil {
		return Env{}, err
	}
	cfg := os.Getenv("XDG_CONFIG_HOME")
	if cfg == "" {
		cfg = filepath.Join(home, ".config")
	}
	return Env{
		Home: home, OS: runtime.GOOS, AppData: os.Getenv("APPDATA"),
		ConfigDir: cfg, Cwd: cwd, Getenv: os.LookupEnv,
	}, nil
}

// Discover lists the config files of every supported client on this
// machine, present or not, user-level first, then the project's. A path
// is listed once.
func Discover(env Env) []Location {
	home := env.Home
	cfgDir := env.ConfigDir
	if cfgDir == "" && home != "" {
		cfgDir = filepath.Join(home, ".config")
	}
	// appDir is the per-user application data directory of desktop apps
	// (Electron's userData parent).
	var appDir string
	switch env.OS {
	case "darwin":
		if home != "" {
			appDir = filepath.Join(home, "Library", "Application Support")
		}
	case "windows":
		appDir = env.AppData
	default:
		appDir = cfgDir
	}
	claudeDir := home
	if env.Getenv != nil {
		// Claude Code keeps .claude.json in $CLAUDE_CONFIG_DIR when set.
		if d, ok := env.Getenv("CLAUDE_CONFIG_DIR"); ok && d != "" {
			claudeDir = d
		}
	}

	var locs []Location
	add := func(client, base string, elem ...string) {
		if base == "" {
			return
		}
		locs = append(locs, Location{Client: client, Path: filepath.Join(append([]string{base}, elem...)...)})
	}
	add(ClientClaudeDesktop, appDir, "Claude", "claude_desktop_config.json")
	add(ClientClaudeCode, claudeDir, ".claude.json")
	add(ClientCursor, home, ".cursor", "mcp.json")
	// VS Code keeps user servers in mcp.json since 1.102, and in
	// settings.json under "mcp" before.
	add(ClientVSCode, appDir, "Code", "User", "mcp.json")
	add(ClientVSCode, appDir, "Code", "User", "settings.json")
	add(ClientWindsurf, home, ".codeium", "windsurf", "mcp_config.json")
	add(ClientClaudeCode, env.Cwd, ".mcp.json")
	add(ClientCursor, env.Cwd, ".cursor", "mcp.json")
	add(ClientVSCode, env.Cwd, ".vscode", "mcp.json")

	stat := env.Stat
	if stat == nil {
		stat = os.Stat
	}
	seen := make(map[string]bool, len(locs))
	out := locs[:0]
	for _, l := range locs {
		if seen[l.Path] {
			continue
		}
		seen[l.Path] = true
		if fi, err := stat(l.Path); err == nil && fi.Mode().IsRegular() {
			l.Exists = true
		}
		out = append(out, l)
	}
	return out
}
