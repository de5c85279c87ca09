package proxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"
)

// Command says how to start a stdio upstream.
type Command struct {
	Path string
	Args []string
	Env  []string // added to the shield's environment; nil: inherit only
	Dir  string   // working directory; "": the shield's
	// Stderr receives the child's stderr; nil: the shield's stderr.
	Stderr io.Writer
}

func (c Command) String() string { return fmt.Sprintf("%s %q", c.Path, c.Args) }

// Child is a running stdio upstream server. Stop it with Close; Close is safe
// to call more than once and after the child has exited by itself.
type Child struct {
	cmd    *exec.Cmd
	Stdin  io.WriteCloser
	Stdout io.ReadCloser
	logger *slog.Logger

	done    chan struct{} // closed when the process has been reaped
	waitErr error
	once    sync.Once
}

// StartChild starts the command with pipes for stdin and stdout. The child
// gets its own process group, so signals reach it only through the shield,
// and so does everything it starts; on Linux it is also killed if the shield
// dies without stopping it, so no server outlives its gateway.
func StartChild(ctx context.Context, c Command, logger *slog.Logger) (*Child, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cmd := exec.Command(c.Path, c.Args...)
	cmd.Dir = c.Dir
	if c.Env != nil {
		cmd.Env = append(os.Environ(), c.Env...)
	}
	cmd.Stderr = c.Stderr
	if cmd.Stderr == nil {
		cmd.Stderr = os.Stderr
	}
	cmd.SysProcAttr = childProcAttr()
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", c.Path, err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", c.Path, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", c.Path, err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting upstream server: %w", err)
	}
	ch := &Child{cmd: cmd, Stdin: stdin, Stdout: stdout, logger: logger, done: make(chan struct{})}
	go func() {
		ch.waitErr = cmd.Wait()
		close(ch.done)
	}()
	return ch, nil
}

// Pid returns the child's process id.
func (c *Child) Pid() int { return c.cmd.Process.Pid }

// Done is closed once the child has exited and been reaped.
func (c *Child) Done() <-chan struct{} { return c.done }

// ExitError describes how the child ended, nil for a clean exit with status 0.
// It may be called only after Done is closed.
func (c *Child) ExitError() error {
	if c.waitErr == nil {
		return nil
	}
	return fmt.Errorf("upstream server %s exited: %w", c.cmd.Path, c.waitErr)
}

// Signal sends sig to the child's process group.
func (c *Child) Signal(sig syscall.Signal) {
	select {
	case <-c.done:
		return
	default:
	}
	if err := signalGroup(c.cmd.Process, sig); err != nil && !errors.Is(err, syscall.ESRCH) && !errors.Is(err, os.ErrProcessDone) {
		c.logger.Warn("signalling upstream server", "signal", sig.String(), "error", err)
	}
}

// Close stops the child the way the MCP stdio transport prescribes: close its
// stdin, wait up to grace, then SIGTERM, wait again, then SIGKILL. It returns
// once the process has been reaped.
func (c *Child) Close(grace time.Duration) {
	c.once.Do(func() {
		c.Stdin.Close()
		if c.wait(grace) {
			return
		}
		c.Signal(syscall.SIGTERM)
		if c.wait(grace) {
			return
		}
		c.Signal(syscall.SIGKILL)
		<-c.done
	})
	<-c.done
}

func (c *Child) wait(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-c.done:
		return true
	case <-t.C:
		return false
	}
}
