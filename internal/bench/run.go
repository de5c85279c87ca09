package bench

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"time"
)

// callTimeout bounds one call past the end of its window: a proxy that loses a response
// costs the run this long, once, and the cell reports the error.
const callTimeout = 30 * time.Second

// cell accumulates one (transport, concurrency, result size, setup) over the rounds.
type cell struct {
	transport   string
	conc, size  int
	setup       string
	unavailable string

	samples   []time.Duration
	calls     int64
	errors    int64
	firstErr  string
	respBytes int64
	wall      time.Duration

	cpu       time.Duration
	cpuOK     bool // every round had a CPU reading before and after
	cpuSource cpuSource
	rssBefore int64 // at the start of the first round
	rssAfter  int64 // at the end of the last round

	rounds []roundStat
}

type roundStat struct {
	Calls  int64 `json:"calls"`
	WallNS int64 `json:"wall_ns"`
	P50NS  int64 `json:"p50_ns"`
	CPUNS  int64 `json:"cpu_ns,omitempty"`
}

// results is everything one run measured.
type results struct {
	cfg         *config
	started     time.Time
	elapsed     time.Duration
	shield      string
	shieldErr   error
	templates   map[int]*callTemplate
	cells       []*cell
	setupsByEnv [][]*setup // per transport, for the whole-run proxy figures
	transports  []string
}

// run measures every scenario of cfg.
func run(ctx context.Context, cfg *config, log *slog.Logger) (*results, error) {
	res := &results{cfg: cfg, started: time.Now(), templates: make(map[int]*callTemplate)}
	for _, size := range cfg.sizes {
		t, err := newCallTemplate(size, cfg.requestSize)
		if err != nil {
			return nil, err
		}
		res.templates[size] = t
	}
	if slices.Contains(cfg.setups, setupShield) {
		tmp, err := os.MkdirTemp("", "mcpshield-bench-")
		if err != nil {
			return nil, fmt.Errorf("making a directory for the shield build: %w", err)
		}
		defer os.RemoveAll(tmp)
		if cfg.shieldPath == "" {
			log.Info("building the shield", "package", shieldPackage)
		}
		res.shield, res.shieldErr = resolveShield(ctx, cfg.shieldPath, tmp)
		if res.shieldErr != nil {
			log.Warn("shield unavailable", "err", res.shieldErr)
		}
	}
	for _, transport := range cfg.transports {
		e, err := startEnv(ctx, cfg, transport, res.shield, res.shieldErr)
		if err != nil {
			return nil, fmt.Errorf("starting the %s setups: %w", transport, err)
		}
		for _, s := range e.setups {
			if s.unavailable != "" {
				log.Warn("setup unavailable", "transport", transport, "setup", s.name, "reason", s.unavailable)
			}
		}
		settle(ctx, cfg, e, res.templates)
		for _, conc := range cfg.concs {
			for _, size := range cfg.sizes {
				if err := ctx.Err(); err != nil {
					e.close()
					return nil, fmt.Errorf("interrupted: %w", err)
				}
				cells := runScenario(ctx, cfg, e, res.templates[size], conc)
				for _, c := range cells {
					logCell(log, c)
				}
				res.cells = append(res.cells, cells...)
			}
		}
		for _, s := range e.setups {
			if s.proxy != nil && s.unavailable == "" {
				s.last = s.cpu.sample()
			}
		}
		e.close()
		res.setupsByEnv = append(res.setupsByEnv, e.setups)
		res.transports = append(res.transports, transport)
	}
	res.elapsed = time.Since(res.started)
	return res, nil
}

// settle runs every setup through every size at the highest concurrency for one warmup
// each, before anything is measured, so that the first scenario does not pay alone for
// heaps growing, connection pools filling and caches warming in the processes.
func settle(ctx context.Context, cfg *config, e *env, templates map[int]*callTemplate) {
	conc := slices.Max(cfg.concs)
	for _, s := range e.setups {
		for _, size := range cfg.sizes {
			if s.unavailable == "" && cfg.warmup > 0 {
				drive(ctx, s.caller, templates[size], conc, cfg.warmup, false)
			}
		}
	}
}

// runScenario measures every setup at one concurrency and size: rounds of one slice each,
// the setups' order rotated every round so that none always runs first or last.
func runScenario(ctx context.Context, cfg *config, e *env, t *callTemplate, conc int) []*cell {
	cells := make([]*cell, len(e.setups))
	for i, s := range e.setups {
		cells[i] = &cell{transport: e.transport, conc: conc, size: t.size, setup: s.name, cpuOK: s.proxy != nil, cpuSource: s.cpu.source}
	}
	for r := range cfg.rounds {
		for i := range e.setups {
			k := (i + r) % len(e.setups)
			s, c := e.setups[k], cells[k]
			if s.unavailable != "" || ctx.Err() != nil {
				continue
			}
			measureRound(ctx, cfg, s, c, t, conc)
			if s.proxy != nil && !s.proxy.alive() {
				s.unavailable = s.proxy.died().Error()
			}
		}
	}
	for i, s := range e.setups {
		if c := cells[i]; c.calls == 0 && c.errors == 0 {
			c.unavailable = s.unavailable
		}
	}
	return cells
}

// measureRound runs one warmup and one measured slice of s, read around by the proxy's
// CPU clock and memory.
func measureRound(ctx context.Context, cfg *config, s *setup, c *cell, t *callTemplate, conc int) {
	if cfg.warmup > 0 {
		w := drive(ctx, s.caller, t, conc, cfg.warmup, false)
		c.noteErrors(w)
	}
	var before, after sample
	if s.proxy != nil {
		before = s.cpu.sample()
	}
	d := drive(ctx, s.caller, t, conc, cfg.slice(), true)
	if s.proxy != nil {
		after = s.cpu.sample()
	}
	s.calls += d.calls
	if d.firstErr != nil && c.firstErr == "" && s.proxy != nil {
		d.firstErr = fmt.Errorf("%w (%s stderr: %s)", d.firstErr, s.proxy.name, s.proxy.tail.String())
	}
	c.noteErrors(d)
	c.calls += d.calls
	c.respBytes += d.bytes
	c.wall += d.wall
	rs := roundStat{Calls: d.calls, WallNS: int64(d.wall)}
	slices.Sort(d.samples)
	rs.P50NS = int64(percentile(d.samples, 50))
	c.samples = append(c.samples, d.samples...)
	if s.proxy != nil {
		if before.cpuErr != nil || after.cpuErr != nil {
			c.cpuOK = false
		} else {
			c.cpu += after.cpu - before.cpu
			rs.CPUNS = int64(after.cpu - before.cpu)
		}
		if c.rssBefore == 0 {
			c.rssBefore = before.rss
		}
		c.rssAfter = after.rss
	}
	c.rounds = append(c.rounds, rs)
}

func (c *cell) noteErrors(d driveResult) {
	c.errors += d.errors
	if c.firstErr == "" && d.firstErr != nil {
		c.firstErr = d.firstErr.Error()
	}
}

func logCell(log *slog.Logger, c *cell) {
	if c.unavailable != "" {
		return
	}
	p50, p99 := latencies(slices.Clone(c.samples))
	log.Info("measured", "transport", c.transport, "conc", c.conc, "size", c.size, "setup", c.setup,
		"calls", c.calls, "errors", c.errors, "p50", p50, "p99", p99,
		"calls/s", fmt.Sprintf("%.0f", float64(c.calls)/c.wall.Seconds()))
}
