//go:build unix

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// clientConfig writes a Claude-Desktop-style config with the honest and the
// poisoned test server and returns its path.
func (e *integrityEnv) clientConfig(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "claude_desktop_config.json")
	cfg := fmt.Sprintf(`{
  "mcpServers": {
    "honest": {"command": %[1]q, "args": ["-variant", "honest"]},
    "poisoned": {"command": %[1]q, "args": ["-variant", "poisoned"], "env": {"LANG": "C"}}
  }
}
`, e.server)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// scanReport is the part of `mcpshield scan --json` the tests read.
type scanReport struct {
	Servers []struct {
		Server, Status string
		Tools          int
	}
	Findings []struct {
		Server, Tool, Type, Severity, Message string
	}
}

// TestIntegrityScan: mcpshield scan starts the servers of a client config,
// reports the poisoned tool as a high (or worse) finding and fails the
// gate, unless --fail-on none.
func TestIntegrityScan(t *testing.T) {
	e := newIntegrityEnv(t)
	file := e.clientConfig(t)

	r := e.cli(t, "scan", "--json", file)
	if r.code != 1 {
		t.Errorf("scan: %s; want exit status 1 (a high finding, --fail-on high)", r)
	}
	var rep scanReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("scan --json output: %v\n%s", err, r)
	}
	for _, s := range rep.Servers {
		if s.Status != "ok" {
			t.Errorf("server %s: status %q; want ok", s.Server, s.Status)
		}
	}
	if len(rep.Servers) != 2 {
		t.Errorf("scan reports %d servers; want 2:\n%s", len(rep.Servers), r.stdout)
	}
	high := func(sev string) bool { return sev == "high" || sev == "critical" }
	found := false
	for _, f := range rep.Findings {
		switch {
		case f.Server == "poisoned" && f.Tool == "add" && strings.HasPrefix(f.Type, "poisoning:") && high(f.Severity):
			found = true
		case f.Server == "honest" && high(f.Severity):
			t.Errorf("a %s finding for the honest server: %s %s", f.Severity, f.Type, f.Message)
		}
	}
	if !found {
		t.Errorf("scan reports no high poisoning finding for the poisoned server's add:\n%s", r.stdout)
	}

	if r := e.cli(t, "scan", "--json", "--fail-on", "none", file); r.code != 0 {
		t.Errorf("scan --fail-on none: %s; want exit status 0", r)
	}
}

// TestIntegrityWrap: mcpshield wrap routes a client config's servers
// through the shield (and the wrapped command works: the poisoned tool is
// withheld), a second wrap changes nothing, and unwrap restores the file.
func TestIntegrityWrap(t *testing.T) {
	e := newIntegrityEnv(t)
	file := e.clientConfig(t)
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}

	if r := e.cli(t, "wrap", file); r.code != 0 {
		t.Fatalf("wrap: %s", r)
	}
	wrapped, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	servers := readMCPServers(t, wrapped)
	for _, name := range []string{"honest", "poisoned"} {
		s := servers[name]
		wantArgs := []string{"run", "--name", name, "--", e.server, "-variant", name}
		if !samePath(s.Command, e.shield) || !slices.Equal(s.Args, wantArgs) {
			t.Errorf("wrapped %s: %q %q; want %q %q", name, s.Command, s.Args, e.shield, wantArgs)
		}
	}
	if got := servers["poisoned"].Env; got["LANG"] != "C" {
		t.Errorf("wrapped poisoned server's env = %v; want LANG=C kept", got)
	}
	if _, err := os.Stat(file + ".mcpshield-backup"); err != nil {
		t.Errorf("no backup after the first wrap: %v", err)
	}

	// The wrapped entry is what a client would run.
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	p := servers["poisoned"]
	cmd := exec.Command(p.Command, p.Args...)
	cmd.Env = append(os.Environ(), e.env()...)
	stderr := new(tailBuffer)
	cmd.Stderr = stderr
	session := connectCommand(ctx, t, cmd, stderr)
	if got := names(listTools(ctx, t, session)); !slices.Equal(got, []string{"echo", "upper"}) {
		t.Errorf("the wrapped poisoned server lists %v; want [echo upper]", got)
	}
	session.Close()

	if r := e.cli(t, "wrap", file); r.code != 0 {
		t.Fatalf("second wrap: %s", r)
	}
	if again, err := os.ReadFile(file); err != nil || !bytes.Equal(again, wrapped) {
		t.Errorf("the second wrap changed the file (%v):\n%s\nwas:\n%s", err, again, wrapped)
	}

	if r := e.cli(t, "unwrap", file); r.code != 0 {
		t.Fatalf("unwrap: %s", r)
	}
	restored, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var got, want any
	if err := json.Unmarshal(restored, &got); err != nil {
		t.Fatalf("the unwrapped file is not JSON: %v\n%s", err, restored)
	}
	if err := json.Unmarshal(orig, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unwrap gave\n%s\nwant (as JSON)\n%s", restored, orig)
	}
}

// mcpServer is one entry of a client config's mcpServers.
type mcpServer struct {
	Command string
	Args    []string
	Env     map[string]string
}

func readMCPServers(t *testing.T, data []byte) map[string]mcpServer {
	t.Helper()
	var f struct {
		MCPServers map[string]mcpServer `json:"mcpServers"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("reading the client config: %v\n%s", err, data)
	}
	return f.MCPServers
}

// samePath reports whether two paths name the same file, symbolic links
// resolved (wrap writes the path the running binary reports).
func samePath(a, b string) bool {
	ra, errA := filepath.EvalSymlinks(a)
	rb, errB := filepath.EvalSymlinks(b)
	return errA == nil && errB == nil && ra == rb
}
