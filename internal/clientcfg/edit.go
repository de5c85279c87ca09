package clientcfg

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// edit replaces src[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// apply returns src with the edits made. Edits must not overlap.
func apply(src []byte, edits []edit) ([]byte, error) {
	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	var b bytes.Buffer
	b.Grow(len(src) + 256)
	last := 0
	for _, e := range edits {
		if e.start < last || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("internal error: overlapping edits at byte %d", e.start)
		}
		b.Write(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes(), nil
}

// quote encodes s as a JSON string, without escaping <, > and & (no HTML
// here) so that paths and URLs read as typed.
func quote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// raw is the source text of n.
func (f *File) raw(n *node) string { return string(f.cur[n.start:n.end]) }

// trailingSpace is the white space that ends s (after any comma or comment).
func trailingSpace(s string) string {
	return s[len(strings.TrimRight(s, " \t\r\n")):]
}

// onlySpace reports whether s is white space.
func onlySpace(s string) bool { return strings.Trim(s, " \t\r\n") == "" }

// onlySeparators reports whether s holds nothing but white space and
// commas: no comment that deleting s would lose.
func onlySeparators(s string) bool {
	return strings.Trim(s, " \t\r\n,") == ""
}

// elemSep is the text an array uses between elements ("" for a comma then
// nothing, " ", or a newline and indentation), taken from the array itself.
func (f *File) elemSep(arr *node) string {
	switch len(arr.elems) {
	case 0:
		return " "
	case 1:
		lead := string(f.cur[arr.start+1 : arr.elems[0].start])
		if sp := trailingSpace(lead); strings.Contains(sp, "\n") {
			return sp
		}
		return " "
	}
	return trailingSpace(string(f.cur[arr.elems[0].end:arr.elems[1].start]))
}

// memberSep is the text an object uses between members, as elemSep.
func (f *File) memberSep(obj *node) string {
	if len(obj.members) >= 2 {
		return trailingSpace(string(f.cur[obj.members[0].val.end:obj.members[1].keyStart]))
	}
	lead := string(f.cur[obj.start+1 : obj.members[0].keyStart])
	if sp := trailingSpace(lead); strings.Contains(sp, "\n") {
		return sp
	}
	return " "
}

// jsonArray joins JSON-encoded items into a one-line array.
func jsonArray(items []string) string {
	return "[" + strings.Join(items, ", ") + "]"
}
