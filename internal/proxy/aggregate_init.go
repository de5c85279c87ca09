package proxy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// initialize starts every upstream for the client's initialize request m.
func (a *aggConn) initialize(m *jsonrpc.Message) {
	a.mu.Lock()
	st := a.state
	if st == aggNew {
		a.state = aggStarting
	}
	a.mu.Unlock()
	if st != aggNew {
		a.replyErr(m.ID, jsonrpc.CodeInvalidRequest, "mcpshield: the session is already initialized", nil)
		return
	}
	a.spawn(func() { a.start(m) })
}

// start dials and initializes every upstream at once, then answers the
// client with what they have in common.
func (a *aggConn) start(m *jsonrpc.Message) {
	cfgs := a.opts.Upstreams
	ups := make([]*aggUp, len(cfgs))
	errs := make([]error, len(cfgs))
	var wg sync.WaitGroup
	for i, cfg := range cfgs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeoutCause(a.ctx, a.opts.DialTimeout,
				fmt.Errorf("no answer within %v", a.opts.DialTimeout))
			defer cancel()
			ups[i], errs[i] = a.startUp(ctx, cfg, m.Params)
		}()
	}
	wg.Wait()

	var live []*aggUp
	var failed []string
	for i, up := range ups {
		if up == nil {
			a.logger.Warn("upstream server failed to start; left out of this session",
				"server", cfgs[i].Name, "error", errs[i])
			failed = append(failed, fmt.Sprintf("%s: %v", cfgs[i].Name, errs[i]))
			continue
		}
		live = append(live, up)
	}
	a.mu.Lock()
	if a.closing {
		a.mu.Unlock()
		return // Close ends what was started
	}
	if len(live) == 0 {
		a.state, a.early = aggNew, nil // the client may try again
		a.mu.Unlock()
		a.replyErr(m.ID, jsonrpc.CodeUpstream,
			"mcpshield: no upstream server could be started: "+strings.Join(failed, "; "), nil)
		return
	}
	a.ups = live
	// The client may send its next request as soon as it reads the
	// answer, before the held messages below are out: it is ready for
	// the client from here on.
	a.answered = true
	a.mu.Unlock()
	a.reply(jsonrpc.ResultResponse(m.ID, a.mergeInit(m.Params, live)))
	// What the upstreams said meanwhile goes next, then the readers go on.
	a.mu.Lock()
	a.state = aggReady
	early := a.early
	a.early = nil
	a.mu.Unlock()
	for _, e := range early {
		if !e.up.isDead() {
			a.dispatch(e.up, e.m)
		}
	}
	close(a.ready)
	if len(a.live()) == 0 {
		a.end(errors.New("every upstream server ended during initialization"))
	}
}

// startUp dials one upstream and runs the initialize handshake with it,
// with the client's own initialize params.
func (a *aggConn) startUp(ctx context.Context, cfg AggregateUpstream, params []byte) (*aggUp, error) {
	conn, err := cfg.Dial(ctx)
	if err != nil {
		return nil, fmt.Errorf("dialing: %w", err)
	}
	up, ok := a.adopt(cfg, conn)
	if !ok {
		conn.Close() //nolint:errcheck // the session is closing
		return nil, errors.New("the session is closing")
	}
	res, err := up.call(ctx, "initialize", params)
	if err == nil && res.Kind == jsonrpc.KindError {
		err = fmt.Errorf("the server answered %s", errorText(res.Error))
	}
	if err != nil {
		up.close()
		return nil, fmt.Errorf("initialize: %w", err)
	}
	up.mu.Lock()
	up.version, _ = jsonrpc.String(jsonrpc.Member(res.Result, "protocolVersion"))
	up.caps = jsonrpc.Member(res.Result, "capabilities")
	up.instructions, _ = jsonrpc.String(jsonrpc.Member(res.Result, "instructions"))
	up.mu.Unlock()
	up.submit(aggNotification("notifications/initialized", nil), "")
	return up, nil
}

// has reports whether the upstream declared the server capability name.
func (up *aggUp) has(name string) bool {
	up.mu.Lock()
	defer up.mu.Unlock()
	return jsonrpc.Member(up.caps, name) != nil
}

// aggInitResult is the endpoint's initialize result.
type aggInitResult struct {
	ProtocolVersion string         `json:"protocolVersion"`
	Capabilities    map[string]any `json:"capabilities"`
	ServerInfo      struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	} `json:"serverInfo"`
	Instructions string `json:"instructions,omitempty"`
}

// mergeInit builds the initialize result from the upstreams': the client's
// protocol version if every upstream took it, else the lowest they chose;
// the union of their capabilities; their instructions, each headed by the
// server's name.
//
// Every list capability declares listChanged, whatever the upstreams said:
// the aggregated list changes when an upstream ends, and the client is told.
// Capabilities the endpoint cannot route (experimental, tasks, extensions)
// are left out.
func (a *aggConn) mergeInit(params []byte, ups []*aggUp) []byte {
	var r aggInitResult
	r.ProtocolVersion, _ = jsonrpc.String(jsonrpc.Member(params, "protocolVersion"))
	r.ServerInfo.Name, r.ServerInfo.Version = "mcpshield", a.opts.Version
	r.Capabilities = make(map[string]any)
	var instr []string
	subscribe := false
	for _, up := range ups {
		up.mu.Lock()
		v, caps, in := up.version, up.caps, up.instructions
		up.mu.Unlock()
		if v != "" && (r.ProtocolVersion == "" || v < r.ProtocolVersion) {
			r.ProtocolVersion = v
		}
		for _, name := range []string{"tools", "prompts", "resources"} {
			if jsonrpc.Member(caps, name) != nil {
				r.Capabilities[name] = map[string]any{"listChanged": true}
			}
		}
		for _, name := range []string{"logging", "completions"} {
			if jsonrpc.Member(caps, name) != nil {
				r.Capabilities[name] = struct{}{}
			}
		}
		if string(jsonrpc.Member(jsonrpc.Member(caps, "resources"), "subscribe")) == "true" {
			subscribe = true
		}
		if in = strings.TrimSpace(in); in != "" {
			instr = append(instr, up.name+": "+in)
		}
	}
	if res, ok := r.Capabilities["resources"].(map[string]any); ok && subscribe {
		res["subscribe"] = true
	}
	r.Instructions = strings.Join(instr, "\n\n")
	b, err := json.Marshal(&r)
	if err != nil {
		panic(err) // cannot fail: strings, maps of bools
	}
	return b
}
