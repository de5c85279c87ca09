package proxy

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// MsgConn is a message-oriented connection to one upstream session: a stdio
// child, or a legacy HTTP+SSE connection. Frames are whole JSON-RPC messages
// or batches, without framing.
//
// Send may be called from several goroutines; Recv from one at a time.
type MsgConn interface {
	// Send writes one frame to the upstream.
	Send(ctx context.Context, frame []byte) error
	// Recv returns the next frame from the upstream. The slice is valid until
	// the next call to Recv. It returns io.EOF when the upstream is gone, or
	// an error satisfying errors.Is(err, jsonrpc.ErrMessageTooLarge) for an
	// oversized frame, after which reading goes on.
	Recv() ([]byte, error)
	// Close ends the connection (for a child: stdin closed, then signals)
	// and waits for it to be gone.
	Close() error
	// Done is closed when the upstream ended by itself or was closed.
	Done() <-chan struct{}
	// Err says why the upstream ended; nil before Done is closed.
	Err() error
}

// Dialer opens one upstream session. The ctx bounds the dial only, not the
// life of the connection.
type Dialer func(ctx context.Context) (MsgConn, error)

// stdioConn adapts a Child to MsgConn.
type stdioConn struct {
	child  *Child
	r      *jsonrpc.LineReader
	w      *jsonrpc.LineWriter
	grace  time.Duration
	closed sync.Once
}

// StdioDialer returns a Dialer that starts cmd once per session.
func StdioDialer(cmd Command, maxMessage int, grace time.Duration, logger *slog.Logger) Dialer {
	if maxMessage <= 0 {
		maxMessage = defaultMaxMessage
	}
	if grace <= 0 {
		grace = 5 * time.Second
	}
	return func(ctx context.Context) (MsgConn, error) {
		ch, err := StartChild(ctx, cmd, logger)
		if err != nil {
			return nil, err
		}
		return &stdioConn{
			child: ch,
			r:     jsonrpc.NewLineReader(ch.Stdout, maxMessage),
			w:     jsonrpc.NewLineWriter(ch.Stdin),
			grace: grace,
		}, nil
	}
}

func (c *stdioConn) Send(_ context.Context, frame []byte) error { return c.w.WriteLine(frame) }
func (c *stdioConn) Recv() ([]byte, error)                      { return c.r.Next() }
func (c *stdioConn) Done() <-chan struct{}                      { return c.child.Done() }
func (c *stdioConn) Err() error {
	select {
	case <-c.child.Done():
		return c.child.ExitError()
	default:
		return nil
	}
}
func (c *stdioConn) Close() error {
	c.closed.Do(func() { c.child.Close(c.grace) })
	return nil
}
