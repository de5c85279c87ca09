package unicode

import (
	gounicode "unicode"
	"unicode/utf8"
)

// class sorts the code points this package looks at.
type class uint8

const (
	clsNone      class = iota
	clsTag             // U+E0000–E007F, the tags block
	clsInvisible       // zero-width and other invisible format characters
	clsBidiCtl         // embeddings, overrides, isolates and their terminators
	clsBidiMark        // LRM, RLM, ALM: invisible direction marks
	clsVS              // variation selectors VS1–VS256
)

// Code points with a name in this package.
const (
	zwsp       = 0x200B // ZERO WIDTH SPACE
	zwnj       = 0x200C // ZERO WIDTH NON-JOINER
	zwj        = 0x200D // ZERO WIDTH JOINER
	bom        = 0xFEFF // ZERO WIDTH NO-BREAK SPACE (byte order mark)
	lre        = 0x202A
	rle        = 0x202B
	pdf        = 0x202C
	lro        = 0x202D
	rlo        = 0x202E
	lri        = 0x2066
	rli        = 0x2067
	fsi        = 0x2068
	pdi        = 0x2069
	tagCancel  = 0xE007F
	blackFlag  = 0x1F3F4 // base of the subdivision flags
	vs16       = 0xFE0F
	keycap     = 0x20E3
	hangulCho  = 0x115F // HANGUL CHOSEONG FILLER
	hangulJung = 0x1160 // HANGUL JUNGSEONG FILLER
)

// leadByte marks the first bytes of the UTF-8 encodings classOf can accept,
// so Scan skips everything else without decoding it.
var leadByte = [256]bool{0xD8: true, 0xE1: true, 0xE2: true, 0xEF: true, 0xF3: true}

// classOf says whether r is a character this package looks at.
func classOf(r rune) class {
	switch {
	case r >= 0xE0000 && r <= 0xE007F:
		return clsTag
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF:
		return clsVS
	case r == 0x200E, r == 0x200F, r == 0x061C:
		return clsBidiMark
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return clsBidiCtl
	case r >= 0x200B && r <= 0x200D, r >= 0x2060 && r <= 0x2064, r == bom,
		r == 0x180E, r == hangulCho, r == hangulJung, r >= 0xFFF9 && r <= 0xFFFB:
		return clsInvisible
	}
	return clsNone
}

// occ is one occurrence of a special character in a text.
type occ struct {
	start, end int // byte offsets
	r          rune
	cls        class
}

// collect returns the special characters of s in order, or nil (without
// allocating) when there are none.
func collect(s string) []occ {
	var out []occ
	for i := 0; i < len(s); {
		// Skip ASCII eight bytes at a time.
		for i+8 <= len(s) && (s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7]) < 0x80 {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if !leadByte[s[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if c := classOf(r); c != clsNone {
			out = append(out, occ{start: i, end: i + n, r: r, cls: c})
		}
		i += n
	}
	return out
}

// before returns the rune ending at byte i of s, or -1.
func before(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// after returns the rune starting at byte i of s, or -1.
func after(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// isEmoji approximates Extended_Pictographic plus the parts of emoji
// sequences (modifiers, regional indicators, keycap bases are handled by the
// callers): the standard library has no emoji properties.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF:
		return true
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2300 && r <= 0x23FF, r >= 0x2B00 && r <= 0x2BFF,
		r >= 0x25A0 && r <= 0x25FF, r >= 0x2934 && r <= 0x2935:
		return true
	}
	switch r {
	case 0xA9, 0xAE, 0x203C, 0x2049, 0x2122, 0x2139, 0x24C2, 0x3030, 0x303D, 0x3297, 0x3299:
		return true
	}
	return false
}

// inEmojiSequence reports whether r can sit next to a ZWJ inside an emoji
// ZWJ sequence.
func inEmojiSequence(r rune) bool {
	return isEmoji(r) || r == vs16 || r == keycap || r == tagCancel
}

// joiningScripts use ZWNJ and ZWJ as part of ordinary spelling (Persian
// plurals, Indic half forms, Sinhala conjuncts, …).
var joiningScripts = []*gounicode.RangeTable{
	gounicode.Arabic, gounicode.Syriac, gounicode.Thaana, gounicode.Nko, gounicode.Mongolian,
	gounicode.Hebrew, gounicode.Devanagari, gounicode.Bengali, gounicode.Gurmukhi,
	gounicode.Gujarati, gounicode.Oriya, gounicode.Tamil, gounicode.Telugu, gounicode.Kannada,
	gounicode.Malayalam, gounicode.Sinhala, gounicode.Tibetan, gounicode.Myanmar,
	gounicode.Khmer, gounicode.Balinese, gounicode.Javanese,
}

// breakScripts are written without spaces; ZWSP marks word breaks in them.
var breakScripts = []*gounicode.RangeTable{
	gounicode.Thai, gounicode.Lao, gounicode.Khmer, gounicode.Myanmar, gounicode.Tibetan,
	gounicode.Han, gounicode.Hiragana, gounicode.Katakana, gounicode.Javanese, gounicode.Balinese,
}

// isRTL reports code points of the right-to-left blocks (Hebrew, Arabic,
// Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, Adlam).
func isRTL(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF ||
		r >= 0xFE70 && r <= 0xFEFC || r >= 0x1E900 && r <= 0x1E95F
}

func inScripts(r rune, ts []*gounicode.RangeTable) bool {
	return r >= 0x80 && gounicode.In(r, ts...)
}

// isWordChar reports letters, digits and underscores: the characters a zero-width
// character splitting a word sits between.
func isWordChar(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return gounicode.IsLetter(r) || gounicode.IsDigit(r) || gounicode.IsMark(r)
}

// hasRTL reports whether s contains a letter of a right-to-left script.
func hasRTL(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0xD6 || c > 0xF0 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isRTL(r) && gounicode.IsLetter(r) {
			return true
		}
		i += n
	}
	return false
}
