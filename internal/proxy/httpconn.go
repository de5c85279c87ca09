package proxy

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
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
	// TLS, when not nil, configures TLS for the dialer's own client (a
	// pinned upstream key: PinnedTLS). Ignored with Client.
	TLS *tls.Config
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
	// hcAttachWait bounds the wait for the standalone stream to open before
	// notifications/initialized is sent.
	hcAttachWait = 2 * time.Second
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
// result go on every later request. Once the initialize result is in, a GET
// opens the standalone stream (unless the server answers 405), and
// notifications/initialized waits for it, briefly, so that what a server
// sends as soon as it is initialized is not lost for want of a stream;
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
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.TLSClientConfig = opts.TLS
		client = http.Client{
			Transport: t,
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
		d:        d,
		ctx:      cctx,
		cancel:   cancel,
		items:    make(chan hcItem),
		attached: make(chan struct{}),
		done:     make(chan struct{}),
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

	attached     chan struct{} // closed once the standalone stream's first GET is answered (or will not be made)
	attachedOnce sync.Once

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

var _ MsgConn = (*httpConn)(nil)
