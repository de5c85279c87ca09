package bench

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

const (
	transportHTTP  = "http"
	transportStdio = "stdio"
)

// config is one benchmark run, from the command line.
type config struct {
	duration    time.Duration // measured time per cell, split evenly over the rounds
	warmup      time.Duration // unmeasured calls before each round of each cell
	rounds      int
	transports  []string
	concs       []int
	sizes       []int // result bytes
	setups      []string
	requestSize int
	shieldPath  string   // "" builds ./cmd/mcpshield
	shieldArgs  []string // extra arguments after serve / run
	jsonPath    string
	quiet       bool

	self string   // this binary, re-executed for the server and the floors
	argv []string // the flags as given, for the report's reproduce line
}

// slice is the measured time of one cell in one round.
func (c *config) slice() time.Duration { return c.duration / time.Duration(c.rounds) }

// parseConfig reads the flags. Problems are all reported at once.
func parseConfig(args []string, stderr io.Writer) (*config, error) {
	c := &config{argv: args}
	fs := flag.NewFlagSet("mcpshield-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `usage: mcpshield-bench [flags]

Measures an MCP client's calls direct to a server, through a bare proxy with no checks (the
floor: httputil.ReverseProxy for HTTP, an io.Copy relay for stdio) and through mcpshield,
interleaved round-robin in one run. Prints a Markdown table; -json writes every figure.

flags:
`)
		fs.PrintDefaults()
	}
	fs.DurationVar(&c.duration, "duration", 2*time.Second, "measured time per cell (transport, concurrency, size, setup), split over the rounds")
	fs.DurationVar(&c.warmup, "warmup", 200*time.Millisecond, "unmeasured calls before each round of each cell")
	fs.IntVar(&c.rounds, "rounds", 3, "interleaved rounds per scenario; the setups' order rotates each round")
	only := fs.String("only", "", "measure one transport: http or stdio (default both)")
	concs := fs.String("conc", "1,16", "concurrent calls in flight, comma-separated")
	sizes := fs.String("sizes", "4096,262144", "tools/call result sizes in bytes, comma-separated")
	setups := fs.String("setups", strings.Join(allSetups[:], ","), "setups to measure, comma-separated, of direct, floor, shield")
	fs.IntVar(&c.requestSize, "request", 1024, "tools/call request size in bytes (arguments padded with text)")
	fs.StringVar(&c.shieldPath, "shield", "", "mcpshield binary `PATH` (default: build ./cmd/mcpshield into a temporary directory)")
	shieldArgs := fs.String("shield-args", "", "extra arguments after `serve` or `run`, space-separated (e.g. \"--config shield.yaml\")")
	fs.StringVar(&c.jsonPath, "json", "", "also write every figure as JSON to `FILE`")
	fs.BoolVar(&c.quiet, "q", false, "no progress on stderr")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	var errs []error
	if fs.NArg() > 0 {
		errs = append(errs, fmt.Errorf("unexpected arguments %q", fs.Args()))
	}
	switch *only {
	case "", "both":
		c.transports = []string{transportHTTP, transportStdio}
	case transportHTTP, transportStdio:
		c.transports = []string{*only}
	default:
		errs = append(errs, fmt.Errorf("-only %q: want http or stdio", *only))
	}
	var err error
	if c.concs, err = parseInts("-conc", *concs, 1, 1024); err != nil {
		errs = append(errs, err)
	}
	if c.sizes, err = parseInts("-sizes", *sizes, 0, maxResultSize); err != nil {
		errs = append(errs, err)
	}
	for _, s := range strings.Split(*setups, ",") {
		s = strings.TrimSpace(s)
		if !slices.Contains(allSetups[:], s) {
			errs = append(errs, fmt.Errorf("-setups: unknown setup %q, want direct, floor or shield", s))
		} else if !slices.Contains(c.setups, s) {
			c.setups = append(c.setups, s)
		}
	}
	slices.SortFunc(c.setups, func(a, b string) int { return slices.Index(allSetups[:], a) - slices.Index(allSetups[:], b) })
	c.shieldArgs = strings.Fields(*shieldArgs)
	if c.rounds < 1 {
		errs = append(errs, fmt.Errorf("-rounds %d: want at least 1", c.rounds))
	}
	if c.duration <= 0 {
		errs = append(errs, fmt.Errorf("-duration %v: want more than 0", c.duration))
	}
	if c.warmup < 0 {
		errs = append(errs, fmt.Errorf("-warmup %v: want 0 or more", c.warmup))
	}
	if c.requestSize < 0 || c.requestSize > maxResultSize {
		errs = append(errs, fmt.Errorf("-request %d: want 0 to %d", c.requestSize, maxResultSize))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return c, nil
}

// parseInts reads a comma-separated list of integers in [lo, hi], without duplicates.
func parseInts(name, s string, lo, hi int) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("%s %q: %w", name, s, err)
		}
		if n < lo || n > hi {
			return nil, fmt.Errorf("%s: %d out of range [%d, %d]", name, n, lo, hi)
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out, nil
}
