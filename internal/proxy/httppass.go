package proxy

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// PassOptions configure a PassProxy.
type PassOptions struct {
	Server string   // upstream name for events and logs
	URL    *url.URL // the upstream's Streamable HTTP endpoint
	// Headers are set on every upstream request, replacing what the client
	// sent under the same names (credentials the shield injects).
	Headers http.Header
	Chain   *guard.Chain // nil: no checks
	Hosts   *HostPolicy  // nil: no Host/Origin check
	// MaxMessageBytes bounds a request body and each message of a response;
	// 0 means 16 MiB.
	MaxMessageBytes int64
	// IdleTimeout forgets the state of a session unused for this long;
	// 0 means 10 minutes.
	IdleTimeout time.Duration
	// Transport makes upstream requests; nil: a pooled http.Transport.
	Transport http.RoundTripper
	// TLS configures the pooled transport's TLS (a pinned upstream key:
	// PinnedTLS); ignored with Transport.
	TLS    *tls.Config
	Logger *slog.Logger
}

// PassProxy fronts a Streamable HTTP upstream. Each client HTTP request
// becomes one upstream request: sessions, session ids, event ids and
// resumption belong to the upstream and pass through, while every message in
// both directions goes through the session's Filter. Bodies are read whole
// only when they are single JSON documents; event streams are filtered and
// forwarded event by event as they arrive.
type PassProxy struct {
	opts   PassOptions
	rt     http.RoundTripper
	logger *slog.Logger
	max    int64

	mu       sync.Mutex
	sessions map[string]*passSession
	stop     chan struct{}
	stopOnce sync.Once
	bufs     bodyPool
	wg       sync.WaitGroup
}

type passSession struct {
	filter   *Filter
	lastUsed time.Time
}

// NewPassProxy returns a proxy for opts.URL. Close it to stop its janitor.
func NewPassProxy(opts PassOptions) *PassProxy {
	p := &PassProxy{opts: opts, rt: opts.Transport, logger: opts.Logger, max: opts.MaxMessageBytes,
		sessions: make(map[string]*passSession), stop: make(chan struct{})}
	if p.logger == nil {
		p.logger = slog.New(slog.DiscardHandler)
	}
	if p.rt == nil {
		t := NewUpstreamTransport()
		t.TLSClientConfig = opts.TLS
		p.rt = t
	}
	if p.max <= 0 {
		p.max = defaultMaxMessage
	}
	if p.opts.IdleTimeout <= 0 {
		p.opts.IdleTimeout = 10 * time.Minute
	}
	p.wg.Add(1)
	go p.janitor()
	return p
}

// NewUpstreamTransport returns the transport used for HTTP upstreams: pooled
// keep-alive connections, no compression (the shield must read what it
// forwards), and HTTP/2 where the upstream offers it.
func NewUpstreamTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 1024
	t.MaxIdleConnsPerHost = 256
	t.DisableCompression = true
	return t
}

// Close stops the proxy's background work. In-flight requests are the HTTP
// server's to drain.
func (p *PassProxy) Close() error {
	p.stopOnce.Do(func() { close(p.stop) })
	p.wg.Wait()
	return nil
}

func (p *PassProxy) janitor() {
	defer p.wg.Done()
	t := time.NewTicker(p.opts.IdleTimeout / 4)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case now := <-t.C:
			p.mu.Lock()
			for id, s := range p.sessions {
				if now.Sub(s.lastUsed) > p.opts.IdleTimeout {
					delete(p.sessions, id)
				}
			}
			p.mu.Unlock()
		}
	}
}

// filterFor returns the filter of a session, creating it; with no session
// id (stateless requests, initialize) a fresh filter serves this one HTTP
// exchange.
func (p *PassProxy) filterFor(sessionID string) *Filter {
	if sessionID == "" {
		return NewFilter(p.opts.Chain, p.opts.Server, "")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.sessions[sessionID]
	if !ok {
		if len(p.sessions) >= maxPassSessions {
			// Session ids come from clients: a flood of made-up ones must not
			// grow the shield's memory. Past the cap, pairing is per exchange.
			return NewFilter(p.opts.Chain, p.opts.Server, sessionID)
		}
		s = &passSession{filter: NewFilter(p.opts.Chain, p.opts.Server, sessionID)}
		p.sessions[sessionID] = s
	}
	s.lastUsed = time.Now()
	return s.filter
}

// adopt files an exchange's filter under the session id the upstream just
// assigned, so that the session's later messages pair with it.
func (p *PassProxy) adopt(sessionID string, f *Filter) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.sessions[sessionID]; !ok {
		f.session = sessionID
		p.sessions[sessionID] = &passSession{filter: f, lastUsed: time.Now()}
	}
}

func (p *PassProxy) forget(sessionID string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.sessions, sessionID)
}

func (p *PassProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if p.opts.Hosts != nil {
		if err := p.opts.Hosts.Check(r); err != nil {
			http.Error(w, "Forbidden: "+err.Error(), http.StatusForbidden)
			return
		}
	}
	if guard.PrincipalFrom(r.Context()) == "" { // else ClientAuth named it
		r = r.WithContext(guard.WithPrincipal(r.Context(), guard.PrincipalOf(r)))
	}
	sessionID := r.Header.Get(headerSessionID)
	if r.Method == http.MethodPost {
		p.post(w, r, sessionID)
		return
	}
	f := p.filterFor(sessionID)
	resp, err := p.roundTrip(r, r.Body, -1)
	if err != nil {
		p.upstreamFailed(w, nil, err)
		return
	}
	defer resp.Body.Close()
	if r.Method == http.MethodDelete && resp.StatusCode/100 == 2 && sessionID != "" {
		p.forget(sessionID)
	}
	p.respond(w, r, resp, f, nil)
}

const headerSessionID = "Mcp-Session-Id"

// maxPassSessions bounds the sessions whose state the passthrough keeps.
const maxPassSessions = 10000

func (p *PassProxy) post(w http.ResponseWriter, r *http.Request, sessionID string) {
	// Not a pooled buffer: the transport may still read a request body after
	// RoundTrip returns (net/http.RoundTripper), so it must never be reused.
	body, err := readBodyInto(nil, r.Body, r.ContentLength, p.max)
	if errors.Is(err, errBodyTooLarge) {
		writeJSONError(w, http.StatusRequestEntityTooLarge, nil, jsonrpc.CodeTooLarge,
			fmt.Sprintf("mcpshield: request body exceeds %d bytes (max_message_bytes)", p.max))
		return
	}
	if err != nil {
		http.Error(w, "failed to read body", http.StatusBadRequest)
		return
	}
	f := p.filterFor(sessionID)
	forward, reply, ferr := f.Frame(r.Context(), guard.ToServer, body)
	if ferr != nil {
		p.logger.Warn("bad message from client", "server", p.opts.Server, "error", ferr)
		if forward == nil {
			// Nothing valid to pass on: answer like an MCP server would.
			writeJSON(w, http.StatusBadRequest, reply)
			return
		}
	}
	if forward == nil {
		if reply == nil {
			w.WriteHeader(http.StatusAccepted)
			return
		}
		// A request the shield answers itself must still get the answer
		// the upstream would give to headers that contradict the body.
		if rej := passHeaderCheck(r.Header, body); rej != nil {
			rej.write(w)
			return
		}
		writeJSON(w, http.StatusOK, reply)
		return
	}
	resp, err := p.roundTrip(r, bytes.NewReader(forward), int64(len(forward)))
	if err != nil {
		p.upstreamFailed(w, forward, err)
		return
	}
	defer resp.Body.Close()
	if sessionID == "" {
		if id := resp.Header.Get(headerSessionID); id != "" {
			p.adopt(id, f)
		}
	}
	p.respond(w, r, resp, f, reply)
}

// roundTrip sends the client's request upstream with body.
func (p *PassProxy) roundTrip(r *http.Request, body io.Reader, length int64) (*http.Response, error) {
	u := *p.opts.URL
	if r.URL.RawQuery != "" && u.RawQuery == "" {
		u.RawQuery = r.URL.RawQuery
	}
	if r.Method == http.MethodGet || r.Method == http.MethodDelete || r.Method == http.MethodHead {
		body = nil
		length = 0
	}
	out, err := http.NewRequestWithContext(r.Context(), r.Method, u.String(), body)
	if err != nil {
		return nil, fmt.Errorf("building upstream request: %w", err)
	}
	copyHeaders(out.Header, r.Header)
	for k, vs := range p.opts.Headers {
		out.Header[k] = vs
	}
	if length >= 0 {
		out.ContentLength = length
	}
	resp, err := p.rt.RoundTrip(out)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", r.Method, p.opts.URL.Redacted(), err)
	}
	return resp, nil
}

// respond relays the upstream's response, filtering every message in it.
// local holds answers the shield made itself for part of a batch.
func (p *PassProxy) respond(w http.ResponseWriter, r *http.Request, resp *http.Response, f *Filter, local []byte) {
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	h := w.Header()
	copyHeaders(h, resp.Header)
	switch {
	case ct == "text/event-stream":
		h.Del("Content-Length")
		w.WriteHeader(resp.StatusCode)
		p.relayEvents(w, r, resp, f, local)
	case ct == "application/json" && resp.StatusCode/100 == 2:
		body, err := readBodyInto(p.bufs.get(), resp.Body, resp.ContentLength, p.max)
		defer func() { p.bufs.put(body) }()
		if err != nil {
			h.Del(headerSessionID)
			p.upstreamFailed(w, nil, fmt.Errorf("reading upstream response: %w", err))
			return
		}
		forward, back, ferr := f.Frame(r.Context(), guard.ToClient, body)
		if ferr != nil {
			p.logger.Warn("bad message from upstream", "server", p.opts.Server, "error", ferr)
		}
		p.answerUpstream(r, back)
		out := mergeFrames(local, forward)
		if out == nil {
			h.Del("Content-Length")
			w.WriteHeader(http.StatusAccepted)
			return
		}
		// The body is whole: sent with its length, not chunked (which
		// net/http does to a body over 2 KiB of unknown length).
		h.Set("Content-Length", strconv.Itoa(len(out)))
		w.WriteHeader(resp.StatusCode)
		w.Write(out)
	case resp.StatusCode == http.StatusAccepted && local != nil:
		h.Del("Content-Length")
		writeJSON(w, http.StatusOK, local)
	default:
		// Errors, empty answers, anything not carrying messages: as is.
		w.WriteHeader(resp.StatusCode)
		if _, err := io.Copy(w, io.LimitReader(resp.Body, p.max)); err != nil {
			p.logger.Debug("copying upstream body", "error", err)
		}
	}
}

// answerUpstream sends the shield's answers to server requests (for example
// a refused sampling request) to the upstream, in the same session.
func (p *PassProxy) answerUpstream(r *http.Request, frame []byte) {
	if frame == nil {
		return
	}
	req, err := http.NewRequestWithContext(context.WithoutCancel(r.Context()), http.MethodPost, p.opts.URL.String(), bytes.NewReader(frame))
	if err != nil {
		return
	}
	for _, k := range []string{headerSessionID, "Mcp-Protocol-Version", "Authorization"} {
		if v := r.Header.Get(k); v != "" {
			req.Header.Set(k, v)
		}
	}
	for k, vs := range p.opts.Headers {
		req.Header[k] = vs
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	resp, err := p.rt.RoundTrip(req)
	if err != nil {
		p.logger.Warn("answering upstream request", "server", p.opts.Server, "error", err)
		return
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
}

func (p *PassProxy) upstreamFailed(w http.ResponseWriter, forwarded []byte, err error) {
	p.logger.Warn("upstream request failed", "server", p.opts.Server, "error", err)
	if errors.Is(err, context.Canceled) {
		return // the client went away
	}
	var id []byte
	if forwarded != nil {
		if m, perr := jsonrpc.Parse(forwarded); perr == nil && m.Kind == jsonrpc.KindRequest {
			id = m.ID
		}
	}
	writeJSONError(w, http.StatusBadGateway, id, jsonrpc.CodeUpstream, "mcpshield: upstream server unavailable: "+err.Error())
}

// mergeFrames joins two frames (single messages or batches) into one; a
// single frame comes back as it is.
func mergeFrames(a, b []byte) []byte {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	return joinBatch(append(batchParts(a), batchParts(b)...))
}

func batchParts(frame []byte) [][]byte {
	t := bytes.TrimSpace(frame)
	if len(t) == 0 || t[0] != '[' {
		return [][]byte{frame}
	}
	msgs, _, _, err := jsonrpc.ParseBatch(t)
	if err != nil {
		return [][]byte{frame}
	}
	parts := make([][]byte, 0, len(msgs))
	for _, m := range msgs {
		if m != nil {
			parts = append(parts, m.Raw)
		}
	}
	return parts
}

// hopHeaders are connection-level headers never forwarded (RFC 9110 7.6.1),
// plus those the shield recomputes.
var hopHeaders = map[string]bool{
	"Connection": true, "Keep-Alive": true, "Proxy-Connection": true, "Te": true,
	"Trailer": true, "Transfer-Encoding": true, "Upgrade": true,
	"Proxy-Authenticate": true, "Proxy-Authorization": true,
	"Content-Length": true, "Accept-Encoding": true, "Host": true,
}

func copyHeaders(dst, src http.Header) {
	var conn []string
	if c := src.Get("Connection"); c != "" {
		conn = strings.Split(c, ",")
	}
outer:
	for k, vs := range src {
		if hopHeaders[k] {
			continue
		}
		for _, c := range conn {
			if strings.EqualFold(strings.TrimSpace(c), k) {
				continue outer
			}
		}
		dst[k] = append([]string(nil), vs...)
	}
}

func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

func writeJSONError(w http.ResponseWriter, status int, id []byte, code int, msg string) {
	writeJSON(w, status, jsonrpc.ErrorResponse(id, code, msg, nil))
}

// passHeaderCheck applies the 2026-07-28 header checks (SEP-2243) to a
// single message the shield answers without the upstream.
func passHeaderCheck(h http.Header, body []byte) *msRejection {
	if v := h.Get(msHeaderVersion); v < msVersion20260728 {
		return nil
	}
	m, err := jsonrpc.Parse(body)
	if err != nil {
		return nil
	}
	if err := msCheckHeaders(h, m, nil); err != nil {
		return &msRejection{http.StatusBadRequest, m.ID, msCodeHeaderMismatch, err.Error(), nil}
	}
	return nil
}
