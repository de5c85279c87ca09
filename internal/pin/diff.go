package pin

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// maxDiffLines bounds the line diff; longer definitions get a summary only.
const maxDiffLines = 4000

// Changed names the top-level members that differ between two canonical
// definitions, sorted: "description", "inputSchema (added)", ...
func Changed(old, new []byte) []string {
	o, err1 := decode(old)
	n, err2 := decode(new)
	oo, ok1 := o.(object)
	no, ok2 := n.(object)
	if err1 != nil || err2 != nil || !ok1 || !ok2 {
		return []string{"definition"}
	}
	var out []string
	for _, m := range oo {
		nv := no.get(m.key)
		if nv == nil && !has(no, m.key) {
			out = append(out, m.key+" (removed)")
			continue
		}
		if !sameValue(m.val, nv) {
			out = append(out, m.key)
		}
	}
	for _, m := range no {
		if !has(oo, m.key) {
			out = append(out, m.key+" (added)")
		}
	}
	slices.Sort(out)
	return out
}

func has(o object, key string) bool {
	for _, m := range o {
		if m.key == key {
			return true
		}
	}
	return false
}

func sameValue(a, b any) bool {
	var x, y bytes.Buffer
	encode(&x, a)
	encode(&y, b)
	return bytes.Equal(x.Bytes(), y.Bytes())
}

// Diff renders a readable line diff between two canonical definitions,
// pretty-printed with sorted keys: unchanged lines start with two spaces,
// removed lines with "- ", added lines with "+ ". Either side may be nil
// (a definition that is new, or gone).
func Diff(old, new []byte) string {
	a, b := lines(old), lines(new)
	if len(a)+len(b) > maxDiffLines {
		return fmt.Sprintf("(definitions too long for a line diff; changed: %s)\n", strings.Join(Changed(old, new), ", "))
	}
	var sb strings.Builder
	for _, op := range diffLines(a, b) {
		sb.WriteString(op)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func lines(canonical []byte) []string {
	if len(canonical) == 0 {
		return nil
	}
	var b bytes.Buffer
	if err := json.Indent(&b, canonical, "", "  "); err != nil {
		return []string{string(canonical)}
	}
	return strings.Split(b.String(), "\n")
}

// diffLines is a longest-common-subsequence diff; definitions are small
// and bounded by maxDiffLines, so the quadratic table is fine.
func diffLines(a, b []string) []string {
	n, m := len(a), len(b)
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			out = append(out, "  "+a[i])
			i++
			j++
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, "- "+a[i])
			i++
		default:
			out = append(out, "+ "+b[j])
			j++
		}
	}
	return out
}
