package injection

import (
	"unicode"
	"unicode/utf8"
)

// Folding: what one character of the scanned text becomes in the view the
// rules read. The view is lowercase ASCII where the text is Latin, with
// look-alikes, decorations and invisible characters folded away, and 'l'
// folded onto 'i' (so that "1", "l", "I" and "|" in an obfuscated word all
// end up as one letter; rule patterns are folded the same way, see
// foldPattern), except in the words "la" and "al" (articleL). Other
// scripts stay as they are, lowercased.

// runeKind says how the normaliser treats a non-ASCII rune.
type runeKind uint8

const (
	rkKeep       runeKind = iota // emit lowered rune (a letter of another script, CJK, symbols)
	rkLatin                      // emit the ASCII byte in the fold result
	rkSpace                      // a space
	rkNewline                    // a line break
	rkDrop                       // invisible: zero-width, soft hyphen, bidi controls, combining marks
	rkTag                        // Unicode tag character, carries hidden ASCII
	rkSelector                   // variation selector, may carry smuggled bytes
	rkPunct                      // emit the ASCII punctuation in the fold result
	rkConfusable                 // a Cyrillic/Greek look-alike of a Latin letter
)

// foldRune classifies r and, for rkLatin, rkPunct and rkConfusable, returns
// the ASCII it stands for (confusables only become it in a Latin context).
func foldRune(r rune) (runeKind, byte) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return asciiKind(byte(r - 0xFF01 + 0x21))
	case r >= 0x1D400 && r <= 0x1D6A3: // mathematical alphanumerics (bold, italic, script, …)
		i := (r - 0x1D400) % 52
		if i < 26 {
			return rkLatin, byte('a' + i)
		}
		return rkLatin, byte('a' + i - 26)
	case r >= 0x1D7CE && r <= 0x1D7FF: // mathematical digits
		return rkLatin, byte('0' + (r-0x1D7CE)%10)
	case r >= 0x24B6 && r <= 0x24CF: // circled capitals
		return rkLatin, byte('a' + r - 0x24B6)
	case r >= 0x24D0 && r <= 0x24E9: // circled small letters
		return rkLatin, byte('a' + r - 0x24D0)
	case r >= 0x249C && r <= 0x24B5: // parenthesised small letters
		return rkLatin, byte('a' + r - 0x249C)
	case r >= 0x1F130 && r <= 0x1F149, r >= 0x1F150 && r <= 0x1F169,
		r >= 0x1F170 && r <= 0x1F189: // squared, negative circled, negative squared capitals
		return rkLatin, byte('a' + (r-0x1F130)%32)
	case r >= 0x1F1E6 && r <= 0x1F1FF: // regional indicators
		return rkLatin, byte('a' + r - 0x1F1E6)
	case r >= 0xE0000 && r <= 0xE007F:
		return rkTag, 0
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF:
		return rkSelector, 0
	case r >= 0x0300 && r <= 0x036F, r >= 0x1AB0 && r <= 0x1AFF,
		r >= 0x1DC0 && r <= 0x1DFF, r >= 0x20D0 && r <= 0x20FF,
		r >= 0xFE20 && r <= 0xFE2F: // combining marks (accents, Zalgo)
		return rkDrop, 0
	case r >= 0x0218 && r <= 0x021B: // Romanian s and t with a comma below
		return rkLatin, "sstt"[r-0x0218]
	case r >= 0x00C0 && r <= 0x017F:
		if b := latinFold[r-0x00C0]; b != '?' {
			if b >= 'A' && b <= 'Z' { // ligatures and multi-letter folds, see latinMulti
				return rkLatin, b
			}
			return asciiKind(b)
		}
		return rkKeep, 0
	}
	switch r {
	case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E,
		0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
		0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066,
		0x2067, 0x2068, 0x2069, 0x206A, 0x206B, 0x206C, 0x206D, 0x206E,
		0x206F, 0x3164, 0xFEFF, 0xFFA0, 0x1D173, 0x1D174, 0x1D175,
		0x1D176, 0x1D177, 0x1D178, 0x1D179, 0x1D17A, 0x180B, 0x180C, 0x180D, 0x180F:
		return rkDrop, 0
	case 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
		0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000:
		return rkSpace, 0
	case 0x0085, 0x2028, 0x2029:
		return rkNewline, 0
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A, 0x02BC, 0x00B4:
		return rkPunct, '\''
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x300C, 0x300D:
		return rkPunct, '"'
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63:
		return rkPunct, '-'
	case 0x2024, 0x2026, 0x3002, 0xFF61, 0x0589, 0x0964, 0x0965, 0x1362: // and the Armenian, Devanagari and Ethiopic full stops
		return rkPunct, '.'
	case 0x3001, 0xFF64, 0x060C, 0x1363: // and the Arabic and Ethiopic commas
		return rkPunct, ','
	case 0x1365, 0x1366: // Ethiopic colon and preface colon ("ማስታወሻ፦")
		return rkPunct, ':'
	case 0x061B, 0x1364: // Arabic and Ethiopic semicolons
		return rkPunct, ';'
	case 0x061F: // Arabic question mark
		return rkPunct, '?'
	case 0x2044, 0x2215:
		return rkPunct, '/'
	}
	if b, ok := smallCaps[r]; ok {
		return rkLatin, b
	}
	if b, ok := confusables[r]; ok {
		return rkConfusable, b
	}
	return rkKeep, 0
}

// asciiKind classifies an ASCII byte produced by a fold (fullwidth forms).
func asciiKind(b byte) (runeKind, byte) {
	switch {
	case b >= 'A' && b <= 'Z':
		return rkLatin, b + 32
	case b >= 'a' && b <= 'z', b >= '0' && b <= '9':
		return rkLatin, b
	}
	return rkPunct, b
}

// latinFold maps U+00C0..U+017F to the base letter; '?' keeps the rune;
// uppercase letters mark multi-letter folds (latinMulti).
var latinFold = "" +
	// U+00C0..U+00FF: ÀÁÂÃÄÅÆÇ ÈÉÊË ÌÍÎÏ ÐÑÒÓÔÕÖ× ØÙÚÛÜÝÞß
	"aaaaaaAceeeeiiiidnooooo?ouuuuyTS" +
	// àáâãäåæç èéêë ìíîï ðñòóôõö÷ øùúûüýþÿ
	"aaaaaaAceeeeiiiidnooooo?ouuuuyTy" +
	// U+0100..U+017F: Latin Extended-A
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiIIjjkkk" +
	"iiiiiiiiiinnnnnnnnnoooooo" + "OOrrrrrrsssssssstttttt" +
	"uuuuuuuuuuuuwwyyyzzzzzzs"

// latinMulti spells the multi-letter folds marked in latinFold.
var latinMulti = map[rune]string{
	0x00C6: "ae", 0x00E6: "ae", 0x00DE: "th", 0x00FE: "th", 0x00DF: "ss",
	0x0132: "ij", 0x0133: "ij", 0x0152: "oe", 0x0153: "oe",
}

// smallCaps are Latin small capitals used to spell words that look plain.
var smallCaps = map[rune]byte{
	0x1D00: 'a', 0x0299: 'b', 0x1D04: 'c', 0x1D05: 'd', 0x1D07: 'e',
	0xA730: 'f', 0x0262: 'g', 0x029C: 'h', 0x026A: 'i', 0x1D0A: 'j',
	0x1D0B: 'k', 0x029F: 'l', 0x1D0D: 'm', 0x0274: 'n', 0x1D0F: 'o',
	0x1D18: 'p', 0x01EB: 'q', 0x0280: 'r', 0xA731: 's', 0x1D1B: 't',
	0x1D1C: 'u', 0x1D20: 'v', 0x1D21: 'w', 0x028F: 'y', 0x1D22: 'z',
	0x0261: 'g', 0x0251: 'a', 0x0131: 'i', 0x2113: 'l', 0x212F: 'e',
	0x210E: 'h', 0x2134: 'o',
}

// confusables are Cyrillic and Greek letters (both cases) that pass for
// Latin ones. They are folded only inside a word that also has Latin
// letters, or a word made of look-alikes right after a Latin word, so that
// Russian or Greek text keeps its own letters.
var confusables = map[rune]byte{
	// Cyrillic capitals
	'А': 'a', 'В': 'b', 'Е': 'e', 'К': 'k', 'М': 'm', 'Н': 'h', 'О': 'o',
	'Р': 'p', 'С': 'c', 'Т': 't', 'У': 'y', 'Х': 'x', 'Ѕ': 's', 'І': 'i',
	'Ј': 'j', 'Ԛ': 'q', 'Ԝ': 'w', 'Һ': 'h', 'Ӏ': 'l', 'Ү': 'y',
	// Cyrillic small
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h',
	'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's',
	'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h',
	'ӏ': 'l', 'ү': 'y', 'г': 'r', 'п': 'n', 'ь': 'b',
	// Greek capitals
	'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Ζ': 'z', 'Η': 'h', 'Ι': 'i', 'Κ': 'k',
	'Μ': 'm', 'Ν': 'n', 'Ο': 'o', 'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x',
	// Greek small
	'α': 'a', 'β': 'b', 'γ': 'y', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k',
	'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w',
	'ς': 's',
	// Armenian and others often used the same way
	'օ': 'o', 'ս': 'u', 'ց': 'g', 'հ': 'h', 'ո': 'n',
}

// leetFold maps the digits used in leetspeak to letters. It applies to a
// word only when the word also has Latin letters ("1gn0r3", "p4ssw0rd").
func leetFold(b byte) byte {
	switch b {
	case '0':
		return 'o'
	case '1':
		return 'i'
	case '3':
		return 'e'
	case '4':
		return 'a'
	case '5':
		return 's'
	case '7':
		return 't'
	case '8':
		return 'b'
	case '9':
		return 'g'
	}
	return b
}

// foldASCII folds one ASCII letter or digit as the view does (lowercase, 'l'
// onto 'i'); anything else comes back unchanged.
func foldASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		b += 32
	}
	if b == 'l' {
		return 'i'
	}
	return b
}

// articleL says where the ASCII word w keeps its 'l' in the view, or -1:
// the French, Spanish, Italian and Catalan articles "la", "al" and "las"
// ("Conseils pour la cuisson :", "Al cliente:", "para las familias"),
// which the fold would turn into "ia", "ai" and "ias", words for an AI.
// The casings that read as IA and IAs in a sans-serif font ("lA", "lAs")
// fold like any other word: an obfuscation would use them. "Al", which
// reads as AI too, is kept: it starts Spanish sentences ("Al cliente:").
func articleL[T string | []byte](w T) int {
	switch {
	case len(w) == 2 && w[0]|0x20 == 'a' && w[1]|0x20 == 'l':
		return 1
	case (len(w) == 2 || len(w) == 3 && w[2]|0x20 == 's') && w[0]|0x20 == 'l' && w[1]|0x20 == 'a' && !(w[0] == 'l' && w[1] == 'A'):
		return 0
	}
	return -1
}

// keepArticles puts back the 'l' of the words articleL names in out, the
// per-byte fold of src (same length, byte for byte), which folded it
// onto 'i'.
func keepArticles[T string | []byte](out []byte, src T) {
	for i := 0; i+1 < len(src); i++ {
		if c := src[i] | 0x20; c != 'l' && c != 'a' || !wordBreakBefore(src, i) {
			continue
		}
		j := i + 1
		for j < len(src) && j < i+4 && src[j] < utf8.RuneSelf && isAlnum(src[j]) {
			j++
		}
		if k := articleL(src[i:j]); k >= 0 && wordBreakAt(src, j) {
			out[i+k] = 'l'
		}
	}
}

// wordBreakAt reports whether no word of the view goes on at s[j:]: the
// text ends there, or its next character is neither a letter, a digit,
// nor one the view drops inside a word (a combining mark, an invisible
// character).
func wordBreakAt[T string | []byte](s T, j int) bool {
	if j >= len(s) {
		return true
	}
	if s[j] < utf8.RuneSelf {
		return !isAlnum(s[j])
	}
	r, _ := utf8.DecodeRuneInString(string(s[j:min(len(s), j+utf8.UTFMax)]))
	return breaksWord(r)
}

// wordBreakBefore is wordBreakAt for the character before s[i].
func wordBreakBefore[T string | []byte](s T, i int) bool {
	if i == 0 {
		return true
	}
	if s[i-1] < utf8.RuneSelf {
		return !isAlnum(s[i-1])
	}
	r, _ := utf8.DecodeLastRuneInString(string(s[max(0, i-utf8.UTFMax):i]))
	return breaksWord(r)
}

// breaksWord reports whether the normaliser ends a word at r.
func breaksWord(r rune) bool {
	switch k, _ := foldRune(r); k {
	case rkSpace, rkNewline, rkPunct:
		return true
	case rkKeep:
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return false
}
