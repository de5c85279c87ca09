package schema

import (
	"strings"
	"testing"
)

func TestErrorRendering(t *testing.T) {
	const head = "arguments do not match the tool's inputSchema: "
	budget := maxErrorBytes - len(head) - len("…")
	long := strings.Repeat("x", 600)
	tests := []struct {
		name     string
		problems []Problem
		want     string
	}{
		{"one", []Problem{{"/count", "got string, want integer"}}, "/count: got string, want integer"},
		{"root", []Problem{{"", `missing property "path"`}}, `missing property "path"`},
		{"many", []Problem{{"/a", "x"}, {"/b", "x"}, {"/c", "x"}, {"/d", "x"}, {"/e", "x"}, {"/f", "x"}, {"/g", "x"}}, "/a: x; /b: x; /c: x; /d: x; /e: x; and 2 more"},
		{"long first", []Problem{{"/a", long}, {"/b", "x"}}, "/a: " + strings.Repeat("x", budget-len("/a: ")) + "…; and 1 more"},
		{"long second", []Problem{{"/a", "x"}, {"/b", long}}, "/a: x; and 1 more"},
		{"cut on rune", []Problem{{"", strings.Repeat("é", 300)}}, strings.Repeat("é", budget/2) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := (&Error{Problems: tt.problems}).Error()
			if got != head+tt.want {
				t.Errorf("got %q; want %q", got, head+tt.want)
			}
			if len(got) > maxErrorBytes+len("; and 99 more") {
				t.Errorf("got %d bytes; want at most about %d", len(got), maxErrorBytes)
			}
		})
	}
}

func TestPointer(t *testing.T) {
	tests := []struct {
		tokens []string
		want   string
	}{
		{nil, ""},
		{[]string{"a", "0"}, "/a/0"},
		{[]string{"a/b", "c~d", ""}, "/a~1b/c~0d/"},
	}
	for _, tt := range tests {
		if got := pointer(tt.tokens); got != tt.want {
			t.Errorf("pointer(%q): got %q; want %q", tt.tokens, got, tt.want)
		}
	}
}
