package bench

import (
	"os"
	"runtime"
	"slices"
	"strings"
	"time"
)

// report is the run's figures, as -json writes them and the Markdown table shows them.
// Durations are in nanoseconds; optional figures are absent when they do not apply (no
// direct cell to compare with, no CPU reading, a setup that is not a proxy).
type report struct {
	Tool              string        `json:"tool"`
	Started           time.Time     `json:"started"`
	ElapsedNS         int64         `json:"elapsed_ns"`
	Args              []string      `json:"args"`
	GoVersion         string        `json:"go_version"`
	OS                string        `json:"os"`
	Arch              string        `json:"arch"`
	NumCPU            int           `json:"num_cpu"`
	GOMAXPROCS        int           `json:"gomaxprocs"`
	Kernel            string        `json:"kernel,omitempty"`
	DurationNS        int64         `json:"duration_per_cell_ns"`
	WarmupNS          int64         `json:"warmup_per_round_ns"`
	Rounds            int           `json:"rounds"`
	Requests          []requestSize `json:"requests"`
	Shield            string        `json:"shield,omitempty"`
	ShieldArgs        []string      `json:"shield_args,omitempty"`
	ShieldUnavailable string        `json:"shield_unavailable,omitempty"`
	Cells             []cellReport  `json:"cells"`
	Proxies           []proxyReport `json:"proxies"`
}

type requestSize struct {
	ResultBytes  int `json:"result_bytes"`
	RequestBytes int `json:"request_bytes"` // with a four-digit id
}

type cellReport struct {
	Transport     string  `json:"transport"`
	Concurrency   int     `json:"concurrency"`
	ResultBytes   int     `json:"result_bytes"`
	Setup         string  `json:"setup"`
	Unavailable   string  `json:"unavailable,omitempty"`
	Calls         int64   `json:"calls"`
	Errors        int64   `json:"errors"`
	FirstError    string  `json:"first_error,omitempty"`
	ResponseBytes int64   `json:"response_bytes_mean"`
	WallNS        int64   `json:"wall_ns"`
	P50NS         int64   `json:"p50_ns"`
	P99NS         int64   `json:"p99_ns"`
	Throughput    float64 `json:"calls_per_sec"`

	AddedP50NS      *int64   `json:"added_p50_ns,omitempty"`
	AddedP99NS      *int64   `json:"added_p99_ns,omitempty"`
	ThroughputRatio *float64 `json:"throughput_vs_direct,omitempty"`
	CPUPerCallNS    *float64 `json:"cpu_ns_per_call,omitempty"`
	CPUSource       string   `json:"cpu_source,omitempty"`
	CPUVsFloor      *float64 `json:"cpu_vs_floor,omitempty"`
	RSSBefore       int64    `json:"rss_before_bytes,omitempty"`
	RSSAfter        int64    `json:"rss_after_bytes,omitempty"`

	Rounds []roundStat `json:"rounds,omitempty"`
}

// proxyReport is one proxy process over the whole run of its transport: memory when its
// session opened and at the end, after every measured call.
type proxyReport struct {
	Transport string `json:"transport"`
	Setup     string `json:"setup"`
	Calls     int64  `json:"calls"`
	RSSStart  int64  `json:"rss_start_bytes,omitempty"`
	RSSEnd    int64  `json:"rss_end_bytes,omitempty"`
	CPUNS     int64  `json:"cpu_ns,omitempty"` // over the whole run, warmups and handshakes included
}

// newReport derives every figure from the raw results.
func newReport(res *results) *report {
	cfg := res.cfg
	r := &report{
		Tool:       "mcpshield-bench",
		Started:    res.started,
		ElapsedNS:  int64(res.elapsed),
		Args:       cfg.argv,
		GoVersion:  runtime.Version(),
		OS:         runtime.GOOS,
		Arch:       runtime.GOARCH,
		NumCPU:     runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0),
		Kernel:     kernelRelease(),
		DurationNS: int64(cfg.duration),
		WarmupNS:   int64(cfg.warmup),
		Rounds:     cfg.rounds,
		Shield:     res.shield,
		ShieldArgs: cfg.shieldArgs,
	}
	if res.shieldErr != nil {
		r.ShieldUnavailable = res.shieldErr.Error()
	}
	for _, size := range cfg.sizes {
		t := res.templates[size]
		r.Requests = append(r.Requests, requestSize{ResultBytes: size, RequestBytes: len(t.appendCall(nil, 1000))})
	}
	for _, c := range res.cells {
		r.Cells = append(r.Cells, c.report())
	}
	r.compare()
	for i, setups := range res.setupsByEnv {
		for _, s := range setups {
			if s.proxy == nil || s.unavailable != "" && s.calls == 0 {
				continue
			}
			p := proxyReport{Transport: res.transports[i], Setup: s.name, Calls: s.calls, RSSStart: s.first.rss, RSSEnd: s.last.rss}
			if s.first.cpuErr == nil && s.last.cpuErr == nil && s.last.cpu > 0 {
				p.CPUNS = int64(s.last.cpu - s.first.cpu)
			}
			r.Proxies = append(r.Proxies, p)
		}
	}
	return r
}

func (c *cell) report() cellReport {
	cr := cellReport{
		Transport:   c.transport,
		Concurrency: c.conc,
		ResultBytes: c.size,
		Setup:       c.setup,
		Unavailable: c.unavailable,
		Calls:       c.calls,
		Errors:      c.errors,
		FirstError:  c.firstErr,
		WallNS:      int64(c.wall),
		RSSBefore:   c.rssBefore,
		RSSAfter:    c.rssAfter,
		Rounds:      c.rounds,
	}
	if c.calls > 0 {
		cr.ResponseBytes = c.respBytes / c.calls
		p50, p99 := latencies(c.samples)
		cr.P50NS, cr.P99NS = int64(p50), int64(p99)
	}
	if c.wall > 0 {
		cr.Throughput = float64(c.calls) / c.wall.Seconds()
	}
	if c.cpuOK && c.calls > 0 {
		v := float64(c.cpu) / float64(c.calls)
		cr.CPUPerCallNS = &v
		cr.CPUSource = string(c.cpuSource)
	}
	return cr
}

// compare fills in each proxy cell's figures relative to direct and to the floor of the
// same transport, concurrency and size.
func (r *report) compare() {
	find := func(c cellReport, setup string) *cellReport {
		i := slices.IndexFunc(r.Cells, func(o cellReport) bool {
			return o.Transport == c.Transport && o.Concurrency == c.Concurrency && o.ResultBytes == c.ResultBytes &&
				o.Setup == setup && o.Calls > 0
		})
		if i < 0 {
			return nil
		}
		return &r.Cells[i]
	}
	for i := range r.Cells {
		c := &r.Cells[i]
		if c.Setup == setupDirect || c.Calls == 0 {
			continue
		}
		if d := find(*c, setupDirect); d != nil {
			p50, p99 := c.P50NS-d.P50NS, c.P99NS-d.P99NS
			c.AddedP50NS, c.AddedP99NS = &p50, &p99
			if d.Throughput > 0 {
				v := c.Throughput / d.Throughput
				c.ThroughputRatio = &v
			}
		}
		if c.Setup == setupShield && c.CPUPerCallNS != nil {
			if f := find(*c, setupFloor); f != nil && f.CPUPerCallNS != nil && *f.CPUPerCallNS > 0 {
				v := *c.CPUPerCallNS / *f.CPUPerCallNS
				c.CPUVsFloor = &v
			}
		}
	}
}

// kernelRelease is the running kernel's release, where /proc says it.
func kernelRelease() string {
	b, err := os.ReadFile("/proc/sys/kernel/osrelease")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}
