package jsonwalk

// walker validates one JSON document held in a string and reports its
// strings as it meets them. A walker is used for one walk.
type walker struct {
	doc   string
	stack []elem   // where the walk is: one element per open container
	small [16]elem // the stack's first backing array
	keys  bool     // report object keys too (Expand, Keys)
	noVal bool     // do not report string values (Keys)
	stop  bool     // a visitor asked to stop

	// One of these receives the strings, decoded.
	scan    func(p Path, s string) bool
	edit    func(p Path, s string) (string, bool)
	collect func(s string) bool
	// key, when set, receives every object key (Strings with keys).
	key func(s string)

	out  []byte // Strings: the edited document so far, nil until a change
	last int    // Strings: doc[:last] is accounted for in out
}

// elem is one step of a path: an object member or an array element.
// Offsets rather than a substring keep pointers out of the stack, which
// spares a write barrier per member.
type elem struct {
	start, end int  // the raw key is doc[start:end], escapes undecoded
	index      int  // the array index; -1 for an object member
	obj        int  // the offset of the container's '{' or '['
	escaped    bool // the key holds escapes
}

// walk validates the whole document, reporting its strings, and stops early
// (with a nil error) when a visitor asks to.
func (w *walker) walk() error {
	w.stack = w.small[:0]
	end, err := w.value(skipSpace(w.doc, 0), 0)
	if err != nil || w.stop {
		return err
	}
	if i := skipSpace(w.doc, end); i != len(w.doc) {
		return syntaxError(i, "data after the JSON value")
	}
	return nil
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value walks the value starting at doc[i] and returns the offset past it.
// depth is the nesting of the containers around it.
func (w *walker) value(i, depth int) (int, error) {
	doc := w.doc
	if i >= len(doc) {
		return i, syntaxError(i, "unexpected end of JSON")
	}
	switch c := doc[i]; {
	case c == '"':
		end, escaped, err := scanString(doc, i)
		if err != nil {
			return end, err
		}
		if !w.noVal {
			w.report(i, end, escaped)
		}
		return end, nil
	case c == '{':
		return w.object(i, depth+1)
	case c == '[':
		return w.array(i, depth+1)
	case c == '-' || c >= '0' && c <= '9':
		return scanNumber(doc, i)
	case c == 't':
		return literal(doc, i, "true")
	case c == 'f':
		return literal(doc, i, "false")
	case c == 'n':
		return literal(doc, i, "null")
	default:
		return i, syntaxError(i, "unexpected character "+quoteByte(c))
	}
}

func (w *walker) object(i, depth int) (int, error) {
	if depth > maxDepth {
		return i, &Error{Offset: i, Msg: "more than 512 levels", err: ErrTooDeep}
	}
	doc := w.doc
	open := i
	i = skipSpace(doc, i+1)
	if i < len(doc) && doc[i] == '}' {
		return i + 1, nil
	}
	top := len(w.stack)
	w.stack = append(w.stack, elem{index: -1, obj: open})
	for {
		if i >= len(doc) || doc[i] != '"' {
			return i, syntaxError(i, "expected an object key")
		}
		kend, escaped, err := scanString(doc, i)
		if err != nil {
			return kend, err
		}
		w.stack[top] = elem{start: i + 1, end: kend - 1, index: -1, obj: open, escaped: escaped}
		if w.keys {
			w.report(i, kend, escaped)
		}
		if w.key != nil {
			w.key(w.decoded(i, kend, escaped))
		}
		i = skipSpace(doc, kend)
		if i >= len(doc) || doc[i] != ':' {
			return i, syntaxError(i, "expected ':' after an object key")
		}
		end, err := w.value(skipSpace(doc, i+1), depth)
		if err != nil || w.stop {
			return end, err
		}
		i = skipSpace(doc, end)
		if i >= len(doc) {
			return i, syntaxError(i, "unterminated object")
		}
		switch doc[i] {
		case ',':
			i = skipSpace(doc, i+1)
		case '}':
			w.stack = w.stack[:top]
			return i + 1, nil
		default:
			return i, syntaxError(i, "expected ',' or '}' in an object")
		}
	}
}

func (w *walker) array(i, depth int) (int, error) {
	if depth > maxDepth {
		return i, &Error{Offset: i, Msg: "more than 512 levels", err: ErrTooDeep}
	}
	doc := w.doc
	open := i
	i = skipSpace(doc, i+1)
	if i < len(doc) && doc[i] == ']' {
		return i + 1, nil
	}
	top := len(w.stack)
	w.stack = append(w.stack, elem{obj: open})
	for n := 0; ; n++ {
		w.stack[top].index = n
		end, err := w.value(i, depth)
		if err != nil || w.stop {
			return end, err
		}
		i = skipSpace(doc, end)
		if i >= len(doc) {
			return i, syntaxError(i, "unterminated array")
		}
		switch doc[i] {
		case ',':
			i = skipSpace(doc, i+1)
		case ']':
			w.stack = w.stack[:top]
			return i + 1, nil
		default:
			return i, syntaxError(i, "expected ',' or ']' in an array")
		}
	}
}

// report hands the string literal doc[start:end] to the visitor.
func (w *walker) report(start, end int, escaped bool) {
	s := w.decoded(start, end, escaped)
	switch {
	case w.scan != nil:
		w.stop = !w.scan(Path{w}, s)
	case w.edit != nil:
		repl, changed := w.edit(Path{w}, s)
		if !changed || repl == s {
			return
		}
		if w.out == nil {
			w.out = make([]byte, 0, len(w.doc)+len(repl)-len(s)+64)
		}
		w.out = append(w.out, w.doc[w.last:start]...)
		w.out = appendQuoted(w.out, repl)
		w.last = end
	case w.collect != nil:
		w.stop = !w.collect(s)
	}
}

// decoded returns the text of the string literal doc[start:end].
func (w *walker) decoded(start, end int, escaped bool) string {
	s := w.doc[start+1 : end-1]
	if !escaped {
		return s
	}
	return unescape(s)
}

func literal(doc string, i int, lit string) (int, error) {
	if len(doc)-i < len(lit) || doc[i:i+len(lit)] != lit {
		return i, syntaxError(i, "invalid literal")
	}
	return i + len(lit), nil
}

// scanNumber returns the offset past the number starting at doc[i].
func scanNumber(doc string, i int) (int, error) {
	start := i
	digits := func() bool {
		s := i
		for i < len(doc) && doc[i] >= '0' && doc[i] <= '9' {
			i++
		}
		return i > s
	}
	if doc[i] == '-' {
		i++
	}
	if i < len(doc) && doc[i] == '0' {
		i++
	} else if !digits() {
		return i, syntaxError(start, "invalid number")
	}
	if i < len(doc) && doc[i] == '.' {
		i++
		if !digits() {
			return i, syntaxError(start, "invalid number")
		}
	}
	if i < len(doc) && (doc[i] == 'e' || doc[i] == 'E') {
		i++
		if i < len(doc) && (doc[i] == '+' || doc[i] == '-') {
			i++
		}
		if !digits() {
			return i, syntaxError(start, "invalid number")
		}
	}
	return i, nil
}

func quoteByte(c byte) string {
	const hex = "0123456789abcdef"
	if c >= 0x20 && c < 0x7f {
		return "'" + string(rune(c)) + "'"
	}
	return "0x" + string([]byte{hex[c>>4], hex[c&15]})
}
