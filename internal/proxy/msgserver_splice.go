package proxy

import (
	"slices"
	"strconv"
	"strings"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// msIDKey returns the identity of a raw JSON-RPC id or progress token, for
// matching what a peer echoes against what was sent: peers decode ids and
// encode them again, so the bytes may differ ("\u0061" and "a", 1.0 and 1)
// while the value is the same.
func msIDKey(raw []byte) string {
	if len(raw) == 0 {
		return ""
	}
	if raw[0] == '"' {
		if s, ok := jsonrpc.String(raw); ok {
			return "s" + s
		}
		return "r" + string(raw)
	}
	if msIsInteger(raw) {
		return "n" + string(raw)
	}
	if f, err := strconv.ParseFloat(string(raw), 64); err == nil {
		if f == float64(int64(f)) {
			return "n" + strconv.FormatInt(int64(f), 10)
		}
		return "n" + strconv.FormatFloat(f, 'g', -1, 64)
	}
	return "r" + string(raw)
}

func msIsInteger(raw []byte) bool {
	s := string(raw)
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// msSpan returns where sub, a sub-slice of base (as every member of a parsed
// Message is of its Raw), lies in base. ok is false when sub is not inside
// base.
func msSpan(base, sub []byte) (start, end int, ok bool) {
	if sub == nil {
		return 0, 0, false
	}
	start = cap(base) - cap(sub)
	end = start + len(sub)
	if start < 0 || end > len(base) || (len(sub) > 0 && &base[start] != &sub[0]) {
		return 0, 0, false
	}
	return start, end, true
}

// msEdit replaces base[start:end] with with.
type msEdit struct {
	start, end int
	with       []byte
}

// msEditOf returns the edit replacing sub (a sub-slice of base) with with.
func msEditOf(base, sub, with []byte) (msEdit, bool) {
	s, e, ok := msSpan(base, sub)
	return msEdit{s, e, with}, ok
}

// msSplice returns a copy of base with the edits applied; the rest of the
// bytes are copied as they are, never re-encoded. Edits must not overlap.
func msSplice(base []byte, edits []msEdit) []byte {
	slices.SortFunc(edits, func(a, b msEdit) int { return a.start - b.start })
	n := len(base)
	for _, e := range edits {
		n += len(e.with) - (e.end - e.start)
	}
	out := make([]byte, 0, n)
	at := 0
	for _, e := range edits {
		out = append(out, base[at:e.start]...)
		out = append(out, e.with...)
		at = e.end
	}
	return append(out, base[at:]...)
}

// msMeta returns the raw value of params._meta[key], nil when absent.
func msMeta(params []byte, key string) []byte {
	meta := jsonrpc.Member(params, "_meta")
	if meta == nil {
		return nil
	}
	return jsonrpc.Member(meta, key)
}

// msMetaString returns params._meta[key] when it is a string.
func msMetaString(params []byte, key string) string {
	s, _ := jsonrpc.String(msMeta(params, key))
	return s
}

// msWithID returns msg (whose parsed id is id, a sub-slice of msg) with its id
// replaced by want, or msg itself when the bytes are already equal.
func msWithID(msg, id, want []byte) []byte {
	if string(id) == string(want) {
		return msg
	}
	if e, ok := msEditOf(msg, id, want); ok {
		return msSplice(msg, []msEdit{e})
	}
	return msg
}
