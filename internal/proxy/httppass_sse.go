package proxy

import (
	"errors"
	"io"
	"net/http"

	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/sse"
)

// relayEvents forwards an upstream event stream event by event, as each one
// arrives. Events carrying messages are filtered; ids, names and retry
// hints pass unchanged, so resumption with Last-Event-ID works against the
// upstream. A message the chain drops leaves no event behind.
func (p *PassProxy) relayEvents(w http.ResponseWriter, r *http.Request, resp *http.Response, f *Filter, local []byte) {
	rc := http.NewResponseController(w)
	out := sse.NewWriterFlush(w, rc.Flush)
	if local != nil {
		if err := out.WriteEvent(sse.Event{Data: local}); err != nil {
			return
		}
	} else if err := rc.Flush(); err != nil {
		return
	}
	in := sse.NewReader(resp.Body, int(p.max))
	for {
		ev, err := in.Next()
		if err != nil {
			if errors.Is(err, sse.ErrEventTooLarge) {
				p.logger.Warn("upstream event too large; dropped", "server", p.opts.Server, "error", err)
				continue
			}
			if !errors.Is(err, io.EOF) && r.Context().Err() == nil {
				p.logger.Warn("reading upstream event stream", "server", p.opts.Server, "error", err)
			}
			return
		}
		if (ev.Name == "" || ev.Name == "message") && len(ev.Data) > 0 {
			forward, back, ferr := f.Frame(r.Context(), guard.ToClient, ev.Data)
			if ferr != nil {
				p.logger.Warn("bad message from upstream", "server", p.opts.Server, "error", ferr)
			}
			p.answerUpstream(r, back)
			if forward == nil {
				if !ev.HasID {
					continue
				}
				// Keep the client's position in the stream.
				ev.Name, ev.Data = "", nil
			} else {
				ev.Data = forward
			}
		}
		if err := out.WriteEvent(ev); err != nil {
			return
		}
	}
}
