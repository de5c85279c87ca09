package ansi

import (
	"strings"
	"testing"
)

// benignText is about n bytes of ordinary tool output, CLI colours
// included.
func benignText(n int) string {
	parts := []string{
		"Create a new issue in a GitHub repository with a title and optional body.\n",
		"Café au lait — “quoted” © 2024, 東京の天気は晴れです。Привет 👋\n",
		"\x1b[32mok\x1b[0m  github.com/example/pkg\t0.012s\n",
		"{\"id\": 42, \"name\": \"widget\", \"tags\": [\"a\", \"b\"]}\n",
		"2024-05-01 12:00:01 INFO server listening on :8080\n",
	}
	var b strings.Builder
	for b.Len() < n {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	return b.String()
}

func BenchmarkScanBenign(b *testing.B) {
	text := strings.ReplaceAll(benignText(64<<10), "\x1b", "")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ScanDefinition(text)
		ScanResult(text)
	}
}

func BenchmarkScanResultColours(b *testing.B) {
	text := benignText(64 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ScanResult(text)
	}
}
