package proxy

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// msKeptStreams bounds the finished streams a session keeps for replay: the
// ones whose client went away before the last event.
const msKeptStreams = 8

// msSession is one client session: one upstream connection, its Filter, and
// the session's streams. One goroutine (read) reads the upstream and routes
// what it says; it is also the one that tears the session down.
type msSession struct {
	srv    *MsgServer
	id     string
	conn   MsgConn
	filter *Filter
	ctx    context.Context // cancelled when the session ends
	cancel context.CancelFunc
	done   chan struct{} // closed when the session has ended
	logger *slog.Logger

	mu         sync.Mutex
	ended      bool
	reason     string               // why the session was shut down; "" if by the upstream
	streams    map[string]*msStream // by id; "" is the standalone stream
	calls      map[string]msCall    // client requests awaiting an answer, by msIDKey
	tokens     map[string]*msStream // progress tokens of those requests
	open       []*msStream          // unfinished POST streams, oldest first
	kept       []string             // finished streams kept for replay, oldest first
	nextStream int
	refs       int // HTTP requests being served
	lastUsed   time.Time
	timer      *time.Timer
	initOK     bool // an initialize was answered with a result
}

// msCall is a client request awaiting the upstream's answer.
type msCall struct {
	stream *msStream
	id     []byte // the id as the client sent it
	token  string // msIDKey of its progress token, "" for none
	init   bool
}

// newSessionID returns 128 random bits in hex.
func newSessionID() string {
	var b [16]byte
	rand.Read(b[:]) //nolint:errcheck // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

// startSession dials a new session. It returns a session holding one
// reference, or an error: errNoRoom, or the dial's.
func (s *MsgServer) startSession(ctx context.Context) (*msSession, error) {
	if !s.reserve() {
		return nil, errNoRoom
	}
	conn, err := s.opts.Dial(ctx)
	if err != nil {
		s.register(nil)
		return nil, err
	}
	id := newSessionID()
	sctx, cancel := context.WithCancel(context.Background())
	sess := &msSession{
		srv:     s,
		id:      id,
		conn:    conn,
		filter:  NewFilter(s.opts.Chain, s.opts.Server, id),
		ctx:     sctx,
		cancel:  cancel,
		done:    make(chan struct{}),
		logger:  s.logger.With("session", id),
		streams: map[string]*msStream{"": newMsStream("", "", true, true, 0)},
		calls:   make(map[string]msCall),
		tokens:  make(map[string]*msStream),
		refs:    1,
	}
	sess.timer = time.AfterFunc(s.opts.IdleTimeout, sess.idle)
	sess.timer.Stop()
	s.wg.Add(1)
	go sess.read()
	if !s.register(sess) {
		sess.shutdown("the shield is shutting down")
		return nil, errNoRoom
	}
	sess.logger.Debug("session started")
	return sess, nil
}

var errNoRoom = errors.New("too many sessions")

// acquire counts a request on the session; false if it has ended.
func (sess *msSession) acquire() bool {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	if sess.ended {
		return false
	}
	sess.refs++
	sess.timer.Stop()
	return true
}

// release ends a request counted by acquire; the idle clock starts when the
// last one ends.
func (sess *msSession) release() {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	sess.refs--
	sess.lastUsed = time.Now()
	if sess.refs == 0 && !sess.ended {
		sess.timer.Reset(sess.srv.opts.IdleTimeout)
	}
}

// idleSince reports whether the session is idle, and since when.
func (sess *msSession) idleSince() (time.Time, bool) {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	return sess.lastUsed, sess.refs == 0 && !sess.ended
}

func (sess *msSession) idle() {
	if !sess.srv.forgetIdle(sess) {
		return
	}
	sess.logger.Debug("session idle; closing it")
	sess.shutdown("the session expired")
}

// shutdown ends the session: the upstream connection is closed, which ends
// read, which answers what is still waiting and releases every stream.
func (sess *msSession) shutdown(reason string) {
	sess.srv.forget(sess)
	sess.mu.Lock()
	if sess.reason == "" {
		sess.reason = reason
	}
	sess.mu.Unlock()
	sess.srv.wg.Add(1)
	go func() {
		defer sess.srv.wg.Done()
		sess.conn.Close() //nolint:errcheck // the reader reports how it ended
	}()
}

// newStream registers a POST stream for the requests of p. It fails when
// one of their ids is already awaiting an answer in the session.
func (sess *msSession) newStream(p *msPost) (*msStream, *msRejection) {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	if sess.ended {
		return nil, nil
	}
	seen := make(map[string]bool, p.calls)
	for _, m := range p.msgs {
		if m.Kind != jsonrpc.KindRequest {
			continue
		}
		key := msIDKey(m.ID)
		if _, dup := sess.calls[key]; dup || seen[key] {
			return nil, &msRejection{http.StatusBadRequest, m.ID, jsonrpc.CodeInvalidRequest,
				fmt.Sprintf("duplicate in-flight request ID %s", m.ID), nil}
		}
		seen[key] = true
	}
	sess.nextStream++
	id := strconv.Itoa(sess.nextStream)
	st := newMsStream(id, p.version, p.version < msVersion20260728, false, p.calls)
	sess.streams[id] = st
	sess.open = append(sess.open, st)
	for _, m := range p.msgs {
		if m.Kind != jsonrpc.KindRequest {
			continue
		}
		c := msCall{stream: st, id: m.ID, init: m.Method == "initialize"}
		if tok := msMeta(m.Params, msMetaProgressToken); tok != nil {
			c.token = msIDKey(tok)
			sess.tokens[c.token] = st
		}
		sess.calls[msIDKey(m.ID)] = c
	}
	return st, nil
}

// stream returns the stream with the given id.
func (sess *msSession) stream(id string) *msStream {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	return sess.streams[id]
}

func (sess *msSession) isEnded() bool {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	return sess.ended
}

// ok reports whether the first initialize the session saw got a result.
func (sess *msSession) ok() bool {
	sess.mu.Lock()
	defer sess.mu.Unlock()
	return sess.initOK
}
