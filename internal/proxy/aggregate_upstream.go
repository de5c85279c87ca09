package proxy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// aggUp is one upstream session of an aggregated session. A reader
// goroutine takes what the server says (through the Filter, toward the
// client) and hands it to the aggConn; a sender goroutine writes, in order,
// what the queue holds (each frame through the Filter already), so that
// nothing that answers the server ever waits on the server.
type aggUp struct {
	a       *aggConn
	name    string
	conn    MsgConn
	filter  *Filter
	logger  *slog.Logger
	sendq   *aggQueue[aggOut]
	gone    chan struct{} // closed when the upstream is dead or closed
	stopped sync.WaitGroup

	mu     sync.Mutex
	nextID int64
	calls  map[string]*aggCall // requests awaiting the server's answer, by id key
	dead   bool
	quiet  bool  // closed by the shield: its end is no news
	why    error // why it died
	// From its initialize result.
	version      string
	caps         []byte
	instructions string
}

// aggOut is a frame for an upstream. id is the key of the id of the request
// it holds ("" for anything else), to fail that request if sending fails.
type aggOut struct {
	data []byte
	id   string
}

// aggCall is a request sent to an upstream, awaiting its answer: a client
// request (clientID set) or the shield's own (reply set).
type aggCall struct {
	clientID []byte
	token    string // key of its progress token, "" for none
	reply    chan *jsonrpc.Message
}

// adopt starts the goroutines of a new upstream session; false when the
// session is closing (the caller then closes conn).
func (a *aggConn) adopt(cfg AggregateUpstream, conn MsgConn) (*aggUp, bool) {
	up := &aggUp{
		a:      a,
		name:   cfg.Name,
		conn:   conn,
		filter: NewFilter(cfg.Chain, cfg.Name, a.session),
		logger: a.logger.With("server", cfg.Name),
		sendq:  newAggQueue[aggOut](),
		gone:   make(chan struct{}),
		calls:  make(map[string]*aggCall),
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closing {
		return nil, false
	}
	a.all = append(a.all, up)
	up.stopped.Add(2)
	go up.read()
	go up.sendLoop()
	return up, true
}

func (up *aggUp) isDead() bool {
	up.mu.Lock()
	defer up.mu.Unlock()
	return up.dead
}

// reason says why the upstream is unavailable.
func (up *aggUp) reason() error {
	up.mu.Lock()
	defer up.mu.Unlock()
	if up.why != nil {
		return up.why
	}
	return errors.New("closed")
}

// register records a request for the server and returns its new id; false
// when the upstream is dead.
func (up *aggUp) register(c *aggCall) ([]byte, bool) {
	up.mu.Lock()
	defer up.mu.Unlock()
	if up.dead {
		return nil, false
	}
	up.nextID++
	id := strconv.AppendInt(nil, up.nextID, 10)
	up.calls[string(id)] = c
	return id, true
}

// take forgets the request with id key and returns it (nil if unknown).
func (up *aggUp) take(key string) *aggCall {
	up.mu.Lock()
	defer up.mu.Unlock()
	c := up.calls[key]
	delete(up.calls, key)
	return c
}

// submit passes a frame for the server through the Filter and queues what
// goes on. A request a check refuses is answered as if the server had.
func (up *aggUp) submit(frame []byte, idKey string) {
	m, err := jsonrpc.Parse(frame)
	if err != nil {
		up.logger.Error("the shield built an invalid message; dropped", "error", err)
		if idKey != "" {
			up.a.fail(up, idKey, fmt.Errorf("internal error: %w", err))
		}
		return
	}
	out := up.filter.Process(up.a.ctx, guard.ToServer, m)
	if out.Reply != nil {
		if r, err := jsonrpc.Parse(out.Reply); err == nil {
			up.a.answer(up, r, false)
		}
	}
	if out.Forward != nil {
		up.sendq.push(aggOut{data: out.Forward, id: idKey})
	}
}

// sendLoop writes the queued frames to the server, in order.
func (up *aggUp) sendLoop() {
	defer up.stopped.Done()
	for {
		o, ok := up.sendq.pop(up.gone)
		if !ok {
			return
		}
		if err := up.conn.Send(up.a.ctx, o.data); err != nil {
			up.logger.Debug("sending to the upstream", "error", err)
			if o.id != "" {
				up.a.fail(up, o.id, err)
			}
		}
	}
}

// read takes what the server says until it is gone.
func (up *aggUp) read() {
	defer up.stopped.Done()
	for {
		data, err := up.conn.Recv()
		if errors.Is(err, jsonrpc.ErrMessageTooLarge) {
			up.logger.Warn("upstream message too large; dropped", "error", err)
			continue
		}
		if err != nil {
			up.a.lost(up, err)
			return
		}
		msgs, errs, _, perr := jsonrpc.ParseBatch(data)
		if perr != nil {
			up.logger.Warn("bad message from the upstream", "error", perr)
			msgs, errs = []*jsonrpc.Message{nil}, []error{perr}
		}
		for i, m := range msgs {
			if m == nil {
				// An answer to a waiting request when the id can be read.
				if r := up.filter.malformed(guard.ToClient, errs[i]); r != nil {
					if em, err := jsonrpc.Parse(r); err == nil {
						up.a.fromUpstream(up, em)
					}
				}
				continue
			}
			out := up.filter.Process(up.a.ctx, guard.ToClient, m)
			if out.Reply != nil {
				up.sendq.push(aggOut{data: out.Reply})
			}
			if out.Forward == nil {
				continue
			}
			if len(out.Forward) != len(m.Raw) || &out.Forward[0] != &m.Raw[0] {
				if m, err = jsonrpc.Parse(out.Forward); err != nil {
					up.logger.Error("a check produced an invalid message; dropped", "error", err)
					continue
				}
			}
			up.a.fromUpstream(up, m)
		}
	}
}

// call sends a request of the shield's own and waits for the answer, which
// may be an error response.
func (up *aggUp) call(ctx context.Context, method string, params []byte) (*jsonrpc.Message, error) {
	c := &aggCall{reply: make(chan *jsonrpc.Message, 1)}
	id, ok := up.register(c)
	if !ok {
		return nil, up.reason()
	}
	up.submit(aggRequest(id, method, params), string(id))
	select {
	case m := <-c.reply:
		return m, nil
	case <-up.gone:
		return nil, up.reason()
	case <-ctx.Done():
		if up.take(string(id)) != nil {
			up.submit(aggCancelled(id, "mcpshield: gave up waiting"), "")
		}
		return nil, context.Cause(ctx)
	}
}

// markDead records that the upstream is gone and returns the requests that
// were awaiting its answers; quiet reports that the shield closed it.
func (up *aggUp) markDead(err error) (calls map[string]*aggCall, quiet bool) {
	up.mu.Lock()
	defer up.mu.Unlock()
	if up.dead {
		return nil, true
	}
	up.dead, up.why = true, err
	calls, up.calls = up.calls, nil
	close(up.gone)
	up.sendq.close()
	return calls, up.quiet
}

// close ends the upstream session for the shield's own reasons: no client
// is told. It waits for the reader and the sender.
func (up *aggUp) close() {
	up.mu.Lock()
	up.quiet = true
	up.mu.Unlock()
	up.markDead(errors.New("closed"))
	up.conn.Close() //nolint:errcheck // how it ended is no news
	up.stopped.Wait()
}

// errorText renders a JSON-RPC error object for logs and messages.
func errorText(raw []byte) string {
	code := jsonrpc.Member(raw, "code")
	msg, _ := jsonrpc.String(jsonrpc.Member(raw, "message"))
	return fmt.Sprintf("error %s: %s", code, msg)
}

// cloneMessage returns m re-parsed from a copy of its bytes, for keeping
// past the next Recv of its connection.
func cloneMessage(m *jsonrpc.Message) *jsonrpc.Message {
	c, err := jsonrpc.Parse(bytes.Clone(m.Raw))
	if err != nil {
		return m // cannot happen: the bytes parsed before
	}
	return c
}
