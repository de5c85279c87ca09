package pii

import (
	"strings"
	"unicode/utf8"
)

// maskTail hides every letter and digit of v except the last keep ones,
// leaving separators in place: "5538 2617 2786 7820" -> "**** **** **** 7820".
// Explanations show values only through a mask.
func maskTail(v string, keep int) string {
	alnum := 0
	for i := 0; i < len(v); i++ {
		if isAlnum(v[i]) {
			alnum++
		}
	}
	b := []byte(v)
	for i := range b {
		if isAlnum(b[i]) && alnum > keep {
			b[i] = '*'
			alnum--
		} else if isAlnum(b[i]) {
			alnum--
		}
	}
	return string(b)
}

// maskEmail keeps the first character of the local part and of the domain,
// and the top-level domain: "jane.doe@mail.example.org" -> "j***@m***.org".
func maskEmail(v string) string {
	at := strings.LastIndexByte(v, '@')
	if at <= 0 || at == len(v)-1 {
		return "***"
	}
	dom := v[at+1:]
	tld := dom[strings.LastIndexByte(dom, '.')+1:]
	return firstRune(v) + "***@" + firstRune(dom) + "***." + tld
}

// firstRune is s's first character, whole: an internationalised address
// may start with a letter of several bytes, and a mask must stay UTF-8.
func firstRune(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}
