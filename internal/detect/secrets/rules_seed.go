package secrets

import (
	"crypto/sha256"
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// A BIP-39 recovery phrase (12 to 24 words from a list of 2,048) is a
// wallet's master key: whoever reads it can move the funds. No keyword
// introduces one, so the rule reads the whole text (seedPass) for runs of
// list words, cheaply: only a run of at least twelve lowercase words of
// three to eight letters, with nothing but blanks, commas, quotes,
// brackets or numbering between them, is looked up in the list.

// bip39English is the English list of BIP-39 (bitcoin/bips,
// bip-0039/english.txt), one word per line in index order.
//
//go:embed bip39_english.txt
var bip39English string

// seedWords maps each list word to its index.
var seedWords = sync.OnceValue(func() map[string]uint16 {
	words := strings.Fields(bip39English)
	if len(words) != 2048 {
		panic("secrets: BIP-39 word list has " + strconv.Itoa(len(words)) + " words, want 2048")
	}
	m := make(map[string]uint16, len(words))
	for i, w := range words {
		m[w] = uint16(i)
	}
	return m
})

const (
	seedMin = 12
	seedMax = 24
	// seedRunMax: a longer run of list words is a list of words (the
	// BIP-39 list itself, a vocabulary), not a phrase.
	seedRunMax = 48
	// seedContextBytes is how far before a run seedContext looks.
	seedContextBytes = 160
)

func seedRules() []*rule {
	return []*rule{{
		id: "bip39-seed-phrase", typ: "secret:private_key:seed_phrase", what: "wallet recovery phrase (BIP-39)",
		severity: detect.Critical, pass: seedPass,
		tps: []string{
			"«bip39:12»",
			"«bip39:24»",
			`MNEMONIC="«bip39:15»"`,
			"Here is the backup for my wallet:\n«bip39:12n»\nplease restore it",
			`{"words": «bip39:12j»}`,
			`{"seed": "«bip39:12e»"}`,
			// a mistyped or shuffled phrase still says what it is
			"my recovery phrase is «bip39:12x»",
		},
		fps: []string{
			// a run of list words with no checksum and no word for a wallet
			"«bip39:12x»",
			// the list itself, or a long vocabulary of list words
			"«bip39:40»",
			"you can add any art of the ocean",
			"Use the seed 42 to make the run repeatable.",
		},
		infos: []string{
			// the first test vector of BIP-39, printed in every tutorial
			strings.Repeat("abandon ", 11) + "about",
			"mnemonic: " + strings.Repeat("zoo ", 11) + "wrong",
		},
	}}
}

// seedPass is the seed-phrase rule's reading of the whole text. Twelve
// words of three letters or more, with a byte between each, take at least
// seedMinBytes; only runs that long of lowercase letters and the bytes
// allowed between words (seedRunSet) are read word by word.
func seedPass(r *rule, text string, found []finding) []finding {
	var buf [64]wordSpan
	spans := buf[:0]
	runsOf(text, &seedRunSet, seedMinBytes, func(s, e int) {
		found, spans = r.seedWordsIn(text, s, e, spans[:0], found)
	})
	return found
}

// seedMinBytes is the shortest text twelve list words can fill.
const seedMinBytes = seedMin*3 + seedMin - 1

// Byte classes of the seed-phrase reading.
const (
	sBreak    = iota // ends a run of words
	sLower           // a-z
	sGap             // may sit between words: blanks, commas, quotes, brackets, digits
	sNumPunct        // '.', ':' or '-': between words only after a digit ("1. word")
	sEscape          // '\': between words only as an escaped line break
)

var seedClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = sLower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = sGap
	}
	for _, c := range " \t\r\n,\"'[]()" {
		t[c] = sGap
	}
	t['.'], t[':'], t['-'] = sNumPunct, sNumPunct, sNumPunct
	t['\\'] = sEscape
	return t
}()

// seedRunSet holds every byte a phrase's run may contain.
var seedRunSet = func() (t [256]bool) {
	for c, k := range seedClass {
		t[c] = k != sBreak
	}
	return t
}()

// seedWordsIn reads text[s:e], a run of seedRunSet bytes, word by word,
// and judges each stretch of at least seedMin word-shaped words (three to
// eight lowercase letters, no capital touching them) between breaks.
func (r *rule) seedWordsIn(text string, s, e int, spans []wordSpan, found []finding) ([]finding, []wordSpan) {
	flush := func() {
		if len(spans) >= seedMin {
			found = r.seedRun(text, spans, found)
		}
		spans = spans[:0]
	}
	for i := s; i < e; {
		switch seedClass[text[i]] {
		case sLower:
			j := i + 1
			for j < e && seedClass[text[j]] == sLower {
				j++
			}
			if n := j - i; n < 3 || n > 8 || (i > 0 && isUpper(text[i-1])) || (j < len(text) && isUpper(text[j])) {
				flush()
			} else {
				spans = append(spans, wordSpan{i, j})
			}
			i = j
		case sGap:
			i++
		case sNumPunct:
			if i == 0 || text[i-1] < '0' || text[i-1] > '9' {
				flush()
			}
			i++
		case sEscape:
			if i+1 < e && (text[i+1] == 'n' || text[i+1] == 'r' || text[i+1] == 't') {
				i += 2 // an escaped line break inside a JSON string
				continue
			}
			flush()
			i++
		}
	}
	flush()
	return found, spans
}

// runsOf calls fn for each maximal run of bytes in set at least min long.
// It reads one byte in min where runs are short: a run that long covers
// the byte min-1 after its start, so where that byte is outside set no
// run starts before it.
func runsOf(text string, set *[256]bool, min int, fn func(start, end int)) {
	n := len(text)
	known := 0 // text[i:known] is known to be in set
	for i := 0; i+min <= n; {
		k := i + min - 1
		j := k
		for j >= max(i, known) && set[text[j]] {
			j--
		}
		if j >= max(i, known) {
			i, known = j+1, k+1
			continue
		}
		e := k + 1
		for e < n && set[text[e]] {
			e++
		}
		fn(i, e)
		i, known = e+1, e+1
	}
}

type wordSpan struct{ start, end int }

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// seedRun looks up a run of word-shaped spans and judges each stretch of
// list words in it.
func (r *rule) seedRun(text string, run []wordSpan, found []finding) []finding {
	words := seedWords()
	from := 0
	var idx [seedRunMax]uint16
	for k := 0; k <= len(run); k++ {
		var i uint16
		ok := false
		if k < len(run) {
			i, ok = words[text[run[k].start:run[k].end]]
		}
		if ok && k-from < seedRunMax {
			idx[k-from] = i
			continue
		}
		if ok { // too long to be a phrase: skip to the end of this stretch
			for k < len(run) {
				if _, in := words[text[run[k].start:run[k].end]]; !in {
					break
				}
				k++
			}
		} else if n := k - from; n >= seedMin {
			found = r.judgeSeed(text, run[from:k], idx[:n], found)
		}
		from = k + 1
	}
	return found
}

// judgeSeed reports a stretch of list words that is a recovery phrase: a
// standard length whose checksum holds, or any length from 12 to the
// longest stretch judged when the text just before speaks of a seed or a
// recovery phrase. Few distinct words (the test vector "abandon … about")
// make it a placeholder.
func (r *rule) judgeSeed(text string, spans []wordSpan, idx []uint16, found []finding) []finding {
	n := len(idx)
	start, end := spans[0].start, spans[n-1].end
	valid := seedChecksumOK(idx)
	ctx := seedContext(text[max(0, start-seedContextBytes):start])
	if !valid && !ctx {
		return found
	}
	f := detect.Finding{Type: r.typ, Rule: r.id, Start: start, End: end, Severity: r.severity}
	shown := strconv.Itoa(n) + " words"
	switch {
	case distinctWords(idx) < n/2:
		f.Severity = detect.Info
		f.Explanation = "placeholder " + r.what + " (" + shown + ", few distinct words), not a usable credential"
	case valid:
		f.Explanation = r.what + " (" + shown + ", checksum valid): whoever reads it controls the wallet; move the funds to a new one"
	default:
		f.Explanation = r.what + " (" + shown + ", named as a seed; checksum does not hold): whoever reads it may control the wallet; move the funds to a new one"
	}
	return append(found, finding{Finding: f})
}

// seedChecksumOK reports whether idx is a BIP-39 phrase of standard length
// whose last bits are the SHA-256 checksum of the entropy before them.
func seedChecksumOK(idx []uint16) bool {
	n := len(idx)
	if n < seedMin || n > seedMax || n%3 != 0 {
		return false
	}
	var bits [seedMax * 11 / 8]byte
	for k, v := range idx {
		for b := range 11 {
			if v&(1<<(10-b)) != 0 {
				p := k*11 + b
				bits[p/8] |= 0x80 >> (p % 8)
			}
		}
	}
	ent := n * 32 / 3 // entropy bits; the checksum has ent/32
	sum := sha256.Sum256(bits[:ent/8])
	cs := ent / 32
	return bits[ent/8]>>(8-cs) == sum[0]>>(8-cs)
}

func distinctWords(idx []uint16) int {
	seen := make(map[uint16]bool, len(idx))
	for _, v := range idx {
		seen[v] = true
	}
	return len(seen)
}

// seedContext reports whether before, the text just before a run, names
// a seed or recovery phrase.
func seedContext(before string) bool {
	lower := strings.ToLower(before)
	for _, w := range [...]string{"seed", "mnemonic", "recovery", "phrase", "backup", "wallet", "secret words", "12 words", "24 words"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
