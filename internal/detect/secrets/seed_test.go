package secrets

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// TestSeedChecksum checks the checksum against test vectors of the BIP-39
// specification, and that changing the last word breaks it.
func TestSeedChecksum(t *testing.T) {
	for _, phrase := range []string{
		"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
		"legal winner thank year wave sausage worth useful legal winner thank yellow",
		"letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
		"zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
		"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon " +
			"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art",
	} {
		idx := seedIndexes(t, phrase)
		if !seedChecksumOK(idx) {
			t.Errorf("%q: checksum does not hold", phrase)
		}
		idx[len(idx)-1] ^= 1
		if seedChecksumOK(idx) {
			t.Errorf("%q with its last word changed: checksum holds", phrase)
		}
	}
}

func seedIndexes(t *testing.T, phrase string) []uint16 {
	t.Helper()
	var idx []uint16
	for _, w := range strings.Fields(phrase) {
		i, ok := seedWords()[w]
		if !ok {
			t.Fatalf("%q is not a list word", w)
		}
		idx = append(idx, i)
	}
	return idx
}

// TestSeedPhraseSpans checks where a phrase is found and what bounds it.
func TestSeedPhraseSpans(t *testing.T) {
	const vector = "legal winner thank year wave sausage worth useful legal winner thank yellow"
	broken := strings.TrimSuffix(vector, "yellow") + "zoo"
	if seedChecksumOK(seedIndexes(t, broken)) {
		t.Fatalf("%q: checksum holds", broken)
	}
	tests := []struct {
		name, text string
		want       string // the span found, "" for none
		sev        detect.Severity
	}{
		{"alone", vector, vector, detect.Critical},
		{"in a sentence", "Restore with: " + vector + ". Thanks!", vector, detect.Critical},
		{"capitalised word ends the run", "Legal " + vector[6:], "", 0},
		{"eleven words, named", "seed words: " + strings.TrimSuffix(vector, " yellow"), "", 0},
		{"checksum broken, no context", broken, "", 0},
		{"checksum broken, named", "seed words: " + broken, broken, detect.Critical},
		{"numbered", "1. legal\n2. winner\n3. thank\n4. year\n5. wave\n6. sausage\n7. worth\n8. useful\n9. legal\n10. winner\n11. thank\n12. yellow",
			"legal\n2. winner\n3. thank\n4. year\n5. wave\n6. sausage\n7. worth\n8. useful\n9. legal\n10. winner\n11. thank\n12. yellow", detect.Critical},
		{"sentence dot ends it", "legal winner thank year wave sausage. worth useful legal winner thank yellow", "", 0},
		{"non-list word inside", "legal winner thank year wave sausage the worth useful legal winner thank yellow", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got detect.Finding
			for _, f := range Scan(tt.text) {
				if f.Rule == "bip39-seed-phrase" {
					got = f
				}
			}
			if span := tt.text[got.Start:got.End]; span != tt.want || got.Severity != tt.sev {
				t.Errorf("found %q at %v; want %q at %v (%s)", span, got.Severity, tt.want, tt.sev, got.Explanation)
			}
			if strings.Contains(got.Explanation, "legal") || strings.Contains(got.Explanation, "sausage") {
				t.Errorf("explanation %q shows words of the phrase", got.Explanation)
			}
		})
	}
}

// FuzzBase58Check: what decodes with a valid checksum encodes back to the
// same text, and nothing panics.
func FuzzBase58Check(f *testing.F) {
	f.Add(expand("«wif:c»", 1))
	f.Add(expand("«bip32:x»", 2))
	f.Add("1111")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		payload, ok := base58Check(s)
		if !ok {
			return
		}
		if back := base58CheckEncode(payload); back != s {
			t.Fatalf("base58Check(%q) = %x, which encodes to %q", s, payload, back)
		}
	})
}

// TestWalletKeys checks the wallet rules on forms the samples do not show.
func TestWalletKeys(t *testing.T) {
	wif := expand("«wif:c»", 7)
	tests := []struct {
		name, text, rule string
	}{
		{"wif in a dump line", wif + " 2023-11-02T14:05:51Z reserve=1 # addr=bc1q", "wif-private-key"},
		{"wif one character changed", strings.Replace(wif, wif[10:11], string(base58Alphabet[(strings.IndexByte(base58Alphabet, wif[10])+1)%58]), 1), ""},
		{"wif inside a longer token", "x" + wif, ""},
		{"hex key as a flag", "--private-key " + expand("0x«hex:64»", 3), "hex-private-key"},
		{"hardhat key", "--private-key 0x" + hardhatKeys[1], ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			for _, f := range Scan(tt.text) {
				if f.Blocking() {
					got = f.Rule
				}
			}
			if got != tt.rule {
				t.Errorf("Scan(%q): blocking rule %q; want %q", tt.text, got, tt.rule)
			}
		})
	}
}

// TestRunsOf holds runsOf equal to a plain scan for maximal runs, on
// random texts over a small alphabet where runs of every length occur.
func TestRunsOf(t *testing.T) {
	var set [256]bool
	set['a'], set['b'] = true, true
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(200))
		for i := range b {
			b[i] = "aaaaaaaaab."[rng.IntN(11)]
		}
		text, min := string(b), 1+rng.IntN(30)
		var want, got [][2]int
		for i := 0; i < len(text); {
			if !set[text[i]] {
				i++
				continue
			}
			j := i
			for j < len(text) && set[text[j]] {
				j++
			}
			if j-i >= min {
				want = append(want, [2]int{i, j})
			}
			i = j
		}
		runsOf(text, &set, min, func(s, e int) { got = append(got, [2]int{s, e}) })
		if !slices.Equal(got, want) {
			t.Fatalf("runsOf(%q, %d) = %v; want %v", text, min, got, want)
		}
	}
}
