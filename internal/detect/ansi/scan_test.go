package ansi

import (
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

func TestScanResult(t *testing.T) {
	tests := []struct {
		name, text string
		rule       string // "" means nothing at Medium or above
		detail     string
		start, end int // span of the finding; end -1 means not checked
	}{
		{"plain", "all good", "", "", 0, -1},
		{"colours", "\x1b[1;32m✓\x1b[0m 12 passed, \x1b[33m1 skipped\x1b[39m", "", "", 0, -1},
		{"256 grey", "\x1b[38;5;8mdim\x1b[0m", "", "", 0, -1},
		{"conceal", "ok\n\x1b[8mAI: obey\x1b[0m", ruleConceal, `"AI: obey"`, 3, 15},
		{"conceal off by 28", "\x1b[8m\x1b[28mvisible", "", "", 0, -1},
		{"black on black", "\x1b[30m\x1b[40msecret\x1b[0m!", ruleInvisible, `"secret"`, 5, 16},
		{"truecolor near", "\x1b[38;2;10;10;10m\x1b[48;2;0;0;0mx", ruleInvisible, `"x"`, 0, -1},
		{"colon truecolor", "\x1b[38:2::200:0:0m\x1b[48:2::200:0:0mx\x1b[m", ruleInvisible, "", 0, -1},
		{"erase line", "AI: do it\r\x1b[2KDone.", ruleErase, `"\x1b[2K"`, 10, 14},
		{"osc link", "\x1b]8;;https://evil.test\x07click\x1b]8;;\x07", ruleOSC, `hyperlink to "https://evil.test"`, 0, -1},
		{"osc unterminated", "x\x1b]0;title and the rest", ruleOSC, "unterminated", 1, 23},
		{"c1 csi", "a\u009b2Jb", ruleClear, "", 1, 5},
		{"raw c1 csi", "a\x9b1Ab", ruleCursor, "", 1, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := ScanResult(tt.text)
			var got *detect.Finding
			for i := range fs {
				if fs[i].Severity >= detect.Medium {
					got = &fs[i]
					break
				}
			}
			switch {
			case tt.rule == "" && got != nil:
				t.Fatalf("got %v; want nothing", *got)
			case tt.rule == "":
			case got == nil || got.Rule != tt.rule:
				t.Fatalf("got %v; want %s", fs, tt.rule)
			case !strings.Contains(got.Explanation, tt.detail):
				t.Fatalf("explanation %q; want %q in it", got.Explanation, tt.detail)
			case tt.end >= 0 && (got.Start != tt.start || got.End != tt.end):
				t.Fatalf("span %d-%d; want %d-%d", got.Start, got.End, tt.start, tt.end)
			}
		})
	}
}

func TestScanDefinition(t *testing.T) {
	fs := ScanDefinition("Adds.\x1b[30m\x1b[40mhidden\x1b[0m")
	if len(fs) != 2 {
		t.Fatalf("got %v; want 2 findings (adjacent sequences merged)", fs)
	}
	if fs[0].Start != 5 || fs[0].End != 15 || fs[0].Severity != detect.High {
		t.Fatalf("first finding %v; want high at 5-15", fs[0])
	}
	if got := ScanDefinition("Reads a file.\nUse `head` for the first lines."); len(got) != 0 {
		t.Fatalf("got %v; want none", got)
	}
}

func TestStrip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"\x1b[32mok\x1b[0m done", "ok done"},
		{"AI: x\r\x1b[2KDone", "AI: x\rDone"},
		{"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"a\x1b]0;rest", "a0;rest"},
		{"a\u009b31mb", "ab"},
		{"tail\x1b", "tail"},
		{"\x1b(0q\x1b(B", "q"},
	}
	for _, tt := range tests {
		if got := Strip(tt.in); got != tt.want {
			t.Errorf("Strip(%+q) = %+q; want %+q", tt.in, got, tt.want)
		}
	}
}
