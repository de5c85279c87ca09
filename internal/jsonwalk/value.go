package jsonwalk

import (
	"encoding/json"
	"unicode/utf8"
)

// Value decodes the JSON document doc as encoding/json's Decoder with
// UseNumber does into an any: objects as map[string]any (the last of
// repeated keys wins), arrays as []any, numbers as json.Number, and strings
// with bytes that are not UTF-8 replaced, one U+FFFD each. It returns an
// *Error when doc is not valid JSON or is nested deeper than 512 levels.
//
// Value copies doc once; the strings of the tree share that copy.
func Value(doc []byte) (any, error) {
	d := &decoder{doc: string(doc)}
	v, end, err := d.value(skipSpace(d.doc, 0), 0)
	if err != nil {
		return nil, err
	}
	if i := skipSpace(d.doc, end); i != len(d.doc) {
		return nil, syntaxError(i, "data after the JSON value")
	}
	return v, nil
}

// decoder builds the tree of one document for Value.
type decoder struct {
	doc string
}

func (d *decoder) value(i, depth int) (any, int, error) {
	doc := d.doc
	if i >= len(doc) {
		return nil, i, syntaxError(i, "unexpected end of JSON")
	}
	switch c := doc[i]; {
	case c == '"':
		s, end, err := d.str(i)
		return s, end, err
	case c == '{':
		return d.object(i, depth+1)
	case c == '[':
		return d.array(i, depth+1)
	case c == '-' || c >= '0' && c <= '9':
		end, err := scanNumber(doc, i)
		if err != nil {
			return nil, end, err
		}
		return json.Number(doc[i:end]), end, nil
	case c == 't':
		end, err := literal(doc, i, "true")
		return true, end, err
	case c == 'f':
		end, err := literal(doc, i, "false")
		return false, end, err
	case c == 'n':
		end, err := literal(doc, i, "null")
		return nil, end, err
	default:
		return nil, i, syntaxError(i, "unexpected character "+quoteByte(c))
	}
}

// str decodes the string literal at doc[i].
func (d *decoder) str(i int) (string, int, error) {
	end, escaped, err := scanString(d.doc, i)
	if err != nil {
		return "", end, err
	}
	s := d.doc[i+1 : end-1]
	if escaped {
		s = unescape(s)
	}
	if !utf8.ValidString(s) {
		s = validUTF8(s)
	}
	return s, end, nil
}

// validUTF8 replaces each byte of s that is not part of a UTF-8 encoding by
// U+FFFD, as encoding/json does (strings.ToValidUTF8 would merge a run of
// them into one).
func validUTF8(s string) string {
	out := make([]byte, 0, len(s)+8)
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, s[:size]...)
		}
		s = s[size:]
	}
	return string(out)
}

func (d *decoder) object(i, depth int) (any, int, error) {
	if depth > maxDepth {
		return nil, i, &Error{Offset: i, Msg: "more than 512 levels", err: ErrTooDeep}
	}
	doc := d.doc
	m := map[string]any{}
	i = skipSpace(doc, i+1)
	if i < len(doc) && doc[i] == '}' {
		return m, i + 1, nil
	}
	for {
		if i >= len(doc) || doc[i] != '"' {
			return nil, i, syntaxError(i, "expected an object key")
		}
		k, kend, err := d.str(i)
		if err != nil {
			return nil, kend, err
		}
		i = skipSpace(doc, kend)
		if i >= len(doc) || doc[i] != ':' {
			return nil, i, syntaxError(i, "expected ':' after an object key")
		}
		v, end, err := d.value(skipSpace(doc, i+1), depth)
		if err != nil {
			return nil, end, err
		}
		m[k] = v
		i = skipSpace(doc, end)
		if i >= len(doc) {
			return nil, i, syntaxError(i, "unterminated object")
		}
		switch doc[i] {
		case ',':
			i = skipSpace(doc, i+1)
		case '}':
			return m, i + 1, nil
		default:
			return nil, i, syntaxError(i, "expected ',' or '}' in an object")
		}
	}
}

func (d *decoder) array(i, depth int) (any, int, error) {
	if depth > maxDepth {
		return nil, i, &Error{Offset: i, Msg: "more than 512 levels", err: ErrTooDeep}
	}
	doc := d.doc
	a := []any{}
	i = skipSpace(doc, i+1)
	if i < len(doc) && doc[i] == ']' {
		return a, i + 1, nil
	}
	for {
		v, end, err := d.value(i, depth)
		if err != nil {
			return nil, end, err
		}
		a = append(a, v)
		i = skipSpace(doc, end)
		if i >= len(doc) {
			return nil, i, syntaxError(i, "unterminated array")
		}
		switch doc[i] {
		case ',':
			i = skipSpace(doc, i+1)
		case ']':
			return a, i + 1, nil
		default:
			return nil, i, syntaxError(i, "expected ',' or ']' in an array")
		}
	}
}
