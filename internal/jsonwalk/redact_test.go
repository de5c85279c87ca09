package jsonwalk

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRedact(t *testing.T) {
	bracket := func(sp Span) string { return "<" + sp.Type + ">" }
	tests := []struct {
		name  string
		s     string
		spans []Span
		label func(Span) string
		want  string
	}{
		{"none", "abc", nil, nil, "abc"},
		{"default label", "key AKIAIOSFODNN7EXAMPLE end", []Span{{4, 24, "secret:aws_access_key"}}, nil, "key [REDACTED:secret:aws_access_key] end"},
		{"default label without type", "abc", []Span{{1, 2, ""}}, nil, "a[REDACTED]c"},
		{"custom label", "abcdef", []Span{{0, 2, "x"}}, bracket, "<x>cdef"},
		{"unsorted", "abcdef", []Span{{4, 5, "b"}, {0, 1, "a"}}, bracket, "<a>bcd<b>f"},
		{"overlap merged", "abcdef", []Span{{1, 4, "x"}, {2, 5, "y"}}, bracket, "a<x,y>f"},
		{"contained merged", "abcdef", []Span{{0, 6, "x"}, {2, 3, "x"}}, bracket, "<x>"},
		{"three overlapping, types once", "abcdef", []Span{{0, 2, "x"}, {1, 3, "y"}, {2, 4, "x"}}, bracket, "<x,y>ef"},
		{"touching kept apart", "abcdef", []Span{{0, 2, "x"}, {2, 4, "y"}}, bracket, "<x><y>ef"},
		{"clamped to s", "abc", []Span{{-5, 1, "x"}, {2, 99, "y"}}, bracket, "<x>b<y>"},
		{"empty and inverted dropped", "abc", []Span{{1, 1, "x"}, {2, 1, "y"}, {5, 9, "z"}}, bracket, "abc"},
		{"start inside a rune widened", "aé中b", []Span{{2, 4, "x"}}, bracket, "a<x>b"},
		{"end inside a rune widened", "a😀b", []Span{{0, 2, "x"}}, bracket, "<x>b"},
		{"whole rune inside", "a😀b", []Span{{2, 3, "x"}}, bracket, "a<x>b"},
		{"first type empty", "abc", []Span{{0, 2, ""}, {1, 3, "y"}}, bracket, "<y>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Redact(tt.s, tt.spans, tt.label); got != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func TestRedactDoesNotReorderSpans(t *testing.T) {
	spans := []Span{{4, 5, "b"}, {0, 1, "a"}}
	Redact("abcdef", spans, nil)
	if spans[0].Start != 4 {
		t.Errorf("got spans %v; want the caller's order kept", spans)
	}
}

func FuzzRedact(f *testing.F) {
	f.Add("aé中😀b", 1, 3, 2, 9)
	f.Fuzz(func(t *testing.T, s string, a, b, c, d int) {
		got := Redact(s, []Span{{a, b, "x"}, {c, d, "y"}}, func(Span) string { return "#" })
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Redact(%q) = %q: split a rune", s, got)
		}
		if len(got) > len(s)+2 {
			t.Fatalf("Redact(%q) = %q: longer than two labels allow", s, got)
		}
		if strings.Count(got, "#") > strings.Count(s, "#")+2 {
			t.Fatalf("Redact(%q) = %q: more labels than spans", s, got)
		}
	})
}
