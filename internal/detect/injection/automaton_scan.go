package injection

// Scanning with the automaton (built in automaton.go).

// hit is one keyword occurrence: the keyword and the offset just past it.
type hit struct {
	kw  uint16
	end int32
}

// match is where the DFA entered an accepting state: the state's row and
// the offset just past the byte. Its keywords are a.keywords(row).
type match struct {
	row uint32
	end int32
}

// keywords lists the keywords that end when the state of a row is entered.
func (a *automaton) keywords(row uint32) []uint16 {
	st := uint64(row) * a.rowDiv >> 32
	return a.outs[a.outAt[st]:a.outAt[st+1]]
}

// matchBuf receives a scan's matches: those of each of scanText's four
// streams, in order of their end; all of stream 0 comes before stream 1,
// and so on.
type matchBuf [4][]match

func (m *matchBuf) reset() {
	for i := range m {
		m[i] = m[i][:0]
	}
}

func (m *matchBuf) len() int { return len(m[0]) + len(m[1]) + len(m[2]) + len(m[3]) }

// scan appends every keyword occurrence in b to hits.
func (a *automaton) scan(b []byte, hits []hit) []hit {
	var m matchBuf
	scanText(a, b, &m)
	return a.appendHits(hits, &m)
}

// scanString is scan for a string.
func (a *automaton) scanString(b string, hits []hit) []hit {
	var m matchBuf
	scanText(a, b, &m)
	return a.appendHits(hits, &m)
}

// appendHits appends the keyword occurrences of matches to hits.
func (a *automaton) appendHits(hits []hit, m *matchBuf) []hit {
	for _, ms := range m {
		for _, x := range ms {
			for _, k := range a.keywords(x.row) {
				hits = append(hits, hit{kw: k, end: x.end})
			}
		}
	}
	return hits
}

// minSplit is the text length from which scanText runs four streams.
const minSplit = 512

// scanText appends every match in b to ms, in order of their end.
//
// One DFA walk is a chain of dependent loads, so a long text is cut in
// four pieces walked in lockstep: the processor overlaps the four chains.
// Each piece starts just after a pair of bytes that leaves the walk in a
// state known in advance (automaton.sync; a byte of class 0 takes every
// state back to the start state), so the pieces see exactly the states
// and matches of a single walk.
func scanText[T string | []byte](a *automaton, b T, ms *matchBuf) {
	if len(b) < minSplit {
		ms[0] = walk(a, b, 0, 0, ms[0])
		return
	}
	var cut [5]int
	var st [4]uint32
	cut[4] = len(b)
	nc := a.nc
	for j := 1; j < 4; j++ {
		p := max(j*len(b)/4, cut[j-1], 1)
		for p < len(b) && !a.sync[int(a.cls[b[p-1]])*nc+int(a.cls[b[p]])] {
			p++
		}
		cut[j] = min(p+1, len(b))
		if p < len(b) {
			st[j] = a.delta[a.cls[b[p]]] &^ acceptBit // from the start state, row 0
		}
	}
	c0, c1, c2, c3 := b[cut[0]:cut[1]], b[cut[1]:cut[2]], b[cut[2]:cut[3]], b[cut[3]:cut[4]]
	m := min(len(c0), len(c1), len(c2), len(c3))
	if m > 0 {
		c0, c1, c2, c3 := c0[:m], c1[:m], c2[:m], c3[:m]
		s0, s1, s2, s3 := st[0], st[1], st[2], st[3]
		delta, cls := a.delta, &a.cls
		for i := 0; i < len(c0); i++ {
			// the hot loop makes no calls, so the states stay in registers
			for ; i < len(c0); i++ {
				s0 = delta[(s0&^acceptBit)+uint32(cls[c0[i]])]
				s1 = delta[(s1&^acceptBit)+uint32(cls[c1[i]])]
				s2 = delta[(s2&^acceptBit)+uint32(cls[c2[i]])]
				s3 = delta[(s3&^acceptBit)+uint32(cls[c3[i]])]
				if (s0|s1|s2|s3)&acceptBit != 0 {
					break
				}
			}
			if i < len(c0) {
				record4(ms, [4]uint32{s0, s1, s2, s3}, &cut, i)
			}
		}
		st = [4]uint32{s0, s1, s2, s3}
	}
	ms[0] = walk(a, c0[m:], st[0], cut[0]+m, ms[0])
	ms[1] = walk(a, c1[m:], st[1], cut[1]+m, ms[1])
	ms[2] = walk(a, c2[m:], st[2], cut[2]+m, ms[2])
	ms[3] = walk(a, c3[m:], st[3], cut[3]+m, ms[3])
}

// record4 records the streams that accept at byte i of their pieces
// (kept out of scanText's loop: see there).
//
//go:noinline
func record4(ms *matchBuf, st [4]uint32, cut *[5]int, i int) {
	for j, s := range st {
		if s&acceptBit != 0 {
			ms[j] = append(ms[j], match{row: s &^ acceptBit, end: int32(cut[j] + i + 1)})
		}
	}
}

// walk runs the DFA over b from state s and appends its matches to ms;
// off is b's offset in the text.
func walk[T string | []byte](a *automaton, b T, s uint32, off int, ms []match) []match {
	delta, cls := a.delta, &a.cls
	for i := 0; i < len(b); i++ {
		s = delta[(s&^acceptBit)+uint32(cls[b[i]])]
		if s&acceptBit != 0 {
			ms = append(ms, match{row: s &^ acceptBit, end: int32(off + i + 1)})
		}
	}
	return ms
}
