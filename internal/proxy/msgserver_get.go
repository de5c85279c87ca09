package proxy

import (
	"fmt"
	"net/http"
)

// serveGET opens a session's standalone stream, or resumes a stream with
// Last-Event-ID.
func (s *MsgServer) serveGET(w http.ResponseWriter, r *http.Request) {
	if _, streamOK := msAccepts(r.Header.Values("Accept")); !streamOK {
		http.Error(w, "Accept must contain 'text/event-stream' for GET requests", http.StatusBadRequest)
		return
	}
	sid := r.Header.Get(msHeaderSessionID)
	if sid == "" {
		if r.Header.Get(msHeaderVersion) >= msVersion20260728 {
			// The stateless protocol has no standalone stream.
			w.Header().Set("Allow", "POST")
			http.Error(w, "Method Not Allowed", http.StatusMethodNotAllowed)
			return
		}
		http.Error(w, "Bad Request: GET requires an Mcp-Session-Id header", http.StatusBadRequest)
		return
	}
	if s.isClosing() {
		http.Error(w, "the shield is shutting down", http.StatusServiceUnavailable)
		return
	}
	sess := s.acquire(sid)
	if sess == nil {
		http.Error(w, "session not found", http.StatusNotFound)
		return
	}
	defer sess.release()
	streamID, after, resume := "", -1, false
	if len(r.Header.Values(msHeaderLastEventID)) > 0 {
		eid := r.Header.Get(msHeaderLastEventID)
		var ok bool
		if streamID, after, ok = msParseEventID(eid); !ok {
			http.Error(w, fmt.Sprintf("malformed Last-Event-ID %q", eid), http.StatusBadRequest)
			return
		}
		resume = true
	}
	st := sess.stream(streamID)
	if st == nil {
		http.Error(w, "failed to replay events", http.StatusBadRequest)
		return
	}
	released := st.attachGET(w, resume, after)
	if released == nil {
		return
	}
	select {
	case <-released:
	case <-r.Context().Done():
	case <-sess.done:
	}
	st.detach(released)
}

// serveDELETE ends a session.
func (s *MsgServer) serveDELETE(w http.ResponseWriter, r *http.Request) {
	sid := r.Header.Get(msHeaderSessionID)
	if sid == "" {
		if r.Header.Get(msHeaderVersion) >= msVersion20260728 {
			w.Header().Set("Allow", "POST")
			http.Error(w, "Method Not Allowed", http.StatusMethodNotAllowed)
			return
		}
		http.Error(w, "Bad Request: DELETE requires an Mcp-Session-Id header", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	sess := s.sessions[sid]
	s.mu.Unlock()
	if sess == nil {
		http.Error(w, "session not found", http.StatusNotFound)
		return
	}
	sess.shutdown("the client ended the session")
	w.WriteHeader(http.StatusNoContent)
}
