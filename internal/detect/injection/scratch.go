package injection

import "github.com/mcpshield/mcpshield/internal/detect/injection/linear"

// scanBuf is a scan's scratch space, recycled through engine.bufs: a scan
// of ordinary text otherwise spends more time allocating than matching.
type scanBuf struct {
	ascii matchBuf
	uni   []hit
	// hits holds the keyword occurrences of the unit being scanned at
	// each decoding depth: a unit's hits are dead once the next unit of
	// its depth is scanned.
	hits [maxDecodeDepth + 1][]khit
	runs [][2]int // markText's runs, dead once decoded
	// win holds the folded windows the rules and tasks read (runCode
	// needs two at once).
	win [2]window
	// frame holds the text folded before an override match (record),
	// read for a frame that governs it and dead right after.
	frame window
	// full holds a whole ASCII unit folded (runRules), the unit fullOf
	// (nil when none).
	full     window
	fullOf   *unit
	fullHint int // where foldedPart's last cut started
	// runRules' tables, per rule and per keyword (cleared at each use)
	last      []int
	nearState []uint8
	present   kwSet
	// model is the linear model's scratch (model.go)
	model linear.Scratch
}

// maxPooled bounds the scratch a pooled scanBuf keeps (in elements of
// each slice): one huge text does not pin its buffers for good.
const maxPooled = 1 << 16

// getBuf takes a scanBuf from the pool.
func (e *engine) getBuf() *scanBuf {
	if b, ok := e.bufs.Get().(*scanBuf); ok {
		return b
	}
	return &scanBuf{}
}

// putBuf returns b to the pool, unless it grew too big.
func (e *engine) putBuf(b *scanBuf) {
	if b.ascii.len() > maxPooled || len(b.uni) > maxPooled || len(b.runs) > maxPooled ||
		cap(b.win[0].b) > maxPooled || cap(b.win[1].b) > maxPooled || cap(b.full.b) > maxPooled ||
		len(b.win[0].ident) > maxPooled || len(b.win[1].ident) > maxPooled {
		return
	}
	for _, h := range b.hits {
		if len(h) > maxPooled {
			return
		}
	}
	b.fullOf = nil
	e.bufs.Put(b)
}

// resize returns s with length n, all zero.
func resize[S ~[]E, E any](s S, n int) S {
	if cap(s) < n {
		return make(S, n)
	}
	s = s[:n]
	clear(s)
	return s
}
