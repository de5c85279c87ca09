package secrets

import (
	"encoding/base64"
	"regexp"
	"strings"
)

// Shapes of values that are not secrets although they sit where one could:
// references to secrets, code, hashes, identifiers and words.

// isReference reports values that name a secret instead of holding it:
// ${VAR}, $VAR, {{ var }}, %(var)s, <placeholder>, [password], env(...).
func isReference(s string) bool {
	switch {
	case s == "":
		return false
	case strings.HasPrefix(s, "$"), strings.HasPrefix(s, "%("), strings.HasPrefix(s, "{{"),
		strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"),
		strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"),
		strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}"):
		return true
	}
	l := strings.ToLower(s)
	for _, w := range []string{"environ", "getenv", "process.env", "env(", "env[", "secrets.", "secretref"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// isHex reports whether s is non-empty and all hex digits.
func isHex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !('0' <= b && b <= '9' || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F') {
			return false
		}
	}
	return true
}

// decodePrintable decodes standard base64 (as in Kubernetes Secret data)
// when the result is printable ASCII.
func decodePrintable(s string) (string, bool) {
	if len(s)%4 != 0 {
		return "", false
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(raw) == 0 {
		return "", false
	}
	for _, b := range raw {
		if b < 0x20 || b > 0x7e {
			return "", false
		}
	}
	return string(raw), true
}

var (
	uuidRe     = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	codeExprRe = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+$`)
	digestRe   = regexp.MustCompile(`(?i)^(?:sha1|sha224|sha256|sha384|sha512|md5|blake2b?)[:-]`)
	versionRe  = regexp.MustCompile(`^v?[0-9]+(?:\.[0-9]+)+(?:[-+][0-9A-Za-z.-]+)?$`)
)

// hashHexLengths are the hex lengths of MD5, SHA-1, SHA-224, SHA-256,
// SHA-384 and SHA-512 digests.
var hashHexLengths = map[int]bool{32: true, 40: true, 56: true, 64: true, 96: true, 128: true}

// isCodeExpr reports dotted identifiers such as config.db.password. A
// part of 16 characters or more that mixes upper case, lower case and
// digits and is not made of words is a token's, not a name's (a Discord
// bot token is three base64 parts joined by dots).
func isCodeExpr(s string) bool {
	if !codeExprRe.MatchString(s) {
		return false
	}
	for part := range strings.SplitSeq(s, ".") {
		if len(part) >= 16 && charClasses(part) >= 3 && !isWordsLike(part) {
			return false
		}
	}
	return true
}

// isBenignShape reports values that are identifiers, not secrets: hashes,
// UUIDs, numbers, paths, URLs, e-mail addresses, versions and plain words.
func isBenignShape(s string) bool {
	switch {
	case isHex(s) && hashHexLengths[len(s)],
		uuidRe.MatchString(s),
		digestRe.MatchString(s),
		versionRe.MatchString(s),
		strings.Trim(s, "0123456789") == "",
		strings.HasPrefix(s, "/"), strings.HasPrefix(s, "./"), strings.HasPrefix(s, "~/"),
		strings.Contains(s, "://"),
		strings.Contains(s, "@") && strings.Contains(s[strings.IndexByte(s, '@'):], "."),
		isWordsLike(s):
		return true
	}
	return false
}

// isWordsLike reports values made of words: parts split at separators and
// case changes are all letters, each with a vowel, and either lower case,
// capitalised or all caps ("my-tls-secret", "ReadOnlyToken"). A part
// between separators may also be a number of at most four digits
// ("server-valid-token-1", "app-2024").
func isWordsLike(s string) bool {
	if s == "" {
		return false
	}
	words := 0
	start := 0
	flush := func(end int) bool {
		w := s[start:end]
		start = end
		if w == "" {
			return true
		}
		words++
		return strings.ContainsAny(strings.ToLower(w), "aeiouy")
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case isSep(b) || b == '/' || b == ':' || b == '+':
			if !flush(i) {
				return false
			}
			start = i + 1
		case 'A' <= b && b <= 'Z':
			if i > 0 && 'a' <= s[i-1] && s[i-1] <= 'z' && !flush(i) {
				return false
			}
		case 'a' <= b && b <= 'z':
		case '0' <= b && b <= '9' && i > 0 && isSep(s[i-1]) && i == start:
			j := i
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			if j-i > 4 || j < len(s) && !isSep(s[j]) {
				return false
			}
			i = j - 1
			start = j
		default:
			return false
		}
	}
	return flush(len(s)) && words > 0
}
