package bench

import (
	"context"
	"fmt"
	"net"
	"slices"
	"time"
)

// Setup names, in the order the report lists them.
const (
	setupDirect = "direct"
	setupFloor  = "floor"
	setupShield = "shield"
)

var allSetups = [...]string{setupDirect, setupFloor, setupShield}

// startTimeout bounds starting one setup: its processes and its session's handshake.
const startTimeout = 30 * time.Second

// setup is one way of reaching the server: direct, through the floor, through the shield.
type setup struct {
	name        string
	caller      caller    // nil when unavailable
	proxy       *proc     // the process whose cost is measured; nil for direct
	cpu         cpuReader // of proxy
	unavailable string    // why it is not measured; "" when it is
	first, last sample    // proxy readings when its session opened and when the run ended
	calls       int64     // calls measured through it, warmups excluded
}

// env is all that runs for one transport.
type env struct {
	transport string
	setups    []*setup
	procs     []*proc
	viaStdin  []bool // per proc: stops when its stdin closes
}

func (e *env) add(p *proc, viaStdin bool) {
	e.procs = append(e.procs, p)
	e.viaStdin = append(e.viaStdin, viaStdin)
}

// close ends every session, then stops every process, proxies before servers.
func (e *env) close() {
	for _, s := range e.setups {
		if s.caller != nil {
			_ = s.caller.close() // the processes are stopped next regardless
		}
	}
	for i, p := range slices.Backward(e.procs) {
		p.stop(2*time.Second, e.viaStdin[i])
	}
}

// startEnv starts the server(s) and one setup per name for a transport. A setup that cannot
// start is kept, marked unavailable; only a server that cannot start is an error.
func startEnv(ctx context.Context, cfg *config, transport, shield string, shieldErr error) (*env, error) {
	e := &env{transport: transport}
	var upstream string
	if transport == transportHTTP {
		p, err := startProc("bench server", []string{cfg.self, "server", "-http", "127.0.0.1:0"}, true)
		if err != nil {
			return nil, err
		}
		e.add(p, false)
		sctx, cancel := context.WithTimeout(ctx, startTimeout)
		addr, err := p.announced(sctx)
		cancel()
		if err != nil {
			e.close()
			return nil, err
		}
		upstream = "http://" + addr
	}
	for _, name := range cfg.setups {
		s := &setup{name: name}
		sctx, cancel := context.WithTimeout(ctx, startTimeout)
		var err error
		if name == setupShield && shieldErr != nil {
			err = shieldErr
		} else if transport == transportHTTP {
			err = e.startHTTP(sctx, cfg, s, upstream, shield)
		} else {
			err = e.startStdio(sctx, cfg, s, shield)
		}
		cancel()
		if err != nil {
			s.unavailable = err.Error()
			s.caller = nil
		} else if s.proxy != nil {
			s.cpu = newCPUReader(s.proxy.pid())
			s.first = s.cpu.sample()
		}
		e.setups = append(e.setups, s)
	}
	return e, nil
}

func (e *env) startHTTP(ctx context.Context, cfg *config, s *setup, upstream, shield string) error {
	url := upstream + "/mcp"
	switch s.name {
	case setupFloor:
		p, err := startProc("floor proxy", []string{cfg.self, "floor-proxy", "-listen", "127.0.0.1:0", "-upstream", upstream}, true)
		if err != nil {
			return err
		}
		e.add(p, false)
		s.proxy = p
		addr, err := p.announced(ctx)
		if err != nil {
			return err
		}
		url = "http://" + addr + "/mcp"
	case setupShield:
		listen, err := freeAddr()
		if err != nil {
			return err
		}
		p, err := startProc("shield", shieldHTTPArgs(shield, cfg.shieldArgs, listen, upstream+"/mcp"), false)
		if err != nil {
			return err
		}
		e.add(p, false)
		s.proxy = p
		if err := waitListening(ctx, listen, p); err != nil {
			return err
		}
		url = "http://" + listen + "/mcp"
	}
	c, err := openHTTP(ctx, url, slices.Max(cfg.concs))
	if err != nil {
		return s.failed(err)
	}
	s.caller = c
	return nil
}

func (e *env) startStdio(ctx context.Context, cfg *config, s *setup, shield string) error {
	server := []string{cfg.self, "server"}
	argv := server
	switch s.name {
	case setupFloor:
		argv = append([]string{cfg.self, "floor-relay", "--"}, server...)
	case setupShield:
		argv = shieldStdioArgs(shield, cfg.shieldArgs, server)
	}
	p, err := startProc(s.name+" (stdio)", argv, true)
	if err != nil {
		return err
	}
	e.add(p, true)
	if s.name != setupDirect {
		s.proxy = p
	}
	c, err := openStdio(ctx, p.stdin, p.stdout)
	if err != nil {
		return s.failedProc(err, p)
	}
	s.caller = c
	return nil
}

// failed adds to err how the proxy process ended, if it did.
func (s *setup) failed(err error) error {
	if s.proxy != nil {
		return s.failedProc(err, s.proxy)
	}
	return err
}

func (s *setup) failedProc(err error, p *proc) error {
	select {
	case <-p.exited:
		return fmt.Errorf("%w; %w", err, p.died())
	case <-time.After(100 * time.Millisecond): // give a dying process the time to be reaped
		return err
	}
}

// freeAddr returns a loopback address with a port free at the time of the call.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("finding a free port: %w", err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		return "", fmt.Errorf("finding a free port: %w", err)
	}
	return addr, nil
}

// waitListening waits until addr accepts connections, or p exits, or ctx ends.
func waitListening(ctx context.Context, addr string, p *proc) error {
	var d net.Dialer
	for {
		c, err := d.DialContext(ctx, "tcp", addr)
		if err == nil {
			return c.Close()
		}
		select {
		case <-p.exited:
			return p.died()
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s to listen on %s: %w", p.name, addr, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
