package schema

import (
	"errors"
	"strconv"
	"strings"
)

// ErrBadSchema is wrapped by every error saying that a schema itself cannot
// be used: it is not JSON, not a valid schema, too large or too deep, refers
// outside itself, or would be too costly to evaluate. It concerns the server
// that published the tool, not the model that called it.
var ErrBadSchema = errors.New("unusable inputSchema")

// An Error says that the arguments do not match the schema. Its message is
// written for the model that made the call.
type Error struct {
	// Problems lists what is wrong, sorted by path, at most maxProblems of
	// them. It is never empty.
	Problems []Problem
}

// A Problem is one thing wrong with the arguments.
type Problem struct {
	// Path is the JSON pointer (RFC 6901) of the offending value in the
	// arguments; "" is the arguments object itself.
	Path string
	// Message says what is wrong, without quoting the value: "got string,
	// want integer", `missing property "path"`.
	Message string
}

// Error renders the first few problems on one line, within about
// maxErrorBytes (the last part, "; and 3 more", may go over):
//
//	arguments do not match the tool's inputSchema: /count: got string, want integer; missing property "path"
func (e *Error) Error() string {
	const head = "arguments do not match the tool's inputSchema: "
	return head + render(e.Problems, maxErrorBytes-len(head))
}

// render joins the first few problems with "; ", within about budget bytes.
func render(ps []Problem, budget int) string {
	var b strings.Builder
	for i, p := range ps {
		item := p.String()
		if i > 0 {
			item = "; " + item
		}
		if i == maxShownProblems || (i > 0 && b.Len()+len(item) > budget) {
			b.WriteString("; and " + strconv.Itoa(len(ps)-i) + " more")
			break
		}
		if i == 0 {
			item = truncate(item, budget)
		}
		b.WriteString(item)
	}
	return b.String()
}

// String renders p as "path: message", or just the message for the
// arguments object itself.
func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut
// with "…".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const ellipsis = "…"
	n -= len(ellipsis)
	for n > 0 && n < len(s) && !isRuneStart(s[n]) {
		n--
	}
	if n < 0 {
		n = 0
	}
	return s[:n] + ellipsis
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// pointer renders tokens as a JSON pointer.
func pointer(tokens []string) string {
	if len(tokens) == 0 {
		return ""
	}
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		if strings.ContainsAny(t, "~/") {
			t = strings.NewReplacer("~", "~0", "/", "~1").Replace(t)
		}
		b.WriteString(t)
	}
	return b.String()
}
