package injection

import (
	"testing"

	"github.com/mcpshield/mcpshield/internal/bench"
)

// gatewayText returns about n bytes of the prose and JSON records the
// gateway benchmark's server sends (internal/bench), from seed.
func gatewayText(seed uint64, n int) string { return bench.Text(seed, n) }

// BenchmarkScanGatewayText is the detector on the gateway benchmark's
// kind of tool result (256 KiB of generated prose and records).
func BenchmarkScanGatewayText(b *testing.B) {
	benchScan(b, gatewayText(1, 256<<10), retrieved())
}

// gatewaySentences returns n bytes of the pipeline benchmark's text
// (internal/bench): twelve-word sentences with a small JSON record now
// and then.
func gatewaySentences(seed uint64, n int) string { return bench.Sentences(seed, n) }

// BenchmarkScanGatewaySentences is the detector on the gateway pipeline
// benchmark's kind of text (256 KiB). Word salad over this vocabulary
// can read as an order to the model now and then ("… the configuration
// and …"), so unlike benchScan it does not insist on a clean result.
func BenchmarkScanGatewaySentences(b *testing.B) {
	text, d := gatewaySentences(1, 256<<10), retrieved()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Analyze(text)
	}
}
