package proxy

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// newRequest builds a request of the transport with the session's headers.
func (c *httpConn) newRequest(ctx context.Context, method string, body []byte, info *hcFrame) (*http.Request, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.d.url, rd)
	if err != nil {
		return nil, err
	}
	for k, vs := range c.d.headers {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	c.mu.Lock()
	sid, version := c.sessionID, c.version
	c.mu.Unlock()
	if sid != "" {
		req.Header.Set(hcHeaderSession, sid)
	}
	if info != nil && info.metaVersion != "" {
		version = info.metaVersion
	}
	if version != "" {
		req.Header.Set(hcHeaderVersion, version)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", hcAccept)
	}
	if info != nil && info.method != "" && version >= hcVersionHeaders {
		req.Header.Set(hcHeaderMethod, info.method)
		if info.hasName {
			req.Header.Set(hcHeaderName, info.name)
		}
	}
	return req, nil
}

// noteSession records the session id a response assigns. A server that
// changes it mid-session is not followed.
func (c *httpConn) noteSession(resp *http.Response) {
	sid := resp.Header.Get(hcHeaderSession)
	if sid == "" {
		return
	}
	c.mu.Lock()
	had := c.sessionID
	if had == "" {
		c.sessionID = sid
	}
	c.mu.Unlock()
	if had != "" && had != sid {
		c.d.logger.Warn("upstream changed its session id; keeping the first")
	}
}

// sessionGone reports whether resp says the server forgot the session, and
// if so ends the connection.
func (c *httpConn) sessionGone(resp *http.Response) bool {
	c.mu.Lock()
	has := c.sessionID != ""
	c.mu.Unlock()
	if resp.StatusCode != http.StatusNotFound || !has {
		return false
	}
	c.mu.Lock()
	c.gone = true
	c.mu.Unlock()
	c.fail(errSessionGone)
	return true
}

// post sends a frame without requests and waits for the server to take it.
// Before notifications/initialized, it waits (a little) for the standalone
// stream to be open, so that what the server sends as soon as it is
// initialized has a stream to go to.
func (c *httpConn) post(ctx context.Context, frame []byte, info *hcFrame) error {
	if info.initialized {
		c.startStandalone()
		t := time.NewTimer(hcAttachWait)
		select {
		case <-c.attached:
		case <-t.C:
		case <-ctx.Done():
		case <-c.ctx.Done():
		}
		t.Stop()
	}
	rctx, cancel := context.WithCancel(c.ctx)
	defer cancel()
	defer context.AfterFunc(ctx, cancel)()
	req, err := c.newRequest(rctx, http.MethodPost, frame, info)
	if err != nil {
		return fmt.Errorf("posting to %s: %w", c.d.name, err)
	}
	resp, err := c.d.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			err = context.Cause(ctx)
		}
		return fmt.Errorf("posting to %s: %w", c.d.name, err)
	}
	defer resp.Body.Close()
	c.noteSession(resp)
	if c.sessionGone(resp) {
		return fmt.Errorf("posting to %s: %w", c.d.name, errSessionGone)
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("posting to %s: server answered %s: %q", c.d.name, resp.Status, bodySnippet(resp.Body))
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
	return nil
}
