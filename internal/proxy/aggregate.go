package proxy

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// AggregateSeparator joins a server's name and the name of one of its tools
// or prompts at the aggregated endpoint: tool "read" of server "fs" is
// "fs__read". A server name cannot contain it, so the first separator in an
// aggregated name ends the server's name (the tool's own name may hold more).
const AggregateSeparator = "__"

// AggregateUpstream is one server behind the aggregated endpoint.
type AggregateUpstream struct {
	// Name is the server's config name, the prefix of its tool and prompt
	// names. It is not empty and does not contain AggregateSeparator.
	Name string
	// Dial opens a session to the server: one per client session.
	Dial Dialer
	// Chain checks the server's messages, in events whose Server is Name;
	// nil means no checks.
	Chain *guard.Chain
}

// AggregateOptions configure AggregateDialer.
type AggregateOptions struct {
	// Upstreams are the servers, in config order: where two servers list the
	// same resource URI, the first one serves it.
	Upstreams []AggregateUpstream
	// Version is the version the endpoint reports in serverInfo; "" means
	// "dev".
	Version string
	// Logger receives the endpoint's logs; nil discards them.
	Logger *slog.Logger
	// DialTimeout bounds the start of each upstream: its dial and its
	// initialize handshake. 0 means 30s.
	DialTimeout time.Duration
}

const aggDefaultDialTimeout = 30 * time.Second

// AggregateDialer returns a Dialer whose connections front every upstream
// as one MCP server: the /mcp endpoint of "mcpshield serve --config". Each
// dial is one client session; it opens a session to every upstream when the
// client's initialize arrives (with the same protocolVersion, capabilities
// and clientInfo) and answers with their merged capabilities.
//
// Names. Tool and prompt names are NAME__original, NAME being the server's
// config name (see AggregateSeparator); tools/call, prompts/get and
// completion/complete for a prompt go to the server NAME with the original
// name. Resource URIs are not renamed: resources/list merges every server's
// resources and remembers which server listed which URI, and
// resources/templates/list which templates; resources/read, subscribe and
// unsubscribe go to the server that listed the URI or a template matching
// it, the first in config order when several did.
//
// Lists. tools/list, prompts/list, resources/list and
// resources/templates/list read every page of every server and answer with
// one merged page (no nextCursor; a cursor from the client is refused).
// logging/setLevel goes to every server; ping is answered by the shield.
//
// Ids. Each request sent to a server gets an id of the shield's; the answer
// goes back to the client with the client's id, byte for byte. A server's
// own requests (sampling, elicitation, roots) reach the client with an id of
// the shield's, and the client's answer goes back to that server with its
// original id. A server's ping is answered by the shield.
//
// Failures. A server that fails to start is logged and left out of the
// session (the next session tries it again); only when every server fails
// does initialize get an error. A server that ends mid-session fails its
// requests in flight with jsonrpc.CodeUpstream errors, drops out of the
// lists, and the client is told with list_changed notifications; when the
// last one ends, the connection ends.
//
// Each server's messages pass its own Filter (its Chain), as they travel
// between the shield and that server: the checks see the original names.
func AggregateDialer(opts AggregateOptions) Dialer {
	if err := validateAggregate(opts.Upstreams); err != nil {
		err = fmt.Errorf("aggregated endpoint: %w", err)
		return func(context.Context) (MsgConn, error) { return nil, err }
	}
	if opts.Version == "" {
		opts.Version = "dev"
	}
	if opts.DialTimeout <= 0 {
		opts.DialTimeout = aggDefaultDialTimeout
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	opts.Upstreams = append([]AggregateUpstream(nil), opts.Upstreams...)
	return func(ctx context.Context) (MsgConn, error) {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("aggregated endpoint: %w", err)
		}
		return newAggConn(&opts), nil
	}
}

func validateAggregate(ups []AggregateUpstream) error {
	if len(ups) == 0 {
		return errors.New("no upstream servers")
	}
	seen := make(map[string]bool, len(ups))
	var errs []error
	for i, u := range ups {
		switch {
		case u.Name == "":
			errs = append(errs, fmt.Errorf("upstream %d: empty name", i))
		case strings.Contains(u.Name, AggregateSeparator):
			errs = append(errs, fmt.Errorf("upstream %q: a name cannot contain %q", u.Name, AggregateSeparator))
		case seen[u.Name]:
			errs = append(errs, fmt.Errorf("upstream %q: name used twice", u.Name))
		}
		if u.Dial == nil {
			errs = append(errs, fmt.Errorf("upstream %q: no dialer", u.Name))
		}
		seen[u.Name] = true
	}
	return errors.Join(errs...)
}

// aggConn is one client session of the aggregated endpoint: a virtual
// MsgConn whose Send routes what the client says to the upstreams, and whose
// Recv returns what goes back to the client.
type aggConn struct {
	opts    *AggregateOptions
	session string // names the session in check events
	logger  *slog.Logger
	ctx     context.Context // cancelled by Close
	cancel  context.CancelFunc
	out     *aggQueue[[]byte] // frames for the client
	ready   chan struct{}     // closed once the initialize answer and the messages held are queued
	wg      sync.WaitGroup    // every goroutine of the session

	mu         sync.Mutex
	state      aggState
	all        []*aggUp                // every upstream session started, for Close
	ups        []*aggUp                // the session's upstreams, in config order
	clientReqs map[string]aggRoute     // client requests in flight, by id key
	serverReqs map[string]aggServerReq // server requests at the client, by shield id key
	nextSrvID  int64
	tokens     map[string]*aggUp // progress tokens of requests in flight -> who may use them
	res        aggResIndex
	listDirty  map[string]bool // list_changed sent and the list not read since
	early      []aggEarly      // upstream messages held until initialization completes
	closing    bool
	ended      bool
	err        error // why the connection ended by itself
	closeOnce  sync.Once
	done       chan struct{}
}

type aggState uint8

const (
	aggNew      aggState = iota // no initialize yet
	aggStarting                 // initialize in progress
	aggReady                    // initialized
)

// aggRoute is where a client request went.
type aggRoute struct {
	up   *aggUp
	upID []byte // the id it has there
}

// aggServerReq is a server request forwarded to the client.
type aggServerReq struct {
	up    *aggUp
	id    []byte // the id the server gave it
	token string // its progress token key, "" for none
}

func newAggConn(opts *AggregateOptions) *aggConn {
	ctx, cancel := context.WithCancel(context.Background())
	var b [8]byte
	rand.Read(b[:]) //nolint:errcheck // crypto/rand.Read never fails
	session := "agg-" + hex.EncodeToString(b[:])
	return &aggConn{
		opts:       opts,
		session:    session,
		logger:     opts.Logger.With("session", session),
		ctx:        ctx,
		cancel:     cancel,
		out:        newAggQueue[[]byte](),
		ready:      make(chan struct{}),
		clientReqs: make(map[string]aggRoute),
		serverReqs: make(map[string]aggServerReq),
		tokens:     make(map[string]*aggUp),
		listDirty:  make(map[string]bool),
		done:       make(chan struct{}),
	}
}

// Send takes one frame from the client: a message or a batch, whose
// messages are handled one by one (answers go back one by one too).
func (a *aggConn) Send(_ context.Context, frame []byte) error {
	a.mu.Lock()
	closed := a.closing || a.ended
	a.mu.Unlock()
	if closed {
		return errors.New("aggregated session: connection closed")
	}
	frame = bytes.Clone(frame) // parts of it outlive Send
	msgs, errs, _, err := jsonrpc.ParseBatch(frame)
	if err != nil {
		a.reply(jsonrpc.ErrorFor(err))
		return nil
	}
	for i, m := range msgs {
		if m == nil {
			a.reply(jsonrpc.ErrorFor(errs[i]))
			continue
		}
		a.fromClient(m)
	}
	return nil
}

// reply queues a frame for the client without waiting.
func (a *aggConn) reply(frame []byte) { a.out.push(frame) }

// replyErr queues an error answer to the client request with raw id.
func (a *aggConn) replyErr(id []byte, code int, msg string, data any) {
	a.reply(jsonrpc.ErrorResponse(id, code, msg, data))
}

// toClient queues a frame from an upstream's reader: it waits while the
// client is far behind, so a flood from a server slows that server down.
func (a *aggConn) toClient(frame []byte) {
	a.out.pushWait(a.ctx.Done(), frame, aggOutLimit)
}

// aggOutLimit is how many frames may wait for the client before upstream
// readers wait too.
const aggOutLimit = 256

// Recv returns the next frame for the client.
func (a *aggConn) Recv() ([]byte, error) {
	frame, ok := a.out.pop(nil)
	if !ok {
		return nil, io.EOF
	}
	return frame, nil
}

// spawn runs f in a goroutine that Close waits for; false when closing.
func (a *aggConn) spawn(f func()) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closing {
		return false
	}
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		f()
	}()
	return true
}

// live returns the upstreams still running, in config order.
func (a *aggConn) live() []*aggUp {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]*aggUp, 0, len(a.ups))
	for _, up := range a.ups {
		if !up.isDead() {
			out = append(out, up)
		}
	}
	return out
}

// upstream returns the running upstream called name, or nil.
func (a *aggConn) upstream(name string) *aggUp {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, up := range a.ups {
		if up.name == name && !up.isDead() {
			return up
		}
	}
	return nil
}

// end ends the connection by itself (every upstream is gone): what is
// queued for the client is still delivered, then Recv returns io.EOF.
func (a *aggConn) end(err error) {
	a.mu.Lock()
	if a.ended || a.closing {
		a.mu.Unlock()
		return
	}
	a.ended, a.err = true, err
	a.mu.Unlock()
	a.logger.Warn("aggregated session ended", "error", err)
	a.out.close()
	close(a.done)
}

// Close ends every upstream session and waits for every goroutine.
func (a *aggConn) Close() error {
	a.closeOnce.Do(func() {
		a.mu.Lock()
		a.closing = true
		ended := a.ended
		a.ended = true
		ups := a.all
		a.mu.Unlock()
		a.cancel()
		var wg sync.WaitGroup
		for _, up := range ups {
			wg.Add(1)
			go func() {
				defer wg.Done()
				up.close()
			}()
		}
		wg.Wait()
		a.wg.Wait()
		a.out.close()
		if !ended {
			close(a.done)
		}
	})
	return nil
}

func (a *aggConn) Done() <-chan struct{} { return a.done }

// Err says why the connection ended by itself (every upstream gone); nil
// before Done is closed and when Close ended it.
func (a *aggConn) Err() error {
	select {
	case <-a.done:
	default:
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err
}

var _ MsgConn = (*aggConn)(nil)
