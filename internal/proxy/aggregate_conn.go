package proxy

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"sync"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

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
	// answered: the client has (or is about to have) the answer to its
	// initialize, so its requests are served; state turns aggReady a
	// moment later, once the upstreams' held messages are out.
	answered  bool
	closing   bool
	ended     bool
	err       error // why the connection ended by itself
	closeOnce sync.Once
	done      chan struct{}
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
