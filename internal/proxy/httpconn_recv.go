package proxy

import (
	"context"
	"io"
	"net/http"
)

// Recv returns the next message from the server.
func (c *httpConn) Recv() ([]byte, error) {
	if c.held != nil {
		c.held <- struct{}{} // buffered: the reader waits for exactly this
		c.held = nil
	}
	select {
	case it := <-c.items:
		if it.err != nil {
			return nil, it.err
		}
		c.held = it.release
		return it.data, nil
	case <-c.done:
		return nil, io.EOF
	}
}

// deliver hands data to Recv. With release, it waits until Recv is done with
// data. It reports false when the connection ended first.
func (c *httpConn) deliver(data []byte, release chan struct{}) bool {
	select {
	case c.items <- hcItem{data: data, release: release}:
	case <-c.ctx.Done():
		return false
	}
	if release == nil {
		return true
	}
	select {
	case <-release:
		return true
	case <-c.ctx.Done():
		return false
	}
}

// deliverErr hands Recv an error for a message it cannot have.
func (c *httpConn) deliverErr(err error) bool {
	select {
	case c.items <- hcItem{err: err}:
		return true
	case <-c.ctx.Done():
		return false
	}
}

// fail ends the connection because of err, unless it is closing anyway.
func (c *httpConn) fail(err error) {
	c.mu.Lock()
	if c.ended || c.closing {
		c.mu.Unlock()
		return
	}
	c.ended, c.err = true, err
	c.mu.Unlock()
	c.d.logger.Warn("upstream connection ended", "error", err)
	c.cancel()
	close(c.done)
}

// Close deletes the session (unless the server already forgot it), stops
// every stream and waits for their readers to end.
func (c *httpConn) Close() error {
	c.closeOnce.Do(func() {
		c.mu.Lock()
		c.closing = true
		sid, gone, ended := c.sessionID, c.gone, c.ended
		c.ended = true
		c.mu.Unlock()
		if sid != "" && !gone {
			c.deleteSession()
		}
		c.cancel()
		if !ended {
			close(c.done)
		}
		c.wg.Wait()
	})
	return nil
}

// deleteSession asks the server to end the session, best effort.
func (c *httpConn) deleteSession() {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(c.ctx), hcDeleteTimeout)
	defer cancel()
	req, err := c.newRequest(ctx, http.MethodDelete, nil, nil)
	if err != nil {
		return
	}
	resp, err := c.d.client.Do(req)
	if err != nil {
		c.d.logger.Debug("deleting the upstream session", "error", err)
		return
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
	resp.Body.Close()
}

func (c *httpConn) Done() <-chan struct{} { return c.done }

// Err says why the connection ended by itself: nil before Done is closed,
// and nil when Close ended it first.
func (c *httpConn) Err() error {
	select {
	case <-c.done:
	default:
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
