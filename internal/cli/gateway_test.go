package cli

import "testing"

func TestDeriveName(t *testing.T) {
	tests := []struct {
		argv []string
		want string
	}{
		{[]string{"npx", "-y", "@modelcontextprotocol/server-everything@2026.8.31"}, "server-everything"},
		{[]string{"npx", "-y", "mcp-server-fetch"}, "mcp-server-fetch"},
		{[]string{"node", "/w/testdata/npm/node_modules/@modelcontextprotocol/server-everything/dist/index.js", "stdio"}, "server-everything"},
		{[]string{"uvx", "mcp-server-git", "--repository", "."}, "mcp-server-git"},
		{[]string{"/usr/local/bin/github-mcp-server", "stdio"}, "github-mcp-server"},
		{[]string{"python3", "/srv/weather/server.py"}, "weather"},
		{[]string{"docker", "run", "-i", "--rm", "mcp/fetch"}, "fetch"},
		{[]string{"./calc"}, "calc"},
	}
	for _, tt := range tests {
		if got := deriveName(tt.argv); got != tt.want {
			t.Errorf("deriveName(%q) = %q; want %q", tt.argv, got, tt.want)
		}
	}
}
