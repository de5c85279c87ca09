package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// proc is a process the bench started: a server, a floor, or the shield.
type proc struct {
	name   string
	cmd    *exec.Cmd
	stdin  *os.File // our end of its stdin
	stdout *os.File // our end of its stdout; nil when it goes to the tail
	tail   *tailWriter

	exited  chan struct{} // closed once it has been waited for
	waitErr error         // set before exited is closed
}

// startProc starts argv with its stdin and stdout on pipes the caller owns (so that exec's
// Wait never closes them under a reader) and its stderr kept in a bounded tail for error
// messages. With pipeOut false, stdout goes to the tail too.
func startProc(name string, argv []string, pipeOut bool) (*proc, error) {
	p := &proc{name: name, tail: &tailWriter{max: 8 << 10}, exited: make(chan struct{})}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stderr = p.tail
	cmd.SysProcAttr = childAttr()
	cmd.WaitDelay = 2 * time.Second // a grandchild holding stderr must not hang Wait

	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	cmd.Stdin = inR
	var outR, outW *os.File
	if pipeOut {
		if outR, outW, err = os.Pipe(); err != nil {
			closeAll(inR, inW)
			return nil, fmt.Errorf("starting %s: %w", name, err)
		}
		cmd.Stdout = outW
	} else {
		cmd.Stdout = p.tail
	}
	err = cmd.Start()
	closeAll(inR, outW) // the child's ends
	if err != nil {
		closeAll(inW, outR)
		return nil, fmt.Errorf("starting %s (%s): %w", name, argv[0], err)
	}
	p.cmd, p.stdin, p.stdout = cmd, inW, outR
	go func() {
		p.waitErr = cmd.Wait()
		close(p.exited)
	}()
	return p, nil
}

func closeAll(fs ...*os.File) {
	for _, f := range fs {
		if f != nil {
			_ = f.Close() // a pipe end we no longer need
		}
	}
}

func (p *proc) pid() int { return p.cmd.Process.Pid }

// alive reports whether the process has not exited.
func (p *proc) alive() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// died describes an exited process with the end of what it wrote, for error messages.
func (p *proc) died() error {
	return fmt.Errorf("%s exited (%v): %s", p.name, p.waitErr, p.tail.String())
}

// announced reads the "listening ADDR" line the bench's own HTTP subcommands print first.
func (p *proc) announced(ctx context.Context) (string, error) {
	type line struct {
		s   string
		err error
	}
	ch := make(chan line, 1)
	go func() {
		s, err := bufio.NewReader(p.stdout).ReadString('\n')
		ch <- line{s, err}
		_, _ = io.Copy(io.Discard, p.stdout) // nothing else is expected; never block the child
	}()
	select {
	case l := <-ch:
		addr, ok := strings.CutPrefix(strings.TrimSpace(l.s), "listening ")
		if l.err == nil && ok {
			return addr, nil
		}
		select {
		case <-p.exited:
			return "", p.died()
		case <-ctx.Done():
			return "", fmt.Errorf("%s printed %q, not its address", p.name, l.s)
		}
	case <-ctx.Done():
		return "", fmt.Errorf("waiting for %s to listen: %w", p.name, ctx.Err())
	}
}

// stop ends the process: closing its stdin (stdio processes exit on end of input; with
// viaStdin the process gets grace to do so), then SIGTERM, then SIGKILL, each after grace.
// It returns once the process was reaped.
func (p *proc) stop(grace time.Duration, viaStdin bool) {
	_ = p.stdin.Close() // may be closed already by the session
	sigs := []os.Signal{syscall.SIGTERM, os.Kill}
	if viaStdin {
		sigs = append([]os.Signal{nil}, sigs...)
	}
	for _, sig := range sigs {
		if sig != nil {
			_ = p.cmd.Process.Signal(sig) // fails only if it already exited
		}
		select {
		case <-p.exited:
			closeAll(p.stdout)
			return
		case <-time.After(grace):
		}
	}
	<-p.exited
	closeAll(p.stdout)
}

// tailWriter keeps the last max bytes written to it. Safe for concurrent use.
type tailWriter struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if over := len(t.b) - t.max; over > 0 {
		t.b = append(t.b[:0], t.b[over:]...)
	}
	return len(p), nil
}

func (t *tailWriter) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := strings.TrimSpace(string(t.b))
	if s == "" {
		return "(no output)"
	}
	return s
}
