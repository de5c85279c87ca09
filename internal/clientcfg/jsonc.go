package clientcfg

import (
	"encoding/json"
	"fmt"
)

// kind is the JSON type of a node.
type kind uint8

const (
	kindObject kind = iota + 1
	kindArray
	kindString
	kindNumber
	kindBool
	kindNull
)

func (k kind) String() string {
	switch k {
	case kindObject:
		return "object"
	case kindArray:
		return "array"
	case kindString:
		return "string"
	case kindNumber:
		return "number"
	case kindBool:
		return "boolean"
	case kindNull:
		return "null"
	}
	return "nothing"
}

// node is one JSON value and the byte span [start, end) it occupies in the
// source, so that an edit can replace exactly that value and nothing else.
type node struct {
	kind       kind
	start, end int
	members    []member // kindObject, in source order, duplicates kept
	elems      []*node  // kindArray
	str        string   // kindString: the decoded value
	boolean    bool     // kindBool
}

// member is one key of an object.
type member struct {
	key      string
	keyStart int // offset of the key's opening quote
	val      *node
}

// lookup returns the value of key, nil if absent. dup reports that the key
// occurs more than once: JSON parsers disagree on which one wins, so callers
// refuse rather than guess.
func (n *node) lookup(key string) (v *node, dup bool) {
	for _, m := range n.members {
		if m.key != key {
			continue
		}
		if v != nil {
			return v, true
		}
		v = m.val
	}
	return v, false
}

// syntaxError is a JSON syntax error at a byte offset.
type syntaxError struct {
	off int
	msg string
}

func (e *syntaxError) Error() string { return e.msg }

// parser reads JSON with the two extensions of JSONC that VS Code accepts:
// comments (// and /* */) and trailing commas. jsonc records whether either
// was seen.
type parser struct {
	src   []byte
	pos   int
	depth int
	jsonc bool
}

// parseJSONC parses src into a tree of spans. A leading UTF-8 byte order
// mark is skipped.
func parseJSONC(src []byte) (root *node, jsonc bool, err error) {
	p := &parser{src: src}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		p.pos = 3
	}
	if err := p.space(); err != nil {
		return nil, false, err
	}
	root, err = p.value()
	if err != nil {
		return nil, false, err
	}
	if err := p.space(); err != nil {
		return nil, false, err
	}
	if p.pos < len(src) {
		return nil, false, p.errorf("unexpected %s after the top-level value", p.what())
	}
	return root, p.jsonc, nil
}

func (p *parser) errorf(format string, args ...any) error {
	return &syntaxError{off: p.pos, msg: fmt.Sprintf(format, args...)}
}

// what names the byte at pos for an error message.
func (p *parser) what() string {
	if p.pos >= len(p.src) {
		return "end of file"
	}
	return fmt.Sprintf("%q", p.src[p.pos])
}

// space skips white space and comments.
func (p *parser) space() error {
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p.pos++
		case c == '/' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '/':
			p.jsonc = true
			for p.pos < len(p.src) && p.src[p.pos] != '\n' {
				p.pos++
			}
		case c == '/' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '*':
			p.jsonc = true
			start := p.pos
			p.pos += 2
			for {
				if p.pos+1 >= len(p.src) {
					p.pos = start
					return p.errorf("unterminated /* comment")
				}
				if p.src[p.pos] == '*' && p.src[p.pos+1] == '/' {
					p.pos += 2
					break
				}
				p.pos++
			}
		default:
			return nil
		}
	}
	return nil
}

func (p *parser) value() (*node, error) {
	if p.pos >= len(p.src) {
		return nil, p.errorf("unexpected end of file, want a value")
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.string()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return p.literal("true", kindBool, true)
	case c == 'f':
		return p.literal("false", kindBool, false)
	case c == 'n':
		return p.literal("null", kindNull, false)
	}
	return nil, p.errorf("unexpected %s, want a value", p.what())
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > maxDepth {
		return p.errorf("nested deeper than %d levels", maxDepth)
	}
	return nil
}

func (p *parser) object() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	n := &node{kind: kindObject, start: p.pos}
	p.pos++ // {
	for {
		if err := p.space(); err != nil {
			return nil, err
		}
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			if len(n.members) > 0 {
				p.jsonc = true // trailing comma
			}
			break
		}
		if p.pos >= len(p.src) || p.src[p.pos] != '"' {
			return nil, p.errorf("unexpected %s, want a key string or '}'", p.what())
		}
		key, err := p.string()
		if err != nil {
			return nil, err
		}
		if err := p.space(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			return nil, p.errorf("unexpected %s after key %q, want ':'", p.what(), key.str)
		}
		p.pos++
		if err := p.space(); err != nil {
			return nil, err
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.members = append(n.members, member{key: key.str, keyStart: key.start, val: v})
		if err := p.space(); err != nil {
			return nil, err
		}
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			break
		}
		return nil, p.errorf("unexpected %s in object, want ',' or '}'", p.what())
	}
	p.pos++ // }
	n.end = p.pos
	return n, nil
}

func (p *parser) array() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	n := &node{kind: kindArray, start: p.pos}
	p.pos++ // [
	for {
		if err := p.space(); err != nil {
			return nil, err
		}
		if p.pos < len(p.src) && p.src[p.pos] == ']' {
			if len(n.elems) > 0 {
				p.jsonc = true // trailing comma
			}
			break
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		n.elems = append(n.elems, v)
		if err := p.space(); err != nil {
			return nil, err
		}
		if p.pos < len(p.src) && p.src[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.src) && p.src[p.pos] == ']' {
			break
		}
		return nil, p.errorf("unexpected %s in array, want ',' or ']'", p.what())
	}
	p.pos++ // ]
	n.end = p.pos
	return n, nil
}

// string scans a string, checking its escapes, and decodes it. Strings
// without escapes, nearly all of them, are not copied twice.
func (p *parser) string() (*node, error) {
	start := p.pos
	p.pos++ // "
	escaped := false
	for {
		if p.pos >= len(p.src) {
			p.pos = start
			return nil, p.errorf("unterminated string")
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			n := &node{kind: kindString, start: start, end: p.pos}
			if !escaped {
				n.str = string(p.src[start+1 : p.pos-1])
			} else if err := json.Unmarshal(p.src[start:p.pos], &n.str); err != nil {
				p.pos = start
				return nil, p.errorf("bad string: %v", err)
			}
			return n, nil
		case c == '\\':
			escaped = true
			if p.pos+1 >= len(p.src) {
				p.pos++
				continue // reported as unterminated
			}
			switch p.src[p.pos+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos += 2
			case 'u':
				if p.pos+6 > len(p.src) || !isHex4(p.src[p.pos+2:p.pos+6]) {
					return nil, p.errorf(`bad \u escape in string`)
				}
				p.pos += 6
			default:
				return nil, p.errorf("bad escape \\%c in string", p.src[p.pos+1])
			}
		case c < 0x20:
			return nil, p.errorf("control character %q in string", c)
		default:
			p.pos++
		}
	}
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// number scans -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (p *parser) number() (*node, error) {
	start := p.pos
	digits := func() int {
		n := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.src[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(p.src) && p.src[p.pos] == '0':
		p.pos++
	case digits() == 0:
		return nil, p.errorf("unexpected %s in number", p.what())
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return nil, p.errorf("unexpected %s in number, want a digit", p.what())
		}
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return nil, p.errorf("unexpected %s in number exponent, want a digit", p.what())
		}
	}
	return &node{kind: kindNumber, start: start, end: p.pos}, nil
}

func (p *parser) literal(word string, k kind, b bool) (*node, error) {
	if len(p.src)-p.pos < len(word) || string(p.src[p.pos:p.pos+len(word)]) != word {
		return nil, p.errorf("unexpected %s, want a value", p.what())
	}
	n := &node{kind: k, start: p.pos, end: p.pos + len(word), boolean: b}
	p.pos += len(word)
	return n, nil
}
