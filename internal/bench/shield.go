package bench

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// shieldPackage is built when no -shield binary is given.
const shieldPackage = "github.com/mcpshield/mcpshield/cmd/mcpshield"

// resolveShield returns the shield binary to run: path if given, else one built from
// ./cmd/mcpshield of the module the bench runs in, into dir. The error says why the shield
// rows will be reported unavailable.
func resolveShield(ctx context.Context, path, dir string) (string, error) {
	if path != "" {
		if !strings.ContainsRune(path, filepath.Separator) {
			p, err := exec.LookPath(path)
			if err != nil {
				return "", fmt.Errorf("-shield: %w", err)
			}
			path = p
		}
		st, err := os.Stat(path)
		if err != nil {
			return "", fmt.Errorf("-shield: %w", err)
		}
		if st.IsDir() || st.Mode()&0o111 == 0 {
			return "", fmt.Errorf("-shield %s: not an executable file", path)
		}
		return path, nil
	}
	out := filepath.Join(dir, "mcpshield")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, shieldPackage)
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building %s (run from inside the repository, or pass -shield): %w: %s",
			shieldPackage, err, firstLines(string(b), 4))
	}
	return out, nil
}

// shieldHTTPArgs is the shield's command line in front of an HTTP upstream.
func shieldHTTPArgs(shield string, extra []string, listen, upstream string) []string {
	argv := append([]string{shield, "serve"}, extra...)
	return append(argv, "--listen", listen, "--upstream", upstream)
}

// shieldStdioArgs is the shield's command line wrapping a stdio server.
func shieldStdioArgs(shield string, extra []string, server []string) []string {
	argv := append([]string{shield, "run"}, extra...)
	argv = append(argv, "--")
	return append(argv, server...)
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "...")
	}
	return strings.Join(lines, " | ")
}
