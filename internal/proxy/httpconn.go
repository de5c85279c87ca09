package proxy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// HTTPConnOptions configure an upstream that speaks MCP's Streamable HTTP
// transport (2025-03-26 and later): each frame is POSTed to URL, answers come
// back as a JSON body or an SSE stream, and a GET opens the session's
// standalone stream for what the server sends unprompted.
type HTTPConnOptions struct {
	// URL is the server's MCP endpoint, e.g. http://127.0.0.1:3000/mcp.
	URL string
	// Headers are added to every request (credentials the shield injects).
	Headers http.Header
	// Client makes the requests; it is used with its Timeout cleared, since
	// an answer streams for as long as a call runs (the ctx given to Send
	// bounds the wait for a POST to be written). nil means a client of the
	// dialer's own that follows redirects only within the origin of URL (a
	// redirect elsewhere would carry Headers to another server).
	Client *http.Client
	// MaxMessageBytes bounds one message (a JSON body or an SSE event); 0
	// means 16 MiB.
	MaxMessageBytes int
	// Logger receives debug and warning logs; nil discards them.
	Logger *slog.Logger
}

// Header names of the Streamable HTTP transport.
const (
	hcHeaderSession = "Mcp-Session-Id"
	hcHeaderVersion = "MCP-Protocol-Version"
	hcHeaderMethod  = "Mcp-Method"
	hcHeaderName    = "Mcp-Name"
	hcHeaderLastID  = "Last-Event-ID"
	hcAccept        = "application/json, text/event-stream"
	// hcVersionHeaders is the first protocol version whose requests carry
	// Mcp-Method and Mcp-Name, and that has no standalone GET stream.
	hcVersionHeaders = "2026-07-28"
	// hcDeleteTimeout bounds the DELETE that Close sends.
	hcDeleteTimeout = 5 * time.Second
)

// errSessionGone is the reason a connection ends when the server answers 404
// to a request carrying the session id: it no longer knows the session.
var errSessionGone = errors.New("the upstream server ended the session (404 for its session id)")

// HTTPDialer returns a Dialer for a Streamable HTTP upstream. A dial makes no
// request: the session starts with the first frame sent (the initialize
// request, or any request of the stateless 2026-07-28 protocol).
//
// Send POSTs a frame. For a frame without requests it returns once the server
// accepted it (202); for one with requests, once the request is written, and
// the answers reach Recv as they come, from a JSON body or an SSE stream.
// When the answer fails (an HTTP error without a JSON-RPC body, a stream cut
// short that cannot be resumed), each unanswered request gets a JSON-RPC error
// with code jsonrpc.CodeUpstream through Recv instead.
//
// The session id (Mcp-Session-Id) and protocol version of the initialize
// result go on every later request. After notifications/initialized is
// accepted, a GET opens the standalone stream unless the server answers 405;
// when that stream breaks it is reopened (with Last-Event-ID) a few times,
// then the connection ends. A 404 to a request with the session id ends the
// connection too. Close sends DELETE for the session.
func HTTPDialer(opts HTTPConnOptions) Dialer {
	base, err := url.Parse(opts.URL)
	if err == nil && (base.Scheme != "http" && base.Scheme != "https" || base.Host == "") {
		err = errors.New("want an absolute http or https URL")
	}
	if err != nil {
		err = fmt.Errorf("streamable HTTP upstream %q: %w", opts.URL, err)
		return func(context.Context) (MsgConn, error) { return nil, err }
	}
	var client http.Client
	if opts.Client != nil {
		client = *opts.Client
		client.Timeout = 0
	} else {
		client = http.Client{
			Transport: http.DefaultTransport.(*http.Transport).Clone(),
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
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	d := &httpDialer{
		url:     base.String(),
		name:    displayURL(base),
		headers: opts.Headers,
		client:  &client,
		max:     opts.MaxMessageBytes,
		logger:  logger.With("upstream", displayURL(base)),
	}
	if d.max <= 0 {
		d.max = defaultMaxMessage
	}
	return d.dial
}

type httpDialer struct {
	url     string
	name    string // url without credentials or query, for messages
	headers http.Header
	client  *http.Client
	max     int
	logger  *slog.Logger
}

func (d *httpDialer) dial(ctx context.Context) (MsgConn, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("dialing %s: %w", d.name, err)
	}
	// The connection outlives ctx, which bounds only the dial.
	cctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	return &httpConn{
		d:      d,
		ctx:    cctx,
		cancel: cancel,
		items:  make(chan hcItem),
		done:   make(chan struct{}),
	}, nil
}

// httpConn is one session with a Streamable HTTP server. Every POST with
// requests, and the standalone stream, has a goroutine that reads its answer
// and hands each message to Recv. A message that aliases a stream's buffer is
// handed over without a copy: its goroutine waits until the next Recv
// releases it before reading on.
type httpConn struct {
	d      *httpDialer
	ctx    context.Context // the connection's life: ended by Close or a failure
	cancel context.CancelFunc

	mu         sync.Mutex
	sessionID  string
	version    string // protocol version of the initialize result
	standalone bool   // the GET stream was started
	ended      bool   // done is closed
	closing    bool   // Close was called
	gone       bool   // the server no longer knows the session
	err        error  // why the connection failed; read after done

	items chan hcItem
	held  chan<- struct{} // release of the message Recv handed out last; Recv's own

	wg        sync.WaitGroup // answer readers and the standalone stream
	closeOnce sync.Once
	done      chan struct{}
}

// hcItem is what a reader hands to Recv: a frame, or an error for an
// oversized one. release, when not nil, is signalled once Recv no longer
// uses data.
type hcItem struct {
	data    []byte
	err     error
	release chan<- struct{}
}

// Send posts frame; see HTTPDialer.
func (c *httpConn) Send(ctx context.Context, frame []byte) error {
	if err := c.usable(); err != nil {
		return fmt.Errorf("posting to %s: %w", c.d.name, err)
	}
	info, err := hcInspect(frame)
	if err != nil {
		return fmt.Errorf("posting to %s: %w", c.d.name, err)
	}
	if len(info.calls) == 0 {
		return c.post(ctx, frame, info)
	}
	return c.postCalls(ctx, frame, info)
}

// usable returns why the connection cannot be used, or nil.
func (c *httpConn) usable() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.closing:
		return errors.New("connection closed")
	case c.ended:
		return c.err
	}
	return nil
}

// newRequest builds a request of the transport with the session's headers.
func (c *httpConn) newRequest(ctx context.Context, method string, body []byte, info *hcFrame) (*http.Request, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.d.url, rd)
	if err != nil {
		return nil, err
	}
	for k, vs := range c.d.headers {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	c.mu.Lock()
	sid, version := c.sessionID, c.version
	c.mu.Unlock()
	if sid != "" {
		req.Header.Set(hcHeaderSession, sid)
	}
	if info != nil && info.metaVersion != "" {
		version = info.metaVersion
	}
	if version != "" {
		req.Header.Set(hcHeaderVersion, version)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", hcAccept)
	}
	if info != nil && info.method != "" && version >= hcVersionHeaders {
		req.Header.Set(hcHeaderMethod, info.method)
		if info.hasName {
			req.Header.Set(hcHeaderName, info.name)
		}
	}
	return req, nil
}

// noteSession records the session id a response assigns. A server that
// changes it mid-session is not followed.
func (c *httpConn) noteSession(resp *http.Response) {
	sid := resp.Header.Get(hcHeaderSession)
	if sid == "" {
		return
	}
	c.mu.Lock()
	had := c.sessionID
	if had == "" {
		c.sessionID = sid
	}
	c.mu.Unlock()
	if had != "" && had != sid {
		c.d.logger.Warn("upstream changed its session id; keeping the first")
	}
}

// sessionGone reports whether resp says the server forgot the session, and
// if so ends the connection.
func (c *httpConn) sessionGone(resp *http.Response) bool {
	c.mu.Lock()
	has := c.sessionID != ""
	c.mu.Unlock()
	if resp.StatusCode != http.StatusNotFound || !has {
		return false
	}
	c.mu.Lock()
	c.gone = true
	c.mu.Unlock()
	c.fail(errSessionGone)
	return true
}

// post sends a frame without requests and waits for the server to take it.
func (c *httpConn) post(ctx context.Context, frame []byte, info *hcFrame) error {
	rctx, cancel := context.WithCancel(c.ctx)
	defer cancel()
	defer context.AfterFunc(ctx, cancel)()
	req, err := c.newRequest(rctx, http.MethodPost, frame, info)
	if err != nil {
		return fmt.Errorf("posting to %s: %w", c.d.name, err)
	}
	resp, err := c.d.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			err = context.Cause(ctx)
		}
		return fmt.Errorf("posting to %s: %w", c.d.name, err)
	}
	defer resp.Body.Close()
	c.noteSession(resp)
	if c.sessionGone(resp) {
		return fmt.Errorf("posting to %s: %w", c.d.name, errSessionGone)
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("posting to %s: server answered %s: %q", c.d.name, resp.Status, bodySnippet(resp.Body))
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
	if info.initialized {
		c.startStandalone()
	}
	return nil
}

// Recv returns the next message from the server.
func (c *httpConn) Recv() ([]byte, error) {
	if c.held != nil {
		c.held <- struct{}{} // buffered: the reader waits for exactly this
		c.held = nil
	}
	select {
	case it := <-c.items:
		if it.err != nil {
			return nil, it.err
		}
		c.held = it.release
		return it.data, nil
	case <-c.done:
		return nil, io.EOF
	}
}

// deliver hands data to Recv. With release, it waits until Recv is done with
// data. It reports false when the connection ended first.
func (c *httpConn) deliver(data []byte, release chan struct{}) bool {
	select {
	case c.items <- hcItem{data: data, release: release}:
	case <-c.ctx.Done():
		return false
	}
	if release == nil {
		return true
	}
	select {
	case <-release:
		return true
	case <-c.ctx.Done():
		return false
	}
}

// deliverErr hands Recv an error for a message it cannot have.
func (c *httpConn) deliverErr(err error) bool {
	select {
	case c.items <- hcItem{err: err}:
		return true
	case <-c.ctx.Done():
		return false
	}
}

// fail ends the connection because of err, unless it is closing anyway.
func (c *httpConn) fail(err error) {
	c.mu.Lock()
	if c.ended || c.closing {
		c.mu.Unlock()
		return
	}
	c.ended, c.err = true, err
	c.mu.Unlock()
	c.d.logger.Warn("upstream connection ended", "error", err)
	c.cancel()
	close(c.done)
}

// Close deletes the session (unless the server already forgot it), stops
// every stream and waits for their readers to end.
func (c *httpConn) Close() error {
	c.closeOnce.Do(func() {
		c.mu.Lock()
		c.closing = true
		sid, gone, ended := c.sessionID, c.gone, c.ended
		c.ended = true
		c.mu.Unlock()
		if sid != "" && !gone {
			c.deleteSession()
		}
		c.cancel()
		if !ended {
			close(c.done)
		}
		c.wg.Wait()
	})
	return nil
}

// deleteSession asks the server to end the session, best effort.
func (c *httpConn) deleteSession() {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(c.ctx), hcDeleteTimeout)
	defer cancel()
	req, err := c.newRequest(ctx, http.MethodDelete, nil, nil)
	if err != nil {
		return
	}
	resp, err := c.d.client.Do(req)
	if err != nil {
		c.d.logger.Debug("deleting the upstream session", "error", err)
		return
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
	resp.Body.Close()
}

func (c *httpConn) Done() <-chan struct{} { return c.done }

// Err says why the connection ended by itself: nil before Done is closed,
// and nil when Close ended it first.
func (c *httpConn) Err() error {
	select {
	case <-c.done:
	default:
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

var _ MsgConn = (*httpConn)(nil)
