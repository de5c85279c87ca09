package clientcfg

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrChanged is returned by Save when the file on disk no longer holds what
// Load read: the client (Claude Code rewrites ~/.claude.json often) or the
// user changed it meanwhile. Load it again and redo the edit.
var ErrChanged = errors.New("changed on disk since it was read")

// ErrNoBackup is returned by Restore when there is no backup to restore.
var ErrNoBackup = errors.New("no backup")

// Error is a problem in a config file, at a field. Load returns one for any
// syntax error and for anything it does not understand.
type Error struct {
	Path      string // the file
	Line, Col int    // 1-based position of the offending value; 0 if unknown
	Field     string // JSON path of the field, e.g. mcpServers.github.args[2]; "" for syntax errors
	Msg       string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// position converts a byte offset into a 1-based line and column (in bytes).
func position(src []byte, off int) (line, col int) {
	if off > len(src) {
		off = len(src)
	}
	before := src[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	col = off - bytes.LastIndexByte(before, '\n')
	return line, col
}

// fieldPath builds JSON paths for messages: keys that are identifiers are
// joined with dots, any other key is quoted in brackets, like a JavaScript
// accessor, so a project path or a server name with a dot stays readable.
type fieldPath string

func (p fieldPath) key(k string) fieldPath {
	if isIdent(k) {
		if p == "" {
			return fieldPath(k)
		}
		return p + "." + fieldPath(k)
	}
	return p + "[" + fieldPath(strconv.Quote(k)) + "]"
}

func (p fieldPath) index(i int) fieldPath {
	return p + fieldPath("["+strconv.Itoa(i)+"]")
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		ok := c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c == '-' || c >= '0' && c <= '9')
		if !ok {
			return false
		}
	}
	return true
}
