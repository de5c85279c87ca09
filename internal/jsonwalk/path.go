package jsonwalk

import (
	"slices"
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

// maxSiblings bounds the members Sibling reads, so that looking up a
// sibling of every member of a huge object stays linear.
const maxSiblings = 64

// Sibling returns the string value of the member named key (matched
// exactly, after decoding) of the object holding the last step, when that
// step is an object member and such a member is among the object's first
// 64: "name" beside "value" in {"name": "DB_PASSWORD", "value": "…"}. A
// member whose value is not a string does not count; the members are
// read up to one that is not valid JSON.
func (p Path) Sibling(key string) (value string, ok bool) { return p.FirstSibling(key) }

// FirstSibling is Sibling for several keys at once: among the members of
// the object holding the last step (its first 64) whose value is a string
// and whose key is one of keys, it returns the value of the one whose key
// comes first in keys. It reads the object once, where a Sibling call for
// each key would read it for each.
func (p Path) FirstSibling(keys ...string) (value string, ok bool) {
	n := p.Len()
	if n == 0 || p.w.stack[n-1].index >= 0 {
		return "", false
	}
	doc := p.w.doc
	best := len(keys)
	i := skipSpace(doc, p.w.stack[n-1].obj+1)
	for m := 0; m < maxSiblings && i < len(doc) && doc[i] == '"' && best > 0; m++ {
		kend, kesc, err := scanString(doc, i)
		if err != nil {
			break
		}
		k := doc[i+1 : kend-1]
		if kesc {
			k = string(appendUnescaped(nil, k))
		}
		i = skipSpace(doc, kend)
		if i >= len(doc) || doc[i] != ':' {
			break
		}
		i = skipSpace(doc, i+1)
		if at := slices.Index(keys[:best], k); at >= 0 {
			if v, isString := stringAt(doc, i); isString {
				value, best = v, at
			}
		}
		if i, ok = nextElem(doc, i, n); !ok {
			break
		}
	}
	return value, best < len(keys)
}

// stringAt returns the string that starts at doc[i], decoded; ok is false
// when no valid string starts there.
func stringAt(doc string, i int) (s string, ok bool) {
	if i >= len(doc) || doc[i] != '"' {
		return "", false
	}
	end, esc, err := scanString(doc, i)
	if err != nil {
		return "", false
	}
	if esc {
		return string(appendUnescaped(nil, doc[i+1:end-1])), true
	}
	return doc[i+1 : end-1], true
}

// nextElem skips the value at doc[i] (of a container at depth) and the
// comma after it, and returns where the next member or element starts;
// ok is false when the value is invalid or is the container's last.
func nextElem(doc string, i, depth int) (next int, ok bool) {
	skip := walker{doc: doc, noVal: true}
	end, err := skip.value(i, depth)
	if err != nil {
		return 0, false
	}
	i = skipSpace(doc, end)
	if i >= len(doc) || doc[i] != ',' {
		return 0, false
	}
	return skipSpace(doc, i+1), true
}

// Header returns the column header of a table sent as rows: for a
// string that is element k of a row, itself element r >= 1 of an array,
// the string element k of that array's first element, when it is an
// array too and k is below 64: "phone" for "030 28471936" in
// [["name", "phone"], ["Ann", "030 28471936"]].
func (p Path) Header() (header string, ok bool) {
	n := p.Len()
	if n < 2 {
		return "", false
	}
	col, row := p.w.stack[n-1], p.w.stack[n-2]
	if col.index < 0 || row.index < 1 || col.index >= maxSiblings {
		return "", false
	}
	doc := p.w.doc
	i := skipSpace(doc, row.obj+1)
	if i >= len(doc) || doc[i] != '[' {
		return "", false
	}
	i = skipSpace(doc, i+1)
	for range col.index {
		if i, ok = nextElem(doc, i, n); !ok {
			return "", false
		}
	}
	return stringAt(doc, i)
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

// Element reports, when the last step is an array element, the offset of
// the array's '[' in the document (one value for every element of one
// array) and the element's index.
func (p Path) Element() (array, index int, ok bool) {
	n := p.Len()
	if n == 0 || p.w.stack[n-1].index < 0 {
		return 0, 0, false
	}
	e := p.w.stack[n-1]
	return e.obj, e.index, true
}

// Container reports the offset in the document of the '{' or '[' of the
// object or array holding the last step: one value for all the members
// or elements of one container. ok is false at the root.
func (p Path) Container() (offset int, ok bool) {
	n := p.Len()
	if n == 0 {
		return 0, false
	}
	return p.w.stack[n-1].obj, true
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
