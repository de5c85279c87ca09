//go:build linux

package bench

import (
	"os"
	"testing"
	"time"
)

func TestOwnProcessReadings(t *testing.T) {
	pid := os.Getpid()
	r := newCPUReader(pid)
	if r.source != cpuFromClock {
		t.Fatalf("got CPU source %q; want the process CPU clock", r.source)
	}
	before, err := r.read()
	if err != nil {
		t.Fatal(err)
	}
	x := 0
	for i := range 20_000_000 { // some CPU work, so that the clock must move
		x ^= i * i
	}
	after, err := r.read()
	if err != nil {
		t.Fatal(err)
	}
	if before <= 0 || after <= before {
		t.Errorf("process CPU clock: got %v then %v (x=%d); want positive and increasing", before, after, x)
	}
	ticks, err := statCPU(pid)
	if err != nil {
		t.Fatal(err)
	}
	if ticks < 0 || ticks%(time.Second/userHZ) != 0 {
		t.Errorf("/proc stat CPU: got %v; want a whole number of ticks", ticks)
	}
	rss, err := processRSS(pid)
	if err != nil {
		t.Fatal(err)
	}
	if rss <= 0 {
		t.Errorf("RSS: got %d; want positive", rss)
	}
	s := r.sample()
	if s.cpuErr != nil || s.rss <= 0 {
		t.Errorf("sample: got %+v", s)
	}
}

func TestParseStatCPU(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"plain", "123 (go) S 1 123 123 0 -1 4194560 100 0 0 0 250 37 0 0 20 0 8 0 100 0 0", 2870 * time.Millisecond, false},
		{"name with spaces and parens", "9 (a) b (c)) R 1 9 9 0 -1 0 0 0 0 0 5 6 0 0", 110 * time.Millisecond, false},
		{"no name", "123 go S 1", 0, true},
		{"short", "1 (x) S 1 2 3", 0, true},
		{"not a number", "1 (x) S 1 1 1 0 -1 0 0 0 0 0 ab 1 0", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseStatCPU([]byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("got error %v; want error %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
}
