package proxy

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/guard"
)

// MsgServerOptions configure a MsgServer.
type MsgServerOptions struct {
	// Server names the upstream in events and logs.
	Server string
	// Dial opens one upstream connection: one per session, plus one shared
	// by the stateless requests.
	Dial Dialer
	// Chain checks every message; nil: no checks.
	Chain *guard.Chain
	// Hosts guards against DNS rebinding and foreign origins; nil: no check.
	Hosts *HostPolicy
	// MaxMessageBytes bounds a POST body (413 beyond); 0 means 16 MiB.
	MaxMessageBytes int64
	// MaxSessions bounds the live sessions, each an upstream connection (a
	// child process). When it is reached, the least recently used idle
	// session is closed to make room, and without one the client gets 503.
	// 0 means 64.
	MaxSessions int
	// IdleTimeout closes a session that has had no request in flight and no
	// open stream for this long; 0 means 10 minutes.
	IdleTimeout time.Duration
	// Logger receives the server's logs; nil discards them.
	Logger *slog.Logger
}

// MsgServer serves the Streamable HTTP transport in front of upstreams that
// are not HTTP: stdio children, legacy HTTP+SSE connections, anything a
// Dialer opens. To a client it behaves as the official Go SDK's
// StreamableHTTPHandler does in front of the same server:
//
//   - A POST holding initialize without Mcp-Session-Id starts a session with
//     its own upstream connection; the answer carries the new session id,
//     which later requests repeat. DELETE ends it; an idle one expires.
//   - Requests of the 2026-07-28 stateless protocol (server/discover, client
//     identity in each request's _meta), and requests sent without a
//     session, are served by one upstream connection shared by all such
//     requests, their ids rewritten on the way up and restored on the way
//     down.
//   - Answers stream back as SSE events as they arrive; a GET opens a
//     session's standalone stream; events carry ids and streams resume with
//     Last-Event-ID (before 2026-07-28).
//
// Every message in both directions passes through the session's Filter.
type MsgServer struct {
	opts   MsgServerOptions
	logger *slog.Logger

	mu       sync.Mutex
	sessions map[string]*msSession
	dialing  int  // sessions being dialed, counted against MaxSessions
	closing  bool // Close was called
	active   int  // POSTs with requests in flight
	drained  chan struct{}
	shared   *msShared

	wg sync.WaitGroup // session readers and closers
}

// Defaults of MsgServerOptions.
const (
	msDefaultMaxSessions = 64
	msDefaultIdleTimeout = 10 * time.Minute
)

// NewMsgServer returns a server for the upstream opts.Dial connects to.
func NewMsgServer(opts MsgServerOptions) *MsgServer {
	if opts.MaxMessageBytes <= 0 {
		opts.MaxMessageBytes = defaultMaxMessage
	}
	if opts.MaxSessions <= 0 {
		opts.MaxSessions = msDefaultMaxSessions
	}
	if opts.IdleTimeout <= 0 {
		opts.IdleTimeout = msDefaultIdleTimeout
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &MsgServer{
		opts:     opts,
		logger:   logger.With("server", opts.Server),
		sessions: make(map[string]*msSession),
	}
	s.shared = &msShared{srv: s}
	return s
}

// ServeHTTP serves one request of the transport.
func (s *MsgServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.opts.Hosts != nil {
		if err := s.opts.Hosts.Check(r); err != nil {
			http.Error(w, "Forbidden: "+err.Error(), http.StatusForbidden)
			return
		}
	}
	if guard.PrincipalFrom(r.Context()) == "" { // else ClientAuth named it
		r = r.WithContext(guard.WithPrincipal(r.Context(), guard.PrincipalOf(r)))
	}
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxMessageBytes)
	}
	if err := msCheckVersionHeader(r.Header.Get(msHeaderVersion)); err != nil {
		http.Error(w, "Bad Request: "+err.Error(), http.StatusBadRequest)
		return
	}
	switch r.Method {
	case http.MethodPost:
		s.servePOST(w, r)
	case http.MethodGet:
		s.serveGET(w, r)
	case http.MethodDelete:
		s.serveDELETE(w, r)
	default:
		w.Header().Set("Allow", "GET, POST, DELETE")
		http.Error(w, "Method Not Allowed", http.StatusMethodNotAllowed)
	}
}

// closeLinger is how long Close waits, once the calls in flight are
// answered, before it ends the sessions' streams.
const closeLinger = 250 * time.Millisecond

// Close stops accepting new sessions and requests, lets the requests in
// flight finish until ctx is done, then ends every session and stops every
// upstream connection. It returns ctx's error if the wait was cut short.
func (s *MsgServer) Close(ctx context.Context) error {
	s.mu.Lock()
	if !s.closing {
		s.closing = true
		s.drained = make(chan struct{})
		if s.active == 0 {
			close(s.drained)
		}
	}
	drained := s.drained
	inflight := s.active > 0
	s.mu.Unlock()

	var err error
	select {
	case <-drained:
		// The last answers are written; a client reads them on their own
		// streams while it also watches the session's standalone stream,
		// whose end tells it the session is gone. Let them arrive first:
		// a client that sees the end first fails the calls it still
		// awaits (the Go SDK does), though their answers were sent.
		if inflight {
			t := time.NewTimer(closeLinger)
			select {
			case <-t.C:
			case <-ctx.Done():
				err = ctx.Err()
			}
			t.Stop()
		}
	case <-ctx.Done():
		err = ctx.Err()
	}
	s.mu.Lock()
	var all []*msSession
	for id, sess := range s.sessions {
		all = append(all, sess)
		delete(s.sessions, id)
	}
	s.mu.Unlock()
	for _, sess := range all {
		sess.shutdown("the shield is shutting down")
	}
	s.shared.shutdown("the shield is shutting down")

	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		if err == nil {
			err = ctx.Err()
		}
	}
	return err
}

// begin counts a POST with requests in flight; it reports false when the
// server is closing and takes no new requests.
func (s *MsgServer) begin() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.active++
	return true
}

func (s *MsgServer) end() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.active--
	if s.closing && s.active == 0 {
		select {
		case <-s.drained:
		default:
			close(s.drained)
		}
	}
}

func (s *MsgServer) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

// acquire finds a live session and counts a request on it.
func (s *MsgServer) acquire(id string) *msSession {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess := s.sessions[id]
	if sess == nil || !sess.acquire() {
		return nil
	}
	return sess
}

// forget removes a session from the table, so requests for it get 404.
func (s *MsgServer) forget(sess *msSession) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sessions[sess.id] == sess {
		delete(s.sessions, sess.id)
	}
}

// forgetIdle removes a session from the table if it is idle, atomically
// with respect to acquire.
func (s *MsgServer) forgetIdle(sess *msSession) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, idle := sess.idleSince(); !idle {
		return false
	}
	if s.sessions[sess.id] == sess {
		delete(s.sessions, sess.id)
	}
	return true
}

// reserve makes room for one more session: it counts a dial, evicting the
// least recently used idle session when the cap is reached. It reports false
// when there is no room (or the server is closing).
func (s *MsgServer) reserve() bool {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		return false
	}
	var victim *msSession
	if len(s.sessions)+s.dialing >= s.opts.MaxSessions {
		var oldest time.Time
		for _, sess := range s.sessions {
			if last, idle := sess.idleSince(); idle && (victim == nil || last.Before(oldest)) {
				victim, oldest = sess, last
			}
		}
		if victim == nil {
			s.mu.Unlock()
			return false
		}
		delete(s.sessions, victim.id)
	}
	s.dialing++
	s.mu.Unlock()
	if victim != nil {
		s.logger.Info("closing the least recently used idle session to make room", "session", victim.id)
		victim.shutdown("the session was closed to make room for a new one")
	}
	return true
}

// register ends a dial reserved with reserve; sess nil means it failed.
// It reports false when the server closed meanwhile.
func (s *MsgServer) register(sess *msSession) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dialing--
	if sess == nil {
		return true
	}
	if s.closing {
		return false
	}
	if sess.isEnded() {
		return true // it died already; its teardown answered the client
	}
	s.sessions[sess.id] = sess
	return true
}
