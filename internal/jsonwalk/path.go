package jsonwalk

import (
	"strconv"
	"strings"
)

// Path is the position of a string in the document being walked: the keys
// and array indexes from the root down to it. A Path is valid only during
// the visitor call it is passed to (the walk moves on); String copies it
// out. The zero Path is the root.
type Path struct{ w *walker }

// Len returns the number of steps: 0 for the root.
func (p Path) Len() int {
	if p.w == nil {
		return 0
	}
	return len(p.w.stack)
}

// Key returns the decoded object key of step i, 0 <= i < Len(), 0 being
// the outermost; ok is false when step i is an array element. It allocates
// only for keys that hold escapes, and the key may be kept.
func (p Path) Key(i int) (key string, ok bool) {
	e := p.w.stack[i]
	if e.index >= 0 {
		return "", false
	}
	key = p.w.doc[e.start:e.end]
	if e.escaped {
		key = string(appendUnescaped(nil, key))
	}
	return key, true
}

// Index returns the array index of step i, 0 <= i < Len(); ok is false
// when step i is an object member.
func (p Path) Index(i int) (index int, ok bool) {
	e := p.w.stack[i]
	return e.index, e.index >= 0
}

// String returns the path as a JSON pointer (RFC 6901), such as
// "/content/0/text"; "" for the root.
func (p Path) String() string {
	return string(p.AppendPointer(nil))
}

// AppendPointer appends the path as a JSON pointer to b.
func (p Path) AppendPointer(b []byte) []byte {
	for i := range p.Len() {
		b = append(b, '/')
		e := p.w.stack[i]
		if e.index >= 0 {
			b = strconv.AppendInt(b, int64(e.index), 10)
			continue
		}
		key := p.w.doc[e.start:e.end]
		if e.escaped {
			key = string(appendUnescaped(nil, key))
		}
		if !strings.ContainsAny(key, "~/") {
			b = append(b, key...)
			continue
		}
		for j := 0; j < len(key); j++ {
			switch key[j] {
			case '~':
				b = append(b, '~', '0')
			case '/':
				b = append(b, '~', '1')
			default:
				b = append(b, key[j])
			}
		}
	}
	return b
}
