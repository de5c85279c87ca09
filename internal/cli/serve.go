package cli

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/mcpshield/mcpshield/internal/audit"
	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

const serveAbout = `
Serve Streamable HTTP in front of MCP servers.

  mcpshield serve --listen 127.0.0.1:8080 --upstream http://127.0.0.1:3000/mcp
  mcpshield serve --listen 127.0.0.1:8080 -- ./some-stdio-server --flag
  mcpshield serve --config shield.yaml

With --upstream or a command, the gateway's endpoint is http://LISTEN/mcp (a
config file given too supplies everything but its servers). A
stdio server gets one child process per session (up to max_sessions). With
--config, each server of the file is served at /servers/NAME/mcp.

On SIGINT or SIGTERM the gateway stops accepting connections, lets in-flight
calls finish (up to http.shutdown_timeout), and stops its child processes.`

// handler is an upstream front: an http.Handler that can be shut down.
type handler interface {
	http.Handler
	Close(ctx context.Context) error
}

func serveCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("serve", "[flags] [-- COMMAND [ARG...]]", serveAbout, io)
	var c common
	c.register(fs)
	listen := fs.String("listen", "", "`address` to listen on (default from config: "+config.DefaultListen+")")
	upstream := fs.String("upstream", "", "`URL` of an HTTP MCP server to front")
	transport := fs.String("transport", "streamable-http", "transport of --upstream: streamable-http or sse (legacy 2024-11-05)")
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	cfg, err := c.load(io)
	if err != nil {
		return err
	}
	if *listen != "" {
		cfg.Listen = *listen
	}
	argv := fs.Args()
	// The quick forms (--upstream, or a command) serve one upstream at /mcp,
	// with the file, if given, for everything but its servers.
	quick := *upstream != "" || len(argv) > 0
	switch {
	case *upstream != "" && len(argv) > 0:
		fmt.Fprintln(io.Stderr, "mcpshield serve: give either --upstream or a command after --, not both")
		return errUsage
	case *upstream != "":
		u, err := url.Parse(*upstream)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("--upstream: %q is not an http(s) URL", *upstream)
		}
		s := config.NewHTTPServer("", *upstream)
		switch config.Transport(*transport) {
		case config.TransportStreamableHTTP, config.TransportSSE:
			s.Transport = config.Transport(*transport)
		default:
			return fmt.Errorf("--transport: %q is not streamable-http or sse", *transport)
		}
		if cfg.Servers, err = quickServer(cfg, s); err != nil {
			return err
		}
	case len(argv) > 0:
		if cfg.Servers, err = quickServer(cfg, config.NewStdioServer("", argv)); err != nil {
			return err
		}
	case c.configPath == "":
		fmt.Fprintln(io.Stderr, "mcpshield serve: nothing to serve: give --upstream URL, a command after --, or --config FILE")
		fs.Usage()
		return errUsage
	}
	if len(cfg.Servers) == 0 {
		return fmt.Errorf("%s lists no servers", c.configPath)
	}
	stopProfile, err := c.profile()
	if err != nil {
		return err
	}
	defer stopProfile()
	logger := newLogger(cfg, io.Stderr)
	g, err := openGateway(ctx, cfg, io, logger)
	if err != nil {
		return err
	}
	defer g.Close()
	var reload func() (*config.Config, error)
	if c.configPath != "" {
		reload = func() (*config.Config, error) { return c.load(io) }
	}
	return serve(ctx, g, quick, reload)
}

// quickServer is the one server of a quick form: the config's entry for
// the same command or URL if it lists one (with its settings), else s,
// which require_allowlist refuses.
func quickServer(cfg *config.Config, s *config.Server) ([]*config.Server, error) {
	for _, c := range cfg.Servers {
		if serverID(c) == serverID(s) && c.Transport == s.Transport {
			return []*config.Server{c}, nil
		}
	}
	if err := allowed(cfg, s, false); err != nil {
		return nil, err
	}
	return []*config.Server{s}, nil
}

// serve runs the gateway for cfg until ctx ends or SIGINT/SIGTERM arrives.
// quick is true for the command-line forms, served at /mcp. reload, if not
// nil, reads the config again for SIGHUP (see gateway.reload).
func serve(ctx context.Context, g *gateway, quick bool, reload func() (*config.Config, error)) error {
	cfg, logger := g.cfg, g.logger
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	hosts := &proxy.HostPolicy{AllowedHosts: cfg.HTTP.AllowedHosts, AllowedOrigins: cfg.HTTP.AllowedOrigins}
	mux := http.NewServeMux()
	var fronts []handler
	defer func() {
		// Close what was started, also after a partial start.
		cctx, cancel := context.WithTimeout(context.Background(), cfg.HTTP.ShutdownTimeout)
		defer cancel()
		for _, h := range fronts {
			if err := h.Close(cctx); err != nil {
				logger.Warn("closing upstream front", "error", err)
			}
		}
	}()
	for _, s := range cfg.Servers {
		h, err := front(g, s, hosts, logger.With("server", s.Name))
		if err != nil {
			return fmt.Errorf("server %q: %w", s.Name, err)
		}
		fronts = append(fronts, h)
		if quick {
			mux.Handle("/mcp", h)
		} else {
			mux.Handle("/servers/"+s.Name+"/mcp", h)
		}
	}
	if !quick {
		// /mcp aggregates every server, with names namespaced as
		// SERVER__tool; each upstream keeps its own checks.
		agg, err := aggregateFront(g, hosts, logger.With("server", "*"))
		if err != nil {
			return err
		}
		fronts = append(fronts, agg)
		mux.Handle("/mcp", agg)
	}

	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("listening: %w", err)
	}
	// Requests live on a context of their own: a signal must not cancel the
	// calls in flight, only stop new ones. It ends once draining is over.
	base, endRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer endRequests()
	auth := clientAuth(cfg, logger)
	warnExpiry(cfg, time.Now(), logger)
	if auth != nil && g.audit != nil {
		auth.OnRefuse = func(r *http.Request, remote, reason string) {
			rec := &audit.Record{Event: "auth", Kind: "http", Method: r.Method + " " + r.URL.Path,
				Verdict: "deny", Reason: reason, Remote: remote}
			if err := g.audit.Append(rec); err != nil {
				logger.Error("audit record of a refused request not written", "error", err)
			}
		}
	}
	if err := exposure(ln.Addr(), auth != nil, cfg.HTTP.Auth.AllowUnauthenticated); err != nil {
		ln.Close()
		return err
	}
	if auth == nil && !loopback(ln.Addr()) {
		logger.Warn("no client authentication (http.auth.allow_unauthenticated): anyone who reaches this address can use every configured server",
			"listen", ln.Addr().String())
	}
	sigs := make(chan os.Signal, 1)
	notifyReload(sigs, true)
	defer signal.Stop(sigs)
	go func() {
		for {
			select {
			case <-base.Done():
				return
			case s := <-sigs:
				g.reload(s, auth, reload)
			}
		}
	}()
	srv := &http.Server{
		Handler:           auth.Wrap(mux),
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return base },
	}
	logger.Info("serving", "endpoint", "http://"+ln.Addr().String()+"/mcp", "servers", len(cfg.Servers), "mode", string(cfg.Mode))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down: draining calls in flight", "timeout", cfg.HTTP.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), cfg.HTTP.ShutdownTimeout)
	defer cancel()
	// The fronts drain their calls and then end their sessions and streams,
	// which lets Shutdown, waiting for every handler, return.
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		for _, h := range fronts {
			if err := h.Close(sctx); err != nil {
				logger.Warn("closing upstream front", "error", err)
			}
		}
	}()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Warn("shutdown: calls still running when the timeout expired were cut", "error", err)
	}
	endRequests()
	srv.Close()
	<-closed
	fronts = nil // closed above
	return nil
}

// aggregateFront builds the /mcp endpoint of a config: one MCP server made
// of all the configured ones.
func aggregateFront(g *gateway, hosts *proxy.HostPolicy, logger *slog.Logger) (handler, error) {
	cfg := g.cfg
	ups := make([]proxy.AggregateUpstream, 0, len(cfg.Servers))
	for _, s := range cfg.Servers {
		chain, err := g.chain(s)
		if err != nil {
			return nil, err
		}
		ups = append(ups, proxy.AggregateUpstream{Name: s.Name, Dial: dialer(cfg, s, logger.With("upstream", s.Name)), Chain: chain})
	}
	return proxy.NewMsgServer(proxy.MsgServerOptions{
		Server: "", Dial: proxy.AggregateDialer(proxy.AggregateOptions{Upstreams: ups, Logger: logger}),
		Hosts: hosts, MaxMessageBytes: cfg.Limits.MaxMessageBytes, MaxSessions: config.DefaultMaxSessions,
		IdleTimeout: cfg.HTTP.SessionIdleTimeout, Logger: logger,
	}), nil
}

// dialer returns how to open one session to s as a message connection.
func dialer(cfg *config.Config, s *config.Server, logger *slog.Logger) proxy.Dialer {
	limits := cfg.LimitsFor(s)
	switch s.Transport {
	case config.TransportStreamableHTTP:
		return proxy.HTTPDialer(proxy.HTTPConnOptions{URL: s.URL, Headers: secretHeaders(s.Headers),
			MaxMessageBytes: int(limits.MaxMessageBytes), Logger: logger, TLS: upstreamTLS(s)})
	case config.TransportSSE:
		return proxy.LegacySSEDialer(proxy.LegacySSEOptions{URL: s.URL, Headers: secretHeaders(s.Headers),
			MaxMessageBytes: int(limits.MaxMessageBytes), Logger: logger, TLS: upstreamTLS(s)})
	default:
		cmd := proxy.Command{Path: s.Command, Args: s.Args, Dir: s.Cwd, Env: envList(s.Env)}
		return verifiedDialer(&exeVerifier{srv: s}, proxy.StdioDialer(cmd, int(limits.MaxMessageBytes), 0, logger))
	}
}

// upstreamTLS is the TLS configuration of an HTTP upstream: nil (the
// defaults) unless its key is pinned.
func upstreamTLS(s *config.Server) *tls.Config {
	if len(s.Verify.TLS) == 0 {
		return nil
	}
	return proxy.PinnedTLS(s.Verify.TLS, nil)
}

// front builds the handler for one upstream.
func front(g *gateway, s *config.Server, hosts *proxy.HostPolicy, logger *slog.Logger) (handler, error) {
	cfg := g.cfg
	if _, err := verifyServer(cfg, s); err != nil {
		return nil, err
	}
	chain, err := g.chain(s)
	if err != nil {
		return nil, err
	}
	limits := cfg.LimitsFor(s)
	switch s.Transport {
	case config.TransportStreamableHTTP:
		u, err := url.Parse(s.URL)
		if err != nil {
			return nil, fmt.Errorf("url: %w", err)
		}
		return passFront{proxy.NewPassProxy(proxy.PassOptions{
			Server: s.Name, URL: u, Headers: secretHeaders(s.Headers), Chain: chain, Hosts: hosts, TLS: upstreamTLS(s),
			MaxMessageBytes: limits.MaxMessageBytes, IdleTimeout: cfg.HTTP.SessionIdleTimeout,
			Logger: logger,
		})}, nil
	default:
		return msgFront(cfg, s, dialer(cfg, s, logger), chain, hosts, logger), nil
	}
}

func msgFront(cfg *config.Config, s *config.Server, dial proxy.Dialer, chain *guard.Chain, hosts *proxy.HostPolicy, logger *slog.Logger) handler {
	return proxy.NewMsgServer(proxy.MsgServerOptions{
		Server: s.Name, Dial: dial, Chain: chain, Hosts: hosts,
		MaxMessageBytes: cfg.LimitsFor(s).MaxMessageBytes, MaxSessions: s.MaxSessions,
		IdleTimeout: cfg.HTTP.SessionIdleTimeout, Logger: logger,
	})
}

// passFront adapts PassProxy's Close to the handler interface.
type passFront struct{ *proxy.PassProxy }

func (p passFront) Close(context.Context) error { return p.PassProxy.Close() }

func secretHeaders(h map[string]config.Secret) http.Header {
	if len(h) == 0 {
		return nil
	}
	out := make(http.Header, len(h))
	for k, v := range h {
		out.Set(k, v.Reveal())
	}
	return out
}

// clientAuth is the authentication http.auth configures, nil if it lists
// no tokens.
func clientAuth(cfg *config.Config, logger *slog.Logger) *proxy.ClientAuth {
	return proxy.NewClientAuth(cfg.HTTP.Auth.Header, tokenDigests(cfg), logger)
}

// tokenDigests maps the hex SHA-256 of each http.auth token to the token.
func tokenDigests(cfg *config.Config) map[string]proxy.Token {
	tokens := make(map[string]proxy.Token, len(cfg.HTTP.Auth.Tokens))
	for _, t := range cfg.HTTP.Auth.Tokens {
		digest := strings.ToLower(t.SHA256)
		if v := t.Token.Reveal(); v != "" {
			digest = config.TokenDigest(v)
		}
		tokens[digest] = proxy.Token{Name: t.Name, Expires: t.Expires}
	}
	return tokens
}

// warnExpiry logs the tokens that have expired or expire within a week.
func warnExpiry(cfg *config.Config, now time.Time, logger *slog.Logger) {
	for _, t := range cfg.HTTP.Auth.Tokens {
		switch {
		case t.Expires.IsZero():
		case !now.Before(t.Expires):
			logger.Warn("client token has expired: requests with it are refused", "token", t.Name, "expires", t.Expires.UTC().Format(time.RFC3339))
		case t.Expires.Sub(now) < 7*24*time.Hour:
			logger.Warn("client token expires within a week", "token", t.Name, "expires", t.Expires.UTC().Format(time.RFC3339))
		}
	}
}

// exposure refuses a listener beyond loopback without client
// authentication, unless http.auth.allow_unauthenticated says a proxy in
// front authenticates.
func exposure(addr net.Addr, authenticated, allowed bool) error {
	if authenticated || allowed || loopback(addr) {
		return nil
	}
	return fmt.Errorf("listening on %s without client authentication: anyone who reaches it could use every configured server; "+
		"list tokens in http.auth.tokens (mcpshield token --name NAME makes one), listen on 127.0.0.1, "+
		"or set http.auth.allow_unauthenticated: true if a proxy in front authenticates the clients", addr)
}

// loopback reports whether addr is a loopback address, reachable only from
// this machine.
func loopback(addr net.Addr) bool {
	ta, ok := addr.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}
