package unicode

import (
	"strings"
	"unicode/utf8"
)

// The homoglyph table, confusables_table.go, is generated from Unicode's
// confusables.txt (v13.0.0) as packaged in the npm package unhomoglyph
// (MIT; licenses in NOTICE). To regenerate it, or to move to a newer
// version, change the version in both lines and run `go generate` here;
// `npm view unhomoglyph version` names the newest. The table's header
// records the tarball's integrity, which `npm view unhomoglyph@1.0.6
// dist.integrity` confirms.
//
//go:generate npm pack --silent --pack-destination /tmp unhomoglyph@1.0.6
//go:generate go run ./internal/gen -in /tmp/unhomoglyph-1.0.6.tgz -out confusables_table.go

// confusable is one entry of the generated table: a character and its
// prototype, the characters it looks like. No prototype contains a
// character the table maps (the generator checks).
type confusable struct {
	r rune
	s string
}

// prototype returns the prototype of r from the generated table, or "" when
// r is its own prototype.
func prototype(r rune) string {
	if r < utf8.RuneSelf {
		return confusablesASCII[r]
	}
	k := int(r >> 8)
	if k+1 >= len(confusablesBlock) {
		return ""
	}
	lo, hi := int(confusablesBlock[k]), int(confusablesBlock[k+1])
	for lo < hi { // by hand: with slices.BinarySearchFunc, Skeleton took 40% longer
		m := int(uint(lo+hi) >> 1)
		if confusables[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(confusables) && confusables[lo].r == r {
		return confusables[lo].s
	}
	return ""
}

// compat folds the compatibility forms of ASCII letters that Unicode's data
// leaves out, because UTS #39 expects identifiers in NFKC already: fullwidth
// forms (most of U+FF01–FF5E: "ｓｅａｒｃｈ") and circled letters (U+24B6–24E9).
// They are the only additions to the data; the rest of NFKC is not applied.
func compat(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return r - 0xFF01 + 0x21
	case r >= 0x24B6 && r <= 0x24CF: // circled capitals
		return 'A' + r - 0x24B6
	case r >= 0x24D0 && r <= 0x24E9: // circled small letters
		return 'a' + r - 0x24D0
	}
	return r
}

// lookalike returns the ASCII text r passes for, and whether it passes for
// ASCII at all (ASCII itself does, as itself). The data spells the
// look-alikes of m as "rn" (its prototype of m); they show as m.
func lookalike(r rune) (string, bool) {
	if c := compat(r); c < utf8.RuneSelf {
		return string(c), true
	}
	p := prototype(r)
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	return strings.ReplaceAll(p, "rn", "m"), p != ""
}
