package clientcfg

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDiscover(t *testing.T) {
	home := t.TempDir()
	proj := t.TempDir()
	j := filepath.Join
	tests := []struct {
		name string
		env  Env
		want []Location
	}{
		{"linux", Env{Home: home, OS: "linux", Cwd: proj}, []Location{
			{ClientClaudeDesktop, j(home, ".config", "Claude", "claude_desktop_config.json"), false},
			{ClientClaudeCode, j(home, ".claude.json"), true},
			{ClientCursor, j(home, ".cursor", "mcp.json"), false},
			{ClientVSCode, j(home, ".config", "Code", "User", "mcp.json"), false},
			{ClientVSCode, j(home, ".config", "Code", "User", "settings.json"), true},
			{ClientWindsurf, j(home, ".codeium", "windsurf", "mcp_config.json"), false},
			{ClientClaudeCode, j(proj, ".mcp.json"), true},
			{ClientCursor, j(proj, ".cursor", "mcp.json"), false},
			{ClientVSCode, j(proj, ".vscode", "mcp.json"), false},
		}},
		{"darwin, no project", Env{Home: home, OS: "darwin"}, []Location{
			{ClientClaudeDesktop, j(home, "Library", "Application Support", "Claude", "claude_desktop_config.json"), true},
			{ClientClaudeCode, j(home, ".claude.json"), true},
			{ClientCursor, j(home, ".cursor", "mcp.json"), false},
			{ClientVSCode, j(home, "Library", "Application Support", "Code", "User", "mcp.json"), false},
			{ClientVSCode, j(home, "Library", "Application Support", "Code", "User", "settings.json"), false},
			{ClientWindsurf, j(home, ".codeium", "windsurf", "mcp_config.json"), false},
		}},
		{"windows, CLAUDE_CONFIG_DIR, project is home", Env{
			Home: home, OS: "windows", AppData: j(home, "AppData", "Roaming"), Cwd: home,
			Getenv: func(k string) (string, bool) {
				if k == "CLAUDE_CONFIG_DIR" {
					return j(home, "claude-work"), true
				}
				return "", false
			},
		}, []Location{
			{ClientClaudeDesktop, j(home, "AppData", "Roaming", "Claude", "claude_desktop_config.json"), false},
			{ClientClaudeCode, j(home, "claude-work", ".claude.json"), false},
			{ClientCursor, j(home, ".cursor", "mcp.json"), false},
			{ClientVSCode, j(home, "AppData", "Roaming", "Code", "User", "mcp.json"), false},
			{ClientVSCode, j(home, "AppData", "Roaming", "Code", "User", "settings.json"), false},
			{ClientWindsurf, j(home, ".codeium", "windsurf", "mcp_config.json"), false},
			{ClientClaudeCode, j(home, ".mcp.json"), false},
			// home/.cursor/mcp.json is listed once, above
			{ClientVSCode, j(home, ".vscode", "mcp.json"), false},
		}},
		{"xdg config dir", Env{Home: home, OS: "linux", ConfigDir: j(home, "xdg")}, []Location{
			{ClientClaudeDesktop, j(home, "xdg", "Claude", "claude_desktop_config.json"), false},
			{ClientClaudeCode, j(home, ".claude.json"), true},
			{ClientCursor, j(home, ".cursor", "mcp.json"), false},
			{ClientVSCode, j(home, "xdg", "Code", "User", "mcp.json"), false},
			{ClientVSCode, j(home, "xdg", "Code", "User", "settings.json"), false},
			{ClientWindsurf, j(home, ".codeium", "windsurf", "mcp_config.json"), false},
		}},
	}
	for _, p := range []string{
		j(home, ".claude.json"),
		j(home, ".config", "Code", "User", "settings.json"),
		j(home, "Library", "Application Support", "Claude", "claude_desktop_config.json"),
		j(proj, ".mcp.json"),
	} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// A directory where a file is expected does not exist as a config.
	if err := os.MkdirAll(j(home, ".cursor", "mcp.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Discover(tt.env)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d locations %+v; want %d", len(got), got, len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("location %d: got %+v; want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}
