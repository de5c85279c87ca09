package jsonrpc

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// maxDepth bounds nesting so a hostile message cannot exhaust the stack.
// encoding/json allows 10000; no MCP message comes near 512.
const maxDepth = 512

// foldMapThreshold is the number of keys in one object after which duplicate
// detection switches from pairwise comparison to a map, so an object with
// many keys costs linear time.
const foldMapThreshold = 24

// validator checks that data is one JSON value, rejects duplicate keys, and,
// when top is set, records the envelope members of the top-level object.
type validator struct {
	data []byte
	top  *Message

	sawID      []byte
	sawVersion bool
	badVersion bool
	sawMethod  bool
	badMethod  bool

	keys [][]byte // keys of the objects being walked, innermost last
}

// strSafe[c] is true for bytes that can appear in a JSON string unescaped
// and need no attention: everything but '"', '\\' and control characters.
var strSafe = func() (t [256]bool) {
	for i := 0x20; i < 256; i++ {
		t[i] = true
	}
	t['"'] = false
	t['\\'] = false
	return t
}()

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value validates the JSON value starting at data[i] (no leading space) and
// returns the offset just past it.
func (v *validator) value(i, depth int) (int, error) {
	data := v.data
	if i >= len(data) {
		return i, newError(CodeParseError, nil, "unexpected end of JSON")
	}
	switch c := data[i]; {
	case c == '{':
		return v.object(i, depth+1)
	case c == '[':
		return v.array(i, depth+1)
	case c == '"':
		end, _, err := v.str(i)
		return end, err
	case c == '-' || (c >= '0' && c <= '9'):
		return v.number(i)
	case c == 't':
		return v.literal(i, "true")
	case c == 'f':
		return v.literal(i, "false")
	case c == 'n':
		return v.literal(i, "null")
	default:
		return i, newError(CodeParseError, nil, "invalid character %q at offset %d", c, i)
	}
}

func (v *validator) literal(i int, lit string) (int, error) {
	if len(v.data)-i < len(lit) || string(v.data[i:i+len(lit)]) != lit {
		return i, newError(CodeParseError, nil, "invalid literal at offset %d", i)
	}
	return i + len(lit), nil
}

func (v *validator) number(i int) (int, error) {
	data, start := v.data, i
	if data[i] == '-' {
		i++
	}
	digits := func() bool {
		s := i
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
		return i > s
	}
	if i < len(data) && data[i] == '0' {
		i++
	} else if !digits() {
		return i, newError(CodeParseError, nil, "invalid number at offset %d", start)
	}
	if i < len(data) && data[i] == '.' {
		i++
		if !digits() {
			return i, newError(CodeParseError, nil, "invalid number at offset %d", start)
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if !digits() {
			return i, newError(CodeParseError, nil, "invalid number at offset %d", start)
		}
	}
	return i, nil
}

// str validates the string starting at data[i] == '"' and returns the offset
// past its closing quote and whether it contains escapes.
func (v *validator) str(i int) (int, bool, error) {
	data := v.data
	j := i + 1
	// Most strings are short keys and values that one or two words settle;
	// longer ones go to scanVector, which takes 64 bytes at a time where the
	// CPU allows (scan_amd64.go).
	for range 2 {
		if j+8 > len(data) {
			break
		}
		if m := specialMask(binary.LittleEndian.Uint64(data[j:])); m != 0 {
			j += bits.TrailingZeros64(m) >> 3
			if data[j] == '"' {
				return j + 1, false, nil
			}
			break
		}
		j += 8
	}
	if end, escaped, ok := scanVector(data, j); ok {
		return end, escaped, nil
	}
	// Invalid, unterminated, or no vector scanner here: the reference
	// scanner decides, and finds the exact error.
	return strSWAR(data, i, j)
}

// strSWAR validates the rest of the string that starts at data[i] == '"',
// given that data[i+1:j] holds no quote, backslash or control character. It
// is the reference scanner: scanVector must agree with it, and leaves it the
// invalid strings, to find the exact error.
func strSWAR(data []byte, i, j int) (int, bool, error) {
	escaped := false
	for {
		// Eight bytes at a time: the mask marks the bytes that need
		// attention; its lowest mark is exact, so jump straight to it.
		for j+8 <= len(data) {
			if m := specialMask(binary.LittleEndian.Uint64(data[j:])); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
				goto special
			}
			j += 8
		}
		for j < len(data) && strSafe[data[j]] {
			j++
		}
	special:
		if j >= len(data) {
			return j, escaped, newError(CodeParseError, nil, "unterminated string at offset %d", i)
		}
		switch c := data[j]; {
		case c == '"':
			return j + 1, escaped, nil
		case c == '\\':
			escaped = true
			if j+1 >= len(data) {
				return j, escaped, newError(CodeParseError, nil, "unterminated string at offset %d", i)
			}
			switch data[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if j+6 > len(data) || !isHex4(data[j+2:j+6]) {
					return j, escaped, newError(CodeParseError, nil, "invalid \\u escape at offset %d", j)
				}
				j += 6
			default:
				return j, escaped, newError(CodeParseError, nil, "invalid escape at offset %d", j)
			}
		default:
			return j, escaped, newError(CodeParseError, nil, "control character in string at offset %d", j)
		}
	}
}

// specialMask returns, for the eight bytes of w (little-endian), a word
// whose lowest set bit is the high bit of the first byte that is a quote, a
// backslash or a control character (below 0x20); zero when there is none. It
// is the classic "has zero byte" trick: (x - 0x01..) & ^x & 0x80.. flags the
// zero bytes of x, exactly up to the first one (borrows can only add false
// marks above a true one).
func specialMask(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote := w ^ (ones * '"')
	bslash := w ^ (ones * '\\')
	return ((quote-ones) & ^quote | (bslash-ones) & ^bslash | (w-ones*0x20) & ^w) & highs
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

func (v *validator) array(i, depth int) (int, error) {
	if depth > maxDepth {
		return i, newError(CodeInvalidRequest, nil, "JSON nested deeper than %d", maxDepth)
	}
	data := v.data
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == ']' {
		return i + 1, nil
	}
	for {
		end, err := v.value(skipSpace(data, i), depth)
		if err != nil {
			return end, err
		}
		i = skipSpace(data, end)
		if i >= len(data) {
			return i, newError(CodeParseError, nil, "unterminated array")
		}
		switch data[i] {
		case ',':
			i++
		case ']':
			return i + 1, nil
		default:
			return i, newError(CodeParseError, nil, "invalid character %q in array at offset %d", data[i], i)
		}
	}
}

func (v *validator) object(i, depth int) (int, error) {
	if depth > maxDepth {
		return i, newError(CodeInvalidRequest, nil, "JSON nested deeper than %d", maxDepth)
	}
	data := v.data
	base := len(v.keys)
	defer func() { v.keys = v.keys[:base] }()
	var folded map[string]struct{}

	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return i + 1, nil
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return i, newError(CodeParseError, nil, "expected object key at offset %d", i)
		}
		kend, escaped, err := v.str(i)
		if err != nil {
			return kend, err
		}
		key := data[i+1 : kend-1]
		if escaped {
			key = unescape(data[i:kend])
		}
		// Decoders replace invalid UTF-8 with U+FFFD, which would make keys
		// that differ here equal there: refuse them.
		if !utf8.Valid(key) {
			return i, newError(CodeInvalidRequest, nil, "invalid UTF-8 in object key at offset %d", i)
		}
		// Duplicate or case-fold-equal keys: decoders disagree on which one
		// wins, which lets a message say one thing to the shield and another
		// to the server.
		if folded == nil {
			for _, prev := range v.keys[base:] {
				if bytes.EqualFold(prev, key) {
					return i, newError(CodeInvalidRequest, nil, "duplicate key %q in object (keys are compared case-insensitively)", key)
				}
			}
			v.keys = append(v.keys, key)
			if len(v.keys)-base > foldMapThreshold {
				folded = make(map[string]struct{}, 2*foldMapThreshold)
				for _, k := range v.keys[base:] {
					folded[foldKey(k)] = struct{}{}
				}
			}
		} else {
			fk := foldKey(key)
			if _, dup := folded[fk]; dup {
				return i, newError(CodeInvalidRequest, nil, "duplicate key %q in object (keys are compared case-insensitively)", key)
			}
			folded[fk] = struct{}{}
		}

		i = skipSpace(data, kend)
		if i >= len(data) || data[i] != ':' {
			return i, newError(CodeParseError, nil, "expected ':' after object key at offset %d", i)
		}
		vstart := skipSpace(data, i+1)
		vend, err := v.value(vstart, depth)
		if err != nil {
			return vend, err
		}
		if depth == 1 && v.top != nil {
			if err := v.member(key, data[vstart:vend]); err != nil {
				return vstart, err
			}
		}
		i = skipSpace(data, vend)
		if i >= len(data) {
			return i, newError(CodeParseError, nil, "unterminated object")
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			return i + 1, nil
		default:
			return i, newError(CodeParseError, nil, "invalid character %q in object at offset %d", data[i], i)
		}
	}
}

// member records one member of the top-level object.
func (v *validator) member(key, val []byte) error {
	m := v.top
	switch string(key) {
	case "jsonrpc":
		v.sawVersion = true
		v.badVersion = string(val) != `"2.0"`
	case "id":
		m.ID = val
		v.sawID = val
	case "method":
		v.sawMethod = true
		if val[0] != '"' {
			v.badMethod = true
			return nil
		}
		m.Method = internMethod(val)
		if !utf8.ValidString(m.Method) {
			return newError(CodeInvalidRequest, v.sawID, "invalid UTF-8 in method")
		}
	case "params":
		m.Params = val
	case "result":
		m.Result = val
	case "error":
		m.Error = val
	default:
		// A member that only a case-insensitive decoder would take for an
		// envelope member is ambiguous; refuse it.
		for _, known := range envelopeKeys {
			if strings.EqualFold(string(key), known) {
				return newError(CodeInvalidRequest, v.sawID, "member %q differs from %q only in case", key, known)
			}
		}
	}
	return nil
}

var envelopeKeys = [...]string{"jsonrpc", "id", "method", "params", "result", "error"}

// foldKey maps a key to a form equal for keys that are equal under simple
// case folding (close enough for duplicate detection in large objects).
func foldKey(k []byte) string { return strings.ToLower(strings.ToUpper(string(k))) }

// unescape decodes a JSON string literal (with quotes) that is known valid.
func unescape(lit []byte) []byte {
	var s string
	if err := json.Unmarshal(lit, &s); err != nil {
		return lit
	}
	return []byte(s)
}

// internMethod returns the method name of a raw JSON string, without
// allocating for the methods MCP defines.
func internMethod(raw []byte) string {
	inner := raw[1 : len(raw)-1]
	if s, ok := knownMethods[string(inner)]; ok {
		return s
	}
	if bytes.IndexByte(inner, '\\') >= 0 {
		return string(unescape(raw))
	}
	return string(inner)
}

var knownMethods = func() map[string]string {
	m := make(map[string]string)
	for _, s := range []string{
		"initialize", "notifications/initialized", "ping", "server/discover",
		"tools/list", "tools/call", "notifications/tools/list_changed",
		"resources/list", "resources/read", "resources/templates/list",
		"resources/subscribe", "resources/unsubscribe",
		"notifications/resources/list_changed", "notifications/resources/updated",
		"prompts/list", "prompts/get", "notifications/prompts/list_changed",
		"completion/complete", "logging/setLevel", "notifications/message",
		"notifications/progress", "notifications/cancelled",
		"sampling/createMessage", "elicitation/create", "roots/list",
		"notifications/roots/list_changed", "notifications/elicitation/complete",
		"tasks/get", "tasks/list", "tasks/result", "tasks/cancel", "notifications/tasks/status",
	} {
		m[s] = s
	}
	return m
}()
