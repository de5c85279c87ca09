package unicode

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	gounicode "unicode"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// ScanName judges a tool name: invisible or control characters in it,
// letters of other scripts that make it read as an ASCII name (High), a mix
// of scripts (Medium), and ASCII look-alikes of a popular tool's name
// (High). Findings span the whole name.
func ScanName(name string) []detect.Finding {
	var out []detect.Finding
	for _, o := range collect(name) {
		f := finding(ruleNameInvisible, 0, len(name), fmt.Sprintf("U+%04X at byte %d", o.r, o.start))
		f.Type = typeOfClass(o.cls)
		out = append(out, f)
		break
	}
	skel := Skeleton(name)
	victim, popular := popularBySkeleton()[skel]
	nonASCII, allFold := false, true
	var lookalikes []string
	scripts := map[string]bool{}
	for _, r := range name {
		if classOf(r) != clsNone {
			continue
		}
		if sc := scriptOf(r); sc != "" {
			scripts[sc] = true
		}
		if r < 0x80 {
			continue
		}
		nonASCII = true
		if _, ok := lookalike(r); !ok {
			allFold = false
		} else if len(lookalikes) < 4 {
			lookalikes = append(lookalikes, fmt.Sprintf("%q U+%04X", r, r))
		}
	}
	imitates := ""
	if popular && victim != name {
		imitates = fmt.Sprintf("; imitates the popular tool %q", victim)
	}
	switch {
	case nonASCII && allFold && !scripts["Latin"] && !popular:
		// A word written wholly in another script that happens to use
		// only letters shaped like Latin ones ("сахар"): suspicious, not
		// an impersonation of anything known.
		out = append(out, finding(ruleNameMixed, 0, len(name), fmt.Sprintf("reads as %q", asciiFold(name))))
	case nonASCII && allFold:
		out = append(out, finding(ruleNameHomoglyph, 0, len(name),
			fmt.Sprintf("reads as %q; look-alikes: %s%s", asciiFold(name), strings.Join(lookalikes, ", "), imitates)))
	case nonASCII && popular && victim != name:
		out = append(out, finding(ruleNameHomoglyph, 0, len(name), strings.TrimPrefix(imitates, "; ")))
	case nonASCII && len(scripts) > 1:
		out = append(out, finding(ruleNameMixed, 0, len(name), "scripts: "+strings.Join(slices.Sorted(maps.Keys(scripts)), ", ")))
	case !nonASCII && popular && !strings.EqualFold(victim, name):
		out = append(out, finding(ruleNameHomoglyph, 0, len(name), "ASCII look-alike"+imitates))
	}
	return out
}

func typeOfClass(c class) string {
	switch c {
	case clsTag:
		return TypeTagChars
	case clsVS:
		return TypeVariationSelector
	case clsBidiCtl, clsBidiMark:
		return TypeBidi
	}
	return TypeZeroWidth
}

// asciiFold folds look-alikes to ASCII without Skeleton's merging, to show
// a person what the name reads as.
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if a, ok := lookalike(r); ok {
			b.WriteString(a)
		} else if classOf(r) == clsNone {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// scriptOf names the script of a letter, for the scripts a name mixes.
func scriptOf(r rune) string {
	switch {
	case r < 0x80:
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return "Latin"
		}
		return ""
	case !gounicode.IsLetter(r):
		return ""
	case gounicode.Is(gounicode.Latin, r):
		return "Latin"
	case gounicode.Is(gounicode.Cyrillic, r):
		return "Cyrillic"
	case gounicode.Is(gounicode.Greek, r):
		return "Greek"
	case gounicode.Is(gounicode.Armenian, r):
		return "Armenian"
	case gounicode.Is(gounicode.Cherokee, r):
		return "Cherokee"
	case gounicode.Is(gounicode.Han, r), gounicode.Is(gounicode.Hiragana, r), gounicode.Is(gounicode.Katakana, r):
		return "CJK"
	}
	return "other"
}
