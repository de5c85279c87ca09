//go:build unix

package jsonwalk

import (
	"syscall"
	"testing"
	"time"
)

// cpuThroughput starts measuring the CPU time of the process and returns a
// function that reports the benchmark's throughput per CPU second as
// cpu-MB/s: on a shared machine the wall-clock MB/s says how busy the
// neighbours were, the CPU time what the code costs (GC work included).
func cpuThroughput(b *testing.B, size int) func() {
	start := cpuTime()
	return func() {
		if used := cpuTime() - start; used > 0 && b.N > 0 {
			b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
		}
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
