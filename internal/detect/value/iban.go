package value

import "strconv"

// maxIBANInput bounds the input IBAN reads: the longest IBAN (34
// characters) in groups of four with single spaces, and some slack.
const maxIBANInput = 64

// IBAN validates an International Bank Account Number (ISO 13616): a
// registered country code, two check digits, the country's registered length
// and a valid ISO 7064 mod-97 checksum. Letters may be in either case and
// spaces may separate characters (the printed "DE89 3704 0044 ..."
// form); spaces are ignored wherever they are. The normalized form is
// uppercase with no spaces.
//
// The BBAN's per-country layout (which positions are letters or digits) is
// not checked: the checksum catches typos, and allowlists compare exactly.
func IBAN(s string) (string, error) {
	if len(s) > maxIBANInput {
		return "", invalid("too long for an IBAN")
	}
	var buf [maxIBANInput]byte
	c := buf[:0]
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9', ch >= 'A' && ch <= 'Z':
			c = append(c, ch)
		case ch >= 'a' && ch <= 'z':
			c = append(c, ch-('a'-'A'))
		case ch == ' ':
			// grouping is presentation only
		default:
			return "", invalid("character " + strconv.Itoa(i+1) + " is not a letter, a digit or a space")
		}
	}
	if len(c) < 4 {
		return "", invalid("too short for an IBAN")
	}
	want := ibanLength[string(c[:2])]
	if want == 0 {
		return "", invalid(strconv.Quote(string(c[:2])) + " is not a country in the IBAN registry")
	}
	if !isDigit(c[2]) || !isDigit(c[3]) {
		return "", invalid("characters 3 and 4 must be the check digits")
	}
	if len(c) != want {
		return "", invalid(string(c[:2]) + " IBANs have " + strconv.Itoa(want) + " characters, got " + strconv.Itoa(len(c)))
	}
	if cd := string(c[2:4]); cd == "00" || cd == "01" || cd == "99" {
		return "", invalid("check digits " + cd + " are never issued")
	}
	if !mod97(c) {
		return "", invalid("wrong check digits (a typo, or a tampered IBAN)")
	}
	return string(c), nil
}

// IBANLength is the registered length of the IBANs of country (two
// uppercase letters), or 0 when the country issues none. The PII scanner
// shares it.
func IBANLength(country string) int { return ibanLength[country] }

// IBANChecksumOK reports whether c, an IBAN in uppercase without spaces
// (at least four characters), has valid ISO 7064 mod-97 check digits.
// The PII scanner shares it.
func IBANChecksumOK(c []byte) bool { return mod97(c) }

// mod97 computes the ISO 7064 checksum: move the first four characters to
// the end, read letters as 10..35, and the number mod 97 must be 1.
func mod97(c []byte) bool {
	rem := 0
	add := func(ch byte) {
		if isDigit(ch) {
			rem = (rem*10 + int(ch-'0')) % 97
			return
		}
		rem = (rem*100 + int(ch-'A') + 10) % 97
	}
	for _, ch := range c[4:] {
		add(ch)
	}
	for _, ch := range c[:4] {
		add(ch)
	}
	return rem == 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
