package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

const stdioServerPkg = "./internal/proxy/testdata/stdioserver"

// childrenOf returns the pids whose parent is pid.
func childrenOf(t *testing.T, pid int) []int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	var kids []int
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so split after ')'.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) > 1 && fields[1] == strconv.Itoa(pid) {
			kids = append(kids, n)
		}
	}
	return kids
}

// gone reports whether pid no longer exists (reaped, not a zombie).
func gone(pid int) bool {
	_, err := os.Stat(fmt.Sprintf("/proc/%d", pid))
	return os.IsNotExist(err)
}

func waitGone(t *testing.T, pids []int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, pid := range pids {
		for !gone(pid) {
			if time.Now().After(deadline) {
				stat, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
				t.Fatalf("child %d still exists: %s", pid, stat)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// TestServeDrainsOnSIGTERM: a call in flight when the gateway is told to
// stop still completes; then the gateway exits cleanly and its child
// processes are gone.
func TestServeDrainsOnSIGTERM(t *testing.T) {
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	server, err := buildBinary(t, p.root, stdioServerPkg)
	if err != nil {
		t.Fatalf("building the stdio test server: %v", err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	sh := startListening(t, "mcpshield", addr, []string{"MCPSHIELD_HOME=" + t.TempDir()}, shield, "serve", "--listen", addr, "--", server)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client := mcp.NewClient(&mcp.Implementation{Name: "e2e", Version: "1"}, nil)
	session, err := client.Connect(ctx, &mcp.StreamableClientTransport{Endpoint: "http://" + addr + "/mcp"}, nil)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	kids := childrenOf(t, sh.cmd.Process.Pid)
	if len(kids) == 0 {
		t.Fatal("the gateway runs no child for the session")
	}
	// Like any client, list the tools before calling one: the shield
	// refuses calls to tools it never listed.
	if _, err := session.ListTools(ctx, nil); err != nil {
		t.Fatalf("tools/list: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		res, err := session.CallTool(ctx, &mcp.CallToolParams{Name: "sleep", Arguments: map[string]any{"ms": 1500}})
		if err == nil && res.IsError {
			err = fmt.Errorf("tool error: %+v", res.Content)
		}
		done <- err
	}()
	time.Sleep(300 * time.Millisecond) // the call is in flight
	if err := sh.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("the call in flight failed during shutdown: %v", err)
	}
	select {
	case <-sh.done:
	case <-time.After(15 * time.Second):
		t.Fatalf("the gateway did not exit after SIGTERM\n%s", sh.out.tail(2000))
	}
	if sh.err != nil {
		t.Errorf("exit: %v\n%s", sh.err, sh.out.tail(2000))
	}
	waitGone(t, kids)
}

// TestRunForwardsSIGTERM: `mcpshield run` passes SIGTERM to its server,
// which exits; the shield then exits too, and leaves no zombie.
func TestRunForwardsSIGTERM(t *testing.T) {
	p := requirePeers(t)
	shield, err := shieldBinary(t, p.root)
	if err != nil {
		t.Fatalf("building mcpshield: %v", err)
	}
	server, err := buildBinary(t, p.root, stdioServerPkg)
	if err != nil {
		t.Fatalf("building the stdio test server: %v", err)
	}
	cmd := exec.Command(shield, "run", "--grace", "2s", "--", server)
	stdin, _ := cmd.StdinPipe() // held open: only the signal ends the session
	defer stdin.Close()
	var out tailBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })

	var kids []int
	for deadline := time.Now().Add(10 * time.Second); len(kids) == 0; {
		kids = childrenOf(t, cmd.Process.Pid)
		if time.Now().After(deadline) {
			t.Fatal("mcpshield run started no server")
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("mcpshield run exit after SIGTERM: %v\n%s", err, out.tail(2000))
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("mcpshield run did not exit after SIGTERM\n%s", out.tail(2000))
	}
	waitGone(t, kids)
}
