package proxy

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"time"
)

// hcStreamRetries bounds the attempts, in a row without an event, to reopen
// a broken standalone stream before the connection is given up.
const hcStreamRetries = 3

// errNoStream says the server offers no standalone stream.
var errNoStream = errors.New("no standalone stream")

// startStandalone opens the standalone stream once, after the initialize
// result, for versions that have one.
func (c *httpConn) startStandalone() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.standalone {
		return
	}
	if c.closing || c.ended || c.version == "" || c.version >= hcVersionHeaders {
		c.markAttached() // no stream to wait for
		return
	}
	c.standalone = true
	c.wg.Add(1)
	go c.listen()
}

func (c *httpConn) markAttached() { c.attachedOnce.Do(func() { close(c.attached) }) }

// listen reads the standalone stream, reopening it when it breaks. When it
// cannot be reopened the server is taken for gone and the connection ends.
func (c *httpConn) listen() {
	defer c.wg.Done()
	release := make(chan struct{}, 1)
	lastID := ""
	failures := 0
	for {
		progressed, err := c.listenOnce(&lastID, release)
		if c.ctx.Err() != nil || errors.Is(err, errNoStream) {
			return
		}
		if progressed {
			failures = 0
		}
		failures++
		if failures > hcStreamRetries {
			c.fail(fmt.Errorf("the standalone stream from %s broke and could not be reopened: %w", c.d.name, err))
			return
		}
		c.d.logger.Debug("standalone stream broke; reopening it", "error", err)
		t := time.NewTimer(hcRetryDelay << (failures - 1))
		select {
		case <-t.C:
		case <-c.ctx.Done():
			t.Stop()
			return
		}
	}
}

// listenOnce opens the standalone stream and reads it to its end. It reports
// whether any event came, and the error that ended it; errNoStream when the
// server offers no stream.
func (c *httpConn) listenOnce(lastID *string, release chan struct{}) (progressed bool, err error) {
	resp, err := c.get(c.ctx, *lastID)
	c.markAttached()
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	if c.sessionGone(resp) {
		return false, errSessionGone
	}
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	switch {
	case resp.StatusCode == http.StatusMethodNotAllowed:
		c.d.logger.Debug("the upstream offers no standalone stream (405)")
		return false, errNoStream
	case resp.StatusCode/100 == 5:
		return false, fmt.Errorf("%s answered %s", c.d.name, resp.Status)
	case resp.StatusCode/100 != 2 || ct != "text/event-stream":
		// Servers answer 404 or 200 with another type where they mean 405
		// (go-sdk #393, #610, #736).
		c.d.logger.Warn("the upstream refused the standalone stream", "status", resp.Status, "content_type", ct)
		return false, errNoStream
	}
	id, n, err := c.readEvents(resp.Body, release, nil)
	if id != "" {
		*lastID = id
	}
	if err == nil {
		err = errors.New("the server ended it")
	}
	return n > 0, err
}
