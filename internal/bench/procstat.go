package bench

import (
	"fmt"
	"time"
)

// A proxy's cost is read from the kernel, for the proxy process only (its children, such
// as the server behind a stdio proxy, are not counted).
//
// CPU time comes from the process CPU clock (clock_gettime on the clock id of another
// process): nanoseconds, summed over all threads, exited ones included. /proc/PID/schedstat
// is not used: it counts the main thread only, a fraction of a Go program's time. The
// fallback is utime+stime from /proc/PID/stat, in USER_HZ ticks.

// cpuSource names where CPU times come from, for the report.
type cpuSource string

const (
	cpuFromClock cpuSource = "clock_gettime process CPU clock (ns, all threads)"
	cpuFromStat  cpuSource = "/proc/PID/stat utime+stime (10 ms ticks)"
	cpuNone      cpuSource = "unavailable"
)

// cpuReader reads one process's CPU time from the best source that works for it.
type cpuReader struct {
	pid    int
	source cpuSource
}

// newCPUReader picks the source: the process CPU clock if it can be read, else /proc stat.
func newCPUReader(pid int) cpuReader {
	if _, err := clockCPU(pid); err == nil {
		return cpuReader{pid: pid, source: cpuFromClock}
	}
	if _, err := statCPU(pid); err == nil {
		return cpuReader{pid: pid, source: cpuFromStat}
	}
	return cpuReader{pid: pid, source: cpuNone}
}

func (c cpuReader) read() (time.Duration, error) {
	switch c.source {
	case cpuFromClock:
		return clockCPU(c.pid)
	case cpuFromStat:
		return statCPU(c.pid)
	}
	return 0, fmt.Errorf("no CPU time source for process %d", c.pid)
}

// sample is one reading of a proxy process.
type sample struct {
	cpu    time.Duration
	cpuErr error
	rss    int64 // bytes; 0 if unknown
}

func (c cpuReader) sample() sample {
	var s sample
	s.cpu, s.cpuErr = c.read()
	if rss, err := processRSS(c.pid); err == nil {
		s.rss = rss
	}
	return s
}
