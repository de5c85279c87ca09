package jsonrpc

import "bytes"

// Member returns the raw value of the member key of the JSON object obj, or
// nil when obj is not an object or has no such member. Keys match exactly.
// obj must be valid JSON (as every part of a parsed Message is).
func Member(obj []byte, key string) []byte {
	i := skipSpace(obj, 0)
	if i >= len(obj) || obj[i] != '{' {
		return nil
	}
	i = skipSpace(obj, i+1)
	for i < len(obj) && obj[i] == '"' {
		kstart, kend := i, skipString(obj, i)
		k := obj[kstart+1 : kend-1]
		i = skipSpace(obj, kend) + 1 // ':'
		vstart := skipSpace(obj, i)
		vend := skipValue(obj, vstart)
		if string(k) == key || (bytes.IndexByte(k, '\\') >= 0 && string(unescape(obj[kstart:kend])) == key) {
			return obj[vstart:vend]
		}
		i = skipSpace(obj, vend)
		if i < len(obj) && obj[i] == ',' {
			i = skipSpace(obj, i+1)
		}
	}
	return nil
}

// String decodes a raw JSON string value; ok is false for anything else.
func String(raw []byte) (s string, ok bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner), true
	}
	return string(unescape(raw)), true
}

// skipString returns the offset past the string starting at data[i] == '"'.
// It looks for the next quote, then for a backslash before it, with
// IndexByte (vector code): IndexAny for either byte is several times slower
// on long text.
func skipString(data []byte, i int) int {
	j := i + 1
	q := -1 // the offset of the first quote at or after j, once found
	for {
		if q < j {
			k := bytes.IndexByte(data[j:], '"')
			if k < 0 {
				return len(data)
			}
			q = j + k
		}
		k := bytes.IndexByte(data[j:q], '\\')
		if k < 0 {
			return q + 1
		}
		j += k + 2 // past the escaped byte: a quote, when k+1 == q-j
	}
}

// skipValue returns the offset past the valid JSON value starting at data[i].
func skipValue(data []byte, i int) int {
	if i >= len(data) {
		return i
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for i < len(data) {
			switch data[i] {
			case '"':
				i = skipString(data, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	default:
		for i < len(data) {
			switch data[i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return i
			}
			i++
		}
		return i
	}
}

// HeadID recovers the id of a message from its first bytes, for answering a
// message too large to read whole. It returns nil when the head does not
// hold a complete top-level "id" member with a string or number value.
func HeadID(head []byte) []byte {
	i := skipSpace(head, 0)
	if i >= len(head) || head[i] != '{' {
		return nil
	}
	i = skipSpace(head, i+1)
	for i < len(head) && head[i] == '"' {
		kend := skipString(head, i)
		if kend >= len(head) {
			return nil
		}
		key := head[i+1 : kend-1]
		i = skipSpace(head, kend)
		if i >= len(head) || head[i] != ':' {
			return nil
		}
		vstart := skipSpace(head, i+1)
		vend := skipValue(head, vstart)
		if vend >= len(head) {
			return nil // the value runs past the head
		}
		if string(key) == "id" {
			id := head[vstart:vend]
			if m, err := Parse([]byte(`{"jsonrpc":"2.0","method":"x","id":` + string(id) + `}`)); err == nil {
				return m.ID
			}
			return nil
		}
		i = skipSpace(head, vend)
		if i >= len(head) || head[i] != ',' {
			return nil
		}
		i = skipSpace(head, i+1)
	}
	return nil
}

// Array returns the JSON array of the encoded values parts, "[]" for none.
func Array[T ~[]byte](parts []T) []byte {
	n := 2
	for _, p := range parts {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	b = append(b, '[')
	for i, p := range parts {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, p...)
	}
	return append(b, ']')
}
