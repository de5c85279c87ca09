package guard

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// maxJoined bounds the text lineJoin reads at once: an RSA-8192 key in PEM
// is about 6.5 KB.
const maxJoined = 64 << 10

// lineJoin reads the strings of one array together, one per line, so that
// a secret cut into an array's elements is read whole: a private key sent
// as its lines ({"lines": ["-----BEGIN OPENSSH PRIVATE KEY-----", "b3Bl…",
// …, "-----END OPENSSH PRIVATE KEY-----"]}) is no secret in any one of
// them. Give it each string of a walk in order (add), then call flush.
type lineJoin struct {
	// scan receives each run of two or more strings of one array, joined
	// with newlines, with where each string ends in it, the array's path
	// and the index of the run's first string in the array.
	scan func(text string, ends []int, path string, first int)

	array, next int // the array of the run (its '[' offset), the index that continues it
	first       int
	path        string
	text        []byte
	ends        []int

	pieces *pieceJoin // nil, or the reader of pieces given the same strings
}

func (j *lineJoin) add(p jsonwalk.Path, s string) {
	if j.pieces != nil {
		j.pieces.add(p, s)
	}
	array, index, ok := p.Element()
	if !ok || len(s) >= maxJoined {
		// not an array's, or too long to join (a payload): a run ends
		j.flushLines()
		return
	}
	if len(j.ends) > 0 && (array != j.array || index != j.next || len(j.text)+1+len(s) > maxJoined) {
		j.flushLines()
	}
	if len(j.ends) == 0 {
		j.array, j.first, j.path = array, index, containerPointer(p)
	} else {
		j.text = append(j.text, '\n')
	}
	j.text = append(j.text, s...)
	j.ends = append(j.ends, len(j.text))
	j.next = index + 1
}

// flush ends the walk: it scans the runs read so far.
func (j *lineJoin) flush() {
	j.flushLines()
	if j.pieces != nil {
		j.pieces.flush()
	}
}

// flushLines scans the run of lines read so far, if it has two strings or
// more.
func (j *lineJoin) flushLines() {
	if len(j.ends) >= 2 {
		j.scan(string(j.text), j.ends, j.path, j.first)
	}
	j.text, j.ends = j.text[:0], j.ends[:0]
}

// pieceJoin reads the short strings without blanks of one array or object
// together, end to end, so that a credential cut into pieces is read
// whole: {"a": "ghp_e2GbbCmt9HAE3mlakb", "b": "2lLNcAAQWH8JkPFlCS"} holds
// no secret in either string. Give it each string of a walk in order
// (add), then call flush.
type pieceJoin struct {
	// scan receives each run of two or more pieces of one container,
	// joined, with where each piece ends in it and the container's path.
	scan func(text string, ends []int, path string)

	container int // the '{' or '[' offset of the run's container
	path      string
	text      []byte
	ends      []int
}

// Bounds of a piece and of a run of pieces. Shorter runs ("acme" and
// "widgets", an owner and a repository) are names, not a key's parts.
const (
	maxPiece        = 256
	maxPieces       = 64
	minJoinedPieces = 16
)

func (j *pieceJoin) add(p jsonwalk.Path, s string) {
	container, ok := p.Container()
	if !ok || !isPiece(s) {
		j.flush() // a string that is no piece ends a run
		return
	}
	if len(j.ends) > 0 && (container != j.container || len(j.ends) == maxPieces) {
		j.flush()
	}
	if len(j.ends) == 0 {
		j.container, j.path = container, containerPointer(p)
	}
	j.text = append(j.text, s...)
	j.ends = append(j.ends, len(j.text))
}

// flush scans the run read so far, if it has two pieces or more and is
// long enough to hold a credential.
func (j *pieceJoin) flush() {
	if len(j.ends) >= 2 && len(j.text) >= minJoinedPieces {
		j.scan(string(j.text), j.ends, j.path)
	}
	j.text, j.ends = j.text[:0], j.ends[:0]
}

// isPiece reports whether s may be a piece of a credential: short, with
// no blank or quote.
func isPiece(s string) bool {
	if s == "" || len(s) > maxPiece {
		return false
	}
	for i := range len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '"', '\'':
			return false
		}
	}
	return true
}

// containerPointer is the JSON pointer of the array or object holding the
// last step of p.
func containerPointer(p jsonwalk.Path) string {
	ptr := p.String()
	return ptr[:strings.LastIndexByte(ptr, '/')]
}

// joinedSecrets returns the secrets of High severity or more that the
// joined strings of an array hold across two elements or more: one inside
// a single element was found in the element already.
func joinedSecrets(sc Scanner, text string, ends []int) []detect.Finding {
	var out []detect.Finding
	for _, f := range sc(text) {
		if f.Severity >= detect.High && element(f.Start, ends) != element(f.End-1, ends) {
			out = append(out, f)
		}
	}
	return out
}

// element is the index, among ends, of the string holding byte at of a
// joined text.
func element(at int, ends []int) int {
	for k, e := range ends {
		if at < e {
			return k
		}
	}
	return len(ends) - 1
}

// acrossHit is a secret found across the elements first to last of the
// array at path (its offsets are in the joined text).
type acrossHit struct {
	path        string
	first, last int
	f           detect.Finding
}

// resultLines returns the reader of a result's arrays of strings as lines,
// which appends to hits each secret sc (o.decodedSecrets) finds across an
// array's elements.
func (o *ContentOptions) resultLines(sc Scanner, hits *[]acrossHit) *lineJoin {
	j := &lineJoin{scan: func(string, []int, string, int) {}}
	if o.Secrets == nil || o.OnSecret == DataOff {
		return j
	}
	j.scan = func(text string, ends []int, path string, first int) {
		for _, f := range joinedSecrets(sc, text, ends) {
			*hits = append(*hits, acrossHit{path: path, first: first + element(f.Start, ends), last: first + element(f.End-1, ends), f: f})
		}
	}
	return j
}

// redactAcross replaces each string of doc that holds part of a secret
// found across an array's elements with the redaction label: the secret
// has no place in any one string to cut.
func redactAcross(doc []byte, hits []acrossHit) ([]byte, error) {
	out, _, err := jsonwalk.Strings(doc, func(p jsonwalk.Path, s string) (string, bool) {
		_, index, ok := p.Element()
		if !ok {
			return s, false
		}
		parent := containerPointer(p)
		for _, h := range hits {
			if h.path == parent && index >= h.first && index <= h.last {
				return redactionLabel(jsonwalk.Span{Type: h.f.Type}), true
			}
		}
		return s, false
	})
	return out, err
}
