package injection

import (
	"math/rand"
	"slices"
	"testing"
)

// TestAuxUpTo holds the piecewise reading of the context words to one
// scan of the whole text.
func TestAuxUpTo(t *testing.T) {
	e := sharedEngine()
	rng := rand.New(rand.NewSource(5))
	texts := append(toolResults(t), proseCorpus(), trafficCorpus(), gatewayText(3, 40<<10),
		"make  sure you note\tthe   steps. Do not run it; for research only", "")
	for _, s := range texts {
		u := newUnit(s, oPlain, 0, len(s), 0)
		want := e.findAux(u.text())
		for range 20 {
			n := rng.Intn(u.len() + 1)
			got := u.auxUpTo(e, n)
			for _, h := range want {
				if h.start <= n && !slices.Contains(got, h) {
					t.Fatalf("auxUpTo(%d) lacks %v (read %d of %d bytes)", n, h, u.auxEnd, u.len())
				}
			}
			if !slices.Equal(got, want[:len(got)]) {
				t.Fatalf("auxUpTo(%d) = %v…; want a prefix of %v…", n, got[:min(5, len(got))], want[:min(5, len(want))])
			}
		}
		if got := u.auxHits(e); !slices.Equal(got, want) {
			t.Fatalf("auxHits: %d hits; want %d", len(got), len(want))
		}
	}
}

// TestAuxNear checks that auxNear finds every context word that ends at
// or after a and starts at or before b.
func TestAuxNear(t *testing.T) {
	e := sharedEngine()
	rng := rand.New(rand.NewSource(6))
	texts := append(toolResults(t), proseCorpus(), trafficCorpus(), gatewayText(4, 40<<10),
		"make  sure you note\tthe   steps. Do not run it; for research only")
	for _, s := range texts {
		u := newUnit(s, oPlain, 0, len(s), 0)
		all := e.findAux(u.text())
		for range 50 {
			a := rng.Intn(u.len()+600) - 300
			b := a + rng.Intn(800)
			got := u.auxNear(e, a, b)
			for _, h := range all {
				if h.end >= a && h.start <= b && !slices.Contains(got, h) {
					t.Fatalf("auxNear(%d, %d) lacks %v", a, b, h)
				}
			}
			for _, h := range got {
				if !slices.Contains(all, h) {
					t.Fatalf("auxNear(%d, %d) has %v, not a context word of the text", a, b, h)
				}
			}
		}
	}
}
