package pin

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxDepth bounds the nesting of a definition: deeper JSON is refused
// rather than recursed into (a schema needs a few dozen levels at most).
const MaxDepth = 128

// Kind is the kind of a definition; it is part of the hash.
type Kind string

// Kinds of definitions.
const (
	KindTool             Kind = "tool"
	KindPrompt           Kind = "prompt"
	KindResourceTemplate Kind = "resource_template"
)

// hashPrefix separates definition hashes from any other SHA-256 use.
const hashPrefix = "mcpshield-def-v1"

// Definition is one parsed definition.
type Definition struct {
	Kind Kind
	// Name is the definition's "name" member (for a resource template, also
	// its "name"; templates are keyed by name like the others).
	Name string
	// Canonical is the canonical encoding (see the package doc).
	Canonical []byte
	// Hash is "sha256:<hex>" of the kind and the canonical encoding.
	Hash string
}

// Parse canonicalises and hashes one definition as a server listed it.
func Parse(kind Kind, def json.RawMessage) (Definition, error) {
	switch kind {
	case KindTool, KindPrompt, KindResourceTemplate:
	default:
		return Definition{}, fmt.Errorf("unknown definition kind %q", kind)
	}
	v, err := decode(def)
	if err != nil {
		return Definition{}, fmt.Errorf("%s definition: %w", kind, err)
	}
	obj, ok := v.(object)
	if !ok {
		return Definition{}, fmt.Errorf("%s definition: not a JSON object", kind)
	}
	obj = slices.DeleteFunc(obj, func(m member) bool { return m.key == "_meta" })
	name, _ := obj.get("name").(string)
	if name == "" {
		return Definition{}, fmt.Errorf("%s definition: no name", kind)
	}
	var b bytes.Buffer
	encode(&b, obj)
	return Definition{Kind: kind, Name: name, Canonical: b.Bytes(), Hash: hashOf(kind, b.Bytes())}, nil
}

// Hash returns the hash of a definition (see Parse).
func Hash(kind Kind, def json.RawMessage) (string, error) {
	d, err := Parse(kind, def)
	return d.Hash, err
}

// CanonicalJSON returns the canonical encoding of any JSON value, with no
// member dropped. Signed manifests use it for their payload.
func CanonicalJSON(raw json.RawMessage) ([]byte, error) {
	v, err := decode(raw)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	encode(&b, v)
	return b.Bytes(), nil
}

func hashOf(kind Kind, canonical []byte) string {
	h := sha256.New()
	h.Write([]byte(hashPrefix))
	h.Write([]byte{0})
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write(canonical)
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// object keeps members in order; encode sorts them.
type object []member

type member struct {
	key string
	val any
}

func (o object) get(key string) any {
	for _, m := range o {
		if m.key == key {
			return m.val
		}
	}
	return nil
}

// decode parses JSON into object, []any, string, float64, bool or nil,
// refusing duplicate keys, invalid UTF-8, excess depth and trailing data.
func decode(raw []byte) (any, error) {
	if !utf8.Valid(raw) {
		return nil, errors.New("invalid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	v, err := decodeValue(dec, 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the JSON value")
	}
	return v, nil
}

func decodeValue(dec *json.Decoder, depth int) (any, error) {
	if depth > MaxDepth {
		return nil, fmt.Errorf("nested deeper than %d levels", MaxDepth)
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			var obj object
			seen := make(map[string]bool)
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, fmt.Errorf("invalid JSON: %w", err)
				}
				k := kt.(string)
				if seen[k] {
					return nil, fmt.Errorf("duplicate key %q", k)
				}
				seen[k] = true
				v, err := decodeValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				obj = append(obj, member{k, v})
			}
			if _, err := dec.Token(); err != nil {
				return nil, fmt.Errorf("invalid JSON: %w", err)
			}
			if obj == nil {
				obj = object{}
			}
			return obj, nil
		case '[':
			arr := []any{}
			for dec.More() {
				v, err := decodeValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, fmt.Errorf("invalid JSON: %w", err)
			}
			return arr, nil
		}
		return nil, fmt.Errorf("invalid JSON: unexpected %v", t)
	case json.Number:
		f, err := strconv.ParseFloat(string(t), 64)
		if err != nil || math.IsInf(f, 0) {
			return nil, fmt.Errorf("number %s is out of range", t)
		}
		return f, nil
	default: // string (lone surrogate escapes decode to U+FFFD), bool, nil
		return t, nil
	}
}

func encode(b *bytes.Buffer, v any) {
	switch t := v.(type) {
	case object:
		sorted := slices.Clone(t)
		slices.SortFunc(sorted, func(x, y member) int { return strings.Compare(x.key, y.key) })
		b.WriteByte('{')
		for i, m := range sorted {
			if i > 0 {
				b.WriteByte(',')
			}
			encodeString(b, m.key)
			b.WriteByte(':')
			encode(b, m.val)
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			encode(b, e)
		}
		b.WriteByte(']')
	case string:
		encodeString(b, t)
	case float64:
		b.WriteString(formatNumber(t))
	case bool:
		if t {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case nil:
		b.WriteString("null")
	}
}

func encodeString(b *bytes.Buffer, s string) {
	const hexDigits = "0123456789abcdef"
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c >= 0x20:
			b.WriteByte(c)
		case c == '\b':
			b.WriteString(`\b`)
		case c == '\f':
			b.WriteString(`\f`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		default:
			b.WriteString(`\u00`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&0xf])
		}
	}
	b.WriteByte('"')
}

// formatNumber writes f as ECMAScript's Number.prototype.toString.
func formatNumber(f float64) string {
	if f == 0 {
		return "0" // also -0
	}
	neg := f < 0
	if neg {
		f = -f
	}
	// Shortest round-tripping digits and exponent: d.ddde±x.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expStr, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(expStr)
	k, n := len(digits), exp+1 // n: position of the decimal point
	var s string
	switch {
	case k <= n && n <= 21:
		s = digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		s = digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		s = "0." + strings.Repeat("0", -n) + digits
	default:
		s = digits[:1]
		if k > 1 {
			s += "." + digits[1:]
		}
		sign := "+"
		if n-1 < 0 {
			sign = "-"
		}
		s += "e" + sign + strconv.Itoa(abs(n-1))
	}
	if neg {
		s = "-" + s
	}
	return s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
