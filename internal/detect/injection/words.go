package injection

import (
	"slices"
	"strings"
)

// Words: how much a sentence has in common with the text around it (an
// injected task is about something else).

// stopwords are ignored when comparing a sentence with its surroundings.
var stopwords = buildStopwords()

func buildStopwords() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an and or but of to in on at for from by with about into over after before
		is are was were be been being has have had do does did will would can could should shall may might must
		this that these those it its it's i you your yours we our us they them their he she his her him me my
		what which who whom whose when where why how there here than then so such not no nor only own same too
		very just also as if while each any all both few more most other some again further once up down out
		off under above below between through during until against via per please hello hi team cheers thanks
		note subject title body new next last first one two three get got make made use used using like within`) {
		m[foldKeyword(w)] = true
	}
	return m
}

// contentWords adds the words of t worth comparing (folded, crudely
// stemmed) to into; t may be raw ASCII or a folded view.
func contentWords(t []byte, into map[string]bool) {
	var w []byte
	flush := func() {
		if len(w) >= 4 && !stopwords[string(w)] {
			into[stem(string(w))] = true
		}
		w = w[:0]
	}
	for _, c := range t {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			w = append(w, foldASCII(c))
			continue
		}
		flush()
	}
	flush()
}

// eachContentWord calls f with each word of t that contentWords would
// add (folded, stemmed; valid during the call) while f returns true, and
// reports whether it read all of t. When skip is on, words whose stem
// its filter surely lacks are passed over without a call: the caller
// says only the filter's words can still change what it learns.
func eachContentWord(t []byte, skip *wordSkip, f func(w []byte) bool) bool {
	var buf [64]byte
	for i := 0; i < len(t); {
		if wordFold[t[i]] == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(t) && wordFold[t[j]] != 0 {
			j++
		}
		raw := t[i:j]
		i = j
		if len(raw) < 4 || skip != nil && skip.on && !skip.mayHold(raw) {
			continue
		}
		w := buf[:0]
		for _, c := range raw {
			w = append(w, wordFold[c])
		}
		if stopFilter.maybe(w) && stopwords[string(w)] {
			continue
		}
		if !f(stemBytes(w)) {
			return false
		}
	}
	return true
}

// wordSkip lets eachContentWord pass over words outside a set.
type wordSkip struct {
	on     bool
	filter wordFilter
}

// mayHold reports whether the stem of raw (a word of four bytes or
// more, not folded yet) may be in the filter.
func (s *wordSkip) mayHold(raw []byte) bool {
	n := len(raw)
	m := stemLen(wordFold[raw[n-3]], wordFold[raw[n-2]], wordFold[raw[n-1]], n)
	k := uint32(m)<<24 | uint32(wordFold[raw[0]])<<16 | uint32(wordFold[raw[m/2]])<<8 | uint32(wordFold[raw[m-1]])
	k2 := uint(k*0x9E3779B1) >> 20
	return s.filter[k2>>6]&(1<<(k2&63)) != 0
}

// wordFold is foldASCII for the bytes contentWords keeps in a word (ASCII
// letters and digits, and every byte >= 0x80); 0 for the others.
var wordFold = func() (t [256]byte) {
	for c := range 256 {
		b := byte(c)
		if b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80 {
			t[c] = foldASCII(b)
		}
	}
	return t
}()

// wordFilter is a one-hash Bloom filter over words: maybe false means
// the word is surely not in the set, so most words skip a map lookup.
type wordFilter [64]uint64

// wordKey hashes a word (not empty) by its length and three of its
// bytes; wordSkip.mayHold computes it too.
func wordKey(w []byte) uint {
	k := uint32(len(w))<<24 | uint32(w[0])<<16 | uint32(w[len(w)/2])<<8 | uint32(w[len(w)-1])
	return uint(k*0x9E3779B1) >> 20
}

func (f *wordFilter) add(w []byte) {
	if len(w) > 0 {
		k := wordKey(w)
		f[k>>6] |= 1 << (k & 63)
	}
}

// maybe reports whether w (not empty) may be in the set.
func (f *wordFilter) maybe(w []byte) bool {
	k := wordKey(w)
	return f[k>>6]&(1<<(k&63)) != 0
}

// stopFilter holds the stopwords.
var stopFilter = func() (f wordFilter) {
	for w := range stopwords {
		f.add([]byte(w))
	}
	return f
}()

// stemBytes is stem for a byte slice (a prefix of w).
func stemBytes(w []byte) []byte {
	if len(w) < 3 {
		return w
	}
	return w[:stemLen(w[len(w)-3], w[len(w)-2], w[len(w)-1], len(w))]
}

// stemLen is the length of the stem of a folded word of n bytes (n >= 3)
// that ends in a, b, c: stem's suffixes, tested in the same order.
func stemLen(a, b, c byte, n int) int {
	if n < 5 {
		return n
	}
	switch c {
	case 'g':
		if n > 6 && a == 'i' && b == 'n' {
			return n - 3 // ing
		}
	case 's':
		switch {
		case n > 6 && a == 'i' && b == 'e':
			return n - 3 // ies
		case n > 5 && b == 'e':
			return n - 2 // es
		}
		return n - 1 // s
	case 'd':
		if n > 5 && b == 'e' {
			return n - 2 // ed
		}
	}
	return n
}

func stem(w string) string {
	for _, suf := range []string{"ing", "ies", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// overlap is the share of the sentence's content words that the text
// around it also uses; -1 when there is too little text to tell. The
// text around (up to 1500 bytes each side) is read word by word against
// the sentence's words, without building its own word set.
func overlap(t []byte, start, end int, verb string) float64 {
	sw := map[string]bool{}
	contentWords(t[start:end], sw)
	delete(sw, stem(verb))
	if len(sw) < 2 {
		return -1
	}
	idx := make(map[string]int, len(sw))
	var skip wordSkip // on once the first four words are known: then only the sentence's words matter
	for w := range sw {
		idx[w] = len(idx)
		skip.filter.add([]byte(w))
	}
	used := make([]bool, len(sw))
	n := 0
	var first [4]string // the first distinct words around, to tell whether there are four
	distinct := 0
	look := func(w []byte) bool {
		if !skip.filter.maybe(w) {
			// not a word of the sentence
		} else if i, ok := idx[string(w)]; ok && !used[i] {
			used[i] = true
			n++
		}
		if distinct < len(first) && !slices.Contains(first[:distinct], string(w)) {
			first[distinct] = string(w)
			distinct++
			skip.on = distinct == len(first)
		}
		return n < len(sw) || distinct < len(first) // more to learn
	}
	if eachContentWord(t[max(0, start-1500):start], &skip, look) {
		eachContentWord(t[end:min(len(t), end+1500)], &skip, look)
	}
	if distinct < 4 {
		return -1
	}
	return float64(n) / float64(len(sw))
}
