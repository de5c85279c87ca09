package secrets

import "strings"

// assignmentAt skips what may stand between a name ending at i and its
// ':' or '=' (an escaped closing quote, a quote, up to four blanks) and
// returns the operator's offset, or false when none follows.
func assignmentAt(text string, i int) (int, bool) {
	if i < len(text) && text[i] == '\\' {
		i++
	}
	if i < len(text) && (text[i] == '"' || text[i] == '\'') {
		i++
	}
	for n := 0; i < len(text) && n < 4 && (text[i] == ' ' || text[i] == '\t'); n++ {
		i++
	}
	return i, i < len(text) && (text[i] == ':' || text[i] == '=')
}

// assignmentFollows reports whether the identifier at start is followed
// by an assignment (optional backslash and quote, blanks, then ':' or '=')
// of a value at least 8 bytes long. It mirrors the start of the assignment
// regexes, so that most keys in ordinary JSON and prose skip them.
func assignmentFollows(text string, start int, _ *int) bool {
	i, limit := start, min(len(text), start+64)
	for i < limit && (defaultBoundary(text[i]) || isSep(text[i])) {
		i++
	}
	i, ok := assignmentAt(text, i)
	if !ok {
		return false
	}
	i++
	if i < len(text) && (text[i] == '=' || text[i] == '>') {
		i++
	}
	i = skipBlanks(text, i)
	i = skipValueWrapper(text, i)
	if i < len(text) && text[i] == '\\' {
		i++
	}
	if i < len(text) && (text[i] == '"' || text[i] == '\'' || text[i] == '`') {
		i++
	}
	n := 0
	for ; n < 8 && i < len(text) && !strings.ContainsRune(valueStop, rune(text[i])); n++ {
		i++
	}
	return n == 8
}

func skipBlanks(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	return i
}

// skipValueWrapper skips `{"value": ` at text[i:], the object a value is
// wrapped in where a property is listed with its origin (Spring Boot's
// /actuator/env: "spring.datasource.password": {"value": "…", "origin":
// …}), and returns where the value starts; i when there is none.
func skipValueWrapper(text string, i int) int {
	if i >= len(text) || text[i] != '{' {
		return i
	}
	j := skipBlanks(text, i+1)
	if j < len(text) && text[j] == '\\' {
		j++
	}
	if j >= len(text) || text[j] != '"' || !strings.EqualFold(text[j+1:min(len(text), j+6)], "value") {
		return i
	}
	j += 6
	if j < len(text) && text[j] == '\\' {
		j++
	}
	if j >= len(text) || text[j] != '"' {
		return i
	}
	j = skipBlanks(text, j+1)
	if j >= len(text) || text[j] != ':' {
		return i
	}
	return skipBlanks(text, j+1)
}

// valueStop are the bytes that end an assigned value (see the
// generic-assignment pattern).
const valueStop = " \t\r\n\f\v\"'`\\,;&<>(){}[]"

// schemeFollows reports whether the word at start is a URL scheme:
// scheme characters then "://".
func schemeFollows(text string, start int, _ *int) bool {
	i, limit := start, min(len(text), start+32)
	for i < limit && (defaultBoundary(text[i]) || text[i] == '+' || text[i] == ':' && !strings.HasPrefix(text[i:], "://")) {
		i++
	}
	return strings.HasPrefix(text[i:], "://")
}

// jwtFollows reports whether the base64url run at start (a JWT header) is
// followed by ".eyJ" (a payload). memo holds the end of the last run
// measured: a later hit inside that run ends at the same place, so a text
// packed with "eyJ" is measured once, in linear time.
func jwtFollows(text string, start int, memo *int) bool {
	end := *memo
	if start >= end {
		end = start
		for end < len(text) && isBase64URLByte(text[end]) {
			end++
		}
		*memo = end
	}
	return end-start >= 11 && end < len(text) && text[end] == '.' && strings.HasPrefix(text[end+1:], "eyJ")
}

func isBase64URLByte(b byte) bool { return defaultBoundary(b) || b == '-' || b == '_' }

// bearerFollows reports whether "bearer" at start is followed by blanks and
// at least 16 token characters.
func bearerFollows(text string, start int, _ *int) bool {
	i := start + len("bearer")
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j == i {
		return false
	}
	n := 0
	for ; n < 16 && j < len(text) && (isBase64URLByte(text[j]) || strings.IndexByte("._~+/", text[j]) >= 0); n++ {
		j++
	}
	return n == 16
}

// wordStart reports whether the keyword at start begins a word: no letter,
// digit, '_' or '-' before it.
func wordStart(text string, start int, _ *int) bool {
	return start == 0 || !tokenBoundary(text[start-1])
}
