package injection

import (
	"encoding/base64"
	"encoding/hex"
	"html"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Decoding: instructions hidden in an encoding the model can read but a
// person skimming the text cannot. Each decoder finds candidate runs in the
// source, decodes them within bounds, and keeps the result only when it
// reads as text; the engine then scans the decoded text like any other.

// origin says where a scanned text came from.
type origin uint8

const (
	oPlain     origin = iota
	oBase64           // a base64 run
	oHex              // a hex run or \x escapes
	oURL              // percent-encoding
	oEntity           // HTML entities or \u escapes
	oRot13            // the text with rot13 applied
	oReversed         // the text read backwards
	oTags             // Unicode tag characters
	oSelectors        // variation-selector smuggling
	oSpaced           // words spelled letter by letter
	oSplit            // quoted pieces joined
)

var originNames = [...]string{
	oPlain: "text", oBase64: "base64", oHex: "hex", oURL: "URL-encoded text", oEntity: "HTML/Unicode escapes",
	oRot13: "rot13", oReversed: "reversed text", oTags: "Unicode tag characters", oSelectors: "variation selectors", oSpaced: "letter-spaced text", oSplit: "joined pieces",
}

func (o origin) String() string { return originNames[o] }

// decoded is one decoded text and the span of the source it came from
// (0, 0 when the whole text was transformed).
type decoded struct {
	origin     origin
	text       string
	start, end int
}

// Bounds on decoding, per scanned text.
const (
	maxDecodes      = 24       // decoded texts
	maxDecodedBytes = 64 << 10 // decoded bytes in all
	maxDecodeDepth  = 2        // base64 inside hex inside …
	minBase64Run    = 20       // shorter runs are words, IDs and hashes
	minHexRun       = 16
)

// decodeBudget tracks the bounds across one scan.
type decodeBudget struct{ n, bytes int }

func (b *decodeBudget) take(n int) bool {
	if b.n >= maxDecodes || b.bytes+n > maxDecodedBytes {
		return false
	}
	b.n++
	b.bytes += n
	return true
}

// encClass classes bytes for findEncoded.
var encClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if isB64(b) {
			t[c] |= cB64
		}
		if isHex(b) {
			t[c] |= cHex
		}
		if b == '%' || b == '&' || b == '\\' {
			t[c] |= cSpecial
		}
		switch {
		case b >= 'A' && b <= 'Z':
			t[c] |= cUpper
		case b >= 'a' && b <= 'z':
			t[c] |= cLower
		case b >= '0' && b <= '9':
			t[c] |= cDigit
		}
	}
	return t
}()

const (
	cB64 = 1 << iota
	cHex
	cUpper
	cLower
	cDigit
	cSpecial
)

// findEncoded returns the base64, hex, percent-encoded and escaped runs of
// s that decode to text. One pass finds the candidates (markText,
// specials); the decoders run only on them.
func findEncoded(s string, budget *decodeBudget, out []decoded) []decoded {
	m := markText(s, nil)
	return decodeMarked(s, &m, budget, out)
}

// decodeMarked is findEncoded for a text already marked.
func decodeMarked(s string, m *marks, budget *decodeBudget, out []decoded) []decoded {
	for _, r := range m.runs {
		i, j := r[0], r[1]
		run := s[i:j]
		seen, every := uint8(0), uint8(0xFF) // classes some byte, every byte has
		for k := 0; k < len(run); k++ {
			c := encClass[run[k]]
			seen |= c
			every &= c
		}
		seen |= (^every & cHex) << 6 // 0x80: a non-hex byte
		end := j
		for end < len(s) && end-j < 2 && s[end] == '=' {
			end++
		}
		switch {
		case seen&0x80 == 0 && len(run)%2 == 0:
			if t, ok := decodeHex(run); ok && budget.take(len(t)) {
				out = append(out, decoded{origin: oHex, text: t, start: i, end: end})
			}
		case len(run) >= minBase64Run && seen&cUpper != 0 && seen&cLower != 0 && (seen&cDigit != 0 || len(run) >= 28):
			if t, ok := decodeBase64(run); ok && budget.take(len(t)) {
				out = append(out, decoded{origin: oBase64, text: t, start: i, end: end})
			}
		}
	}
	pct, amp, esc := specials(s)
	if esc && strings.Contains(s, `\x`) {
		out = decodeEscapes(s, `\x`, 2, oHex, budget, out)
	}
	if esc && strings.Contains(s, `\u`) {
		out = decodeEscapes(s, `\u`, 4, oEntity, budget, out)
	}
	if pct >= 3 {
		out = decodePercent(s, budget, out)
	}
	if amp >= 3 {
		if t := html.UnescapeString(s); t != s && budget.take(len(t)) {
			out = append(out, decoded{origin: oEntity, text: t})
		}
	}
	if m.spacedHex {
		if t, ok := decodeSpacedHex(s); ok && budget.take(len(t)) {
			out = append(out, decoded{origin: oHex, text: t})
		}
	}
	return out
}

func isB64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_'
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// decodeBase64 decodes a run in the standard or URL alphabet, padded or not.
func decodeBase64(run string) (string, bool) {
	if !plausible(run, base64.RawStdEncoding) && !plausible(run, base64.RawURLEncoding) {
		return "", false
	}
	enc := base64.RawStdEncoding
	if strings.ContainsAny(run, "-_") {
		if strings.ContainsAny(run, "+/") {
			return "", false
		}
		enc = base64.RawURLEncoding
	}
	if len(run)%4 == 1 {
		run = run[:len(run)-1]
	}
	b, err := enc.DecodeString(run)
	if err != nil {
		return "", false
	}
	return readable(b)
}

func decodeHex(run string) (string, bool) {
	if !plausible(run, nil) {
		return "", false // a hash, an ID: random bytes
	}
	b, err := hex.DecodeString(run)
	if err != nil {
		return "", false
	}
	return readable(b)
}

// decodeSpacedHex decodes hex bytes written apart ("49 67 6e 6f 72 65").
func decodeSpacedHex(s string) (string, bool) {
	best := ""
	for i := 0; i+2 <= len(s); {
		j := i
		var b []byte
		for j+2 <= len(s) && isHex(s[j]) && isHex(s[j+1]) && (j+2 == len(s) || s[j+2] == ' ' || s[j+2] == ':' || s[j+2] == ',') {
			v, _ := hex.DecodeString(s[j : j+2])
			b = append(b, v[0])
			j += 3
		}
		if len(b) >= 8 {
			if t, ok := readable(b); ok && len(t) > len(best) {
				best = t
			}
			i = j
			continue
		}
		i++
		for i < len(s) && s[i] != ' ' {
			i++
		}
		i++
	}
	return best, best != ""
}

// decodeEscapes decodes runs of \xHH or \uHHHH escapes.
func decodeEscapes(s, prefix string, digits int, o origin, budget *decodeBudget, out []decoded) []decoded {
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], prefix)
		if k < 0 {
			break
		}
		start := i + k
		j := start
		var b []byte
		for j+len(prefix)+digits <= len(s) && s[j:j+len(prefix)] == prefix {
			h := s[j+len(prefix) : j+len(prefix)+digits]
			v, err := hex.DecodeString(h)
			if err != nil {
				break
			}
			if digits == 4 {
				b = utf8.AppendRune(b, rune(v[0])<<8|rune(v[1]))
			} else {
				b = append(b, v[0])
			}
			j += len(prefix) + digits
		}
		if j-start >= 4*(len(prefix)+digits) {
			if t, ok := readable(b); ok && budget.take(len(t)) {
				out = append(out, decoded{origin: o, text: t, start: start, end: j})
			}
		}
		i = max(j, start+1)
	}
	return out
}

// decodePercent decodes the whitespace-separated tokens of s that carry
// percent-escapes.
func decodePercent(s string, budget *decodeBudget, out []decoded) []decoded {
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		n := 0
		for j < len(s) && !isSpaceByte(s[j]) {
			if s[j] == '%' && j+2 < len(s) && isHex(s[j+1]) && isHex(s[j+2]) {
				n++
			}
			j++
		}
		if n >= 3 {
			if t, err := url.QueryUnescape(s[i:j]); err == nil {
				if r, ok := readable([]byte(t)); ok && budget.take(len(r)) {
					out = append(out, decoded{origin: oURL, text: r, start: i, end: j})
				}
			}
		}
		i = j
	}
	return out
}

// plausible decodes the first 16 characters of run (base64 in enc, or
// hex when enc is nil) and reports whether they read as text, before the
// whole run is decoded. It decodes on the stack: most runs are hashes and
// IDs, and this is all they cost.
func plausible(run string, enc *base64.Encoding) bool {
	const n = 16
	if len(run) < n {
		return true
	}
	var src, dst [n]byte // 16 characters decode to fewer bytes
	copy(src[:], run)
	var k int
	var err error
	if enc == nil {
		k, err = hex.Decode(dst[:], src[:])
	} else {
		k, err = enc.Decode(dst[:], src[:])
	}
	if err != nil {
		return false
	}
	ok := 0
	for _, c := range dst[:k] {
		if c >= 0x20 && c < 0x7F || c == '\n' || c >= 0xC2 {
			ok++
		}
	}
	return ok*4 >= k*3
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// readable accepts decoded bytes that read as text: valid UTF-8, mostly
// printable, with some letters.
func readable(b []byte) (string, bool) {
	if len(b) < 6 || !utf8.Valid(b) {
		return "", false
	}
	letters, bad := 0, 0
	for _, r := range string(b) {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r > 0x7F && r != utf8.RuneError:
			letters++
		case r == '\n' || r == '\t' || r == '\r' || r >= 0x20 && r < 0x7F:
		default:
			bad++
		}
	}
	if letters < 6 || bad*10 > len(b) || letters*2 < utf8.RuneCount(b) {
		return "", false
	}
	return string(b), true
}

// reverseRunes reads s backwards.
func reverseRunes(s string) string { return string(appendReversed(make([]byte, 0, len(s)), s)) }

// smuggledText decodes the bytes carried by variation selectors, when
// they spell text (emoji presentation selectors alone do not).
func smuggledText(b []byte) (string, bool) {
	if len(b) < 8 {
		return "", false
	}
	return readable(b)
}

// hiddenText returns the tag-character text when it spells words (flag
// emoji use tag characters too, for a few lowercase letters).
func hiddenText(b []byte) (string, bool) {
	if len(b) < 8 || !strings.ContainsAny(string(b), " ") {
		return "", false
	}
	return string(b), true
}
