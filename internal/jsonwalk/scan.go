package jsonwalk

import "unsafe"

// Scan calls visit for every string value of the JSON document doc (object
// keys excepted), in document order, with the decoded string and where it
// is, until visit returns false. It returns an *Error when doc is not valid
// JSON or is nested deeper than 512 levels; visit may already have been
// called for the strings before the fault. A stopped walk returns nil
// without looking at the rest of doc.
//
// Scan copies doc once; the strings visit receives share that copy (a
// string that held escapes is decoded into its own), so they stay valid
// after Scan returns, and keeping a short one keeps the whole copy alive:
// clone it (strings.Clone) to keep it long. Text that is not UTF-8 is passed
// as it is; \u escapes of lone surrogates decode to U+FFFD.
func Scan(doc []byte, visit func(path Path, s string) bool) error {
	w := &walker{doc: string(doc), scan: visit}
	return w.walk()
}

// Strings calls visit for every string value of the JSON document doc
// (object keys excepted), as Scan does, and returns doc with each string for
// which visit reports a change replaced by the JSON encoding of repl. Every
// other byte is kept as it was: whitespace, numbers, key order, escapes in
// strings that did not change. A replacement equal to the string is no
// change. When nothing changed, Strings returns doc itself and changed
// false; otherwise a new slice (doc is not modified).
//
// Replacements are encoded as valid UTF-8, with quotes, backslashes and
// control characters escaped and bytes that are not UTF-8 replaced by
// U+FFFD. Invalid JSON returns a nil slice and an *Error, as Scan does.
func Strings(doc []byte, visit func(path Path, s string) (repl string, changed bool)) (out []byte, changed bool, err error) {
	return edit(&walker{doc: string(doc), edit: visit}, doc)
}

// StringsAndKeys is Strings that also calls key, unless it is nil, for
// every object key, decoded, in document order: one pass for a check that
// reads both. A key is passed before the strings of its value.
//
// Unlike Strings, it does not copy doc: a string without escapes that visit
// or key receives shares doc's bytes, and changes if doc does. Callers that
// keep one past the call, while doc may change, must clone it.
func StringsAndKeys(doc []byte, visit func(path Path, s string) (repl string, changed bool), key func(key string)) (out []byte, changed bool, err error) {
	// doc is not written during the walk, which is all that reading it as
	// a string needs.
	return edit(&walker{doc: unsafe.String(unsafe.SliceData(doc), len(doc)), edit: visit, key: key}, doc)
}

// edit runs w, an edit walk of doc, and returns the edited document.
func edit(w *walker, doc []byte) (out []byte, changed bool, err error) {
	if err := w.walk(); err != nil {
		return nil, false, err
	}
	if w.out == nil {
		return doc, false, nil
	}
	return append(w.out, doc[w.last:]...), true, nil
}

// Keys calls visit for every object key of the JSON document doc, decoded,
// in document order, until visit returns false. Errors are as for Scan.
func Keys(doc []byte, visit func(key string) bool) error {
	w := &walker{doc: string(doc), collect: visit, keys: true, noVal: true}
	return w.walk()
}
