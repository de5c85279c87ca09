package poisoning

import (
	"math/big"
	"strings"
)

func isEmail(c string) bool {
	c = trimPunct(c)
	at := strings.IndexByte(c, '@')
	if at <= 0 || at == len(c)-1 {
		return false
	}
	dot := strings.LastIndexByte(c[at:], '.')
	return dot > 1 && dot < len(c[at:])-2 && isAlnum(c[at-1])
}

// tlds are top-level domains that make a dotted word a domain name; file
// extensions that are also TLDs (.py, .sh, .md …) are left out on purpose.
var tlds = map[string]bool{
	"com": true, "net": true, "org": true, "io": true, "dev": true, "test": true, "xyz": true,
	"ru": true, "cn": true, "co": true, "info": true, "biz": true, "app": true, "site": true,
	"online": true, "top": true, "me": true, "ai": true, "cc": true, "tk": true, "su": true,
	"us": true, "uk": true, "de": true, "fr": true, "nl": true, "example": true, "invalid": true,
	"local": true, "ngrok": true, "io/": true, "club": true, "shop": true, "live": true,
}

// isDomain reports a bare host name such as dev-attacker.test.
func isDomain(c string) bool {
	c = strings.ToLower(trimPunct(c))
	if strings.ContainsAny(c, "/@:_") || strings.Count(c, ".") == 0 {
		return false
	}
	labels := strings.Split(c, ".")
	for _, l := range labels {
		if l == "" {
			return false
		}
		for i := 0; i < len(l); i++ {
			if !isAlnum(l[i]) && l[i] != '-' {
				return false
			}
		}
	}
	return tlds[labels[len(labels)-1]] && len(labels[0]) > 1
}

// isIBAN checks the shape and the mod-97 checksum of an IBAN.
func isIBAN(c string) bool {
	c = trimPunct(c)
	if len(c) < 15 || len(c) > 34 || !isUpper(c[0]) || !isUpper(c[1]) || !isDigit(c[2]) || !isDigit(c[3]) {
		return false
	}
	var b strings.Builder
	for _, r := range c[4:] + c[:4] {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteString(itoa(int(r-'A') + 10))
		default:
			return false
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func itoa(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

// isCrypto reports an Ethereum-style (0x + 40 hex) or bech32 bitcoin
// address.
func isCrypto(c string) bool {
	c = trimPunct(c)
	if len(c) == 42 && strings.HasPrefix(c, "0x") {
		return isHex(c[2:])
	}
	if strings.HasPrefix(c, "bc1") && len(c) >= 26 && len(c) <= 64 {
		for i := 3; i < len(c); i++ {
			if !isAlnum(c[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// phoneAt reports a phone number in international form starting at text[i]
// ('+'): eight or more digits, allowing spaces, dots, dashes and brackets.
func phoneAt(text string, i int) bool {
	digits := 0
	for k := i + 1; k < len(text) && k < i+24; k++ {
		b := text[k]
		switch {
		case isDigit(b):
			digits++
		case b == ' ' || b == '-' || b == '.' || b == '(' || b == ')':
			if k == i+1 {
				return false
			}
		default:
			return digits >= 8
		}
	}
	return digits >= 8
}
