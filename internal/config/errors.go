package config

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Error is one problem in a configuration. File, Line and Column say where
// it is (Line and Column are 1-based; zero when unknown, such as for a
// problem in a Config built in code); File is "env NAME" for a value that
// came from the environment variable NAME. Path is the field path, as in
// servers.fs.args[2].
type Error struct {
	File         string
	Line, Column int
	Path         string
	Msg          string
}

// Error formats e as "file:line:column: path: msg", leaving out what is
// unknown.
func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case e.File != "" && e.Line > 0 && e.Column > 0:
		fmt.Fprintf(&b, "%s:%d:%d: ", e.File, e.Line, e.Column)
	case e.File != "" && e.Line > 0:
		fmt.Fprintf(&b, "%s:%d: ", e.File, e.Line)
	case e.File != "":
		b.WriteString(e.File + ": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors are all the problems found in one configuration, sorted by line
// (problems without a line come last). Load, Parse and Validate return a
// non-empty Errors or nil; use errors.As to get at it.
type Errors []*Error

// Error joins the problems, one per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems, for errors.Is and errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// sort orders es by line and column, keeping the order of discovery for
// ties; problems without a line go last.
func (es Errors) sort() {
	line := func(e *Error) int {
		if e.Line == 0 {
			return int(^uint(0) >> 1)
		}
		return e.Line
	}
	slices.SortStableFunc(es, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(line(a), line(b)), cmp.Compare(a.Column, b.Column))
	})
}

// err returns es as an error, or nil when there is no problem (never a nil
// Errors in a non-nil error).
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	es.sort()
	return es
}

// position is where a value was set: a place in a file, or an environment
// variable (file "env NAME", no line).
type position struct {
	file      string
	line, col int
}

func (p position) error(path, msg string) *Error {
	return &Error{File: p.file, Line: p.line, Column: p.col, Path: path, Msg: msg}
}
