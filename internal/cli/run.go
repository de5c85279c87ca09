package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

const runAbout = `
Run a stdio MCP server behind the shield. Use it in an MCP client's config in
place of the server's own command: the client starts mcpshield, mcpshield
starts the server, and every message between them passes the checks.

  "command": "mcpshield", "args": ["run", "--", "npx", "-y", "some-server"]

Stdout carries only the protocol; the shield's log and the server's stderr go
to stderr. SIGINT and SIGTERM are passed to the server, which then gets
--grace to exit before it is killed. The exit status is the server's when it
fails, 0 when the client ends the session.

With --config, the server's settings come from the file's entry whose command
and args match, if any (per-server mode, method lists and limits).

With no config at all the server is protected: its tool definitions are
pinned in $MCPSHIELD_HOME on first use and a changed one is withheld until
"mcpshield approve NAME TOOL"; poisoned tools are withheld; secrets in
arguments are refused; secrets and personal data in results are redacted;
injected instructions are wrapped or blocked. NAME is --name, or the package
or program the command runs.`

func runCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("run", "[flags] -- COMMAND [ARG...]", runAbout, io)
	var c common
	c.register(fs)
	name := fs.String("name", "", "the server's `name` in messages and in mcpshield approve/pins (default: from the config entry, else the package or program)")
	grace := fs.Duration("grace", 5*time.Second, "how long the server gets to exit after its input closes, and again after SIGTERM")
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	argv := fs.Args()
	if len(argv) == 0 {
		fmt.Fprintln(io.Stderr, "mcpshield run: missing the server command after --")
		fs.Usage()
		return errUsage
	}
	cfg, err := c.load(io)
	if err != nil {
		return err
	}
	stopProfile, err := c.profile()
	if err != nil {
		return err
	}
	defer stopProfile()
	logger := newLogger(cfg, io.Stderr)
	srv, listed := matchStdioServer(cfg, argv)
	if err := allowed(cfg, srv, listed); err != nil {
		return err
	}
	if _, err := verifyServer(cfg, srv); err != nil {
		return err
	}
	if *name != "" {
		srv.Name = *name
	}
	g, err := openGateway(ctx, cfg, io, logger)
	if err != nil {
		return err
	}
	defer g.Close()
	chain, err := g.chain(srv)
	if err != nil {
		return err
	}

	cmd := proxy.Command{Path: argv[0], Args: argv[1:], Stderr: io.Stderr}
	if srv.Cwd != "" || len(srv.Env) > 0 {
		cmd.Dir, cmd.Env = srv.Cwd, envList(srv.Env)
	}
	// Signals go to the server; the relay ends when it exits. Caught from
	// before the server starts, so none arriving meanwhile kills the shield.
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	// SIGUSR1 reopens the audit log after rotation; the server never sees it.
	reopen := make(chan os.Signal, 1)
	notifyReload(reopen, false)
	defer signal.Stop(reopen)
	child, err := proxy.StartChild(ctx, cmd, logger)
	if err != nil {
		return err
	}
	relayDone := make(chan struct{})
	defer close(relayDone)
	go func() {
		for {
			select {
			case <-relayDone:
				return
			case <-reopen:
				g.reopenAudit()
			}
		}
	}()
	var got atomic.Bool
	go func() {
		for s := range sigs {
			got.Store(true)
			logger.Info("passing signal to upstream server", "signal", s.String())
			child.Signal(s.(syscall.Signal))
			go func() {
				time.Sleep(*grace)
				child.Close(*grace)
			}()
		}
	}()
	filter := proxy.NewFilter(chain, srv.Name, "")
	err = proxy.Relay(ctx, io.Stdin, io.Stdout, child, filter, proxy.StdioOptions{
		MaxMessageBytes: int(cfg.LimitsFor(srv).MaxMessageBytes),
		Grace:           *grace,
		Logger:          logger,
	})
	if got.Load() && err != nil {
		// The server stopped because we passed it a signal: not its failure.
		logger.Debug("upstream server stopped after signal", "error", err)
		return nil
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() > 0 {
		return &upstreamExit{err: err, code: ee.ExitCode()}
	}
	return err
}

// matchStdioServer returns the config entry for argv (same command and
// args) and true, or a fresh entry with defaults and false.
func matchStdioServer(cfg *config.Config, argv []string) (*config.Server, bool) {
	for _, s := range cfg.Servers {
		if s.Command != argv[0] || len(s.Args) != len(argv)-1 {
			continue
		}
		same := true
		for i, a := range s.Args {
			same = same && a == argv[i+1]
		}
		if same {
			return s, true
		}
	}
	return config.NewStdioServer("", argv), false
}

// upstreamExit carries the upstream server's exit status out of mcpshield.
type upstreamExit struct {
	err  error
	code int
}

func (e *upstreamExit) Error() string { return e.err.Error() }
func (e *upstreamExit) ExitCode() int { return e.code }
