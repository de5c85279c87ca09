package injection

import (
	"math/rand"
	"strings"
	"testing"
)

// refOverlap is overlap with the word sets built in full.
func refOverlap(t []byte, start, end int, verb string) float64 {
	sw := map[string]bool{}
	contentWords(t[start:end], sw)
	delete(sw, stem(verb))
	rw := map[string]bool{}
	contentWords(t[max(0, start-1500):start], rw)
	contentWords(t[end:min(len(t), end+1500)], rw)
	if len(rw) < 4 || len(sw) < 2 {
		return -1
	}
	n := 0
	for w := range sw {
		if rw[w] {
			n++
		}
	}
	return float64(n) / float64(len(sw))
}

func TestOverlap(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	words := strings.Fields("the weather service returned stations reporting missing readings hours skipped " +
		"recommend book relaxing weekend summarize article translate french Please Summarizing summaries " +
		"configuration instructions ignoring assistant prompt lyon brest tides moon ÉTÉ café a of to")
	texts := append(toolResults(t), proseCorpus()[:3000])
	for range 300 {
		var b strings.Builder
		for n := rng.Intn(400); n > 0; n-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString([]string{" ", " ", ". ", "\n", ", "}[rng.Intn(5)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		tb := []byte(s)
		for range 20 {
			start := rng.Intn(len(tb) + 1)
			end := min(len(tb), start+rng.Intn(200))
			verb := words[rng.Intn(len(words))]
			if got, want := overlap(tb, start, end, verb), refOverlap(tb, start, end, verb); got != want {
				t.Fatalf("overlap(%q, %d, %d, %q) = %v; want %v", s, start, end, verb, got, want)
			}
		}
	}
}

func TestStemBytes(t *testing.T) {
	for _, w := range strings.Fields("s es ed ing ies is as bus uses used gies ties dies ties ries eing sing king wing bring string things updates updated updating queries series tries cries yes ends shed seed stored stores storing abcd abcde abcdef abcdefg") {
		for _, p := range []string{"", "a", "ab", "abc", "abcd"} {
			s := p + w
			if got, want := string(stemBytes([]byte(s))), stem(s); got != want {
				t.Errorf("stemBytes(%q) = %q; want %q", s, got, want)
			}
		}
	}
}

// refSecondPerson is secondPerson byte by byte.
func refSecondPerson(t []byte) bool {
	for i := 0; i+3 <= len(t); i++ {
		if t[i]|0x20 != 'y' || (i > 0 && isWordByte(t[i-1])) {
			continue
		}
		if t[i+1]|0x20 == 'o' && t[i+2]|0x20 == 'u' {
			return true
		}
	}
	return false
}

func TestSecondPerson(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	alphabet := []byte("yYoOuU y.\x80\xd9\xf9\xcf\xd5\xefab9")
	for range 20000 {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		if got, want := secondPerson(b), refSecondPerson(b); got != want {
			t.Fatalf("secondPerson(%q) = %v; want %v", b, got, want)
		}
	}
}

// TestWordSkip holds mayHold to the key of the folded, stemmed word.
func TestWordSkip(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	alphabet := []byte("aeiIlLnNgGsSdDeEtT09\x80\xc3")
	for range 20000 {
		raw := make([]byte, 4+rng.Intn(9))
		for i := range raw {
			raw[i] = alphabet[rng.Intn(len(alphabet))]
		}
		w := make([]byte, len(raw))
		for i, c := range raw {
			w[i] = foldASCII(c)
		}
		var s wordSkip
		s.filter.add(stemBytes(w))
		if !s.mayHold(raw) {
			t.Fatalf("mayHold(%q) = false; want true (stem %q)", raw, stemBytes(w))
		}
	}
}

// TestHasFirstPerson checks hasFirstPerson against the regexp it stands
// for, on the hand cases and the rules' samples, folded and cut into
// pieces.
func TestHasFirstPerson(t *testing.T) {
	var texts []string
	for _, c := range handCases {
		texts = append(texts, c.text)
	}
	for _, r := range allRules() {
		texts = append(texts, r.tp...)
		texts = append(texts, r.fp...)
	}
	texts = append(texts, "i", "I'm here", "my_var", "me2", "mine.", "tell me", "i've", "myself!", "émy", "my\u00e9", "_i_", "MY")
	for _, s := range texts {
		f := string(normalize(s, false).b)
		for _, x := range []string{s, f, strings.ToUpper(f)} {
			for i := 0; i <= len(x); i += 7 {
				part := x[i:]
				if got, want := hasFirstPerson(part), firstPersonRe.MatchString(part); got != want {
					t.Errorf("hasFirstPerson(%q) = %v; want %v", part, got, want)
				}
			}
		}
	}
}
