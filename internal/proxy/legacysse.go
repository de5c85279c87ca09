package proxy

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/sse"
)

// LegacySSEOptions configure an upstream that speaks the HTTP+SSE transport
// of MCP 2024-11-05: a GET opens an event stream whose first "endpoint"
// event names the URL that messages are POSTed to; the server's messages
// arrive as "message" events on the stream.
type LegacySSEOptions struct {
	// URL is the server's SSE endpoint, e.g. http://127.0.0.1:3000/sse.
	URL string
	// Headers are added to every request, the stream's GET and each POST
	// (credentials the shield injects).
	Headers http.Header
	// Client makes the requests. Its Timeout applies to POSTs only: the
	// stream is read with a copy whose Timeout is zero. nil means a client of
	// the dialer's own, with a 30s timeout for POSTs, that follows redirects
	// only within the origin of URL (a redirect elsewhere would carry
	// Headers to another server).
	Client *http.Client
	// MaxMessageBytes bounds one event; 0 means 16 MiB.
	MaxMessageBytes int
	// Logger receives debug logs (skipped events); nil discards them.
	Logger *slog.Logger
	// TLS, when not nil, configures TLS for the dialer's own client (a
	// pinned upstream key: PinnedTLS). Ignored with Client.
	TLS *tls.Config
}

const legacyPostTimeout = 30 * time.Second

// LegacySSEDialer returns a Dialer that opens one HTTP+SSE stream per
// session. The dial returns once the stream's "endpoint" event has arrived;
// an endpoint on another origin (scheme, host or port) than URL is refused,
// since it would send the shield's POSTs, and their Headers, elsewhere.
//
// There is no reconnection: the 2024-11-05 transport ties a session to its
// stream, so when the stream ends the connection is done (Done is closed,
// Recv returns io.EOF) and the session over it ends. The stream is read as
// Recv takes messages (each is handed over without a copy), so Done is
// closed once Recv has taken the messages before the end.
func LegacySSEDialer(opts LegacySSEOptions) Dialer {
	base, err := url.Parse(opts.URL)
	if err == nil && (base.Scheme != "http" && base.Scheme != "https" || base.Host == "") {
		err = errors.New("want an absolute http or https URL")
	}
	if err != nil {
		err = fmt.Errorf("legacy SSE upstream %q: %w", opts.URL, err)
		return func(context.Context) (MsgConn, error) { return nil, err }
	}
	post := opts.Client
	if post == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.TLSClientConfig = opts.TLS
		post = &http.Client{
			Transport: t,
			Timeout:   legacyPostTimeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= 10 {
					return errors.New("stopped after 10 redirects")
				}
				if !sameOrigin(req.URL, base) {
					return fmt.Errorf("refusing redirect to another origin: %s", displayURL(req.URL))
				}
				return nil
			},
		}
	}
	stream := *post
	stream.Timeout = 0
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	d := &legacySSEDialer{
		base:    base,
		name:    displayURL(base),
		headers: opts.Headers,
		post:    post,
		stream:  &stream,
		max:     opts.MaxMessageBytes,
		logger:  logger.With("upstream", displayURL(base)),
	}
	if d.max <= 0 {
		d.max = defaultMaxMessage
	}
	return d.dial
}

type legacySSEDialer struct {
	base         *url.URL
	name         string // base without credentials or query, for messages
	headers      http.Header
	post, stream *http.Client
	max          int
	logger       *slog.Logger
}

func (d *legacySSEDialer) dial(ctx context.Context) (MsgConn, error) {
	// The stream outlives ctx, which bounds only the dial.
	streamCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stopWatch := context.AfterFunc(ctx, cancel)
	fail := func(err error) (MsgConn, error) {
		cancel()
		if ctx.Err() != nil {
			err = fmt.Errorf("%w (%w)", err, context.Cause(ctx))
		}
		return nil, fmt.Errorf("opening legacy SSE stream %s: %w", d.name, err)
	}
	req, err := http.NewRequestWithContext(streamCtx, http.MethodGet, d.base.String(), nil)
	if err != nil {
		return fail(err)
	}
	d.setHeaders(req)
	req.Header.Set("Accept", "text/event-stream")
	resp, err := d.stream.Do(req)
	if err != nil {
		return fail(err)
	}
	if err := checkStreamResponse(resp); err != nil {
		resp.Body.Close()
		return fail(err)
	}
	r := sse.NewReader(resp.Body, d.max)
	endpoint, err := d.readEndpoint(r, resp.Request.URL)
	if err == nil && !stopWatch() {
		err = context.Cause(ctx) // the dial was cancelled as it succeeded
	}
	if err != nil {
		resp.Body.Close()
		return fail(err)
	}
	d.logger.Debug("legacy SSE stream open", "endpoint", displayURL(endpoint))
	c := &legacySSEConn{
		d:         d,
		endpoint:  endpoint.String(),
		epName:    displayURL(endpoint),
		streamCtx: streamCtx,
		cancel:    cancel,
		items:     make(chan legacyItem),
		release:   make(chan struct{}),
		stop:      make(chan struct{}),
		done:      make(chan struct{}),
	}
	go c.read(r, resp.Body)
	return c, nil
}

// checkStreamResponse accepts a 2xx text/event-stream answer.
func checkStreamResponse(resp *http.Response) error {
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("server answered %s: %q", resp.Status, bodySnippet(resp.Body))
	}
	ct := resp.Header.Get("Content-Type")
	if mt, _, _ := mime.ParseMediaType(ct); mt != "text/event-stream" {
		return fmt.Errorf("server answered Content-Type %q, not text/event-stream: %q", ct, bodySnippet(resp.Body))
	}
	return nil
}

// readEndpoint reads events up to the first "endpoint" one and returns the
// URL it names, resolved against the stream's URL.
func (d *legacySSEDialer) readEndpoint(r *sse.Reader, streamURL *url.URL) (*url.URL, error) {
	for {
		ev, err := r.Next()
		if err != nil {
			if err == io.EOF {
				err = errors.New("stream ended before its endpoint event")
			}
			return nil, fmt.Errorf("waiting for the endpoint event: %w", err)
		}
		if ev.Name != "endpoint" {
			d.logger.Debug("legacy SSE: skipping event before endpoint", "event", ev.Name)
			continue
		}
		raw := strings.TrimSpace(string(ev.Data))
		if raw == "" {
			return nil, errors.New("empty endpoint event")
		}
		u, err := streamURL.Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("endpoint event: %w", err)
		}
		if !sameOrigin(u, d.base) {
			return nil, fmt.Errorf("refusing endpoint %s: not the origin of %s", displayURL(u), d.name)
		}
		return u, nil
	}
}

func (d *legacySSEDialer) setHeaders(req *http.Request) {
	for k, vs := range d.headers {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
}

// legacySSEConn is one session's stream and endpoint. A reader goroutine
// reads the stream and hands each message to Recv without copying it: it
// waits for the next Recv, which releases the previous message, before
// reading on.
type legacySSEConn struct {
	d         *legacySSEDialer
	endpoint  string
	epName    string
	streamCtx context.Context // cancelled when the stream is over
	cancel    context.CancelFunc

	items   chan legacyItem
	release chan struct{} // Recv to reader: the last message is no longer used
	held    bool          // Recv holds a message; Recv's own state

	stop      chan struct{} // closed by Close
	closeOnce sync.Once
	done      chan struct{} // closed when the reader has ended
	err       error         // why; written before done is closed
}

type legacyItem struct {
	data []byte
	err  error
}

func (c *legacySSEConn) read(r *sse.Reader, body io.ReadCloser) {
	err := c.readLoop(r)
	c.cancel()
	body.Close()
	select {
	case <-c.stop:
		c.err = nil // closed by us: no fault to report
	default:
		if err == io.EOF {
			err = errors.New("the server closed it")
		}
		c.err = fmt.Errorf("legacy SSE stream from %s ended: %w", c.d.name, err)
	}
	close(c.done)
}

// readLoop returns the error that ended the stream, or nil after Close.
func (c *legacySSEConn) readLoop(r *sse.Reader) error {
	for {
		ev, err := r.Next()
		var it legacyItem
		switch {
		case errors.Is(err, sse.ErrEventTooLarge):
			it.err = fmt.Errorf("legacy SSE stream from %s: %w: %w", c.d.name, jsonrpc.ErrMessageTooLarge, err)
		case err != nil:
			return err
		case ev.Name != "" && ev.Name != "message":
			c.d.logger.Debug("legacy SSE: skipping event", "event", ev.Name, "bytes", len(ev.Data))
			continue
		default:
			it.data = ev.Data
		}
		select {
		case c.items <- it:
		case <-c.stop:
			return nil
		}
		if it.err != nil {
			continue
		}
		select {
		case <-c.release:
		case <-c.stop:
			return nil
		}
	}
}

// Send posts frame to the session's endpoint. It fails once the stream has
// ended, and a POST in flight is cancelled when it ends.
func (c *legacySSEConn) Send(ctx context.Context, frame []byte) error {
	select {
	case <-c.done:
		if c.err != nil {
			return fmt.Errorf("posting to %s: %w", c.epName, c.err)
		}
		return fmt.Errorf("posting to %s: connection closed", c.epName)
	default:
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(c.streamCtx, cancel)()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(frame))
	if err != nil {
		return fmt.Errorf("posting to %s: %w", c.epName, err)
	}
	c.d.setHeaders(req)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.d.post.Do(req)
	if err != nil {
		return fmt.Errorf("posting to %s: %w", c.epName, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("posting to %s: server answered %s: %q", c.epName, resp.Status, bodySnippet(resp.Body))
	}
	// Drain a short body so the connection can be reused.
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
	return nil
}

// Recv returns the data of the next "message" event. Events of other names
// are skipped.
func (c *legacySSEConn) Recv() ([]byte, error) {
	if c.held {
		c.held = false
		select {
		case c.release <- struct{}{}:
		case <-c.done:
		}
	}
	select {
	case it := <-c.items:
		if it.err != nil {
			return nil, it.err
		}
		c.held = true
		return it.data, nil
	case <-c.done:
		return nil, io.EOF
	}
}

// Close cancels the stream and waits for its reader to end.
func (c *legacySSEConn) Close() error {
	c.closeOnce.Do(func() {
		close(c.stop)
		c.cancel()
	})
	<-c.done
	return nil
}

func (c *legacySSEConn) Done() <-chan struct{} { return c.done }

// Err is nil before Done is closed and after Close; otherwise it says how
// the stream ended.
func (c *legacySSEConn) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}

// sameOrigin reports whether a and b have the same scheme, host and port,
// default ports made explicit.
func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) &&
		strings.EqualFold(a.Hostname(), b.Hostname()) &&
		portOf(a) == portOf(b)
}

func portOf(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	switch strings.ToLower(u.Scheme) {
	case "http":
		return "80"
	case "https":
		return "443"
	}
	return ""
}

// displayURL renders u for logs and errors, without user info or query
// (either may hold a credential or a session id).
func displayURL(u *url.URL) string {
	return (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
}

// bodySnippet returns the first bytes of an error answer's body.
func bodySnippet(r io.Reader) string {
	b, _ := io.ReadAll(io.LimitReader(r, 256))
	return string(b)
}

var _ MsgConn = (*legacySSEConn)(nil)
