package injection

import "fmt"

// automaton is an Aho-Corasick machine compiled to a DFA over byte classes:
// the prefilter that finds every keyword in one pass, so that rules only
// run around their keywords.
//
// Bytes are classed the way the view folds them: case is ignored, 'l' is
// 'i', the leetspeak digits are their letters and any run of whitespace is
// one space (the DFA loops on it). So the same machine runs on raw ASCII
// text and on a view, and "IGNORE  all", "1gn0re aLL" and "ignore\nall"
// all reach the keyword "ignore aii" (the folded "ignore all").
type automaton struct {
	cls [256]uint8
	nc  int
	// delta[r+c], for the row r of the current state, is the row of the
	// next state (its number times nc); the top bit marks accepting
	// states.
	delta []uint32
	// out[s] lists the keywords that end when state s is entered.
	out [][]uint16
}

const acceptBit = 1 << 31

// classOf folds a byte for the automaton; 0 means "no keyword byte".
func classByte(b byte) byte {
	switch {
	case b >= 'A' && b <= 'Z':
		b += 32
	case b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
		b = ' '
	case b >= '0' && b <= '9':
		b = leetFold(b)
	}
	if b == 'l' {
		b = 'i'
	}
	return b
}

// newAutomaton compiles keywords (already folded) into a DFA.
func newAutomaton(keywords []string) (*automaton, error) {
	a := &automaton{}
	// classes: one per folded byte value that occurs in a keyword.
	var used [256]bool
	for _, k := range keywords {
		for i := 0; i < len(k); i++ {
			used[classByte(k[i])] = true
		}
	}
	var id [256]uint8
	nc := 1
	for b := 0; b < 256; b++ {
		if used[b] {
			id[b] = uint8(nc)
			nc++
		}
	}
	if nc > 255 {
		return nil, fmt.Errorf("automaton: %d byte classes", nc)
	}
	for b := 0; b < 256; b++ {
		a.cls[b] = id[classByte(byte(b))]
	}
	a.nc = nc
	space := int(a.cls[' '])

	// trie
	type node struct {
		next map[int]int
		out  []uint16
	}
	nodes := []node{{next: map[int]int{}}}
	for ki, k := range keywords {
		s := 0
		for i := 0; i < len(k); i++ {
			c := int(a.cls[k[i]])
			t, ok := nodes[s].next[c]
			if !ok {
				t = len(nodes)
				nodes = append(nodes, node{next: map[int]int{}})
				nodes[s].next[c] = t
			}
			s = t
		}
		nodes[s].out = append(nodes[s].out, uint16(ki))
	}
	if len(nodes) >= 1<<24 {
		return nil, fmt.Errorf("automaton: %d states", len(nodes))
	}
	// breadth-first: failure links and full transitions.
	fail := make([]int, len(nodes))
	delta := make([]int, len(nodes)*nc)
	queue := []int{}
	for c := 0; c < nc; c++ {
		if t, ok := nodes[0].next[c]; ok {
			delta[c] = t
			queue = append(queue, t)
		}
	}
	// state reached on a space loops on further spaces.
	spaceState := make([]bool, len(nodes))
	for c, t := range nodes[0].next {
		if c == space && space != 0 {
			spaceState[t] = true
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		nodes[s].out = append(nodes[s].out, nodes[fail[s]].out...)
		for c := 0; c < nc; c++ {
			if t, ok := nodes[s].next[c]; ok {
				fail[t] = delta[fail[s]*nc+c]
				if fail[t] == t {
					fail[t] = 0
				}
				delta[s*nc+c] = t
				if c == space && space != 0 {
					spaceState[t] = true
				}
				queue = append(queue, t)
				continue
			}
			if c == space && space != 0 && spaceState[s] {
				delta[s*nc+c] = s
				continue
			}
			delta[s*nc+c] = delta[fail[s]*nc+c]
		}
	}
	// Renumber the states breadth first, so that the shallow states the
	// scan spends its time in share cache lines.
	order := make([]int, 0, len(nodes)) // new → old
	seen := make([]bool, len(nodes))
	order, seen[0] = append(order, 0), true
	for i := 0; i < len(order); i++ {
		for c := 0; c < nc; c++ {
			if t := delta[order[i]*nc+c]; !seen[t] {
				seen[t] = true
				order = append(order, t)
			}
		}
	}
	for old := range nodes { // unreachable states keep a slot
		if !seen[old] {
			order = append(order, old)
		}
	}
	rank := make([]int, len(nodes)) // old → new
	for n, old := range order {
		rank[old] = n
	}
	a.delta = make([]uint32, len(delta))
	a.out = make([][]uint16, len(nodes))
	for n, old := range order {
		a.out[n] = nodes[old].out
		for c := 0; c < nc; c++ {
			t := delta[old*nc+c]
			v := uint32(rank[t] * nc)
			if len(nodes[t].out) > 0 {
				v |= acceptBit
			}
			a.delta[n*nc+c] = v
		}
	}
	return a, nil
}

// hit is one keyword occurrence: the keyword and the offset just past it.
type hit struct {
	kw  uint16
	end int32
}

// scan appends every keyword occurrence in b to hits.
func (a *automaton) scan(b []byte, hits []hit) []hit {
	var s uint32
	delta, cls := a.delta, &a.cls
	for i, c := range b {
		s = delta[(s&^acceptBit)+uint32(cls[c])]
		if s&acceptBit != 0 {
			hits = a.emit(hits, s, i)
		}
	}
	return hits
}

// scanString is scan for a string (no copy).
func (a *automaton) scanString(b string, hits []hit) []hit {
	var s uint32
	delta, cls := a.delta, &a.cls
	for i := 0; i < len(b); i++ {
		s = delta[(s&^acceptBit)+uint32(cls[b[i]])]
		if s&acceptBit != 0 {
			hits = a.emit(hits, s, i)
		}
	}
	return hits
}

// emit appends the keywords that end at byte i in state s.
func (a *automaton) emit(hits []hit, s uint32, i int) []hit {
	for _, k := range a.out[int(s&^acceptBit)/a.nc] {
		hits = append(hits, hit{kw: k, end: int32(i + 1)})
	}
	return hits
}

// keywordStart walks back from end over the folded keyword k in text t,
// allowing extra whitespace where k has a space, and returns where the
// occurrence starts.
func keywordStart[T string | []byte](t T, end int, k string) int {
	j := end
	for i := len(k) - 1; i >= 0 && j > 0; i-- {
		if k[i] == ' ' {
			for j > 0 && classByte(t[j-1]) == ' ' {
				j--
			}
			continue
		}
		j--
	}
	return j
}
