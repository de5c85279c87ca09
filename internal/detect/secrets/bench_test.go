package secrets

import (
	"os"
	"strings"
	"testing"
)

// benignText is about 64 KiB of ordinary text (prose, logs, JSON, code,
// hashes and IDs) built from testdata/benign.txt.
func benignText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/benign.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 64<<10 {
		sb.Write(b)
	}
	return sb.String()[:64<<10]
}

func TestBenignCorpus(t *testing.T) {
	for _, f := range Scan(benignText(t)) {
		if f.Severity > 1 {
			t.Errorf("benign corpus: %v", f)
		}
	}
}

func BenchmarkScanBenign(b *testing.B) {
	text := benignText(b)
	d := defaultDetector()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Scan(text)
	}
}

// BenchmarkScanSecrets: text dense with keywords and credentials.
func BenchmarkScanSecrets(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 64<<10; i++ {
		for _, r := range allRules() {
			for _, s := range r.tps {
				sb.WriteString(expand(s, uint64(i)))
				sb.WriteString("\nsome ordinary words between findings\n")
			}
		}
	}
	text := sb.String()
	d := defaultDetector()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Scan(text)
	}
}
