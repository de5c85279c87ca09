package poisoning

import "strings"

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isIdentByte(b byte) bool { return isAlnum(b) || b == '_' }

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !(b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F') {
			return false
		}
	}
	return len(s) > 0
}

// trimPunct strips quotes, brackets and sentence punctuation around a chunk.
func trimPunct(c string) string {
	return strings.Trim(c, ".,;:!?()[]{}<>'\"`*“”‘’«»")
}
