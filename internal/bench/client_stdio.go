package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
)

// stdioCaller is an MCP session over one pair of pipes: newline-delimited messages, any
// number of requests in flight at once, responses matched to callers by id.
type stdioCaller struct {
	w   io.WriteCloser
	wmu sync.Mutex // one message per write, whole

	ids  atomic.Int64
	bufs sync.Pool // *[]byte, request lines

	mu      sync.Mutex
	pending map[int64]*waiter

	done    chan struct{} // closed when the reader stops
	readErr error         // why it stopped; set before done is closed
}

type waiter struct {
	keep bool       // copy the message into reply.msg
	ch   chan reply // buffered, one reply
}

type reply struct {
	n   int // message bytes
	msg []byte
	err error
}

// openStdio initializes a session over w (the server's stdin) and r (its stdout): initialize,
// notifications/initialized, and one tools/list to prove the path.
func openStdio(ctx context.Context, w io.WriteCloser, r io.Reader) (*stdioCaller, error) {
	c := &stdioCaller{
		w:       w,
		bufs:    sync.Pool{New: func() any { return new([]byte) }},
		pending: make(map[int64]*waiter),
		done:    make(chan struct{}),
	}
	go c.read(r)
	if _, err := c.roundTrip(ctx, 0, initializeRequest(), 0); err != nil {
		return nil, fmt.Errorf("initialize: %w", err)
	}
	if err := c.write(initializedNotification()); err != nil {
		return nil, fmt.Errorf("notifications/initialized: %w", err)
	}
	id := c.ids.Add(1)
	if _, err := c.roundTrip(ctx, id, toolsListRequest(id), 0); err != nil {
		return nil, fmt.Errorf("tools/list: %w", err)
	}
	return c, nil
}

// read delivers each response to its waiter until r ends or carries something unreadable.
func (c *stdioCaller) read(r io.Reader) {
	br := bufio.NewReaderSize(r, 1<<20)
	var scratch []byte
	var err error
	for {
		var line []byte
		if line, err = readLine(br, &scratch); err != nil {
			break
		}
		if len(line) == 0 {
			continue
		}
		id, perr := parseResponse(line)
		if errors.Is(perr, errNotResponse) {
			continue // a server notification or request; the bench server sends none
		}
		c.mu.Lock()
		w := c.pending[id]
		delete(c.pending, id)
		c.mu.Unlock()
		if w == nil {
			if perr == nil {
				perr = fmt.Errorf("a response to id %d, which is not in flight", id)
			}
			err = perr
			break
		}
		rp := reply{n: len(line), err: perr}
		if w.keep {
			rp.msg = append([]byte(nil), line...)
		}
		w.ch <- rp
	}
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	c.readErr = fmt.Errorf("reading from the server: %w", err)
	close(c.done)
}

func (c *stdioCaller) call(ctx context.Context, t *callTemplate) (int, error) {
	id := c.ids.Add(1)
	buf := c.bufs.Get().(*[]byte)
	*buf = append(t.appendCall((*buf)[:0], id), '\n')
	rp, err := c.roundTrip(ctx, id, *buf, -1)
	c.bufs.Put(buf)
	if err != nil {
		return rp.n, err
	}
	if rp.n < t.size {
		return rp.n, fmt.Errorf("response of %d bytes, want at least %d", rp.n, t.size)
	}
	return rp.n, nil
}

// roundTrip sends msg (newline added unless present) and waits for the response to id.
// With minLen >= 0 the response is kept and checked; with -1 only its size is returned.
func (c *stdioCaller) roundTrip(ctx context.Context, id int64, msg []byte, minLen int) (reply, error) {
	w := &waiter{keep: minLen >= 0, ch: make(chan reply, 1)}
	c.mu.Lock()
	c.pending[id] = w
	c.mu.Unlock()
	if err := c.write(msg); err != nil {
		c.forget(id)
		return reply{}, err
	}
	select {
	case rp := <-w.ch:
		if rp.err != nil {
			return rp, rp.err
		}
		if w.keep {
			return rp, checkResponse(rp.msg, id, minLen)
		}
		return rp, nil
	case <-c.done:
		return reply{}, c.readErr
	case <-ctx.Done():
		c.forget(id)
		return reply{}, fmt.Errorf("waiting for the response to %d: %w", id, ctx.Err())
	}
}

func (c *stdioCaller) forget(id int64) {
	c.mu.Lock()
	delete(c.pending, id)
	c.mu.Unlock()
}

// write sends one message, with a newline if it has none, in a single write.
func (c *stdioCaller) write(msg []byte) error {
	if len(msg) == 0 || msg[len(msg)-1] != '\n' {
		msg = append(msg[:len(msg):len(msg)], '\n')
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if _, err := c.w.Write(msg); err != nil {
		return fmt.Errorf("writing to the server: %w", err)
	}
	return nil
}

// close ends the session by closing the server's stdin.
func (c *stdioCaller) close() error {
	return c.w.Close()
}
