package proxy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptrace"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/sse"
)

// Limits of the answer readers.
const (
	// hcResumeAttempts bounds the GETs with Last-Event-ID that try to resume
	// an answer stream cut short, in a row without a new event.
	hcResumeAttempts = 3
	// hcRetryDelay is the wait before the first reconnection; it doubles
	// with each failure in a row.
	hcRetryDelay = 250 * time.Millisecond
	// hcErrorBodyBytes bounds the body of an HTTP error read for a JSON-RPC
	// error in it.
	hcErrorBodyBytes = 64 << 10
	// hcDrainBytes bounds what is read and dropped after the last answer.
	hcDrainBytes = 64 << 10
)

// hcOutcome settles, once, whether Send reports a POST as sent (err nil) or
// failed: the POST's goroutine settles it when the request is written or
// fails, Send when its ctx ends first.
type hcOutcome struct {
	once    sync.Once
	decided chan struct{}
	err     error // read after decided is closed
}

func (o *hcOutcome) settle(err error) (won bool) {
	o.once.Do(func() {
		o.err, won = err, true
		close(o.decided)
	})
	return won
}

// postCalls posts a frame holding requests. It returns once the request is
// written; a goroutine reads the answer.
func (c *httpConn) postCalls(ctx context.Context, frame []byte, info *hcFrame) error {
	frame = bytes.Clone(frame) // the body outlives Send on a redirect
	rctx, rcancel := context.WithCancel(c.ctx)
	o := &hcOutcome{decided: make(chan struct{})}
	trace := &httptrace.ClientTrace{WroteRequest: func(w httptrace.WroteRequestInfo) {
		if w.Err == nil {
			o.settle(nil)
		}
	}}
	req, err := c.newRequest(httptrace.WithClientTrace(rctx, trace), http.MethodPost, frame, info)
	if err != nil {
		rcancel()
		return fmt.Errorf("posting to %s: %w", c.d.name, err)
	}
	started := c.spawn(func() {
		defer rcancel()
		c.roundTrip(rctx, req, info, o)
	})
	if !started {
		rcancel()
		return fmt.Errorf("posting to %s: connection closed", c.d.name)
	}
	select {
	case <-o.decided:
	case <-ctx.Done():
		if o.settle(context.Cause(ctx)) {
			rcancel()
		}
	}
	if o.err != nil {
		return fmt.Errorf("posting to %s: %w", c.d.name, o.err)
	}
	return nil
}

// spawn runs f in a goroutine that Close waits for; false when closing.
func (c *httpConn) spawn(f func()) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closing || c.ended {
		return false
	}
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		f()
	}()
	return true
}

// roundTrip makes a POST holding requests and hands its answers to Recv.
func (c *httpConn) roundTrip(ctx context.Context, req *http.Request, info *hcFrame, o *hcOutcome) {
	resp, err := c.d.client.Do(req)
	if err != nil {
		if o.settle(err) || o.err != nil {
			return // Send reports it, or gave up and reported its own
		}
		c.abandon(ctx, info, fmt.Sprintf("posting to %s: %v", c.d.name, err))
		return
	}
	defer resp.Body.Close()
	if o.settle(nil); o.err != nil {
		return
	}
	c.noteSession(resp)
	if c.sessionGone(resp) {
		return
	}
	reason := c.answer(ctx, resp, info)
	if len(info.calls) > 0 {
		c.abandon(ctx, info, reason)
	}
	// Read the end of the body (an SSE stream ends right after the last
	// answer), so that the connection can carry the next request.
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, hcDrainBytes))
}

// answer reads the answers of a POST, and returns why the requests still in
// info.calls got none.
func (c *httpConn) answer(ctx context.Context, resp *http.Response, info *hcFrame) string {
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	switch {
	case resp.StatusCode == http.StatusAccepted || resp.StatusCode == http.StatusNoContent:
		// Not an answer; a server may send the answers on its standalone
		// stream.
		info.calls = nil
		return ""
	case resp.StatusCode/100 == 2 && ct == "application/json":
		return c.readJSON(resp.Body, info, c.d.max)
	case resp.StatusCode/100 == 2 && ct == "text/event-stream":
		return c.readCallStream(ctx, resp.Body, info)
	case resp.StatusCode/100 == 2:
		return fmt.Sprintf("%s answered with Content-Type %q", c.d.name, ct)
	}
	reason := fmt.Sprintf("%s answered %s", c.d.name, resp.Status)
	if ct == "application/json" {
		// A JSON-RPC error in the body (2026-07-28 answers rejections so)
		// is the answer.
		r := c.readJSON(resp.Body, info, hcErrorBodyBytes)
		if r != "" {
			reason += ": " + r
		}
		return reason
	}
	return fmt.Sprintf("%s: %q", reason, bodySnippet(resp.Body))
}

// readJSON reads a JSON body holding answers.
func (c *httpConn) readJSON(body io.Reader, info *hcFrame, limit int) string {
	data, err := io.ReadAll(io.LimitReader(body, int64(limit)+1))
	if err != nil {
		return fmt.Sprintf("reading the answer from %s: %v", c.d.name, err)
	}
	if len(data) > limit {
		c.deliverErr(fmt.Errorf("answer from %s: %w: more than %d bytes", c.d.name, jsonrpc.ErrMessageTooLarge, limit))
		return fmt.Sprintf("the answer from %s exceeds %d bytes", c.d.name, limit)
	}
	if _, _, _, err := jsonrpc.ParseBatch(data); err != nil {
		return fmt.Sprintf("%s answered with invalid JSON-RPC: %v", c.d.name, err)
	}
	c.track(data, info)
	c.deliver(data, nil)
	return "the answer did not hold every response"
}

// readCallStream reads the SSE answer of a POST until every request of it is
// answered, resuming it with Last-Event-ID when it is cut short.
func (c *httpConn) readCallStream(ctx context.Context, body io.Reader, info *hcFrame) string {
	release := make(chan struct{}, 1)
	lastID, _, err := c.readEvents(body, release, info)
	misses := 0
	for len(info.calls) > 0 && lastID != "" && ctx.Err() == nil && misses < hcResumeAttempts {
		select {
		case <-time.After(hcRetryDelay << misses):
		case <-ctx.Done():
			return "connection closed"
		}
		resp, gerr := c.get(ctx, lastID)
		if gerr != nil {
			err, misses = gerr, misses+1
			continue
		}
		ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
		if resp.StatusCode/100 != 2 || ct != "text/event-stream" {
			err = fmt.Errorf("resuming: %s answered %s", c.d.name, resp.Status)
			resp.Body.Close()
			if c.sessionGone(resp) {
				return errSessionGone.Error()
			}
			misses++
			continue
		}
		var next string
		next, _, err = c.readEvents(resp.Body, release, info)
		resp.Body.Close()
		if next != "" && next != lastID {
			lastID, misses = next, 0
		} else {
			misses++
		}
	}
	if err == nil || errors.Is(err, io.EOF) {
		return fmt.Sprintf("the answer stream from %s ended before the answer", c.d.name)
	}
	return fmt.Sprintf("reading the answer stream from %s: %v", c.d.name, err)
}

// readEvents hands each message of an SSE stream to Recv until the requests
// of info are answered (info nil: until the stream ends). It returns the
// stream's last event id, how many events it read, and the error that ended
// it (nil when done).
func (c *httpConn) readEvents(body io.Reader, release chan struct{}, info *hcFrame) (lastID string, n int, err error) {
	r := sse.NewReader(body, c.d.max)
	for info == nil || len(info.calls) > 0 {
		ev, err := r.Next()
		if errors.Is(err, sse.ErrEventTooLarge) {
			n++
			if !c.deliverErr(fmt.Errorf("event from %s: %w: %w", c.d.name, jsonrpc.ErrMessageTooLarge, err)) {
				return r.LastEventID(), n, c.ctx.Err()
			}
			continue
		}
		if err != nil {
			return r.LastEventID(), n, err
		}
		n++
		if len(ev.Data) == 0 || ev.Name != "" && ev.Name != "message" {
			continue // a priming event, or not a message
		}
		if info != nil {
			c.track(ev.Data, info)
		}
		if !c.deliver(ev.Data, release) {
			return r.LastEventID(), n, c.ctx.Err()
		}
	}
	return r.LastEventID(), n, nil
}

// track removes from info.calls the requests that data answers, and notes
// the protocol version of an initialize result.
func (c *httpConn) track(data []byte, info *hcFrame) {
	if len(info.calls) == 0 {
		return
	}
	if i := bytes.IndexAny(data, "{["); i >= 0 && data[i] == '[' {
		msgs, _, _, _ := jsonrpc.ParseBatch(data)
		for _, m := range msgs {
			if m != nil && m.IsReply() {
				c.answered(m.ID, m.Result, info)
			}
		}
		return
	}
	id := jsonrpc.Member(data, "id")
	if id == nil || jsonrpc.Member(data, "method") != nil {
		return // a notification or a request from the server
	}
	c.answered(id, jsonrpc.Member(data, "result"), info)
}

func (c *httpConn) answered(id, result []byte, info *hcFrame) {
	key := string(id)
	if _, ok := info.calls[key]; !ok {
		return
	}
	delete(info.calls, key)
	if key == info.initID && result != nil {
		v, _ := jsonrpc.String(jsonrpc.Member(result, "protocolVersion"))
		c.mu.Lock()
		c.version = v
		c.mu.Unlock()
		c.startStandalone()
	}
}

// abandon answers each request of info still waiting with an error.
func (c *httpConn) abandon(ctx context.Context, info *hcFrame, reason string) {
	if ctx.Err() != nil || len(info.calls) == 0 {
		return // closing: the session's owner answers what is left
	}
	c.d.logger.Debug("requests left unanswered", "count", len(info.calls), "reason", reason)
	for key, id := range info.calls {
		delete(info.calls, key)
		if !c.deliver(jsonrpc.ErrorResponse(id, jsonrpc.CodeUpstream, "mcpshield: "+reason, nil), nil) {
			return
		}
	}
}

// get opens an SSE stream with a GET: the standalone stream, or the rest of
// a stream after lastID.
func (c *httpConn) get(ctx context.Context, lastID string) (*http.Response, error) {
	req, err := c.newRequest(ctx, http.MethodGet, nil, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/event-stream")
	if lastID != "" {
		req.Header.Set(hcHeaderLastID, lastID)
	}
	return c.d.client.Do(req)
}
