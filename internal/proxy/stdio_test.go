package proxy

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// relayWith starts script under sh as the upstream and relays a client
// (the returned writer and line reader) to it.
func relayWith(t *testing.T, script string, opts StdioOptions) (io.WriteCloser, *bufio.Reader, <-chan error) {
	t.Helper()
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	child, err := StartChild(context.Background(), Command{Path: "sh", Args: []string{"-c", script}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { child.Close(time.Second) })
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- Relay(context.Background(), inR, outW, child, NewFilter(nil, "t", ""), opts)
		outW.Close()
	}()
	return inW, bufio.NewReader(outR), done
}

func TestRelayChildExit(t *testing.T) {
	// The server reads one request and dies with status 3 without answering.
	in, out, done := relayWith(t, `read line; echo "dying" >&2; exit 3`, StdioOptions{})
	io.WriteString(in, `{"jsonrpc":"2.0","id":"q1","method":"tools/list"}`+"\n")
	line, err := out.ReadString('\n')
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	if !strings.Contains(line, `"id":"q1"`) || !strings.Contains(line, "-32082") || !strings.Contains(line, "exit status 3") {
		t.Errorf("waiting request answered with %s", line)
	}
	err = <-done
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Errorf("Relay = %v; want the child's exit status 3", err)
	}
}

func TestRelayOversizedAndGarbage(t *testing.T) {
	// An echo server: every line back as it came.
	in, out, done := relayWith(t, `while read -r line; do printf '%s\n' "$line"; done`, StdioOptions{MaxMessageBytes: 200})
	big := `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"x","arguments":{"pad":"` + strings.Repeat("a", 500) + `"}}}`
	io.WriteString(in, big+"\n")
	line, _ := out.ReadString('\n')
	if !strings.Contains(line, `"id":7`) || !strings.Contains(line, "-32081") {
		t.Errorf("oversized request answered with %s", line)
	}
	io.WriteString(in, "this is not json\n")
	line, _ = out.ReadString('\n')
	if !strings.Contains(line, "-32700") {
		t.Errorf("garbage answered with %s", line)
	}
	// The session goes on: a message makes the round trip, byte for byte.
	ping := `{"jsonrpc":"2.0","id":9,"method":"ping","params":{"x":1.50e+3}}`
	io.WriteString(in, ping+"\n")
	line, _ = out.ReadString('\n')
	if strings.TrimSpace(line) != ping {
		t.Errorf("after errors, got %s", line)
	}
	in.Close()
	if err := <-done; err != nil {
		t.Errorf("Relay after client EOF = %v; want nil", err)
	}
}
