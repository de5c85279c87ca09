package poisoning

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// encodedRuns returns the spans of a chunk that could hold base64 or hex:
// runs of their alphabet, cut at '=' unless it pads the end ("cfg=4f6e…").
func encodedRuns(c string) [][2]int {
	var out [][2]int
	start := -1
	for k := 0; k <= len(c); k++ {
		in := k < len(c) && (isAlnum(c[k]) || c[k] == '+' || c[k] == '/' || c[k] == '-' || c[k] == '_' ||
			c[k] == '=' && (k+1 == len(c) || c[k+1] == '=' || !isAlnum(c[k+1]) && c[k+1] != '+' && c[k+1] != '/'))
		switch {
		case in && start < 0:
			start = k
		case !in && start >= 0:
			if k-start >= 24 {
				out = append(out, [2]int{start, k})
			}
			start = -1
		}
	}
	return out
}

// encodedKind says what alphabet a chunk that may hide a payload uses.
func encodedKind(c string) (string, byte) {
	c = trimPunct(c)
	if len(c) < 24 {
		return "", 0
	}
	if len(c) >= 32 && len(c)%2 == 0 && isHex(c) {
		return c, 'x'
	}
	digits, upper, lower := false, false, false
	for i := 0; i < len(c); i++ {
		b := c[i]
		switch {
		case isDigit(b):
			digits = true
		case isUpper(b):
			upper = true
		case b >= 'a' && b <= 'z':
			lower = true
		case b == '+' || b == '/' || b == '=' || b == '-' || b == '_':
		default:
			return "", 0
		}
	}
	if upper && lower || digits && (upper || lower) {
		return c, 'b'
	}
	return "", 0
}

// encodedHits decodes the blobs of a text and analyses what they say.
func encodedHits(a *textAnalysis, ctx *toolContext, field string, depth int) []hit {
	var out []hit
	for _, b := range a.encoded {
		dec, ok := decode(b)
		if !ok {
			continue
		}
		inner := analyse(dec, ctx)
		ih := evaluate(inner, ctx, field, depth+1)
		if len(ih) == 0 {
			if b.kind == 'r' {
				continue // any text rotates to letters: only what it says counts
			}
			out = append(out, hit{r: ruleEncodedText, field: field, start: b.start, end: b.end, detail: "decodes to " + show(dec)})
			continue
		}
		out = append(out, hit{r: ruleEncodedPayload, field: field, start: b.start, end: b.end, detail: "decodes to " + show(dec)})
		for _, h := range ih {
			h.start, h.end = b.start, b.end
			h.detail = "in the decoded text"
			out = append(out, h)
		}
	}
	return out
}

// decode returns the text a blob encodes when it is readable text.
func decode(b blob) (string, bool) {
	var raw []byte
	var err error
	switch b.kind {
	case 'r':
		raw = []byte(detect.ROT13(b.s))
	case 'x':
		raw, err = hex.DecodeString(b.s)
	default:
		s := strings.TrimRight(b.s, "=")
		if strings.ContainsAny(s, "-_") {
			raw, err = base64.RawURLEncoding.DecodeString(s)
		} else {
			raw, err = base64.RawStdEncoding.DecodeString(s)
		}
	}
	if err != nil || !readable(raw) {
		return "", false
	}
	return string(raw), true
}

// readable reports whether b is UTF-8 text of a few words, or printable
// text wrapping another encoded layer.
func readable(b []byte) bool {
	if len(b) < 12 || !utf8.Valid(b) {
		return false
	}
	spaces, bad := 0, 0
	for _, r := range string(b) {
		switch {
		case r == ' ':
			spaces++
		case r < 0x20 && r != '\n' && r != '\t' && r != '\r', r == utf8.RuneError:
			bad++
		}
	}
	return bad == 0 && (spaces >= 2 || len(encodedRuns(string(b))) > 0) // words, or another layer
}

// show quotes decoded text for a person, cut at 100 bytes.
func show(s string) string {
	if len(s) > 100 {
		s = s[:100] + "…"
	}
	return "\"" + strings.ReplaceAll(s, "\"", "\\\"") + "\""
}
