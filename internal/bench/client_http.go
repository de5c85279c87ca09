package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"sync"
	"sync/atomic"
)

// httpCaller is a Streamable HTTP client session: each call is a POST on a keep-alive
// connection, answered with application/json (or an SSE stream, which it also reads).
type httpCaller struct {
	client  *http.Client
	url     string
	session string // Mcp-Session-Id, if the server issued one
	version string // negotiated protocol version, sent as MCP-Protocol-Version
	ids     atomic.Int64
	bufs    sync.Pool // *httpBufs
}

type httpBufs struct {
	req  []byte
	resp bytes.Buffer
}

// openHTTP initializes a session at url: initialize, notifications/initialized, and one
// tools/list to prove the path. maxConc sizes the idle connection pool.
func openHTTP(ctx context.Context, url string, maxConc int) (*httpCaller, error) {
	c := &httpCaller{
		client: &http.Client{Transport: newTransport(maxConc + 4)},
		url:    url,
		bufs:   sync.Pool{New: func() any { return new(httpBufs) }},
	}
	b := c.bufs.Get().(*httpBufs)
	defer c.bufs.Put(b)

	status, hdr, body, err := c.post(ctx, initializeRequest(), &b.resp)
	if err != nil {
		return nil, fmt.Errorf("initialize: %w", err)
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("initialize: HTTP %d: %s", status, snippet(body))
	}
	msg, err := responseBody(hdr, body, 0)
	if err != nil {
		return nil, fmt.Errorf("initialize: %w", err)
	}
	var init struct {
		Result struct {
			ProtocolVersion string `json:"protocolVersion"`
		} `json:"result"`
	}
	if err := checkResponse(msg, 0, 0); err != nil {
		return nil, fmt.Errorf("initialize: %w", err)
	}
	if err := json.Unmarshal(msg, &init); err != nil {
		return nil, fmt.Errorf("initialize: decoding the result: %w", err)
	}
	c.session = hdr.Get(sessionHeader)
	c.version = init.Result.ProtocolVersion

	status, _, body, err = c.post(ctx, initializedNotification(), &b.resp)
	if err != nil {
		return nil, fmt.Errorf("notifications/initialized: %w", err)
	}
	if status != http.StatusAccepted && status != http.StatusOK && status != http.StatusNoContent {
		return nil, fmt.Errorf("notifications/initialized: HTTP %d: %s", status, snippet(body))
	}

	id := c.ids.Add(1)
	status, hdr, body, err = c.post(ctx, toolsListRequest(id), &b.resp)
	if err == nil && status != http.StatusOK {
		err = fmt.Errorf("HTTP %d: %s", status, snippet(body))
	}
	if err == nil {
		msg, err = responseBody(hdr, body, id)
	}
	if err == nil {
		err = checkResponse(msg, id, 0)
	}
	if err != nil {
		return nil, fmt.Errorf("tools/list: %w", err)
	}
	return c, nil
}

func (c *httpCaller) call(ctx context.Context, t *callTemplate) (int, error) {
	b := c.bufs.Get().(*httpBufs)
	defer c.bufs.Put(b)
	id := c.ids.Add(1)
	b.req = t.appendCall(b.req[:0], id)
	status, hdr, body, err := c.post(ctx, b.req, &b.resp)
	if err != nil {
		return 0, err
	}
	if status != http.StatusOK {
		return len(body), fmt.Errorf("tools/call: HTTP %d: %s", status, snippet(body))
	}
	msg, err := responseBody(hdr, body, id)
	if err != nil {
		return len(body), err
	}
	return len(body), checkResponse(msg, id, t.size)
}

// post sends one message and reads the whole response body into buf.
func (c *httpCaller) post(ctx context.Context, msg []byte, buf *bytes.Buffer) (int, http.Header, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(msg))
	if err != nil {
		return 0, nil, nil, fmt.Errorf("building a request: %w", err)
	}
	h := req.Header
	h.Set("Content-Type", "application/json")
	h.Set("Accept", "application/json, text/event-stream")
	if c.session != "" {
		h.Set(sessionHeader, c.session)
	}
	if c.version != "" {
		h.Set("MCP-Protocol-Version", c.version)
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	buf.Reset()
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return resp.StatusCode, resp.Header, nil, fmt.Errorf("reading the response: %w", err)
	}
	return resp.StatusCode, resp.Header, buf.Bytes(), nil
}

func (c *httpCaller) close() error {
	if c.session != "" {
		req, err := http.NewRequest(http.MethodDelete, c.url, nil)
		if err == nil {
			req.Header.Set(sessionHeader, c.session)
			if resp, err := c.client.Do(req); err == nil {
				_ = resp.Body.Close() // ending the session is a courtesy; the process stops next
			}
		}
	}
	c.client.CloseIdleConnections()
	return nil
}

// responseBody returns the JSON-RPC message of a POST's response: the body itself for
// application/json, or the response to id among the events of a text/event-stream.
func responseBody(hdr http.Header, body []byte, id int64) ([]byte, error) {
	ct, _, _ := mime.ParseMediaType(hdr.Get("Content-Type"))
	switch ct {
	case "application/json":
		return body, nil
	case "text/event-stream":
		return sseResponse(body, id)
	}
	return nil, fmt.Errorf("response Content-Type %q: %s", hdr.Get("Content-Type"), snippet(body))
}

// sseResponse finds, among the events of an SSE body, the one holding the response to id.
func sseResponse(body []byte, id int64) ([]byte, error) {
	var data []byte
	flush := func() ([]byte, bool) {
		defer func() { data = data[:0] }()
		if len(data) == 0 {
			return nil, false
		}
		got, err := parseResponse(data)
		if errors.Is(err, errNotResponse) || (err == nil && got != id) {
			return nil, false
		}
		return append([]byte(nil), data...), true
	}
	for len(body) > 0 {
		line, rest, _ := bytes.Cut(body, []byte("\n"))
		body = rest
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) == 0 {
			if m, ok := flush(); ok {
				return m, nil
			}
			continue
		}
		if v, ok := bytes.CutPrefix(line, []byte("data:")); ok {
			if len(data) > 0 {
				data = append(data, '\n')
			}
			data = append(data, bytes.TrimPrefix(v, []byte(" "))...)
		}
	}
	if m, ok := flush(); ok {
		return m, nil
	}
	return nil, fmt.Errorf("no response to id %d in the event stream", id)
}
