package jsonwalk

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Span is a byte range of a string, [Start, End), and what it holds, such as
// "secret:aws_access_key".
type Span struct {
	Start, End int
	Type       string
}

// Redact returns s with each span replaced by label(span), or by
// "[REDACTED:" + Type + "]" when label is nil. Spans may come in any order;
// they are clamped to s and widened to whole runes, so a multi-byte UTF-8
// sequence is never cut; empty ones are dropped; overlapping ones are merged
// into one span whose Type lists the distinct types, joined by ',', in the
// order of their starts. Spans that only touch stay apart. s is returned
// as it is when no span is left.
func Redact(s string, spans []Span, label func(Span) string) string {
	if label == nil {
		label = defaultLabel
	}
	sp := make([]Span, 0, len(spans))
	for _, x := range spans {
		x.Start = runeStart(s, max(0, min(x.Start, len(s))))
		x.End = runeEnd(s, max(0, min(x.End, len(s))))
		if x.Start < x.End {
			sp = append(sp, x)
		}
	}
	if len(sp) == 0 {
		return s
	}
	slices.SortStableFunc(sp, func(a, b Span) int { return a.Start - b.Start })
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 0; i < len(sp); {
		cur := sp[i]
		for i++; i < len(sp) && sp[i].Start < cur.End; i++ {
			cur.End = max(cur.End, sp[i].End)
			switch t := sp[i].Type; {
			case cur.Type == "":
				cur.Type = t
			case t != "" && !hasType(cur.Type, t):
				cur.Type += "," + t
			}
		}
		b.WriteString(s[last:cur.Start])
		b.WriteString(label(cur))
		last = cur.End
	}
	b.WriteString(s[last:])
	return b.String()
}

func defaultLabel(sp Span) string {
	if sp.Type == "" {
		return "[REDACTED]"
	}
	return "[REDACTED:" + sp.Type + "]"
}

// hasType reports whether t is one of the ','-separated types of list.
func hasType(list, t string) bool {
	for {
		head, rest, more := strings.Cut(list, ",")
		if head == t {
			return true
		}
		if !more {
			return false
		}
		list = rest
	}
}

// runeStart moves i back to the start of the rune it falls in. It steps back
// over at most three continuation bytes, the most a UTF-8 sequence has.
func runeStart(s string, i int) int {
	for k := 0; k < utf8.UTFMax-1 && i > 0 && i < len(s) && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return i
}

// runeEnd moves i forward to the end of the rune it falls in.
func runeEnd(s string, i int) int {
	for k := 0; k < utf8.UTFMax-1 && i < len(s) && !utf8.RuneStart(s[i]); k++ {
		i++
	}
	return i
}
