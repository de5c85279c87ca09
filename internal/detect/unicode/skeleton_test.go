package unicode

import (
	"cmp"
	"slices"
	"testing"
	gounicode "unicode"
	"unicode/utf8"
)

func TestSkeleton(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "read_file", "read_file"},
		{"case folded", "Read_File", "read_file"},
		{"cyrillic lowercase", "s\u0435nd_\u0435mail", "send_email"},
		{"cyrillic capitals", "\u0421\u041E\u0420\u0415", "cope"},
		{"greek", "\u03BF\u03C1\u03B9\u03BD", "opiv"},
		{"capital I reads l", "Iist", "list"},
		{"digits", "g1t_c0mmit", "glt_commit"},
		{"m and rn", "cornmit", "commit"},
		{"m look-alike", "co\u217F\u217Fit", "commit"},
		{"vv", "vvrite_file", "write_file"},
		{"capital M", "COMMIT", "commlt"},
		{"fullwidth", "\uFF53\uFF45\uFF41\uFF52\uFF43\uFF48", "search"},
		{"fullwidth capital I", "\uFF29", "l"},
		{"circled", "\u24E2\u24D4\u24D0\u24E1\u24D2\u24D7", "search"},
		{"math bold", "\U0001D42C\U0001D41E\U0001D41A\U0001D42B\U0001D41C\U0001D421", "search"},
		{"invisible dropped", "fe\u200Btch\u00AD\u2060", "fetch"},
		{"invisible prototype dropped", "a\u3164b", "ab"},
		{"no look-alike", "\u043F\u043E\u0438\u0441\u043A", "\u03C0o\u1D0Ec\u0138"},
		{"other scripts kept", "東京", "東京"},
		{"multi-character prototype", "\u01C6", "d\u017E"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Skeleton(tt.in); got != tt.want {
				t.Errorf("Skeleton(%+q) = %+q; want %+q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSkeletonStable checks that a skeleton is its own skeleton, for every
// character of the table and its capital.
func TestSkeletonStable(t *testing.T) {
	check := func(s string) {
		sk := Skeleton(s)
		if got := Skeleton(sk); got != sk {
			t.Errorf("Skeleton(%+q) = %+q, whose skeleton is %+q", s, sk, got)
		}
	}
	for _, e := range confusables {
		check(string(e.r))
		check(string(gounicode.ToUpper(e.r)))
	}
	for r := range rune(0x80) {
		check(string(r))
	}
}

func TestSkeletonAllocs(t *testing.T) {
	for _, s := range []string{"get_file_contents", "g\u0435t_fil\u0435_c\u043Ent\u0435nt\u0455", "cornmit vvrite"} {
		if n := testing.AllocsPerRun(100, func() { Skeleton(s) }); n > 1 {
			t.Errorf("Skeleton(%+q) allocates %v times; want at most 1", s, n)
		}
	}
}

func TestLookalike(t *testing.T) {
	tests := []struct {
		r    rune
		want string
		ok   bool
	}{
		{'a', "a", true},
		{'\u0430', "a", true},
		{'\u0410', "A", true},
		{'\uFF41', "a", true},
		{'\u24B6', "A", true},
		{'\u217F', "m", true},
		{'\u00E6', "ae", true},
		{'\u0442', "", false}, // Cyrillic te: the data gives small capital T
		{'\u00E9', "", false},
		{'\u6771', "", false},
	}
	for _, tt := range tests {
		got, ok := lookalike(tt.r)
		if got != tt.want || ok != tt.ok {
			t.Errorf("lookalike(%+q) = %q, %v; want %q, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

// TestConfusablesTable checks what the lookup relies on in the generated
// table, in case it is edited by hand.
func TestConfusablesTable(t *testing.T) {
	mapped := func(r rune) bool { return prototype(r) != "" }
	for i, e := range confusables {
		if e.r < 0x80 {
			t.Errorf("entry %d: ASCII %+q belongs in confusablesASCII", i, e.r)
		}
		if i > 0 && e.r <= confusables[i-1].r {
			t.Errorf("entry %d: %+q after %+q; want sorted, no duplicates", i, e.r, confusables[i-1].r)
		}
		if e.s == "" {
			t.Errorf("entry %d: %+q has an empty prototype", i, e.r)
		}
	}
	for _, e := range confusables {
		for _, c := range e.s {
			if mapped(c) {
				t.Errorf("prototype %+q of %+q contains %+q, which maps further", e.s, e.r, c)
			}
		}
	}
	for r := range rune(utf8.MaxRune + 1) {
		want := ""
		if r < 0x80 {
			want = confusablesASCII[r]
		} else if i, ok := slices.BinarySearchFunc(confusables, r, func(e confusable, r rune) int { return cmp.Compare(e.r, r) }); ok {
			want = confusables[i].s
		}
		if got := prototype(r); got != want {
			t.Fatalf("prototype(%+q) = %+q; want %+q (confusablesBlock is wrong)", r, got, want)
		}
	}
	for r, p := range confusablesASCII {
		for _, c := range p {
			if mapped(c) {
				t.Errorf("prototype %+q of %+q contains %+q, which maps further", p, rune(r), c)
			}
		}
	}
}
