package injection

import (
	"os"
	"strconv"
	"testing"
)

// TestScanPasses scans a benchmark corpus the number of times
// MCPSHIELD_SCAN_PASSES says, after compiling every rule and one scan to
// warm up: scripts/icount.sh runs it under callgrind twice, with two
// counts, to count the instructions of one pass exactly (timings on a
// shared machine vary by ±15%, instruction counts by well under 1%).
// MCPSHIELD_SCAN_CORPUS picks the corpus: traffic, prose, results or
// generated. Without them, the test does nothing.
func TestScanPasses(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("MCPSHIELD_SCAN_PASSES"))
	if err != nil {
		t.Skip("MCPSHIELD_SCAN_PASSES is not set")
	}
	var texts []string
	switch c := os.Getenv("MCPSHIELD_SCAN_CORPUS"); c {
	case "traffic":
		texts = []string{trafficCorpus()}
	case "prose":
		texts = []string{proseCorpus()}
	case "results":
		texts = toolResults(t)
	case "generated":
		texts = []string{gatewayText(1, 64<<10)}
	default:
		t.Fatalf("MCPSHIELD_SCAN_CORPUS %q: want traffic, prose, results or generated", c)
	}
	Warm()
	d := retrieved()
	for i := 0; i <= n; i++ {
		for _, s := range texts {
			d.Scan(s)
		}
	}
}
