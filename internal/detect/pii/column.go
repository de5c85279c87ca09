package pii

import (
	"iter"
	"strings"
)

// Tables: a value in a delimited table (CSV, TSV, a pipe or markdown
// table, a database client's output) is named by its column's header,
// often far from it: "name,phone\nVikram Reddy,0122 055 3302". When the
// header cell above a value holds one of a rule's words, that is the
// value's context, as a word just before it on its line would be.

// maxTableLine bounds the lines read as table rows: a longer line is
// prose or minified data, and reading it whole for every candidate would
// cost its length each time.
const maxTableLine = 4096

// maxHeaderCell bounds a header cell: a longer one is a sentence.
const maxHeaderCell = 40

// table is the block of delimited lines a header was last found for:
// lines with cols delimiters delim each, from the header at start to the
// line that ends at end. Candidates come in text order, so the next one
// usually falls in the same block and only the lines since end are read.
type table struct {
	delim      byte
	cols       int
	start, end int
}

// context is r.context with the column's header as a fallback: a header
// cell with one of r's words decides; otherwise the words before p on its
// line do.
func (sc *scanner) context(r *rule, p int) int {
	if c := sc.columnContext(r, p); c != 0 {
		return c
	}
	return r.context(sc.text, p)
}

// columnContext is the context the header of p's column gives: 0 when p
// is not in a table row under a header.
func (sc *scanner) columnContext(r *rule, p int) int {
	t := sc.text
	ls := p
	for ls > 0 && t[ls-1] != '\n' {
		if p-ls >= maxTableLine {
			return 0
		}
		ls--
	}
	if ls == 0 {
		return 0 // the first line is no row under a header
	}
	le := p
	for le < len(t) && t[le] != '\n' {
		if le-p >= maxTableLine {
			return 0
		}
		le++
	}
	d := rowDelim(t[ls:le])
	if d == 0 {
		return 0
	}
	n := delims(t[ls:le], d)
	hs := sc.header(d, n, ls)
	if hs < 0 {
		return 0
	}
	he := hs + strings.IndexByte(t[hs:], '\n')
	return r.cellContext(cell(t[hs:he], d, delims(t[ls:p], d)))
}

// rowDelim is the delimiter a row is cut by: a tab, '|', ';' or ','
// (the first of these it holds); 0 for none.
func rowDelim(line string) byte {
	for _, d := range []byte{'\t', '|', ';', ','} {
		if strings.IndexByte(line, d) >= 0 {
			return d
		}
	}
	return 0
}

// delims counts the delimiters d of s outside double quotes.
func delims(s string, d byte) int {
	n := -1
	for range cells(s, d) {
		n++
	}
	return n
}

// cells yields the cells of line, cut by d outside double quotes, with
// their numbers from 0.
func cells(line string, d byte) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		k, quoted, from := 0, false, 0
		for i := 0; i <= len(line); i++ {
			if i < len(line) && line[i] == '"' {
				quoted = !quoted
				continue
			}
			if i == len(line) || line[i] == d && !quoted {
				if !yield(k, line[from:i]) {
					return
				}
				k++
				from = i + 1
			}
		}
	}
}

// header returns the start of the header line of the table whose row
// starts at ls (n delimiters d to a line): the first of the lines with as
// many before it, with no line break between; -1 when the row is that
// first line, or that line reads as no header (headerAt).
func (sc *scanner) header(d byte, n, ls int) int {
	t := sc.text
	tb := &sc.table
	if tb.delim == d && tb.cols == n && tb.start < ls && ls >= tb.end {
		// lines from tb.end to ls must be rows of the same block
		for i := tb.end; i < ls; {
			e := strings.IndexByte(t[i:], '\n')
			j := i + e + 1
			if e < 0 || e > maxTableLine || delims(t[i:j-1], d) != n || rowDelim(t[i:j-1]) != d {
				tb.delim = 0
				break
			}
			i = j
		}
		if tb.delim != 0 {
			tb.end = ls
			return sc.headerAt(tb.start, d)
		}
	}
	// walk up from the row while the lines are rows of the same table
	start := ls
	for start > 0 {
		ps := start - 1
		for ps > 0 && t[ps-1] != '\n' && start-1-ps <= maxTableLine {
			ps-- // not further than a row can be long: a huge line above is read once per candidate
		}
		line := t[ps : start-1]
		if start-1-ps > maxTableLine || line == "" || rowDelim(line) != d || delims(line, d) != n {
			break
		}
		start = ps
	}
	*tb = table{delim: d, cols: n, start: start, end: ls}
	if start == ls {
		return -1
	}
	return sc.headerAt(start, d)
}

// headerAt returns hs when the line there, cut by d, reads as a header:
// no digit, and no cell longer than a name (lines of prose with as many
// commas are not); -1 otherwise.
func (sc *scanner) headerAt(hs int, d byte) int {
	line := sc.text[hs:]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	if strings.ContainsAny(line, "0123456789") {
		return -1
	}
	for _, c := range cells(line, d) {
		if len(c) > maxHeaderCell {
			return -1
		}
	}
	return hs
}

// cell returns the k-th cell of line (cells cut by d outside quotes), ""
// when there are fewer.
func cell(line string, d byte, k int) string {
	for n, c := range cells(line, d) {
		if n == k {
			return c
		}
	}
	return ""
}

// cellContext is the context a header cell gives: -1 when it holds one
// of r's negative words, +1 when one of its words, 0 otherwise (and for
// a cell too long to be a name).
func (r *rule) cellContext(c string) int {
	c = strings.TrimSpace(c)
	if c == "" || len(c) > maxHeaderCell {
		return 0
	}
	ctx := 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(c), func(r rune) bool { return r < 0x80 && !isAlpha(byte(r)) }) {
		switch {
		case r.negative[w] || len(w) > 2 && w[len(w)-1] == 's' && r.negative[w[:len(w)-1]]:
			return -1
		case r.keywords[w] || len(w) > 2 && w[len(w)-1] == 's' && r.keywords[w[:len(w)-1]]:
			ctx = 1
		}
	}
	return ctx
}
