package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/bench"
)

// asMain makes the test binary act as mcpshield-bench, so that the processes the bench
// starts from its own executable (server, floor-proxy, floor-relay) are real.
const asMain = "MCPSHIELD_BENCH_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMain) == "1" {
		os.Exit(bench.Main(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// cellJSON is the part of a -json cell the smoke tests check.
type cellJSON struct {
	Transport       string   `json:"transport"`
	Concurrency     int      `json:"concurrency"`
	ResultBytes     int      `json:"result_bytes"`
	Setup           string   `json:"setup"`
	Unavailable     string   `json:"unavailable"`
	Calls           int64    `json:"calls"`
	Errors          int64    `json:"errors"`
	FirstError      string   `json:"first_error"`
	ResponseBytes   int64    `json:"response_bytes_mean"`
	ThroughputRatio *float64 `json:"throughput_vs_direct"`
	CPUPerCallNS    *float64 `json:"cpu_ns_per_call"`
	CPUVsFloor      *float64 `json:"cpu_vs_floor"`
}

// runBench runs the whole tool in this process; the processes it starts are this test
// binary acting as mcpshield-bench. It checks every cell, the shield's as measured or as
// unavailable, and returns them.
func runBench(t *testing.T, shieldWorks bool, args ...string) []cellJSON {
	t.Helper()
	t.Setenv(asMain, "1") // inherited by the processes the bench starts
	out := filepath.Join(t.TempDir(), "bench.json")
	var stdout, stderr bytes.Buffer
	code := bench.Main(t.Context(), append(args, "-json", out, "-q"), nil, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s\nstdout:\n%s", code, stderr.String(), stdout.String())
	}
	if !strings.Contains(stdout.String(), "| transport | conc | result | setup |") {
		t.Errorf("no Markdown table in the output:\n%s", stdout.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Cells []cellJSON `json:"cells"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Cells {
		if c.Setup == "shield" && !shieldWorks {
			if c.Unavailable == "" || c.Calls != 0 {
				t.Errorf("%s/shield: got %d calls, unavailable %q; want it unavailable", c.Transport, c.Calls, c.Unavailable)
			}
			continue
		}
		if c.Calls == 0 || c.Errors != 0 {
			t.Errorf("%s/%s conc %d size %d: %d calls, %d errors (%s%s)", c.Transport, c.Setup,
				c.Concurrency, c.ResultBytes, c.Calls, c.Errors, c.Unavailable, c.FirstError)
		}
		if c.ResponseBytes < int64(c.ResultBytes) {
			t.Errorf("%s/%s: responses of %d bytes; want at least %d", c.Transport, c.Setup, c.ResponseBytes, c.ResultBytes)
		}
		proxy := c.Setup != "direct"
		if proxy != (c.ThroughputRatio != nil) || proxy != (c.CPUPerCallNS != nil) {
			t.Errorf("%s/%s: throughput ratio %v, CPU per call %v; want both for proxies only",
				c.Transport, c.Setup, c.ThroughputRatio, c.CPUPerCallNS)
		}
		if (c.Setup == "shield") != (c.CPUVsFloor != nil) {
			t.Errorf("%s/%s: CPU vs floor %v; want it for the shield only", c.Transport, c.Setup, c.CPUVsFloor)
		}
	}
	return r.Cells
}

// TestSmoke runs the whole tool briefly, for direct and the floors over both transports.
func TestSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("starts servers and proxies; skipped with -short")
	}
	cells := runBench(t, false, "-setups", "direct,floor", "-duration", "100ms", "-warmup", "20ms", "-rounds", "2",
		"-conc", "1,4", "-sizes", "4096,65536")
	if want := 2 * 2 * 2 * 2; len(cells) != want {
		t.Errorf("got %d cells; want %d", len(cells), want)
	}
}

// TestSmokeShieldPlumbing runs the shield setups with a stand-in for mcpshield that runs
// the floors, to check the shield's command lines and its rows.
func TestSmokeShieldPlumbing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts servers and proxies; skipped with -short")
	}
	script, err := os.ReadFile(filepath.Join("testdata", "fake-shield.sh"))
	if err != nil {
		t.Fatal(err)
	}
	shield := filepath.Join(t.TempDir(), "mcpshield")
	if err := os.WriteFile(shield, script, 0o755); err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("BENCH_SELF", self)
	cells := runBench(t, true, "-shield", shield, "-duration", "60ms", "-warmup", "10ms", "-rounds", "1",
		"-conc", "2", "-sizes", "4096")
	if want := 2 * 3; len(cells) != want {
		t.Errorf("got %d cells; want %d", len(cells), want)
	}
}

// TestSmokeShieldBroken checks that a shield that cannot run leaves its rows unavailable
// and the other setups measured.
func TestSmokeShieldBroken(t *testing.T) {
	if testing.Short() {
		t.Skip("starts servers and proxies; skipped with -short")
	}
	shield := filepath.Join(t.TempDir(), "mcpshield")
	if err := os.WriteFile(shield, []byte("#!/bin/sh\necho broken >&2\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	cells := runBench(t, false, "-shield", shield, "-duration", "30ms", "-warmup", "0", "-rounds", "1",
		"-conc", "1", "-sizes", "4096")
	if want := 2 * 3; len(cells) != want {
		t.Errorf("got %d cells; want %d", len(cells), want)
	}
}
