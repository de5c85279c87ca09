package proxy

import (
	"errors"
	"regexp"
	"strings"
)

// aggMaxTemplate bounds the length of a resource template the aggregated
// endpoint compiles for routing; longer ones are not routed by.
const aggMaxTemplate = 1024

// aggCompileTemplate compiles an RFC 6570 URI template into a regexp that
// matches the URIs it can expand to, closely enough to tell which server a
// URI belongs to: literal parts must match exactly; a simple expression
// ({x}, {x,y}) matches text without '/', '?' or '#'; reserved and fragment
// expansion ({+x}, {#x}) match anything; the prefixed forms ({/x}, {.x},
// {;x}, {?x}, {&x}) match their prefix and what follows it, or nothing.
func aggCompileTemplate(t string) (*regexp.Regexp, error) {
	if len(t) > aggMaxTemplate {
		return nil, errors.New("template too long")
	}
	var b strings.Builder
	b.WriteString(`^`)
	for t != "" {
		i := strings.IndexAny(t, "{}")
		if i < 0 {
			b.WriteString(regexp.QuoteMeta(t))
			break
		}
		if t[i] == '}' {
			return nil, errors.New("'}' outside an expression")
		}
		b.WriteString(regexp.QuoteMeta(t[:i]))
		j := strings.IndexAny(t[i+1:], "{}")
		if j < 0 || t[i+1+j] != '}' {
			return nil, errors.New("unclosed expression")
		}
		expr := t[i+1 : i+1+j]
		if expr == "" {
			return nil, errors.New("empty expression")
		}
		switch expr[0] {
		case '+':
			b.WriteString(`.*`)
		case '#':
			b.WriteString(`(?:#.*)?`)
		case '/':
			b.WriteString(`(?:/[^?#]*)?`)
		case '.':
			b.WriteString(`(?:\.[^/?#]*)?`)
		case ';':
			b.WriteString(`(?:;[^/?#]*)?`)
		case '?':
			b.WriteString(`(?:\?[^#]*)?`)
		case '&':
			b.WriteString(`(?:&[^#]*)?`)
		default:
			b.WriteString(`[^/?#]*`)
		}
		t = t[i+1+j+1:]
	}
	b.WriteString(`$`)
	return regexp.Compile(b.String())
}
