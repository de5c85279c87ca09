//go:build unix

package e2e

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// conformanceSpecs are the protocol revisions the official conformance suite
// is run at, each with the everything-server mode it is run against and the
// number of checks that pass directly (pinned suite and SDK versions).
var conformanceSpecs = []struct {
	spec      string
	stateless bool // everything-server -stateless for the HTTP runs
	want      int  // checks run, all passing directly
}{
	// @modelcontextprotocol/conformance@0.1.16, active suite, 30 scenarios.
	{spec: "2025-11-25", stateless: false, want: 40},
	// @modelcontextprotocol/conformance@0.2.0-alpha.12, --suite all, 40 scenarios.
	{spec: "2026-07-28", stateless: true, want: 153},
}

// TestConformance runs the official MCP server conformance suite against the
// Go SDK's everything-server directly, then through mcpshield serve with the
// server as an HTTP upstream and as a stdio upstream, and requires the same
// status for every check of every scenario.
func TestConformance(t *testing.T) {
	p := requirePeers(t)
	server, err := buildBinary(t, p.root, everythingServerPkg)
	if err != nil {
		t.Fatalf("building the conformance server: %v", err)
	}

	for _, sc := range conformanceSpecs {
		t.Run(sc.spec, func(t *testing.T) {
			serverArgs := func(addr string) []string {
				return []string{server, "-http", addr, "-stateless=" + strconv.FormatBool(sc.stateless)}
			}

			var (
				once     sync.Once
				baseline *suiteResult
				baseErr  = errors.New("the direct run stopped early; see the direct subtest")
			)
			direct := func(t *testing.T) (*suiteResult, error) {
				once.Do(func() {
					addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
					startListening(t, "everything-server", addr, nil, serverArgs(addr)...)
					baseline, baseErr = runSuite(t, p, sc.spec, "http://"+addr+"/mcp")
				})
				return baseline, baseErr
			}

			t.Run("direct", func(t *testing.T) {
				res, err := direct(t)
				if err != nil {
					t.Fatal(err)
				}
				passed, total := res.counts()
				t.Logf("direct: %d of %d checks passed", passed, total)
				if passed != sc.want || total != sc.want {
					t.Errorf("direct: %d of %d checks passed; want %d of %d\n%s", passed, total, sc.want, sc.want, res.notPassed())
				}
			})

			setups := []struct {
				name string
				// shieldArgs returns mcpshield serve's upstream arguments,
				// starting whatever upstream it needs.
				shieldArgs func(t *testing.T) []string
			}{
				{"http-upstream", func(t *testing.T) []string {
					addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
					startListening(t, "everything-server", addr, nil, serverArgs(addr)...)
					return []string{"--upstream", "http://" + addr + "/mcp"}
				}},
				{"stdio-upstream", func(t *testing.T) []string {
					return []string{"--", server}
				}},
			}
			for _, su := range setups {
				t.Run(su.name, func(t *testing.T) {
					shield, err := shieldBinary(t, p.root)
					if err != nil {
						t.Fatalf("mcpshield does not build, so it cannot be tested: %v", err)
					}
					base, err := direct(t)
					if err != nil {
						t.Fatalf("no direct baseline to compare with: %v", err)
					}
					addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
					argv := append([]string{shield, "serve", "--listen", addr}, su.shieldArgs(t)...)
					env := []string{"MCPSHIELD_HOME=" + t.TempDir()}
					sh := startListening(t, "mcpshield", addr, env, argv...)

					res, err := runSuite(t, p, sc.spec, "http://"+addr+"/mcp")
					if err != nil {
						t.Fatalf("%v\nmcpshield output:\n%s", err, sh.out.tail(8192))
					}
					passed, total := res.counts()
					t.Logf("through mcpshield: %d of %d checks passed", passed, total)
					if diffs := compareResults(base, res); len(diffs) > 0 {
						t.Errorf("through mcpshield (%s), %d checks differ from the direct run:\n%s",
							strings.Join(argv[1:], " "), len(diffs), strings.Join(diffs, "\n"))
						if done, exitErr := sh.exited(); done {
							t.Errorf("mcpshield exited during the run: %v", exitErr)
						}
						t.Logf("mcpshield output:\n%s", sh.out.tail(8192))
					}
				})
			}
		})
	}
}

// checkResult is one line of scripts/conformance.sh's results.tsv.
type checkResult struct {
	scenario, check, status, message string
}

func (c checkResult) key() string { return c.scenario + " " + c.check }

// suiteResult is one run of the suite, checks in run order.
type suiteResult struct {
	checks []checkResult
}

func (r *suiteResult) counts() (passed, total int) {
	for _, c := range r.checks {
		if c.status == "PASS" {
			passed++
		}
	}
	return passed, len(r.checks)
}

// notPassed lists the checks that did not pass, one per line.
func (r *suiteResult) notPassed() string {
	var b strings.Builder
	for _, c := range r.checks {
		if c.status != "PASS" {
			fmt.Fprintf(&b, "  %s %s: %s %s\n", c.scenario, c.check, c.status, c.message)
		}
	}
	return b.String()
}

// compareResults lists every check whose status through the shield differs
// from its direct status, or that only one of the runs has.
func compareResults(direct, shield *suiteResult) []string {
	got := make(map[string]checkResult, len(shield.checks))
	for _, c := range shield.checks {
		got[c.key()] = c
	}
	var diffs []string
	for _, want := range direct.checks {
		c, ok := got[want.key()]
		delete(got, want.key())
		switch {
		case !ok:
			diffs = append(diffs, fmt.Sprintf("  %s %s: direct %s, missing through mcpshield", want.scenario, want.check, want.status))
		case c.status != want.status:
			diffs = append(diffs, fmt.Sprintf("  %s %s: direct %s, mcpshield %s %s", want.scenario, want.check, want.status, c.status, c.message))
		}
	}
	for _, c := range shield.checks {
		if _, extra := got[c.key()]; extra {
			diffs = append(diffs, fmt.Sprintf("  %s %s: only through mcpshield, %s %s", c.scenario, c.check, c.status, c.message))
		}
	}
	return diffs
}

// Bounds on one suite run. Directly, the 2025-11-25 run takes about 1 s and
// the 2026-07-28 run about 3 s; these only stop a hung peer.
const (
	suiteTimeout      = 5 * time.Minute
	scenarioTimeoutMS = "15000" // per scenario, 2026-07-28 suite only
)

// runSuite runs scripts/conformance.sh for spec against url and parses its
// results.tsv. Failing checks are results, not errors; an error means the
// suite could not run or did not finish.
func runSuite(t *testing.T, p peers, spec, url string) (*suiteResult, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), suiteTimeout)
	defer cancel()
	out := filepath.Join(t.TempDir(), "conformance")
	cmd := exec.CommandContext(ctx, "bash", filepath.Join(p.root, "scripts", "conformance.sh"), spec, url, out)
	cmd.Dir = p.root
	cmd.Env = append(os.Environ(),
		node22Env+"="+p.node22,
		"CONFORMANCE_SCENARIO_TIMEOUT_MS="+scenarioTimeoutMS)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	output, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1 && ctx.Err() == nil) {
		return nil, fmt.Errorf("conformance %s against %s: %w\n%s\nsuite log tail:\n%s",
			spec, url, err, output, fileTail(filepath.Join(out, "suite.log"), 4096))
	}
	res, err := readResults(filepath.Join(out, "results.tsv"))
	if err != nil {
		return nil, fmt.Errorf("conformance %s against %s: %w", spec, url, err)
	}
	return res, nil
}

// readResults parses results.tsv: SCENARIO, CHECK, STATUS and, for checks
// that did not pass, MESSAGE, tab-separated.
func readResults(path string) (*suiteResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading results: %w", err)
	}
	defer f.Close()
	var res suiteResult
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		f := strings.SplitN(sc.Text(), "\t", 4)
		if len(f) < 3 {
			return nil, fmt.Errorf("%s:%d: want SCENARIO, CHECK, STATUS; got %q", path, line, sc.Text())
		}
		c := checkResult{scenario: f[0], check: f[1], status: f[2]}
		if len(f) == 4 {
			c.message = f[3]
		}
		res.checks = append(res.checks, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(res.checks) == 0 {
		return nil, fmt.Errorf("%s: no checks", path)
	}
	return &res, nil
}

// fileTail returns at most the last n bytes of a file, or why it cannot.
func fileTail(path string, n int) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	if len(data) > n {
		return "…" + string(data[len(data)-n:])
	}
	return string(data)
}
