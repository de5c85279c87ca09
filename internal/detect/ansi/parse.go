package ansi

import (
	"strings"
	"unicode/utf8"
)

// kind sorts escape sequences by their syntax.
type kind uint8

const (
	kindCSI    kind = iota // ESC [ or CSI (U+009B): parameters, intermediates, final byte
	kindOSC                // ESC ] or OSC (U+009D): a string up to BEL or ST
	kindString             // DCS, SOS, PM, APC: a string up to ST
	kindNF                 // ESC, intermediates 0x20–0x2F, final 0x30–0x7E (charsets…)
	kindESC                // ESC and one final byte 0x30–0x7E (save cursor, reset…)
	kindC1                 // a lone C1 control (U+0080–U+009F)
	kindBare               // ESC not followed by anything that makes a sequence
)

// seq is one escape sequence found in a text.
type seq struct {
	kind       kind
	start, end int    // bytes of the sequence itself, removed by Strip
	effect     int    // end of the text it affects (unterminated strings swallow the rest)
	params     string // CSI parameter bytes, or the OSC/string payload
	inter      string // intermediate bytes
	final      byte   // CSI/nF/ESC final byte, or the C1 control's low byte
	intro      byte   // string sequences: 'P', 'X', '^', '_' ; OSC: ']'
	terminated bool   // CSI got its final byte, a string got its terminator
}

// maxCSI bounds a CSI sequence; longer ones are treated as malformed.
const maxCSI = 256

// next finds the first escape sequence at or after byte i of s, returning
// ok false when there is none. validUTF8 says whether s is valid UTF-8: if
// not, raw bytes 0x80–0x9F outside any character are C1 controls too.
func next(s string, i int, validUTF8 bool) (seq, bool) {
	for i < len(s) {
		j := indexIntro(s, i, validUTF8)
		if j < 0 {
			return seq{}, false
		}
		if q, ok := parseAt(s, j); ok {
			return q, true
		}
		i = j + 1
	}
	return seq{}, false
}

// indexIntro returns the index of the next ESC or C1 control at or after i.
func indexIntro(s string, i int, validUTF8 bool) int {
	esc := strings.IndexByte(s[i:], 0x1B)
	if esc >= 0 {
		esc += i
	}
	end := len(s)
	if esc >= 0 {
		end = esc
	}
	// C1 controls encoded in UTF-8: C2 80 … C2 9F.
	for k := i; k < end; {
		c := strings.IndexByte(s[k:end], 0xC2)
		if c < 0 {
			break
		}
		c += k
		if c+1 < len(s) && s[c+1] >= 0x80 && s[c+1] <= 0x9F {
			end = c
			break
		}
		k = c + 1
	}
	if !validUTF8 {
		// Raw C1 bytes, not part of a valid character.
		for k := i; k < end; {
			b := s[k]
			if b < 0x80 {
				k++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[k:])
			if r == utf8.RuneError && n == 1 && b <= 0x9F {
				end = k
				break
			}
			k += n
		}
	}
	if end == len(s) {
		return -1
	}
	return end
}

// parseAt parses the sequence introduced at s[i] (ESC, C2 xx or a raw C1
// byte).
func parseAt(s string, i int) (seq, bool) {
	var c1 byte
	body := i
	switch {
	case s[i] == 0x1B:
		if i+1 >= len(s) {
			return seq{kind: kindBare, start: i, end: i + 1, effect: i + 1}, true
		}
		b := s[i+1]
		switch {
		case b >= 0x40 && b <= 0x5F:
			c1 = b + 0x40 // ESC Fe is the 7-bit form of a C1 control
			body = i + 2
		case b >= 0x20 && b <= 0x2F:
			return parseNF(s, i), true
		case b >= 0x30 && b <= 0x7E:
			return seq{kind: kindESC, start: i, end: i + 2, effect: i + 2, final: b, terminated: true}, true
		default:
			return seq{kind: kindBare, start: i, end: i + 1, effect: i + 1}, true
		}
	case s[i] == 0xC2:
		c1, body = s[i+1], i+2
	default:
		c1, body = s[i], i+1
	}
	switch c1 {
	case 0x9B:
		return parseCSI(s, i, body), true
	case 0x9D:
		return parseString(s, i, body, ']'), true
	case 0x90, 0x98, 0x9E, 0x9F:
		return parseString(s, i, body, c1-0x40), true
	}
	return seq{kind: kindC1, start: i, end: body, effect: body, final: c1, terminated: true}, true
}

func parseNF(s string, i int) seq {
	k := i + 1
	for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2F {
		k++
	}
	q := seq{kind: kindNF, start: i, inter: s[i+1 : k]}
	if k < len(s) && s[k] >= 0x30 && s[k] <= 0x7E {
		q.final, q.terminated = s[k], true
		k++
	}
	q.end, q.effect = k, k
	return q
}

func parseCSI(s string, i, body int) seq {
	q := seq{kind: kindCSI, start: i}
	k := body
	for k < len(s) && k-body < maxCSI && s[k] >= 0x30 && s[k] <= 0x3F {
		k++
	}
	q.params = s[body:k]
	p := k
	for k < len(s) && k-body < maxCSI && s[k] >= 0x20 && s[k] <= 0x2F {
		k++
	}
	q.inter = s[p:k]
	if k < len(s) && s[k] >= 0x40 && s[k] <= 0x7E {
		q.final, q.terminated = s[k], true
		k++
	}
	q.end, q.effect = k, k
	return q
}

// parseString reads an OSC or control string up to its terminator: BEL
// (OSC only), ESC \ or ST (U+009C). Unterminated, it affects the rest of
// the text (a terminal swallows it) but only its introducer is the
// sequence itself.
func parseString(s string, i, body int, intro byte) seq {
	q := seq{kind: kindString, start: i, intro: intro}
	if intro == ']' {
		q.kind = kindOSC
	}
	for k := body; k < len(s); k++ {
		switch {
		case s[k] == 0x07 && intro == ']':
			q.params, q.end, q.terminated = s[body:k], k+1, true
		case s[k] == 0x1B && k+1 < len(s) && s[k+1] == '\\':
			q.params, q.end, q.terminated = s[body:k], k+2, true
		case s[k] == 0xC2 && k+1 < len(s) && s[k+1] == 0x9C:
			q.params, q.end, q.terminated = s[body:k], k+2, true
		case s[k] == 0x1B:
			// Another escape aborts the string.
			q.params, q.end = s[body:k], k
		default:
			continue
		}
		q.effect = q.end
		return q
	}
	q.params, q.end, q.effect = s[body:], body, len(s)
	return q
}
