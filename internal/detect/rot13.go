package detect

// ROT13 rotates the ASCII letters of s by 13 places, the way payloads
// hide from readers: both the injection and the poisoning detectors
// decode it.
func ROT13(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return string(b)
}
