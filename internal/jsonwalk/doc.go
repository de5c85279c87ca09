// Package jsonwalk is the JSON plumbing of the data-loss and injection
// checks: it visits the string values of a JSON document, rewrites some of
// them while keeping every other byte, decodes the layers a payload may hide
// under, and redacts spans of text.
//
// [Scan] and [Strings] read a document in one pass that also validates it,
// without building a tree: a string is handed to the visitor as a substring
// of one copy of the document (decoded only when it holds escapes), and its
// position as a [Path] that renders a JSON pointer only when asked.
// [Strings] re-encodes the strings the visitor changes and copies every
// other byte (numbers, whitespace, key order, members no string of which
// changed) as it was; a document nothing changed comes back as the same slice.
//
// [Expand] decodes a string the ways a hidden payload is usually wrapped
// (nested JSON, base64, percent-encoding, hex), recursively and within
// [Limits]. [Redact] replaces byte spans of a string with labels.
//
// The walk checks the JSON grammar, not duplicate keys: a message reaches
// the checks through jsonrpc.Parse, which rejects those.
//
// The functions are safe for concurrent use; visitors are called on the
// caller's goroutine, one at a time.
package jsonwalk

import (
	"errors"
	"fmt"
)

// maxDepth bounds the nesting of arrays and objects, so a hostile document
// cannot exhaust the stack; it is jsonrpc's bound, so any message the
// envelope parser accepts can be walked.
const maxDepth = 512

// Errors returned for documents that cannot be walked, wrapped in an *Error
// that says where.
var (
	// ErrSyntax: the document is not valid JSON.
	ErrSyntax = errors.New("invalid JSON")
	// ErrTooDeep: arrays and objects are nested deeper than 512 levels.
	ErrTooDeep = errors.New("JSON nested too deeply")
)

// Error is a document that cannot be walked: what is wrong, and the byte
// offset where it was found. It wraps ErrSyntax or ErrTooDeep.
type Error struct {
	Offset int
	Msg    string
	err    error
}

func (e *Error) Error() string {
	return fmt.Sprintf("%v at offset %d: %s", e.err, e.Offset, e.Msg)
}

func (e *Error) Unwrap() error { return e.err }

func syntaxError(off int, msg string) error {
	return &Error{Offset: off, Msg: msg, err: ErrSyntax}
}
