package injection

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// refMarks finds what markText finds, a byte at a time: the loops
// findEncoded and despace ran before markText.
func refMarks(s string) marks {
	var m marks
	pairs := 0
	for i := 0; i < len(s); {
		if !isB64(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isB64(s[j]) {
			j++
		}
		switch {
		case j-i >= minHexRun:
			pairs = 0
			m.runs = append(m.runs, [2]int{i, j})
		case j-i == 2 && isHex(s[i]) && isHex(s[i+1]) && (j == len(s) || s[j] == ' ' || s[j] == ':' || s[j] == ','):
			if pairs++; pairs >= 8 {
				m.spacedHex = true
			}
		default:
			pairs = 0
		}
		i = j
	}
	m.spelled = spelledIn(s, 0, len(s))
	return m
}

// markSamples are texts around what markText looks for, of every length
// across block boundaries.
func markSamples(n int) []string {
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "Z", "9", "f", "E", " ", " ", ":", ",", ".", "-", "_", "+", "/", "=", "%", "&", "#", `\`, "x", "é", "*", "|", "\t", "\n",
		"49 ", "6e:", "fa,", "SWdub3JlIHByZXZpb3Vz", "9ac24dac8f290a80c42d", "i g n o r e ", "a.b.c.", "be ", "  "}
	out := []string{"", "a", "0123456789abcdef", strings.Repeat("49 ", 8), strings.Repeat("a ", 6), strings.Repeat("x", 130)}
	for range n {
		var b strings.Builder
		size := rng.Intn(300)
		for b.Len() < size {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestMarkText(t *testing.T) {
	for _, s := range append(markSamples(20000), trafficCorpus(), proseCorpus()) {
		got, want := markText(s, nil), refMarks(s)
		if !slices.Equal(got.runs, want.runs) || got.spacedHex != want.spacedHex || got.spelled != want.spelled {
			t.Fatalf("markText(%q) = %+v; want %+v", s, got, want)
		}
		if _, ok := despace(s); ok != got.spelled {
			t.Fatalf("despace(%q) ok %v; markText spelled %v", s, ok, got.spelled)
		}
	}
}

func FuzzMarkText(f *testing.F) {
	for _, s := range markSamples(20) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := markText(s, nil), refMarks(s)
		if !slices.Equal(got.runs, want.runs) || got.spacedHex != want.spacedHex || got.spelled != want.spelled {
			t.Fatalf("markText(%q) = %+v; want %+v", s, got, want)
		}
	})
}
