package secrets

// acMatcher is an Aho-Corasick automaton over keywords, matched
// case-insensitively (ASCII letters only; other bytes match themselves, so
// a keyword in another script is listed in each case it may be met in).
// It is built once and read-only afterwards, so it is safe for concurrent use.
//
// The automaton is a dense DFA over byte classes: every byte that occurs in
// some keyword (after folding) gets its own class, all other bytes share
// class 0, which from any state leads back to the root. A scan is one table
// lookup per input byte.
type acMatcher struct {
	class [256]uint8 // input byte -> class; 0 = byte in no keyword
	// delta is the transition table. States are numbered so that those
	// with outputs come last, and stored premultiplied by the number of
	// classes: delta[s+class] is the next state s', itself an index of a
	// row; s' >= firstOut means keywords end there.
	delta    []uint32
	firstOut uint32
	out      [][]acHit // by state row index / nclass: keywords ending there
	nclass   uint32
	maxLen   int // longest keyword
}

// acHit is one keyword that ends at a state.
type acHit struct {
	kw     int32 // index into the keyword list given to newACMatcher
	length int32 // len(keyword), to compute where the keyword starts
}

// foldByte lowers an ASCII upper-case letter.
func foldByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}

// newACMatcher builds the automaton for keywords. Empty keywords are ignored.
// There can be at most 255 distinct folded keyword bytes; more is a bug
// in the rule table, and panics.
func newACMatcher(keywords []string) *acMatcher {
	m := &acMatcher{}
	// Byte classes.
	n := 1
	for _, kw := range keywords {
		for i := 0; i < len(kw); i++ {
			b := foldByte(kw[i])
			if m.class[b] == 0 {
				if n > 255 {
					panic("secrets: more than 255 distinct keyword bytes")
				}
				m.class[b] = uint8(n)
				n++
			}
		}
	}
	for b := 'A'; b <= 'Z'; b++ {
		m.class[b] = m.class[b+('a'-'A')]
	}

	// Trie; -1 marks a missing edge while building.
	var delta []int32
	var out [][]acHit
	newState := func() int32 {
		for range n {
			delta = append(delta, -1)
		}
		out = append(out, nil)
		return int32(len(out) - 1)
	}
	newState() // root
	for k, kw := range keywords {
		if kw == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(kw); i++ {
			c := int(m.class[kw[i]])
			next := delta[int(s)*n+c]
			if next < 0 {
				next = newState()
				delta[int(s)*n+c] = next
			}
			s = next
		}
		out[s] = append(out[s], acHit{kw: int32(k), length: int32(len(kw))})
	}

	// Breadth-first: failure links, then complete the transition table.
	fail := make([]int32, len(out))
	queue := make([]int32, 0, len(out))
	for c := range n {
		next := delta[c]
		if next < 0 {
			delta[c] = 0
			continue
		}
		fail[next] = 0
		queue = append(queue, next)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		out[s] = append(out[s], out[fail[s]]...)
		for c := range n {
			next := delta[int(s)*n+c]
			if next < 0 {
				delta[int(s)*n+c] = delta[int(fail[s])*n+c]
				continue
			}
			fail[next] = delta[int(fail[s])*n+c]
			queue = append(queue, next)
		}
	}

	// Renumber: states without outputs first (the root stays 0), then
	// premultiply.
	order := make([]int32, 0, len(out)) // new -> old
	for s := range out {
		if len(out[s]) == 0 {
			order = append(order, int32(s))
		}
	}
	m.firstOut = uint32(len(order) * n)
	for s := range out {
		if len(out[s]) > 0 {
			order = append(order, int32(s))
		}
	}
	renum := make([]uint32, len(out)) // old -> new row index
	for nw, old := range order {
		renum[old] = uint32(nw * n)
	}
	m.nclass = uint32(n)
	for _, kw := range keywords {
		m.maxLen = max(m.maxLen, len(kw))
	}
	m.delta = make([]uint32, len(delta))
	m.out = make([][]acHit, len(out))
	for nw, old := range order {
		for c := range n {
			m.delta[nw*n+c] = renum[delta[int(old)*n+c]]
		}
		m.out[nw] = out[old]
	}
	return m
}

// interleaveMin is the text length from which scan runs two streams.
const interleaveMin = 1024

// scan calls fn for every occurrence of every keyword in text, with the
// keyword index and the byte offset where the occurrence starts. Calls come
// in order of the occurrence's end within each half of the text, the first
// half first.
//
// A DFA step waits on the previous one, so one stream is bound by memory
// latency. Long texts are scanned as two halves in one loop, whose steps
// are independent: stream A covers [0, mid) and runs on until every keyword
// starting before mid has ended; stream B starts fresh at mid and reports
// the rest.
func (m *acMatcher) scan(text string, fn func(kw, start int)) {
	if len(text) < interleaveMin {
		m.scanOne(text, 0, fn)
		return
	}
	delta, class, firstOut := m.delta, &m.class, m.firstOut
	mid := len(text) / 2
	aEnd := min(len(text), mid+m.maxLen-1)
	a, b := text[:aEnd], text[mid:]
	var buf [16]acPos
	later := buf[:0] // stream B's hits, reported after A's
	sa, sb := uint32(0), uint32(0)
	joint := min(len(a), len(b))
	for i := 0; i < joint; i++ {
		sa = delta[sa+uint32(class[a[i]])]
		sb = delta[sb+uint32(class[b[i]])]
		if sa >= firstOut {
			for _, h := range m.out[sa/m.nclass] {
				if start := i + 1 - int(h.length); start < mid {
					fn(int(h.kw), start)
				}
			}
		}
		if sb >= firstOut {
			for _, h := range m.out[sb/m.nclass] {
				later = append(later, acPos{kw: h.kw, start: int32(mid + i + 1 - int(h.length))})
			}
		}
	}
	for i := joint; i < len(a); i++ {
		sa = delta[sa+uint32(class[a[i]])]
		if sa >= firstOut {
			for _, h := range m.out[sa/m.nclass] {
				if start := i + 1 - int(h.length); start < mid {
					fn(int(h.kw), start)
				}
			}
		}
	}
	for _, p := range later {
		fn(int(p.kw), int(p.start))
	}
	if joint < len(b) {
		m.scanFrom(b[joint:], sb, mid+joint, fn)
	}
}

// acPos is a keyword occurrence held back for reporting.
type acPos struct{ kw, start int32 }

// scanOne scans text from the root state; offsets are shifted by base.
func (m *acMatcher) scanOne(text string, base int, fn func(kw, start int)) {
	m.scanFrom(text, 0, base, fn)
}

// scanFrom scans text starting in state s; offsets are shifted by base.
func (m *acMatcher) scanFrom(text string, s uint32, base int, fn func(kw, start int)) {
	delta, class, firstOut := m.delta, &m.class, m.firstOut
	for i := 0; i < len(text); i++ {
		s = delta[s+uint32(class[text[i]])]
		if s >= firstOut {
			for _, h := range m.out[s/m.nclass] {
				fn(int(h.kw), base+i+1-int(h.length))
			}
		}
	}
}
