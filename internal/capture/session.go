package capture

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

// session is the client side of one capture. A reader goroutine turns the
// blocking Recv into a channel, so every wait also watches ctx; requests
// are made one at a time, from one goroutine.
type session struct {
	conn   proxy.MsgConn
	logger *slog.Logger
	frames chan frame
	stop   chan struct{}
	wg     sync.WaitGroup
	lastID int64
}

// frame is what the reader hands over: a copy of a message, or why there
// is none (a message too large, after which reading goes on, or the end).
type frame struct {
	data []byte
	err  error
}

func startSession(conn proxy.MsgConn, logger *slog.Logger) *session {
	s := &session{conn: conn, logger: logger, frames: make(chan frame), stop: make(chan struct{})}
	s.wg.Add(1)
	go s.read()
	return s
}

func (s *session) read() {
	defer s.wg.Done()
	for {
		data, err := s.conn.Recv()
		f := frame{err: err}
		if err == nil {
			f.data = bytes.Clone(data) // valid only until the next Recv
		}
		select {
		case s.frames <- f:
		case <-s.stop:
			return
		}
		if err != nil && !errors.Is(err, jsonrpc.ErrMessageTooLarge) {
			return
		}
	}
}

// close ends the connection and waits for the reader.
func (s *session) close() {
	close(s.stop)
	s.conn.Close() //nolint:errcheck // nothing to do about it
	s.wg.Wait()
}

// notify sends a notification.
func (s *session) notify(ctx context.Context, method string) error {
	b, err := json.Marshal(struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
	}{"2.0", method})
	if err != nil {
		return err
	}
	if err := s.conn.Send(ctx, b); err != nil {
		return s.sendErr(ctx, err)
	}
	return nil
}

// call sends a request and waits for its answer, serving what the server
// sends meanwhile. It returns the raw result, or a *ServerError for an
// error answer.
func (s *session) call(ctx context.Context, method string, params any) (json.RawMessage, error) {
	s.lastID++
	id := []byte(strconv.FormatInt(s.lastID, 10))
	b, err := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Method  string          `json:"method"`
		Params  any             `json:"params"`
	}{"2.0", id, method, params})
	if err != nil {
		return nil, fmt.Errorf("encoding the request: %w", err)
	}
	if err := s.conn.Send(ctx, b); err != nil {
		return nil, s.sendErr(ctx, err)
	}
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for the answer: %w", context.Cause(ctx))
		case f := <-s.frames:
			if f.err != nil {
				return nil, s.recvErr(ctx, f.err)
			}
			if res, done, err := s.handle(ctx, f.data, id); done {
				return res, err
			}
		}
	}
}

// handle deals with one frame from the server while the request id waits.
// done reports that the frame held the answer to id: res, or err.
func (s *session) handle(ctx context.Context, data, id []byte) (res json.RawMessage, done bool, err error) {
	msgs, errs, _, perr := jsonrpc.ParseBatch(data)
	if perr != nil {
		errs = []error{perr}
	}
	for _, e := range errs {
		var je *jsonrpc.Error
		if errors.As(e, &je) && jsonrpc.SameID(je.ID, id) {
			return nil, true, fmt.Errorf("invalid answer: %w", e)
		}
		if e != nil {
			s.logger.Debug("ignoring an invalid message from the server", "error", e)
		}
	}
	// Every request of a batch is answered, also when it holds the answer.
	for _, m := range msgs {
		if m == nil {
			continue
		}
		switch m.Kind {
		case jsonrpc.KindRequest:
			s.answer(ctx, m)
		case jsonrpc.KindNotification:
			s.logger.Debug("ignoring a notification", "method", m.Method)
		case jsonrpc.KindResponse:
			if !done && jsonrpc.SameID(m.ID, id) {
				res, done = json.RawMessage(m.Result), true
				continue
			}
			s.logger.Debug("ignoring an answer to no pending request", "id", string(m.ID))
		case jsonrpc.KindError:
			// An error with a null id answers a request the server could
			// not read; ours is the only one pending.
			if !done && (jsonrpc.SameID(m.ID, id) || string(m.ID) == "null") {
				err, done = serverError(m.Error), true
				continue
			}
			s.logger.Debug("ignoring an error for no pending request", "id", string(m.ID))
		}
	}
	return res, done, err
}

// answer replies to a request from the server: ping is answered, anything
// else refused, since a capture offers the server no capability.
func (s *session) answer(ctx context.Context, m *jsonrpc.Message) {
	var reply []byte
	if m.Method == "ping" {
		reply = jsonrpc.ResultResponse(m.ID, []byte("{}"))
	} else {
		reply = jsonrpc.ErrorResponse(m.ID, jsonrpc.CodeMethodNotFound, "Method not found", nil)
	}
	s.logger.Debug("answering a request from the server", "method", m.Method)
	if err := s.conn.Send(ctx, reply); err != nil {
		// The connection is failing: the next read says so.
		s.logger.Debug("answering a request from the server", "method", m.Method, "error", err)
	}
}

// sendErr explains a failed Send: when the server is gone, why it went.
// A broken pipe to a child is waited on for its exit status; other
// failures (an HTTP server that cannot be reached) are reported at once.
func (s *session) sendErr(ctx context.Context, err error) error {
	select {
	case <-s.conn.Done():
		return s.ended(ctx)
	default:
	}
	if errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed) {
		if gone := s.ended(ctx); gone != nil {
			return gone
		}
	}
	return fmt.Errorf("sending: %w", err)
}

// recvErr explains a failed Recv.
func (s *session) recvErr(ctx context.Context, err error) error {
	if errors.Is(err, jsonrpc.ErrMessageTooLarge) {
		// Only one request is pending: the oversized message is most likely
		// its answer, which would otherwise be waited for in vain.
		return fmt.Errorf("the server sent a message over the size limit: %w", err)
	}
	// A child's stdout may be closed under the reader once the child is
	// reaped, so any read error may mean the end: its reason is clearer.
	if gone := s.ended(ctx); gone != nil {
		return gone
	}
	if errors.Is(err, io.EOF) {
		return errors.New("the server closed the connection without answering")
	}
	return fmt.Errorf("reading: %w", err)
}

// ended waits briefly for the connection to end and says why it did, or
// returns nil when it is still up.
func (s *session) ended(ctx context.Context) error {
	t := time.NewTimer(exitWait)
	defer t.Stop()
	select {
	case <-s.conn.Done():
	case <-t.C:
		return nil
	case <-ctx.Done():
		return nil
	}
	if err := s.conn.Err(); err != nil {
		return fmt.Errorf("the server closed the connection: %w", err)
	}
	return errors.New("the server closed the connection without answering")
}
