package bench

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// writeMarkdown prints the report as a paragraph saying what was measured, one table, the
// command that reproduces it, and notes for setups that could not be measured or failed.
func writeMarkdown(w io.Writer, r *report) error {
	var b strings.Builder
	reqs := make([]string, 0, len(r.Requests))
	for _, q := range r.Requests {
		reqs = append(reqs, strconv.Itoa(q.RequestBytes))
	}
	cpuSrc := ""
	for _, c := range r.Cells {
		if c.CPUSource != "" {
			cpuSrc = c.CPUSource
			break
		}
	}
	fmt.Fprintf(&b, "mcpshield-bench, %s/%s, %d CPUs (GOMAXPROCS %d), %s", r.OS, r.Arch, r.NumCPU, r.GOMAXPROCS, r.GoVersion)
	if r.Kernel != "" {
		fmt.Fprintf(&b, ", Linux %s", r.Kernel)
	}
	fmt.Fprintf(&b, ", %s. Each cell: %v measured over %d interleaved rounds (setups round-robin, order rotated each round), %v warmup per round. "+
		"Request: tools/call of %s bytes; result: one text block of the size shown. "+
		"floor = bare `httputil.ReverseProxy` (HTTP) or `io.Copy` relay (stdio), no checks, own process. "+
		"+p50/+p99 and throughput are against direct; CPU is the proxy process's own CPU time per call",
		r.Started.Format("2006-01-02"), time.Duration(r.DurationNS), r.Rounds, time.Duration(r.WarmupNS), strings.Join(reqs, "/"))
	if cpuSrc != "" {
		fmt.Fprintf(&b, " (%s)", cpuSrc)
	}
	b.WriteString("; RSS of the proxy before the cell's first round and after its last.\n\n")

	b.WriteString("| transport | conc | result | setup | calls | p50 ms | p99 ms | calls/s | +p50 ms | +p99 ms | thr vs direct | CPU µs/call | CPU vs floor | RSS MiB |\n")
	b.WriteString("|---|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	var notes []string
	note := func(s string) int {
		if i := slices.Index(notes, s); i >= 0 {
			return i + 1
		}
		notes = append(notes, s)
		return len(notes)
	}
	for _, c := range r.Cells {
		fmt.Fprintf(&b, "| %s | %d | %s | %s | ", c.Transport, c.Concurrency, sizeLabel(c.ResultBytes), c.Setup)
		if c.Calls == 0 {
			reason := c.Unavailable
			if reason == "" {
				reason = c.FirstError
			}
			fmt.Fprintf(&b, "unavailable [%d] | — | — | — | — | — | — | — | — | — |\n", note(c.Setup+" ("+c.Transport+"): "+reason))
			continue
		}
		calls := strconv.FormatInt(c.Calls, 10)
		if c.Errors > 0 {
			calls += fmt.Sprintf(" (%d err [%d])", c.Errors, note(c.Setup+" ("+c.Transport+"): "+c.FirstError))
		}
		fmt.Fprintf(&b, "%s | %s | %s | %.0f | %s | %s | %s | %s | %s | %s |\n",
			calls, ms(c.P50NS), ms(c.P99NS), c.Throughput,
			signedMS(c.AddedP50NS), signedMS(c.AddedP99NS), times(c.ThroughputRatio),
			micro(c.CPUPerCallNS), times(c.CPUVsFloor), rss(c.RSSBefore, c.RSSAfter))
	}
	fmt.Fprintf(&b, "\nReproduce: `go run ./cmd/mcpshield-bench")
	for _, a := range r.Args {
		b.WriteString(" " + shellQuote(a))
	}
	b.WriteString("`\n")
	if len(r.Proxies) > 0 {
		b.WriteString("\nProxy memory over the whole run (RSS at session start → end):")
		for i, p := range r.Proxies {
			if i > 0 {
				b.WriteString(";")
			}
			fmt.Fprintf(&b, " %s %s %s after %d calls", p.Transport, p.Setup, rss(p.RSSStart, p.RSSEnd), p.Calls)
		}
		b.WriteString(".\n")
	}
	if len(notes) > 0 {
		b.WriteString("\n")
		for i, n := range notes {
			fmt.Fprintf(&b, "[%d] %s\n", i+1, oneLine(n))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func sizeLabel(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}

func ms(ns int64) string { return fmt.Sprintf("%.3f", float64(ns)/1e6) }

func signedMS(ns *int64) string {
	if ns == nil {
		return "—"
	}
	return fmt.Sprintf("%+.3f", float64(*ns)/1e6)
}

func times(v *float64) string {
	if v == nil {
		return "—"
	}
	return fmt.Sprintf("%.2f×", *v)
}

func micro(ns *float64) string {
	if ns == nil {
		return "—"
	}
	return fmt.Sprintf("%.1f", *ns/1e3)
}

func rss(before, after int64) string {
	if before == 0 && after == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f→%.1f", float64(before)/(1<<20), float64(after)/(1<<20))
}

// oneLine keeps a note on one Markdown line.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 600 {
		s = strings.ToValidUTF8(s[:600], "") + "..."
	}
	return s
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=,:", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
