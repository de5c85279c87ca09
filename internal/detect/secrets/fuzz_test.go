package secrets

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// FuzzScan checks Scan's invariants on any input: findings lie inside the
// text, come in order, and never spell out the secret they report. Seeds:
// every rule sample, plus testdata/fuzz/FuzzScan.
func FuzzScan(f *testing.F) {
	for _, r := range allRules() {
		for i, s := range slices.Concat(r.tps, r.fps, r.infos) {
			f.Add(expand(s, uint64(i)))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		fs := Scan(text)
		checkFindings(t, text, fs)
		if again := Scan(text); !slices.Equal(fs, again) {
			t.Fatalf("Scan is not deterministic: %v then %v", fs, again)
		}
	})
}

func checkFindings(t *testing.T, text string, fs []detect.Finding) {
	t.Helper()
	for i, f := range fs {
		if f.Rule == "scan-budget" && f.Start == 0 && f.End == 0 {
			continue // about the whole text
		}
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			t.Fatalf("finding %v: span outside text of %d bytes", f, len(text))
		}
		if i > 0 && f.Start < fs[i-1].Start {
			t.Fatalf("findings out of order: %v before %v", fs[i-1], f)
		}
		if secret := text[f.Start:f.End]; len(secret) >= 12 && strings.Contains(f.Explanation, secret) {
			t.Fatalf("explanation %q repeats the secret %q", f.Explanation, secret)
		}
		if !strings.HasPrefix(f.Type, "secret:") || f.Rule == "" || f.Explanation == "" {
			t.Fatalf("incomplete finding %+v", f)
		}
		if utf8.ValidString(text) && !utf8.ValidString(f.Explanation) {
			t.Fatalf("explanation %q is not UTF-8", f.Explanation)
		}
	}
}

// TestScanWorkBudget: a text packed with keywords that almost match ends
// with a budget finding rather than quadratic work; dense real secrets do
// not exhaust the budget.
func TestScanWorkBudget(t *testing.T) {
	flood := strings.Repeat("redis:// ", 100_000) // each hit passes the cheap test, then misses
	fs := Scan(flood)
	if len(fs) != 1 || fs[0].Rule != "scan-budget" || fs[0].Severity != detect.Medium {
		t.Errorf("Scan(flood) = %v; want one scan-budget finding", fs)
	}
	if fs := Scan(strings.Repeat("eyJ", 100_000)); len(fs) != 0 {
		t.Errorf(`Scan("eyJeyJ…") = %v; want none`, fs)
	}
	var dense strings.Builder
	for i := range 20 {
		for _, r := range allRules() {
			for _, s := range r.tps {
				dense.WriteString(expand(s, uint64(i)) + "\n")
			}
		}
	}
	for _, f := range Scan(dense.String()) {
		if f.Rule == "scan-budget" {
			t.Fatalf("dense secrets exhausted the budget: %v", f)
		}
	}
}

// TestScanLongText puts a secret at every offset around the middle of a
// long text, where the keyword scan splits into two streams.
func TestScanLongText(t *testing.T) {
	filler := strings.Repeat("lorem ipsum token dolor: sit amet, secret ", 80)[:2*interleaveMin]
	secret := expand("ghp_«an:36»", 3)
	for off := interleaveMin - 60; off < interleaveMin+60; off++ {
		text := filler[:off] + " " + secret + " " + filler[off:]
		fs := Scan(text)
		checkFindings(t, text, fs)
		if len(fs) != 1 || text[fs[0].Start:fs[0].End] != secret {
			t.Fatalf("secret at %d: got %v", off+1, fs)
		}
	}
}
