package bench

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"sync"
)

// httpServer speaks enough Streamable HTTP for the bench: POST with an application/json
// response, 202 for notifications and responses, Mcp-Session-Id issued at initialize and
// required afterwards, DELETE to end a session, 405 for GET (no server-initiated stream).
type httpServer struct {
	srv *server

	mu       sync.Mutex
	sessions map[string]struct{}

	bodies sync.Pool // *bytes.Buffer, request bodies
	outs   sync.Pool // *[]byte, responses
}

func newHTTPServer(srv *server) *httpServer {
	return &httpServer{
		srv:      srv,
		sessions: make(map[string]struct{}),
		bodies:   sync.Pool{New: func() any { return new(bytes.Buffer) }},
		outs:     sync.Pool{New: func() any { return new([]byte) }},
	}
}

const sessionHeader = "Mcp-Session-Id"

func (h *httpServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		h.post(w, r)
	case http.MethodDelete:
		id := r.Header.Get(sessionHeader)
		h.mu.Lock()
		_, ok := h.sessions[id]
		delete(h.sessions, id)
		h.mu.Unlock()
		if !ok {
			http.Error(w, "unknown session", http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.Header().Set("Allow", "POST, DELETE")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func (h *httpServer) post(w http.ResponseWriter, r *http.Request) {
	in := h.bodies.Get().(*bytes.Buffer)
	out := h.outs.Get().(*[]byte)
	defer func() {
		in.Reset()
		h.bodies.Put(in)
		h.outs.Put(out)
	}()
	if _, err := in.ReadFrom(io.LimitReader(r.Body, maxResultSize)); err != nil {
		http.Error(w, "reading request body: "+err.Error(), http.StatusBadRequest)
		return
	}
	body := bytes.TrimSpace(in.Bytes())
	if len(body) > 0 && body[0] == '[' {
		http.Error(w, "batches are not supported by the bench server", http.StatusBadRequest)
		return
	}
	resp, kind, method := h.srv.handle((*out)[:0], body)
	*out = resp // keep the grown buffer for the next request
	session := r.Header.Get(sessionHeader)
	switch {
	case method == "initialize" && kind == kindRequest:
		id, err := newSessionID()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		h.mu.Lock()
		h.sessions[id] = struct{}{}
		h.mu.Unlock()
		w.Header().Set(sessionHeader, id)
	case session == "":
		http.Error(w, "missing "+sessionHeader, http.StatusBadRequest)
		return
	default:
		h.mu.Lock()
		_, ok := h.sessions[session]
		h.mu.Unlock()
		if !ok {
			http.Error(w, "unknown session", http.StatusNotFound)
			return
		}
	}
	if kind == kindNotification || kind == kindResponse {
		w.WriteHeader(http.StatusAccepted)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "application/json")
	hd.Set("Content-Length", strconv.Itoa(len(resp)))
	if kind == kindInvalid {
		w.WriteHeader(http.StatusBadRequest)
	}
	_, _ = w.Write(resp) // a client that went away is not the server's problem
}

func newSessionID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(b[:]), nil
}
