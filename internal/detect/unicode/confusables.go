package unicode

// A compact, hand-made table of characters that look like ASCII letters,
// digits and the punctuation of tool names, for Skeleton. It covers the
// look-alikes used in practice to spoof identifiers: Cyrillic, Greek,
// Armenian, Cherokee and Latin-extension letters, plus the ranges folded
// in code below (fullwidth forms, mathematical alphanumerics, circled
// letters).
//
// TODO(issue 4): generate the full table from Unicode's confusables.txt as
// packaged in npm unhomoglyph (MIT), with its generator and notice.
var confusables = map[rune]byte{
	// Cyrillic lowercase
	'а': 'a', 'в': 'b', 'г': 'r', 'е': 'e', 'к': 'k', 'м': 'm', 'о': 'o', 'п': 'n', 'р': 'p',
	'с': 'c', 'т': 't', 'у': 'y', 'х': 'x', 'ь': 'b', 'ѕ': 's', 'і': 'i', 'ј': 'j', 'һ': 'h',
	'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'ү': 'y', 'ѵ': 'v', 'ɡ': 'g',
	// Cyrillic uppercase
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C',
	'Т': 'T', 'У': 'Y', 'Х': 'X', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'Ү': 'Y', 'Ӏ': 'I', 'Ԛ': 'Q',
	'Ԝ': 'W', 'Ѵ': 'V', 'З': '3',
	// Greek lowercase
	'α': 'a', 'γ': 'y', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
	'υ': 'u', 'χ': 'x', 'ϲ': 'c', 'ϳ': 'j',
	// Greek uppercase
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N',
	'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'Ϲ': 'C', 'Ϳ': 'J',
	// Armenian
	'օ': 'o', 'ս': 'u', 'ո': 'n', 'հ': 'h', 'զ': 'q', 'ց': 'g', 'ւ': 'l',
	// Cherokee
	'Ꭺ': 'A', 'Ᏼ': 'B', 'Ꮯ': 'C', 'Ꭰ': 'D', 'Ꭼ': 'E', 'Ꮐ': 'G', 'Ꮋ': 'H', 'Ꭻ': 'J', 'Ꮶ': 'K',
	'Ꮮ': 'L', 'Ꮇ': 'M', 'Ꮲ': 'P', 'Ꮪ': 'S', 'Ꭲ': 'T', 'Ꮩ': 'V', 'Ꮃ': 'W', 'Ꮓ': 'Z',
	// Latin extensions and letterlike symbols
	'ı': 'i', 'ȷ': 'j', 'ɑ': 'a', 'ɩ': 'i', 'ɪ': 'i', 'ℓ': 'l', 'ǀ': 'l', 'ɒ': 'a', 'ʟ': 'l',
	'ɴ': 'n', 'ʀ': 'r', 'ꜱ': 's', 'ᴄ': 'c', 'ᴏ': 'o', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ᴢ': 'z',
	'ℎ': 'h', 'ℯ': 'e', 'ℊ': 'g', 'ℴ': 'o', 'Ɩ': 'l', 'ꞁ': 'l',
	// Digits and punctuation that tool names use
	'‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
	'˗': '-', '⁃': '-', '﹣': '-', 'ˍ': '_', '‗': '_', '﹍': '_', '﹎': '_', '﹏': '_', '․': '.',
	'‧': '.', '·': '.', '٠': '0', '۰': '0', 'ǃ': '!',
}

// foldRune maps r to the ASCII character it looks like, or returns false.
func foldRune(r rune) (byte, bool) {
	switch {
	case r < 0x80:
		return byte(r), true
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return byte(r - 0xFF01 + 0x21), true
	case r >= 0x1D400 && r <= 0x1D6A3: // mathematical alphanumeric letters
		k := (r - 0x1D400) % 52
		if k < 26 {
			return byte('A' + k), true
		}
		return byte('a' + k - 26), true
	case r >= 0x1D7CE && r <= 0x1D7FF: // mathematical digits
		return byte('0' + (r-0x1D7CE)%10), true
	case r >= 0x24B6 && r <= 0x24CF: // circled capitals
		return byte('A' + r - 0x24B6), true
	case r >= 0x24D0 && r <= 0x24E9: // circled small letters
		return byte('a' + r - 0x24D0), true
	}
	b, ok := confusables[r]
	return b, ok
}
