//go:build unix

package e2e

// Helpers shared by every e2e test that runs real peers: locating the repo
// and the npm peers, building binaries once per test binary, picking ports,
// and starting processes that are always stopped, with their children.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const (
	modulePath = "github.com/mcpshield/mcpshield"

	// shieldPkg is the mcpshield command, relative to the repo root.
	shieldPkg = "./cmd/mcpshield"

	// everythingServerPkg is the Go SDK's conformance reference server. It
	// serves stdio by default, Streamable HTTP with -http ADDR (any path), and
	// is stateless over HTTP unless -stateless=false.
	everythingServerPkg = "github.com/modelcontextprotocol/go-sdk/conformance/everything-server"

	// requirePeersEnv, set to 1, makes missing npm peers a test failure.
	requirePeersEnv = "MCPSHIELD_REQUIRE_PEERS"

	// node22Env overrides the Node 22 binary (default: the npm peer).
	node22Env = "MCPSHIELD_NODE22"

	// shieldEnv names a prebuilt mcpshield binary to test instead of
	// building ./cmd/mcpshield (a release build, or one built with -race).
	shieldEnv = "MCPSHIELD_E2E_SHIELD"
)

func TestMain(m *testing.M) {
	// Every shield these tests start pins into a state directory of this
	// run's own, never the user's; tests that need a fresh one set their own.
	home, err := os.MkdirTemp("", "mcpshield-e2e-home-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("MCPSHIELD_HOME", home)
	code := m.Run()
	binaries.removeAll()
	os.RemoveAll(home)
	os.Exit(code)
}

// peers locates the repo and the npm-installed peers.
type peers struct {
	root    string // repo root
	modules string // testdata/npm/node_modules
	node22  string // Node 22 binary
}

// requirePeers skips the test under -short or when the npm peers are not
// installed; with MCPSHIELD_REQUIRE_PEERS=1 missing peers fail it instead.
func requirePeers(t *testing.T) peers {
	t.Helper()
	if testing.Short() {
		t.Skip("e2e: skipped with -short (runs real peers)")
	}
	root := repoRoot(t)
	p := peers{
		root:    root,
		modules: filepath.Join(root, "testdata", "npm", "node_modules"),
		node22:  os.Getenv(node22Env),
	}
	if p.node22 == "" {
		p.node22 = filepath.Join(p.modules, "node22", "bin", "node")
	}
	var missing []string
	for _, path := range []string{p.modules, p.node22} {
		if _, err := os.Stat(path); err != nil {
			missing = append(missing, path)
		}
	}
	if len(missing) > 0 {
		msg := fmt.Sprintf("e2e: npm peers not installed (missing %s); install them with `cd testdata/npm && npm ci`",
			strings.Join(missing, ", "))
		if os.Getenv(requirePeersEnv) == "1" {
			t.Fatalf("%s (%s=1 requires them)", msg, requirePeersEnv)
		}
		t.Skipf("%s, or set %s=1 to make their absence a failure", msg, requirePeersEnv)
	}
	return p
}

// repoRoot walks up from the working directory (the package directory under
// go test) to the directory whose go.mod declares this module.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("finding repo root: %v", err)
	}
	for {
		if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			if declaresModule(data, modulePath) {
				return dir
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("finding repo root: no go.mod for %s above the working directory", modulePath)
		}
		dir = parent
	}
}

func declaresModule(gomod []byte, module string) bool {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`) == module
		}
	}
	return false
}

// binaries holds what this test binary built; TestMain removes it.
var binaries binaryCache

// binaryCache builds each package at most once per test binary and
// remembers the outcome, failures included, so that every test needing a
// binary that does not build reports the same error without rebuilding.
type binaryCache struct {
	mu     sync.Mutex
	dir    string
	builds map[string]*build
}

type build struct {
	once sync.Once
	path string
	err  error
}

// buildBinary builds pkg (an import path, or a path relative to the repo
// root) with `go build` from the repo root and returns the binary's path.
func buildBinary(t *testing.T, root, pkg string) (string, error) {
	t.Helper()
	b, err := binaries.entry(pkg)
	if err != nil {
		return "", err
	}
	b.once.Do(func() {
		b.path = filepath.Join(binaries.dir, filepath.Base(pkg))
		cmd := exec.CommandContext(t.Context(), "go", "build", "-o", b.path, pkg)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			b.err = fmt.Errorf("go build %s: %w\n%s", pkg, err, bytes.TrimSpace(out))
		}
	})
	return b.path, b.err
}

func (c *binaryCache) entry(pkg string) (*build, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dir == "" {
		dir, err := os.MkdirTemp("", "mcpshield-e2e-bin-")
		if err != nil {
			return nil, fmt.Errorf("creating binary directory: %w", err)
		}
		c.dir = dir
		c.builds = make(map[string]*build)
	}
	b := c.builds[pkg]
	if b == nil {
		b = new(build)
		c.builds[pkg] = b
	}
	return b, nil
}

func (c *binaryCache) removeAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
}

// shieldBinary returns the mcpshield binary under test: $MCPSHIELD_E2E_SHIELD
// if set, else ./cmd/mcpshield built once per test binary.
func shieldBinary(t *testing.T, root string) (string, error) {
	t.Helper()
	if path := os.Getenv(shieldEnv); path != "" {
		if _, err := os.Stat(path); err != nil {
			return "", fmt.Errorf("%s: %w", shieldEnv, err)
		}
		return path, nil
	}
	return buildBinary(t, root, shieldPkg)
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("picking a free port: %v", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// process is a child started in its own process group, stopped with the
// whole group when its test ends.
type process struct {
	name string
	cmd  *exec.Cmd
	out  *tailBuffer
	done chan struct{} // closed when the leader has exited
	err  error         // the leader's exit status, once done is closed
}

// startProcess starts argv with env added to the test's environment, its
// stdout and stderr kept for failure messages. Cleanup sends SIGTERM to the
// process group, then SIGKILL to whatever is left of it.
func startProcess(t *testing.T, name string, env []string, argv ...string) *process {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	p := &process{name: name, cmd: cmd, out: new(tailBuffer), done: make(chan struct{})}
	cmd.Stdout = p.out
	cmd.Stderr = p.out
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", name, err)
	}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(p.stop)
	return p
}

func (p *process) stop() {
	pgid := p.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(5 * time.Second):
	}
	// Children that outlived the leader, or a leader ignoring SIGTERM.
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
	<-p.done
}

// exited reports whether the process has ended, and how.
func (p *process) exited() (bool, error) {
	select {
	case <-p.done:
		return true, p.err
	default:
		return false, nil
	}
}

// waitListening waits until addr accepts TCP connections, failing early if
// p exits first.
func waitListening(ctx context.Context, p *process, addr string) error {
	var d net.Dialer
	for {
		attempt, cancel := context.WithTimeout(ctx, time.Second)
		conn, err := d.DialContext(attempt, "tcp", addr)
		cancel()
		if err == nil {
			return conn.Close()
		}
		select {
		case <-p.done:
			return fmt.Errorf("%s exited (%v) before listening on %s; output:\n%s", p.name, p.err, addr, p.out.tail(4096))
		case <-ctx.Done():
			return fmt.Errorf("%s not listening on %s: %w; output:\n%s", p.name, addr, context.Cause(ctx), p.out.tail(4096))
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// startListening is startProcess plus waitListening on addr.
func startListening(t *testing.T, name, addr string, env []string, argv ...string) *process {
	t.Helper()
	p := startProcess(t, name, env, argv...)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := waitListening(ctx, p, addr); err != nil {
		t.Fatal(err)
	}
	return p
}

// tailBuffer is a concurrency-safe writer that keeps the last maxTail bytes.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

const maxTail = 1 << 20

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if over := len(b.buf) - maxTail; over > 0 {
		b.buf = append(b.buf[:0], b.buf[over:]...)
	}
	return len(p), nil
}

// tail returns at most the last n bytes written.
func (b *tailBuffer) tail(n int) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.buf) > n {
		return "…" + string(b.buf[len(b.buf)-n:])
	}
	return string(b.buf)
}
