package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

// demoSession is the scripted client's side of one stdio session with the
// demo server, through the shield's real relay and check chain: what
// `mcpshield run` does, with pipes in place of the client's stdin and stdout.
type demoSession struct {
	toShield   *io.PipeWriter
	fromShield *io.PipeReader
	lines      *jsonrpc.LineReader
	done       chan error // the relay's end
	stop       func() bool
	id         int
	// serverRequests are the methods of requests from the server that
	// reached the client (the demo client refuses them).
	serverRequests []string
}

// start ends the current session, if any, and starts the demo server again
// in phase (1, or 2 after the rug pull) behind a fresh chain: a new
// `mcpshield run` with the same pins.
func (d *demo) start(phase int) error {
	if err := d.endSession(); err != nil {
		return err
	}
	chain, err := d.g.chain(d.srv)
	if err != nil {
		return err
	}
	args := []string{"demo-server"}
	if phase > 1 {
		args = append(args, "--phase", strconv.Itoa(phase))
	}
	child, err := proxy.StartChild(d.ctx, proxy.Command{Path: d.srv.Command, Args: args, Stderr: d.std.Stderr}, d.logger)
	if err != nil {
		return fmt.Errorf("starting the demo server: %w", err)
	}
	clientIn, toShield := io.Pipe()
	fromShield, clientOut := io.Pipe()
	s := &demoSession{toShield: toShield, fromShield: fromShield, lines: jsonrpc.NewLineReader(fromShield, 64<<20), done: make(chan error, 1)}
	filter := proxy.NewFilter(chain, displayName(d.srv), "")
	go func() {
		s.done <- proxy.Relay(d.ctx, clientIn, clientOut, child, filter, proxy.StdioOptions{
			MaxMessageBytes: int(d.g.cfg.Limits.MaxMessageBytes), Grace: 2 * time.Second, Logger: d.logger,
		})
		clientOut.Close()
	}()
	// A shield that stops answering must not hang the demo.
	s.stop = context.AfterFunc(d.ctx, func() {
		clientIn.CloseWithError(d.ctx.Err())
		fromShield.CloseWithError(d.ctx.Err())
	})
	d.session = s
	return nil
}

// endSession closes the client's side of the session and waits for the
// relay to stop the server.
func (d *demo) endSession() error {
	s := d.session
	if s == nil {
		return nil
	}
	d.session = nil
	s.toShield.Close()
	s.fromShield.Close()
	err := <-s.done
	s.stop()
	if err != nil {
		d.logger.Debug("demo session ended", "error", err)
	}
	return d.ctx.Err()
}

// connect initializes the session and lists the tools.
func (d *demo) connect() (server string, tools map[string]string, err error) {
	m, err := d.request("initialize", `{"protocolVersion":"2025-06-18","capabilities":{"sampling":{}},"clientInfo":{"name":"demo-client","version":"1"}}`)
	if err != nil {
		return "", nil, err
	}
	server, _ = jsonrpc.String(jsonrpc.Member(jsonrpc.Member(m.Result, "serverInfo"), "name"))
	if _, err := d.session.toShield.Write([]byte(`{"jsonrpc":"2.0","method":"notifications/initialized"}` + "\n")); err != nil {
		return "", nil, fmt.Errorf("talking to the shield: %w", err)
	}
	tools, err = d.listTools()
	return server, tools, err
}

// listTools lists the tools the client is shown: name → description.
func (d *demo) listTools() (map[string]string, error) {
	m, err := d.request("tools/list", `{}`)
	if err != nil {
		return nil, err
	}
	var list struct {
		Tools []struct{ Name, Description string }
	}
	if err := json.Unmarshal(m.Result, &list); err != nil {
		return nil, fmt.Errorf("the client got a tools/list it cannot read: %w: %.200s", err, m.Raw)
	}
	tools := map[string]string{}
	for _, t := range list.Tools {
		tools[t.Name] = t.Description
	}
	return tools, nil
}

// call calls a tool with arguments (a JSON object).
func (d *demo) call(tool, arguments string) (*jsonrpc.Message, error) {
	return d.request("tools/call", fmt.Sprintf(`{"name":%s,"arguments":%s}`, jsonrpc.Quote(tool), arguments))
}

// request sends a request with the next id and returns the answer.
func (d *demo) request(method, params string) (*jsonrpc.Message, error) {
	d.session.id++
	return d.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%s,"params":%s}`, d.session.id, jsonrpc.Quote(method), params))
}

// send writes one line to the shield and reads until the answer arrives.
// Requests from the server on the way are refused and remembered.
func (d *demo) send(line string) (*jsonrpc.Message, error) {
	s := d.session
	if _, err := s.toShield.Write([]byte(line + "\n")); err != nil {
		return nil, fmt.Errorf("talking to the shield: %w", err)
	}
	for {
		raw, err := s.lines.Next()
		if err != nil {
			return nil, fmt.Errorf("reading from the shield: %w", err)
		}
		m, err := jsonrpc.Parse(append([]byte(nil), raw...))
		if err != nil {
			return nil, fmt.Errorf("the shield sent an invalid message: %w", err)
		}
		switch {
		case m.IsReply():
			return m, nil
		case m.Kind == jsonrpc.KindRequest:
			s.serverRequests = append(s.serverRequests, m.Method)
			refusal := jsonrpc.ErrorResponse(m.ID, jsonrpc.CodeMethodNotFound, "the demo client answers no "+m.Method, nil)
			if _, err := s.toShield.Write(append(refusal, '\n')); err != nil {
				return nil, fmt.Errorf("talking to the shield: %w", err)
			}
		}
	}
}

// resultText is the text content of a tool result, or the message of an
// error; denied reports whether the shield refused the call (the text then
// starts with "mcpshield: ", removed here).
func resultText(m *jsonrpc.Message) (text string, denied bool) {
	if m.Kind == jsonrpc.KindError {
		text, _ = jsonrpc.String(jsonrpc.Member(m.Error, "message"))
	} else {
		var r struct {
			Content []struct{ Type, Text string }
		}
		_ = json.Unmarshal(m.Result, &r)
		var parts []string
		for _, c := range r.Content {
			if c.Type == "text" {
				parts = append(parts, c.Text)
			}
		}
		text = strings.Join(parts, "\n")
	}
	rest, denied := strings.CutPrefix(text, "mcpshield: ")
	return rest, denied
}

// errorCode is the code of an error response, 0 for anything else.
func errorCode(m *jsonrpc.Message) int {
	if m.Kind != jsonrpc.KindError {
		return 0
	}
	code, _ := strconv.Atoi(string(jsonrpc.Member(m.Error, "code")))
	return code
}

// errDemoTimeout is the cause of the demo's deadline.
var errDemoTimeout = errors.New("the demo took too long (is the shield stuck?)")
