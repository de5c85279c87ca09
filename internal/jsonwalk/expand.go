package jsonwalk

import "strings"

// Limits bound the work of Expand. A field that is zero or negative takes its
// default.
type Limits struct {
	// MaxDepth is the longest chain of decodings: 2 allows "base64>json"
	// but not "base64>json>hex". Default 3; values above 8 count as 8.
	MaxDepth int
	// MaxBytes is the number of bytes all decodings together may produce,
	// those of variants thrown away (not printable, duplicates) included.
	// Default 4×len(s), at most 1 MiB.
	MaxBytes int
	// MaxVariants is the number of variants emitted at most. Default 64.
	MaxVariants int
}

// Expand defaults and bounds.
const (
	defaultExpandDepth    = 3
	maxExpandDepth        = 8       // recursion depth, whatever the caller asks
	defaultBytesPerByte   = 4       // default MaxBytes per byte of s
	defaultMaxBytes       = 1 << 20 // cap on the default MaxBytes
	defaultExpandVariants = 64
	minBase64Run          = 16 // shorter runs of base64 letters are words
	minHexRun             = 32 // shorter runs of hex digits are numbers and ids
)

// Variants calls fn with s as it is (how "") and then, when s is long
// enough to hide one (16 bytes), with each variant Expand finds in it and,
// when s is at most 64 KiB, with s undone from the two obfuscations that
// need no encoding: Reversed (how HowReversed; only when s HasLongToken)
// and Unspaced (HowUnspaced).
// It is what a data-loss scan of an argument reads, in the gateway and in
// eval alike.
func Variants(s string, lim Limits, fn func(text, how string)) {
	fn(s, "")
	if len(s) < minBase64Run {
		return
	}
	Expand(s, lim, fn)
	if len(s) > maxUndo {
		return
	}
	if HasLongToken(s) {
		fn(Reversed(s), HowReversed)
	}
	if u, ok := Unspaced(s); ok {
		fn(u, HowUnspaced)
	}
}

// How Variants names its undone obfuscations.
const (
	HowReversed = "reversed"
	HowUnspaced = "unspaced"
)

// maxUndo bounds the values Variants undoes: an exfiltrated key is short,
// and a long value (a file being written) would cost two more scans.
const maxUndo = 64 << 10

// Expand looks for payloads hidden in s under layers of encoding and calls
// emit with each decoded variant and how it was reached, a chain of steps
// joined by '>', such as "base64>json". The steps, tried in this order:
//
//   - json: s, without surrounding whitespace, is a JSON object, array or
//     string; each string in it, keys included.
//   - base64: each run of at least 16 base64 letters in s (standard or URL
//     alphabet, padded or not), decoded.
//   - hex: each run of at least 32 hex digits in s, decoded.
//   - url: s holds %XX escapes, or a query string with '+' for blanks;
//     s with them decoded ('+' is a blank only after a '?').
//
// A decoding counts only when it is mostly printable UTF-8 (nine runes in
// ten printable or whitespace). Each variant is emitted, then expanded in
// turn (depth first), up to lim.MaxDepth steps from s. Expand never emits s
// itself, an empty string, or a variant twice; it stops when lim.MaxVariants
// are emitted or lim.MaxBytes are decoded. A base64 or hex run too long for
// the bytes left is decoded as far as they go. The variants are new strings
// or substrings of s, safe to keep.
func Expand(s string, lim Limits, emit func(decoded, how string)) {
	e := newExpander(s, lim)
	e.emit = emit
	e.expand(s, "", 1)
}

// Encoded looks for text hidden in s under base64, hex or URL encoding, as
// Expand does but without reading s as JSON (a text that is JSON is read
// as it is by whoever scans s), and calls emit with each decoded variant,
// how it was reached, and the span s[start:end] of the outermost encoded
// text it came from: a base64 or hex run, or a blank-separated word with
// %XX escapes. A secret found in a variant is redacted by replacing that
// span. It is what the data-loss scan of a result reads besides the text
// as sent: bounded as Expand is, and cheap on text with nothing encoded.
func Encoded(s string, lim Limits, emit func(decoded, how string, start, end int)) {
	if len(s) < minBase64Run && strings.IndexByte(s, '%') < 0 {
		return
	}
	e := newExpander(s, lim)
	e.at = emit
	e.noJSON = true
	e.expand(s, "", 1)
}

func newExpander(s string, lim Limits) expander {
	e := expander{
		root:     s,
		depth:    lim.MaxDepth,
		budget:   lim.MaxBytes,
		variants: lim.MaxVariants,
	}
	if e.depth <= 0 {
		e.depth = defaultExpandDepth
	}
	e.depth = min(e.depth, maxExpandDepth)
	if e.budget <= 0 {
		e.budget = min(defaultBytesPerByte*len(s), defaultMaxBytes)
	}
	if e.variants <= 0 {
		e.variants = defaultExpandVariants
	}
	return e
}

// expander is the state of one Expand call.
type expander struct {
	root     string
	emit     func(decoded, how string)
	at       func(decoded, how string, start, end int) // Encoded's emit
	span     [2]int                                    // Encoded: the span of root being decoded
	noJSON   bool                                      // Encoded: no json step
	depth    int                                       // the deepest step allowed
	budget   int                                       // bytes left to decode
	variants int                                       // variants left to emit
	seen     map[string]struct{}                       // the variants emitted, and root
	scratch  []byte                                    // decoding buffer, reused
}

// expand tries every step on s, reached by the chain how, as step level.
func (e *expander) expand(s, how string, level int) {
	if level > e.depth {
		return
	}
	if !e.noJSON {
		e.json(s, how, level)
	}
	e.runs(s, how, level)
	// url last: it copies all of s, and a long s with one %XX would spend
	// the budget before the runs, whose decodings are small.
	if e.at != nil && level == 1 {
		e.urlWords(s)
		return
	}
	e.url(s, how, level)
}

// urlWords is Encoded's url step on the root: each blank-separated word
// with %XX escapes (or a query string with '+') is decoded alone, so that a long text with one link
// costs that link, and the word is the span a finding in it redacts.
func (e *expander) urlWords(s string) {
	for i := 0; i < len(s) && e.live(); {
		k := strings.IndexAny(s[i:], "%+") // an escape, or a query's blank
		if k < 0 {
			return
		}
		k += i
		start, end := k, k
		for start > 0 && !isBlank(s[start-1]) {
			start--
		}
		for end < len(s) && !isBlank(s[end]) {
			end++
		}
		e.span = [2]int{start, end}
		e.url(s[start:end], "", 1)
		i = end
	}
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// live reports whether there is room for more variants.
func (e *expander) live() bool { return e.variants > 0 && e.budget > 0 }

// take reserves n bytes of the budget, if there are that many.
func (e *expander) take(n int) bool {
	if n > e.budget {
		return false
	}
	e.budget -= n
	return true
}

// found emits v, reached from the chain how by step at level, and expands
// it. Its bytes are already counted.
func (e *expander) found(v, how, step string, level int) {
	if v == "" || e.variants <= 0 {
		return
	}
	if e.seen == nil {
		e.seen = map[string]struct{}{e.root: {}}
	}
	if _, dup := e.seen[v]; dup {
		return
	}
	e.seen[v] = struct{}{}
	if how != "" {
		step = how + ">" + step
	}
	e.variants--
	if e.at != nil {
		e.at(v, step, e.span[0], e.span[1])
	} else {
		e.emit(v, step)
	}
	e.expand(v, step, level+1)
}

// json emits the strings of s when s is a JSON object, array or string.
func (e *expander) json(s, how string, level int) {
	start := skipSpace(s, 0)
	if !e.live() || start == len(s) || s[start] != '{' && s[start] != '[' && s[start] != '"' {
		return
	}
	// Collect first, emit once the whole of s is known to be JSON. Repeats
	// are dropped here, so that padding cannot use up the variants.
	var strs []string
	var dup map[string]struct{}
	w := &walker{doc: s, keys: true, collect: func(v string) bool {
		if len(strs) >= e.variants {
			return true
		}
		if dup == nil {
			dup = make(map[string]struct{})
		}
		if _, ok := dup[v]; !ok && e.take(len(v)) {
			dup[v] = struct{}{}
			strs = append(strs, v)
		}
		return true
	}}
	if w.walk() != nil {
		return
	}
	for _, v := range strs {
		e.found(v, how, "json", level)
	}
}

// url emits s with its %XX escapes decoded.
func (e *expander) url(s, how string, level int) {
	if !e.live() {
		return
	}
	n := 0
	for rest := s; ; {
		k := strings.IndexByte(rest, '%')
		if k < 0 {
			break
		}
		if isEscape(rest[k:]) {
			n++
			k += 2
		}
		rest = rest[k+1:]
	}
	// a form's values in a query string have '+' for blanks
	// (?iban=DE02+2522+…)
	q := strings.IndexByte(s, '?')
	plus := q >= 0 && strings.IndexByte(s[q:], '+') >= 0 && !strings.HasSuffix(how, "url") // once
	if n == 0 && !plus || !e.take(len(s)-2*n) {
		return
	}
	if plus {
		// before the escapes are decoded: %2B stays a '+'
		s = s[:q] + strings.ReplaceAll(s[q:], "+", " ")
	}
	b := e.scratch[:0]
	for rest := s; ; {
		k := strings.IndexByte(rest, '%')
		if k < 0 {
			b = append(b, rest...)
			break
		}
		b = append(b, rest[:k]...)
		if isEscape(rest[k:]) {
			b = append(b, byte(unhex(rest[k+1])<<4|unhex(rest[k+2])))
			k += 2
		} else {
			b = append(b, '%')
		}
		rest = rest[k+1:]
	}
	e.scratch = b
	if mostlyPrintable(b) {
		e.found(string(b), how, "url", level)
	}
}

// isEscape reports whether s starts with a %XX escape.
func isEscape(s string) bool {
	return len(s) >= 3 && s[0] == '%' && charClass[s[1]]&classHex != 0 && charClass[s[2]]&classHex != 0
}
