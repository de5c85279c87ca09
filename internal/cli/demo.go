package cli

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
)

//go:embed demo.yaml
var demoPolicy []byte

const demoAbout = `
Run a deliberately hostile MCP server behind the shield, drive it with a
scripted client, and print what the shield stopped: tool poisoning, hidden
Unicode, a rug pull, calls around the listing, secrets leaving in arguments
or coming back in results, prompt injection, a policy rule, a payment
redirection, escape sequences, key smuggling, sampling abuse, a memory bomb
and a broken message. The server runs as a child process over stdio, as
under 'mcpshield run'; the policy is the embedded demo.yaml, the pins live in
a temporary directory removed at the end. Exit status 0 when every attack
was stopped and every honest call went through.`

// demoTimeout bounds the whole demo: a shield that stops answering must not
// hang a newcomer's first command.
const demoTimeout = 60 * time.Second

// demo is the state of one run of the demo.
type demo struct {
	ctx     context.Context
	g       *gateway
	srv     *config.Server // the demo server, "notes" in demo.yaml
	std     IO
	logger  *slog.Logger
	session *demoSession      // nil between sessions
	tools   map[string]string // the first listing: name → description
}

// demoScene is one step of the demo: an honest exchange that must go
// through, or an attack that must be stopped.
type demoScene struct {
	title  string
	attack bool
	// run plays the scene and says whether it went as it should (the
	// attack stopped, the honest call answered) and what the client saw.
	// An error ends the demo.
	run func(d *demo) (ok bool, what string, err error)
}

func demoCmd(ctx context.Context, args []string, std IO) error {
	fs := newFlagSet("demo", "[flags]", demoAbout, std)
	verbose := fs.Bool("v", false, "also print the shield's own log of each decision (stderr)")
	if err := parseFlags(fs, args, std); err != nil {
		return err
	}
	cfg, err := config.Parse("demo.yaml", demoPolicy, nil)
	if err != nil {
		return fmt.Errorf("embedded demo policy: %w", err)
	}
	cfg.Log.Level = slog.LevelError
	if *verbose {
		cfg.Log.Level = slog.LevelInfo
	}
	logger := newLogger(cfg, std.Stderr)
	srv, ok := cfg.Server("notes")
	if !ok {
		return errors.New(`embedded demo policy: no server "notes"`)
	}
	// The demo server is this very program, run as `demo-server`.
	if srv.Command, err = os.Executable(); err != nil {
		return fmt.Errorf("finding the demo server: %w", err)
	}
	srv.Args = []string{"demo-server"}
	// The demo pins into a directory of its own, never the user's.
	home, err := os.MkdirTemp("", "mcpshield-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(home)
	cfg.Home = home
	g, err := openGateway(ctx, cfg, std, logger)
	if err != nil {
		return err
	}
	defer g.Close()
	ctx, cancel := context.WithTimeoutCause(ctx, demoTimeout, errDemoTimeout)
	defer cancel()
	d := &demo{ctx: ctx, g: g, srv: srv, std: std, logger: logger}
	defer d.endSession()

	w := std.Stdout
	fmt.Fprintln(w, "mcpshield demo: a hostile MCP server (\"notes\") behind the shield, and a scripted client.")
	fmt.Fprintln(w, "Policy: the embedded demo.yaml; pins in a temporary directory. Run with -v for the shield's log.")
	fmt.Fprintln(w)
	var attacks, stopped, honest, passed int
	for i, sc := range demoScenes() {
		ok, what, err := sc.run(d)
		if err != nil {
			if cause := context.Cause(ctx); cause != nil {
				err = cause
			}
			return fmt.Errorf("scene %d: %w", i+1, err)
		}
		if s := d.session; s != nil && len(s.serverRequests) > 0 {
			ok, what = false, fmt.Sprintf("a %s request from the server reached the client; %s", s.serverRequests[0], what)
			s.serverRequests = nil
		}
		var mark string
		switch {
		case sc.attack && ok:
			attacks, stopped, mark = attacks+1, stopped+1, "STOPPED"
		case sc.attack:
			attacks, mark = attacks+1, "MISSED"
		case ok:
			honest, passed, mark = honest+1, passed+1, "ok"
		default:
			honest, mark = honest+1, "BROKEN"
		}
		fmt.Fprintf(w, "%2d. %s\n    %-8s %s\n", i+1, sc.title, mark, what)
	}
	if err := d.endSession(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d of %d attacks stopped; %d of %d honest steps went through.\n", stopped, attacks, passed, honest)
	if stopped != attacks || passed != honest {
		return errors.New("the shield did not do what the demo expects (see MISSED or BROKEN above)")
	}
	return nil
}
