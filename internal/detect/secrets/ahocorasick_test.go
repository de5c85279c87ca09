package secrets

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// naiveHits finds every keyword occurrence by brute force, ASCII
// case-insensitively.
func naiveHits(keywords []string, text string) []string {
	lower := strings.ToLower(text)
	var out []string
	for i := range len(text) + 1 {
		for k, kw := range keywords {
			if kw != "" && strings.HasPrefix(lower[i:], strings.ToLower(kw)) {
				out = append(out, fmt.Sprint(k, "@", i))
			}
		}
	}
	slices.Sort(out)
	return out
}

func acHits(m *acMatcher, text string) []string {
	var out []string
	m.scan(text, func(kw, start int) { out = append(out, fmt.Sprint(kw, "@", start)) })
	slices.Sort(out)
	return out
}

func TestACMatcher(t *testing.T) {
	tests := []struct {
		name     string
		keywords []string
		text     string
	}{
		{"none", []string{"abc"}, "xyz"},
		{"case", []string{"AKIA", "token"}, "akia AKIA Token TOKEN"},
		{"overlap", []string{"he", "she", "his", "hers"}, "ushers"},
		{"suffix outputs", []string{"sk-", "k-", "-"}, "task-sk-"},
		{"duplicate keyword", []string{"xoxb-", "xoxb-"}, "xoxb-1"},
		{"empty keyword ignored", []string{"", "a"}, "aa"},
		{"non-letters", []string{"-----begin", "_"}, "-----BEGIN a_b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newACMatcher(tt.keywords)
			got, want := acHits(m, tt.text), naiveHits(tt.keywords, tt.text)
			if !slices.Equal(got, want) {
				t.Errorf("hits = %v; want %v", got, want)
			}
		})
	}
	// Random keywords over a small alphabet, so matches overlap a lot.
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		var kws []string
		for range 1 + rng.IntN(8) {
			kws = append(kws, randFrom(rng, "abAB-", 1+rng.IntN(4)))
		}
		n := rng.IntN(60)
		if i%4 == 0 { // long enough for the two-stream scan
			n = interleaveMin + rng.IntN(2000)
		}
		text := randFrom(rng, "abcAB-", n)
		got, want := acHits(newACMatcher(kws), text), naiveHits(kws, text)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d: keywords %q text %q: hits = %v; want %v", i, kws, text, got, want)
		}
	}
}
