package proxy

import (
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/sse"
)

// Replay limits of one stream: the events kept for Last-Event-ID resumption
// (and, on a standalone stream, for a GET that opens later). Older events are
// dropped; resuming from before them fails with 400, as the SDK's event
// store answers for purged events.
const (
	msReplayEvents = 256
	msReplayBytes  = 2 << 20
)

// msWriteTimeout bounds the write of one event. Events are written by the
// goroutine that reads the upstream, so a client that stops reading would
// hold up every other stream of the upstream connection (all stateless
// clients share one); past this, the client is treated as gone.
const msWriteTimeout = 30 * time.Second

// msStream is one logical stream of SSE events: the answer to a POST that
// carried requests, or a session's standalone stream (id ""), which a GET
// attaches to. At most one HTTP response is attached to a stream at a time;
// a stream outlives its response when the client disconnects early, so that
// the client can resume it.
//
// Streams of sessions speaking a version before 2026-07-28 number their
// events: the SSE id is "<stream id>_<index>", as the Go and TypeScript SDKs
// write them, and the events are logged for replay. Later versions dropped
// resumption; their events carry no id.
type msStream struct {
	id         string
	standalone bool
	version    string // protocol version of the request that opened it
	ids        bool   // events carry ids and are logged

	mu       sync.Mutex
	w        http.ResponseWriter // attached response, nil when none
	rc       *http.ResponseController
	sw       *sse.Writer
	release  chan struct{} // closed to let the attached request return
	started  bool          // the attached response's header is written
	pending  int           // requests of the stream not answered yet
	finished bool          // every request is answered
	next     int           // index of the next event
	sent     int           // index of the last event written to a response
	log      []msEvent
	logBytes int
}

type msEvent struct {
	idx  int
	data []byte // nil for a priming event
}

// newMsStream returns a stream awaiting pending answers (none for the
// standalone stream).
func newMsStream(id, version string, ids, standalone bool, pending int) *msStream {
	return &msStream{id: id, standalone: standalone, version: version, ids: ids, pending: pending, sent: -1}
}

func (s *msStream) eventID(idx int) string {
	if !s.ids {
		return ""
	}
	return s.id + "_" + strconv.Itoa(idx)
}

// msParseEventID splits a Last-Event-ID into stream id and index.
func msParseEventID(v string) (stream string, idx int, ok bool) {
	parts := strings.Split(v, "_")
	if len(parts) != 2 {
		return "", 0, false
	}
	idx, err := strconv.Atoi(parts[1])
	if err != nil || idx < 0 {
		return "", 0, false
	}
	return parts[0], idx, true
}

// attachPOST attaches the response of the POST that opened the stream and
// writes the priming event (an id with empty data, 2025-11-25 and later) that
// lets the client resume even before the first message. It returns the
// channel closed when the response is done.
func (s *msStream) attachPOST(w http.ResponseWriter) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.attachLocked(w)
	if s.ids && s.version >= msVersion20251125 {
		idx := s.next
		s.next++
		s.logLocked(idx, nil)
		s.writeLocked(sse.Event{ID: s.eventID(idx), Name: "prime", Data: []byte{}}, idx)
	}
	return s.doneChan()
}

// attachGET attaches a GET's response: with resume, replaying the events
// after index after (a Last-Event-ID); without, replaying the events no
// response has carried yet (standalone stream). It returns a nil channel
// when the request is over (answered with an error, or the stream is
// complete), else the channel closed when the response is done.
func (s *msStream) attachGET(w http.ResponseWriter, resume bool, after int) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.w != nil {
		http.Error(w, "stream ID conflicts with ongoing stream", http.StatusConflict)
		return nil
	}
	if !resume {
		after = s.sent
	} else if first := s.firstLoggedLocked(); after+1 < first || !s.ids {
		http.Error(w, "failed to replay events", http.StatusBadRequest)
		return nil
	}
	s.attachLocked(w)
	s.deadline()
	s.startLocked()
	if s.standalone && !resume {
		// The standalone stream may stay silent for long: send bytes now so
		// that proxies on the way forward the header (go-sdk #410).
		io.WriteString(s.w, ": ok\n\n") //nolint:errcheck // a failed write shows at the next event
	}
	if s.sw.Flush() != nil {
		s.detachLocked()
		return nil
	}
	s.clearDeadline()
	for _, e := range s.log {
		if e.idx <= after || e.data == nil {
			continue
		}
		if !s.writeLocked(sse.Event{ID: s.eventID(e.idx), Name: "message", Data: e.data}, e.idx) {
			return nil
		}
	}
	if s.finished {
		s.detachLocked()
		return nil
	}
	return s.doneChan()
}

func (s *msStream) firstLoggedLocked() int {
	if len(s.log) > 0 {
		return s.log[0].idx
	}
	return s.next
}

func (s *msStream) attachLocked(w http.ResponseWriter) {
	s.w = w
	s.rc = http.NewResponseController(w)
	s.sw = sse.NewWriterFlush(w, s.flush)
	s.started = false
	s.release = make(chan struct{})
}

func (s *msStream) doneChan() <-chan struct{} {
	if s.release == nil {
		c := make(chan struct{})
		close(c)
		return c
	}
	return s.release
}

// detach lets the response attached with channel rel go, if it is still
// attached; events that follow are only logged.
func (s *msStream) detach(rel <-chan struct{}) {
	s.mu.Lock()
	if s.release != nil && (<-chan struct{})(s.release) == rel {
		s.detachLocked()
	}
	s.mu.Unlock()
}

func (s *msStream) detachLocked() {
	if s.release != nil {
		close(s.release)
		s.release = nil
	}
	s.w, s.rc, s.sw = nil, nil, nil
}

func (s *msStream) flush() error {
	if err := s.rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	return nil
}

// deadline bounds the writes that follow (until clearDeadline), where the
// response supports it.
func (s *msStream) deadline() {
	s.rc.SetWriteDeadline(time.Now().Add(msWriteTimeout)) //nolint:errcheck // not supported: no bound
}

func (s *msStream) clearDeadline() {
	s.rc.SetWriteDeadline(time.Time{}) //nolint:errcheck // idem
}

func (s *msStream) startLocked() {
	if s.started {
		return
	}
	h := s.w.Header()
	h.Set("Cache-Control", "no-cache, no-transform")
	h.Set("Content-Type", "text/event-stream")
	h.Set("Connection", "keep-alive")
	s.w.WriteHeader(http.StatusOK)
	s.started = true
}

// writeLocked writes one event to the attached response; on failure the
// response is let go. It reports whether the write went through.
func (s *msStream) writeLocked(e sse.Event, idx int) bool {
	if s.w == nil {
		return false
	}
	s.deadline()
	s.startLocked()
	err := s.sw.WriteEvent(e)
	if err != nil {
		s.detachLocked()
		return false
	}
	s.clearDeadline()
	if idx >= 0 {
		s.sent = idx
	}
	return true
}

func (s *msStream) logLocked(idx int, data []byte) {
	s.log = append(s.log, msEvent{idx: idx, data: data})
	s.logBytes += len(data)
	for len(s.log) > msReplayEvents || (s.logBytes > msReplayBytes && len(s.log) > 1) {
		s.logBytes -= len(s.log[0].data)
		s.log[0] = msEvent{}
		s.log = s.log[1:]
	}
}

// deliver sends one message on the stream. answers says that it is the
// answer to one of the stream's requests; status, when not 0, asks for the
// message to be the whole HTTP response with that status instead of an
// event (an error of the 2026-07-28 protocol), which is possible only while
// nothing was written. It reports whether this answer finished the stream,
// and whether the stream still needs its log (some event never reached a
// response).
func (s *msStream) deliver(data []byte, answers bool, status int) (finished, keep bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if answers && s.pending > 0 {
		s.pending--
		if s.pending == 0 && !s.standalone {
			s.finished = true
		}
	}
	idx := -1
	if s.ids {
		idx = s.next
		s.next++
		s.logLocked(idx, append([]byte(nil), data...))
	}
	switch {
	case s.w == nil:
	case status != 0 && !s.started:
		s.w.Header().Set("Content-Type", "application/json")
		s.w.WriteHeader(status)
		s.started = true
		s.deadline()
		if _, err := s.w.Write(data); err != nil {
			s.detachLocked()
		} else {
			s.clearDeadline()
			if idx >= 0 {
				s.sent = idx
			}
		}
	default:
		s.writeLocked(sse.Event{ID: s.eventID(idx), Name: "message", Data: data}, idx)
	}
	if !s.finished || !answers {
		return false, true
	}
	keep = s.ids && s.sent < s.next-1
	if !keep {
		s.log, s.logBytes = nil, 0
	}
	s.detachLocked()
	return true, keep
}

// attached reports whether a response is attached and the stream is not
// complete: whether a message sent now reaches the client at once.
func (s *msStream) attached() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w != nil && !s.finished
}

// isFinished reports whether every request of the stream is answered.
func (s *msStream) isFinished() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.finished
}
