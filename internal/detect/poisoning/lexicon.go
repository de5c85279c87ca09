package poisoning

import (
	"sort"
	"strings"
	"sync"
)

// lexicon is words compiled for lookup. Bloom bitsets keyed by cheap
// hashes let the tokenizer skip the maps for the many words that are in no
// list.
type lexicon struct {
	exact   map[string]feat
	stems   map[string]feat // stem → features
	bigrams map[string]feat // "a b" → features
	minStem int
	maxStem int

	exactBloom  [bloomWords]uint64 // by hash of the whole word
	stemBloom   [bloomWords]uint64 // by hash of a prefix of a stem's length
	bigramBloom [bloomWords]uint64 // by combined hash of two words
	stemLens    uint32             // bit n set: some stem has n bytes

	cjk       []cjkPhrase // cjkPhrases and cjkPhrasesMore, in a fixed order
	cjkSpaced []cjkPhrase // the phrases of cjk that span two runs ("이 도구")
}

type cjkPhrase struct {
	phrase string
	f      feat
}

const (
	bloomBits  = 1 << 16
	bloomWords = bloomBits / 64
)

// fnv-1a
const (
	hashInit  uint32 = 2166136261
	hashPrime uint32 = 16777619
)

func hashBytes(b string) uint32 {
	h := hashInit
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * hashPrime
	}
	return h
}

func bigramHash(h1, h2 uint32) uint32 { return h1*31 ^ h2*hashPrime }

func setBit(b *[bloomWords]uint64, h uint32) { b[h&(bloomBits-1)/64] |= 1 << (h & 63) }
func hasBit(b *[bloomWords]uint64, h uint32) bool {
	return b[h&(bloomBits-1)/64]&(1<<(h&63)) != 0
}

// theLexicon is built once, on first use, and never changed.
var theLexicon = sync.OnceValue(func() *lexicon {
	lx := &lexicon{exact: map[string]feat{}, stems: map[string]feat{}, bigrams: map[string]feat{}, minStem: 1 << 30}
	for f, list := range mergeWords(words, moreWords, i18nWords, i18nMoreWords, threatWords, recWords) {
		for _, w := range strings.Fields(list) {
			switch {
			case strings.Contains(w, "+"):
				parts := strings.Split(w, "+") // three words: the last two
				a, b := parts[len(parts)-2], parts[len(parts)-1]
				key := a + " " + b
				lx.bigrams[key] |= f
				setBit(&lx.bigramBloom, bigramHash(hashBytes(a), hashBytes(b)))
			case strings.HasSuffix(w, "*"):
				s := strings.TrimSuffix(w, "*")
				lx.stems[s] |= f
				lx.minStem = min(lx.minStem, len(s))
				lx.maxStem = max(lx.maxStem, len(s))
				if len(s) < 32 {
					lx.stemLens |= 1 << len(s)
				}
				setBit(&lx.stemBloom, hashBytes(s))
			default:
				lx.exact[w] |= f
				setBit(&lx.exactBloom, hashBytes(w))
			}
		}
	}
	for _, w := range strings.Fields(unstemmed) {
		if _, ok := lx.exact[w]; !ok {
			lx.exact[w] = 0
			setBit(&lx.exactBloom, hashBytes(w))
		}
	}
	for _, m := range []map[string]feat{cjkPhrases, cjkPhrasesMore, cjkPhrasesRec} {
		for p, f := range m {
			lx.cjk = append(lx.cjk, cjkPhrase{p, f})
		}
	}
	sort.Slice(lx.cjk, func(i, j int) bool { return lx.cjk[i].phrase < lx.cjk[j].phrase })
	for _, p := range lx.cjk {
		if strings.IndexByte(p.phrase, ' ') >= 0 {
			lx.cjkSpaced = append(lx.cjkSpaced, p)
		}
	}
	return lx
})

// word returns the features of one lowercased word. prefixHash[n] must be
// the hash of its first n bytes (for n up to maxStem), h the hash of all
// of it.
func (lx *lexicon) word(w []byte, h uint32, prefixHash *[33]uint32) feat {
	if hasBit(&lx.exactBloom, h) {
		if f, ok := lx.exact[string(w)]; ok {
			return f
		}
	}
	// Longest stem first.
	for n := min(len(w), lx.maxStem, 32); n >= lx.minStem; n-- {
		if lx.stemLens&(1<<n) == 0 || !hasBit(&lx.stemBloom, prefixHash[n]) {
			continue
		}
		if f, ok := lx.stems[string(w[:n])]; ok {
			return f
		}
	}
	return 0
}

// bigram returns the features of the words a b in a row; scratch is a
// buffer for the key.
func (lx *lexicon) bigram(a, b []byte, ha, hb uint32, scratch *[]byte) feat {
	if !hasBit(&lx.bigramBloom, bigramHash(ha, hb)) {
		return 0
	}
	k := append(append(append((*scratch)[:0], a...), ' '), b...)
	*scratch = k
	return lx.bigrams[string(k)]
}

func mergeWords(ms ...map[feat]string) map[feat]string {
	out := map[feat]string{}
	for _, m := range ms {
		for f, w := range m {
			out[f] += " " + w
		}
	}
	return out
}

// unstemmed are English words that a stem of another language would read
// as one of its words (the Italian "informa*", to inform, in
// "balance information", "informational events"): they have no feature.
const unstemmed = "information informational informative informatively informatics"
