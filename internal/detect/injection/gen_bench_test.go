package injection

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// gatewayVocab is a technical vocabulary like the one the gateway
// benchmark's text generator draws on (internal/bench): ordinary English
// words and the terms tool results carry, many of them request or doc
// verbs and rule keywords ("update", "deploy", "access", "token",
// "review", "order", "restore").
var gatewayVocab = []string{
	"the", "a", "of", "to", "and", "in", "for", "is", "on", "that", "with", "as", "by", "this",
	"from", "at", "be", "are", "was", "it", "or", "an", "which", "not", "have", "has", "will",
	"request", "response", "server", "client", "session", "token", "cache", "index", "query",
	"document", "record", "field", "value", "schema", "version", "update", "release", "build",
	"deploy", "cluster", "region", "latency", "throughput", "error", "warning", "timeout",
	"retry", "policy", "access", "user", "account", "project", "repository", "branch", "commit",
	"review", "issue", "ticket", "customer", "invoice", "payment", "order", "shipment", "report",
	"quarterly", "revenue", "forecast", "budget", "meeting", "agenda", "summary", "decision",
	"team", "manager", "engineer", "design", "proposal", "draft", "final", "approved", "pending",
	"database", "table", "column", "migration", "backup", "restore", "storage", "network",
	"endpoint", "service", "handler", "function", "parameter", "argument", "result", "output",
	"configuration", "environment", "production", "staging", "monitoring", "alert", "incident",
	"resolved", "investigation", "root", "cause", "analysis", "metric", "dashboard", "trend",
	"increase", "decrease", "stable", "significant", "minor", "major", "critical", "normal",
}

// gatewayText returns about n bytes of deterministic prose and JSON
// records over gatewayVocab, the kind of tool result the gateway
// benchmark sends.
func gatewayText(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, seed^0x5bd1e995))
	word := func() string { return gatewayVocab[rng.IntN(len(gatewayVocab))] }
	sentence := func(b []byte) []byte {
		k := 6 + rng.IntN(13)
		for i := range k {
			w := word()
			if i == 0 {
				b = append(b, w[0]-'a'+'A')
				b = append(b, w[1:]...)
				continue
			}
			b = append(b, ' ')
			if rng.IntN(12) == 0 {
				b = strconv.AppendInt(b, int64(rng.IntN(10000)), 10)
				b = append(b, ' ')
			}
			b = append(b, w...)
			if i < k-1 && rng.IntN(9) == 0 {
				b = append(b, ',')
			}
		}
		return append(b, '.')
	}
	var b []byte
	for id := 1000; len(b) < n; {
		if rng.IntN(3) == 0 {
			for range 1 + rng.IntN(4) {
				id++
				b = append(b, `{"id": `...)
				b = strconv.AppendInt(b, int64(id), 10)
				b = append(b, `, "title": "`+word()+" "+word()+" "+word()+`", "updated": "2025-0`...)
				b = strconv.AppendInt(b, int64(1+rng.IntN(9)), 10)
				b = append(b, `-1`...)
				b = strconv.AppendInt(b, int64(rng.IntN(10)), 10)
				b = append(b, `T12:00:00Z", "tags": ["ops", "docs"], "score": 0.`...)
				b = strconv.AppendInt(b, int64(rng.IntN(1000)), 10)
				b = append(b, `, "summary": "`...)
				b = sentence(b)
				b = append(b, "\"}\n"...)
			}
			continue
		}
		for i := range 2 + rng.IntN(4) {
			if i > 0 {
				b = append(b, ' ')
			}
			b = sentence(b)
		}
		b = append(b, "\n\n"...)
	}
	return string(b)
}

// BenchmarkScanGatewayText is the detector on the gateway benchmark's
// kind of tool result (256 KiB of generated prose and records).
func BenchmarkScanGatewayText(b *testing.B) {
	benchScan(b, gatewayText(1, 256<<10), retrieved())
}

// gatewaySentences returns about n bytes of lowercase twelve-word
// sentences over gatewayVocab with a small JSON record now and then, like
// the text the gateway's pipeline benchmark sends.
func gatewaySentences(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, 2))
	var b []byte
	for len(b) < n {
		for i := range 12 {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, gatewayVocab[rng.IntN(len(gatewayVocab))]...)
		}
		b = append(b, ". "...)
		if rng.IntN(8) == 0 {
			b = append(b, "\n{\"id\": "...)
			b = strconv.AppendInt(b, int64(rng.IntN(100000)), 10)
			b = append(b, `, "status": "ok", "count": `...)
			b = strconv.AppendInt(b, int64(rng.IntN(100)), 10)
			b = append(b, "}\n"...)
		}
	}
	return string(b)
}

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
