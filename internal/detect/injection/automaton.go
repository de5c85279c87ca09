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
	// outs[outAt[s]:outAt[s+1]] lists the keywords that end when state s
	// is entered.
	outs  []uint16
	outAt []uint32
	// rowDiv turns a row into its state number, row*rowDiv>>32: exact
	// for multiples of nc below 1<<31, and cheaper than a division.
	rowDiv uint64
	// sync[c1*nc+c2] says no keyword holds the classes c1, c2 in a row
	// (and they are not two spaces, which the walk reads as one): after
	// reading them the walk is in the state that reading c2 alone from
	// the start state reaches, whatever came before. scanText cuts the
	// text at such pairs.
	sync []bool
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
//
// The trie and the transitions live in one flat table (a row of nc
// entries per state), filled in place breadth first: building the
// prefilter costs a few milliseconds, not the map-per-node trie's tens.
func newAutomaton(keywords []string) (*automaton, error) {
	a := &automaton{}
	// classes: one per folded byte value that occurs in a keyword.
	var used [256]bool
	size := 1
	for _, k := range keywords {
		for i := 0; i < len(k); i++ {
			used[classByte(k[i])] = true
		}
		size += len(k)
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
	space := int32(a.cls[' '])

	// trie: next[s*nc+c] is the child of s on class c (0: none, the root
	// is no one's child); it becomes the full transition table below.
	next := make([]int32, nc, size*nc)
	own := make([][]uint16, 1, size) // keywords per state
	for ki, k := range keywords {
		s := int32(0)
		for i := 0; i < len(k); i++ {
			c := int32(a.cls[k[i]])
			t := next[s*int32(nc)+c]
			if t == 0 {
				t = int32(len(own))
				own = append(own, nil)
				next = append(next, make([]int32, nc)...)
				next[s*int32(nc)+c] = t
			}
			s = t
		}
		own[s] = append(own[s], uint16(ki))
	}
	n := len(own)
	if n >= 1<<24 {
		return nil, fmt.Errorf("automaton: %d states", n)
	}
	// breadth-first: failure links and full transitions. A state reached
	// on a space loops on further spaces.
	fail := make([]int32, n)
	spaceState := make([]bool, n)
	isChild := make([]bool, n*nc)
	for i, t := range next {
		isChild[i] = t != 0
	}
	queue := make([]int32, 0, n)
	for c := int32(0); c < int32(nc); c++ {
		if t := next[c]; t != 0 {
			queue = append(queue, t)
			if c == space && space != 0 {
				spaceState[t] = true
			}
		}
	}
	outs := make([][]uint16, n)
	outs[0] = own[0]
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		outs[s] = append(own[s], outs[fail[s]]...)
		row, frow := s*int32(nc), fail[s]*int32(nc)
		for c := int32(0); c < int32(nc); c++ {
			if isChild[row+c] {
				t := next[row+c]
				fail[t] = next[frow+c]
				if fail[t] == t {
					fail[t] = 0
				}
				if c == space && space != 0 {
					spaceState[t] = true
				}
				queue = append(queue, t)
				continue
			}
			if c == space && space != 0 && spaceState[s] {
				next[row+c] = s
				continue
			}
			next[row+c] = next[frow+c]
		}
	}
	// Renumber the states breadth first, so that the shallow states the
	// scan spends its time in share cache lines.
	order := make([]int32, 0, n) // new → old
	seen := make([]bool, n)
	order, seen[0] = append(order, 0), true
	for i := 0; i < len(order); i++ {
		row := order[i] * int32(nc)
		for c := int32(0); c < int32(nc); c++ {
			if t := next[row+c]; !seen[t] {
				seen[t] = true
				order = append(order, t)
			}
		}
	}
	for old := range n { // unreachable states keep a slot
		if !seen[old] {
			order = append(order, int32(old))
		}
	}
	rank := make([]uint32, n) // old → new
	for nw, old := range order {
		rank[old] = uint32(nw)
	}
	a.delta = make([]uint32, n*nc)
	a.outAt = make([]uint32, n+1)
	for nw, old := range order {
		a.outAt[nw] = uint32(len(a.outs))
		a.outs = append(a.outs, outs[old]...)
		for c := 0; c < nc; c++ {
			t := next[int(old)*nc+c]
			v := rank[t] * uint32(nc)
			if len(outs[t]) > 0 {
				v |= acceptBit
			}
			a.delta[nw*nc+c] = v
		}
	}
	a.outAt[n] = uint32(len(a.outs))
	a.rowDiv = 1<<32/uint64(nc) + 1
	// The walk's state is the longest suffix of the text read (runs of
	// spaces read as one) that begins some keyword: one that ends in a
	// pair no keyword holds is at most one class long.
	a.sync = make([]bool, nc*nc)
	for i := range a.sync {
		a.sync[i] = true
	}
	a.sync[int(space)*nc+int(space)] = false
	for _, k := range keywords {
		for i := 1; i < len(k); i++ {
			a.sync[int(a.cls[k[i-1]])*nc+int(a.cls[k[i]])] = false
		}
	}
	return a, nil
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
