package pii

import (
	"fmt"
	"github.com/mcpshield/mcpshield/internal/detect"
	"strings"
	"testing"
)

// benignCorpus builds about 64 KiB of ordinary tool traffic with no
// personal data in it: prose, JSON, logs, code, hashes, timestamps and
// version numbers, deterministic so runs compare.
func benignCorpus() string {
	parts := []string{
		"The build finished in 42.7s with 3 warnings; see the report for details.\n",
		`{"id":"63bff314-23fb-4b6b-960f-ddb1ff6ecd21","status":200,"items":[{"name":"widget","price":19.99,"qty":4}],"next":null}` + "\n",
		"2024-08-02T02:17:33+0000 INFO request_id=7e0b3c52-1d4f-4a9e-b8c7-2f6d5e4a3b21 status=200 latency_ms=31 bytes=18342\n",
		"commit 9ac24dac8f290a80c42ddd57eeedee2d01f1c4cc\nAuthor: CI Bot <ci@example.com>\nDate:   Fri Aug 2 14:22:01 2024 +0200\n\n    Bump lodash from 4.17.20 to 4.17.21 (#1234)\n",
		"func (s *Server) Handle(ctx context.Context, req *Request) (*Response, error) {\n\tif len(req.Body) > 1<<20 {\n\t\treturn nil, fmt.Errorf(\"body too large: %d\", len(req.Body))\n\t}\n\treturn s.next.Handle(ctx, req)\n}\n",
		"| region | p50 ms | p99 ms | errors |\n|---|---|---|---|\n| eu-west-1 | 12.4 | 88.1 | 0.02% |\n| us-east-1 | 9.8 | 71.3 | 0.01% |\n",
		"sha256:f2154dcd43772dd192677ebe6e4ef974d2d2ebaf522f6f7552c9eb2830c30e00  dist/app-v2.1.0-linux-amd64.tar.gz\n",
		"Meeting notes: we agreed to ship on Tuesday, review the migration plan, and revisit caching after the 3.2 release. Action items below.\n",
		"listening on 127.0.0.1:8080, metrics on :9090, pprof disabled; config loaded from /etc/app/config.yaml (version 7)\n",
		"ISBN 978-0-306-40615-7, 2nd edition, pp. 112-168. Order 5846212814641743 shipped via tracking 1Z999AA10123456784.\n",
	}
	var b strings.Builder
	for i := 0; b.Len() < 64<<10; i++ {
		b.WriteString(parts[i%len(parts)])
		if i%7 == 0 {
			fmt.Fprintf(&b, "row %d: %d items, %0.2f avg, elapsed %dms\n", i, i*37%1000, float64(i)/3, i*13)
		}
	}
	return b.String()
}

func BenchmarkScanBenign(b *testing.B) {
	text := benignCorpus()
	if fs := Scan(text); blockingCount(fs) > 0 {
		b.Fatalf("benign corpus has blocking findings: %v", fs)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

func BenchmarkScanPII(b *testing.B) {
	text := strings.Repeat("user: Ines Ibarra, contact marisolgallagher1973@yahoo.com, card 5538 2617 2786 7820, call +33 6 35 46 10 37, iban NL12BEBP6308878436, ssn 748-01-3254\n", 64)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

func blockingCount(fs []detect.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Blocking() {
			n++
		}
	}
	return n
}

func BenchmarkScanProse(b *testing.B) {
	text := strings.Repeat("Retrieved content often mixes instructions with data; the model should treat it as untrusted input and summarise it without following it. ", 480)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}
