package bench

import (
	"math/rand/v2"
	"strconv"
)

// words is the vocabulary of the generated text: ordinary English and the kind of technical
// terms tool results carry, so that scanners in a proxy see realistic byte and word mixes.
var words = [...]string{
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

var tags = [...]string{"ops", "billing", "infra", "docs", "security", "frontend", "backend", "data", "ml", "support"}

// textGen appends deterministic, realistic-looking text: prose sentences and JSON-ish
// records. It is not safe for concurrent use.
type textGen struct {
	rng *rand.Rand
	n   int // records written, for their ids
}

func newTextGen(seed uint64) *textGen {
	return &textGen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

func (g *textGen) word() string { return words[g.rng.IntN(len(words))] }

// sentence appends one sentence of 6 to 18 words.
func (g *textGen) sentence(b []byte) []byte {
	n := 6 + g.rng.IntN(13)
	for i := range n {
		w := g.word()
		if i == 0 {
			b = append(b, w[0]-'a'+'A')
			b = append(b, w[1:]...)
			continue
		}
		b = append(b, ' ')
		if g.rng.IntN(12) == 0 {
			b = strconv.AppendInt(b, int64(g.rng.IntN(10000)), 10)
			b = append(b, ' ')
		}
		b = append(b, w...)
		if i < n-1 && g.rng.IntN(9) == 0 {
			b = append(b, ',')
		}
	}
	return append(b, '.')
}

// record appends one JSON-ish line, as tools that return query results produce.
func (g *textGen) record(b []byte) []byte {
	g.n++
	b = append(b, `{"id": `...)
	b = strconv.AppendInt(b, int64(1000+g.n), 10)
	b = append(b, `, "title": "`...)
	b = append(b, g.word()...)
	b = append(b, ' ')
	b = append(b, g.word()...)
	b = append(b, ' ')
	b = append(b, g.word()...)
	b = append(b, `", "updated": "2025-`...)
	b = appendPadded(b, 1+g.rng.IntN(12))
	b = append(b, '-')
	b = appendPadded(b, 1+g.rng.IntN(28))
	b = append(b, 'T')
	b = appendPadded(b, g.rng.IntN(24))
	b = append(b, ':')
	b = appendPadded(b, g.rng.IntN(60))
	b = append(b, `:00Z", "tags": ["`...)
	b = append(b, tags[g.rng.IntN(len(tags))]...)
	b = append(b, `", "`...)
	b = append(b, tags[g.rng.IntN(len(tags))]...)
	b = append(b, `"], "score": 0.`...)
	b = strconv.AppendInt(b, int64(g.rng.IntN(1000)), 10)
	b = append(b, `, "summary": "`...)
	b = g.sentence(b)
	return append(b, "\"}\n"...)
}

// fill appends paragraphs and records until b holds at least n bytes.
func (g *textGen) fill(b []byte, n int) []byte {
	for len(b) < n {
		if g.rng.IntN(3) == 0 {
			for range 1 + g.rng.IntN(4) {
				b = g.record(b)
			}
			continue
		}
		for i := range 2 + g.rng.IntN(4) {
			if i > 0 {
				b = append(b, ' ')
			}
			b = g.sentence(b)
		}
		b = append(b, "\n\n"...)
	}
	return b
}

func appendPadded(b []byte, v int) []byte {
	if v < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// Text returns about n bytes (at least n) of the text the benchmark's
// server sends in its results, from seed: prose paragraphs and JSON
// records over the vocabulary above. Detector benchmarks read it too, so
// that they measure what the gateway benchmark sends.
func Text(seed uint64, n int) string { return string(newTextGen(seed).fill(nil, n)) }

// Sentences returns n bytes of twelve-word lowercase sentences over the
// first words of the vocabulary (through "database") but the auxiliaries
// ("not", "have", "has", "will", whose word salad reads as orders now and
// then), with a small JSON record now and then: the text of the pipeline
// benchmark (internal/guard), denser in words than Text.
func Sentences(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, 2))
	var vocab []string
	for _, w := range words[:sentenceWords] {
		if w != "not" && w != "have" && w != "has" && w != "will" {
			vocab = append(vocab, w)
		}
	}
	var b []byte
	for len(b) < n {
		for i := range 12 {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, vocab[rng.IntN(len(vocab))]...)
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
	return string(b[:n])
}

// sentenceWords is how many of words Sentences draws on.
const sentenceWords = 89
