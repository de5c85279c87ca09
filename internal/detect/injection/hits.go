package injection

import (
	"slices"
	"sort"
)

// Keyword occurrences: the prefilter's hits, checked for word boundaries,
// and the sets of keywords rules ask for near them.

// khit is a validated keyword occurrence in a unit's bytes.
type khit struct {
	kw         int
	start, end int
}

// findKeywords runs the prefilter over t (or str, when set) and keeps
// the occurrences whose word boundaries hold, in order of their end; buf
// is scratch space.
func (e *engine) findKeywords(t []byte, str string, unicode bool, buf *scanBuf, depth int) []khit {
	mb := &buf.ascii
	mb.reset()
	if str != "" {
		scanText(e.ascii, str, mb)
	} else {
		scanText(e.ascii, t, mb)
	}
	uni := buf.uni[:0]
	if unicode {
		uni = e.uni.scan(t, uni)
	}
	buf.uni = uni
	out := slices.Grow(buf.hits[depth][:0], mb.len()+len(uni))
	n := max(len(t), len(str))
	for _, ms := range mb {
		for _, m := range ms {
			for _, k := range e.ascii.keywords(m.row) {
				out = e.keep(out, t, str, n, e.asciiIDs[k], int(m.end))
			}
		}
	}
	for _, h := range uni {
		out = e.keep(out, t, str, n, e.uniIDs[h.kw], int(h.end))
	}
	if len(uni) > 0 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].end < out[j].end })
	}
	buf.hits[depth] = out
	return out
}

// keep appends the occurrence of keyword kw that ends at end to out if
// its word boundaries hold; t or str is the text, n its length.
func (e *engine) keep(out []khit, t []byte, str string, n, kw, end int) []khit {
	k := &e.kws[kw]
	start := end - len(k.text)
	if k.spaced {
		if str != "" {
			start = keywordStart(str, end, k.text)
		} else {
			start = keywordStart(t, end, k.text)
		}
	}
	if k.bStart && start > 0 && wordAt(t, str, start-1) || k.bEnd && end < n && wordAt(t, str, end) {
		return out
	}
	return append(out, khit{kw: kw, start: start, end: end})
}

// findAux runs the context automaton over a unit's bytes; the hits'
// keyword numbers index e.auxKws.
func (e *engine) findAux(t []byte) []khit { return e.appendAux(nil, t, 0, len(t)) }

// appendAux appends to out the context words of t that end in t[a:b]
// (offsets in t). a is 0 or just after a byte of byte class 0 in e.aux,
// where its walk over t is back in the start state, so the hits are
// those a walk over all of t finds there.
func (e *engine) appendAux(out []khit, t []byte, a, b int) []khit {
	for _, h := range e.aux.scan(t[a:b], nil) {
		k := &e.auxKws[h.kw]
		end := a + int(h.end)
		start := keywordStart(t, end, k.text)
		if k.bStart && start > 0 && isWordByte(t[start-1]) || k.bEnd && end < len(t) && isWordByte(t[end]) {
			continue
		}
		out = append(out, khit{kw: int(h.kw), start: start, end: end})
	}
	return out
}

func wordAt(t []byte, s string, i int) bool {
	var c byte
	if s != "" {
		c = s[i]
	} else {
		c = t[i]
	}
	return isWordByte(c)
}

// kwSet is a set of keyword ids, a bit each (a rule's near words: small
// enough that the sets of every rule stay in the cache); nil is empty.
type kwSet []uint64

func (s kwSet) has(kw int) bool { return s[kw>>6]&(1<<(kw&63)) != 0 }

// meets reports whether s and t share a keyword; an empty s (no
// condition) meets every set.
func (s kwSet) meets(t kwSet) bool {
	if s == nil {
		return true
	}
	for i, w := range s {
		if w&t[i] != 0 {
			return true
		}
	}
	return false
}

// keywordSets turns lists of keyword ids into per-rule sets (nil for a
// rule with no list).
func keywordSets(lists [][]int, n int) []kwSet {
	out := make([]kwSet, len(lists))
	for ri, l := range lists {
		if len(l) == 0 {
			continue
		}
		out[ri] = make(kwSet, (n+63)/64)
		for _, id := range l {
			out[ri][id>>6] |= 1 << (id & 63)
		}
	}
	return out
}
