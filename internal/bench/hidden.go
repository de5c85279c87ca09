package bench

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"syscall"
	"time"
)

// The hidden subcommands: the parts the bench runs as processes of their own. Each HTTP one
// prints "listening ADDR" as its first stdout line once it accepts connections.

// runServer is `server [-http ADDR]`: the bench MCP server, on stdio unless -http is given.
func runServer(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("http", "", "serve Streamable HTTP at `ADDR`/mcp instead of stdio")
	if err := fs.Parse(args); err != nil {
		return err
	}
	srv, err := newServer()
	if err != nil {
		return err
	}
	if *addr == "" {
		done := make(chan error, 1)
		go func() { done <- serveStdio(srv, stdin, stdout) }()
		select {
		case err := <-done:
			return err
		case <-ctx.Done():
			return nil
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/mcp", newHTTPServer(srv))
	return serveHTTP(ctx, *addr, mux, stdout, stderr)
}

// runFloorProxy is `floor-proxy -listen ADDR -upstream URL`: a bare httputil.ReverseProxy
// with no checks, the floor any HTTP proxy is measured against.
func runFloorProxy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("floor-proxy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("listen", "127.0.0.1:0", "listen on `ADDR`")
	upstream := fs.String("upstream", "", "forward to the origin `URL` (scheme://host:port), path kept")
	if err := fs.Parse(args); err != nil {
		return err
	}
	target, err := url.Parse(*upstream)
	if err != nil || target.Host == "" {
		return fmt.Errorf("floor-proxy: -upstream %q: want scheme://host:port", *upstream)
	}
	// The default transport, with enough idle connections per host for the bench's
	// concurrency: its default of 2 would make the floor reconnect under load, which no
	// production proxy does.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = 256
	tr.MaxIdleConnsPerHost = 256
	rp := &httputil.ReverseProxy{
		Rewrite:   func(r *httputil.ProxyRequest) { r.SetURL(target) },
		Transport: tr,
		ErrorLog:  log.New(stderr, "floor-proxy: ", 0),
	}
	defer tr.CloseIdleConnections()
	return serveHTTP(ctx, *addr, fullDuplex(rp), stdout, stderr)
}

// fullDuplex lets h read the request body after it starts the response. Without it Go's
// HTTP/1 server, once the response starts, drains and closes a request body the handler has
// not seen the end of (golang/go#15527, #40747): a ReverseProxy's transport, still checking
// for body bytes past Content-Length, then fails its write, closes the upstream connection
// and cuts the response short. Measured here: one call in about two hundred. The floor must
// be correct to be a floor, so it gets the one-line fix any proxy needs.
func fullDuplex(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = http.NewResponseController(w).EnableFullDuplex() // HTTP/1 always supports it
		h.ServeHTTP(w, r)
	})
}

// runFloorRelay is `floor-relay -- CMD ARGS...`: starts CMD and copies stdin to its stdin
// and its stdout to stdout with io.Copy, nothing else; the stdio floor.
func runFloorRelay(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		return errors.New("floor-relay: want -- CMD [ARGS...]")
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stderr = stderr
	childIn, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("floor-relay: %w", err)
	}
	childOut, err := cmd.StdoutPipe()
	if err != nil {
		return fmt.Errorf("floor-relay: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("floor-relay: starting %s: %w", args[0], err)
	}
	go func() {
		_, _ = io.Copy(childIn, stdin) // ends when our stdin ends or the child goes away
		_ = childIn.Close()
	}()
	copied := make(chan error, 1)
	go func() {
		_, err := io.Copy(stdout, childOut)
		copied <- err
	}()
	var copyErr error
	select {
	case copyErr = <-copied:
	case <-ctx.Done():
		_ = cmd.Process.Signal(syscall.SIGTERM)
		copyErr = <-copied
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("floor-relay: %s: %w", args[0], err)
	}
	if copyErr != nil {
		return fmt.Errorf("floor-relay: copying stdout: %w", copyErr)
	}
	return nil
}

// serveHTTP serves h on addr until ctx ends, after announcing the bound address on stdout.
func serveHTTP(ctx context.Context, addr string, h http.Handler, stdout, stderr io.Writer) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          log.New(stderr, "", 0),
	}
	if _, err := fmt.Fprintf(stdout, "listening %s\n", ln.Addr()); err != nil {
		_ = ln.Close()
		return fmt.Errorf("announcing the address: %w", err)
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serving HTTP: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	return nil
}

// newTransport is the standard HTTP transport with room for idle keep-alive connections.
func newTransport(idlePerHost int) *http.Transport {
	return &http.Transport{
		Proxy:               nil, // loopback only; never an environment proxy
		DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        idlePerHost,
		MaxIdleConnsPerHost: idlePerHost,
		IdleConnTimeout:     90 * time.Second,
		DisableCompression:  true,
	}
}
