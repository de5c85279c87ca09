package unicode

import (
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
)

func TestScan(t *testing.T) {
	tests := []struct {
		name, text string
		rule       string // "" means no finding at Medium or above
		detail     string // part of the explanation
	}{
		{"ascii", "Reads a file and returns its contents.", "", ""},
		{"accents and scripts", "Café naïve Straße — 日本語 テキスト, русский текст, ελληνικά", "", ""},
		{"arabic with marks", "\u0645\u0631\u062d\u0628\u0627\u200F 123 \u0628\u0627\u0644\u0639\u0627\u0644\u0645", "", ""},
		{"hebrew isolate", "\u05E9\u05DC\u05D5\u05DD \u2066hello world\u2069 \u05E2\u05D5\u05DC\u05DD", "", ""},
		{"keycap", "Press 1\uFE0F\u20E3 or #\uFE0F\u20E3", "", ""},
		{"skin tone zwj", "\U0001F469\U0001F3FD\u200D\U0001F4BB dev", "", ""},
		{"soft hyphen", "hyphen\u00ADation", "", ""},
		{"tag text decoded", "ok\U000E0068\U000E0069\U000E0021", ruleTagText, `"hi!"`},
		{"tags after flag", "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F\U000E0072\U000E0075\U000E006E", ruleTagText, `"run"`},
		{"zw binary decoded", "x" + bits("hey", '\u200B', '\u200C', '\u200D'), ruleZWRun, `"hey"`},
		{"bom mid-word", "pass\uFEFFword", "", ""},
		{"bom mid-words", "pa\uFEFFss\uFEFFwo\uFEFFrd s\uFEFFend", ruleZWSplit, ""},
		{"lrm in latin run", "a\u200E\u200E\u200Eb", ruleZWRun, ""},
		{"rlo", "file\u202Etxt.exe", ruleBidiOverride, `displayed as "exe.txt"`},
		{"rlo closed", "say \u202Eolleh\u202C world", ruleBidiOverride, `displayed as "hello"`},
		{"unclosed isolate", "x = 1 \u2067// comment", ruleBidiUnbalance, ""},
		{"vs run decoded", "\U0001F600" + vsBytes("hidden"), ruleVSRun, `"hidden"`},
		{"ivs", "\u845B\U000E0100\u57CE", "", ""},
		{"vs16 on letter", "note\uFE0F", ruleVSStray, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Scan(tt.text)
			var got *detect.Finding
			for i := range fs {
				if fs[i].Start < 0 || fs[i].End > len(tt.text) || fs[i].Start > fs[i].End {
					t.Fatalf("span %d-%d out of text of %d bytes", fs[i].Start, fs[i].End, len(tt.text))
				}
				if fs[i].Severity >= detect.Medium && got == nil {
					got = &fs[i]
				}
			}
			switch {
			case tt.rule == "" && got != nil:
				t.Fatalf("got %v; want nothing at medium or above", *got)
			case tt.rule == "":
				return
			case got == nil || got.Rule != tt.rule:
				t.Fatalf("got %v; want rule %s", fs, tt.rule)
			case !strings.Contains(got.Explanation, tt.detail):
				t.Fatalf("explanation %q; want it to contain %q", got.Explanation, tt.detail)
			}
		})
	}
}

// bits writes s in binary with zero and one, each byte followed by sep.
func bits(s string, zero, one, sep rune) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		for k := 7; k >= 0; k-- {
			if s[i]>>k&1 == 1 {
				b.WriteRune(one)
			} else {
				b.WriteRune(zero)
			}
		}
		b.WriteRune(sep)
	}
	return b.String()
}

// vsBytes hides s in variation selectors, one per byte.
func vsBytes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		if c < 16 {
			b.WriteRune(0xFE00 + c)
		} else {
			b.WriteRune(0xE0100 + c - 16)
		}
	}
	return b.String()
}

func TestStrip(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean", "hello", "hello"},
		{"tags", "ok\U000E0068\U000E0069", "ok"},
		{"flag kept", "\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F!", "\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F!"},
		{"zw", "re\u200Bad\u200C th\u2060is", "read this"},
		{"emoji zwj kept", "\U0001F468\u200D\U0001F469", "\U0001F468\u200D\U0001F469"},
		{"persian zwnj kept", "\u06A9\u062A\u0627\u0628\u200C\u0647\u0627", "\u06A9\u062A\u0627\u0628\u200C\u0647\u0627"},
		{"rlo", "a\u202Ecba", "acba"},
		{"vs run", "x\uFE00\uFE01\uFE02y", "xy"},
		{"vs16 kept", "\u2764\uFE0F", "\u2764\uFE0F"},
		{"leading bom kept", "\uFEFFhi", "\uFEFFhi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Strip(tt.in); got != tt.want {
				t.Errorf("Strip(%+q) = %+q; want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestScanName(t *testing.T) {
	tests := []struct {
		name string
		rule string // "" means no finding
		want string // part of the explanation
	}{
		{"read_file", "", ""},
		{"git_status", "", ""},
		{"get_forecast", "", ""},
		{"\u043F\u043E\u0438\u0441\u043A_\u0444\u0430\u0439\u043B\u043E\u0432", "", ""},
		{"r\u0435ad_file", ruleNameHomoglyph, `imitates the popular tool "read_file"`},
		{"g\u0435t_file_c\u043Ent\u0435nt\u0455", ruleNameHomoglyph, `reads as "get_file_contents"`},
		{"my_\u0441ustom_tool", ruleNameHomoglyph, `reads as "my_custom_tool"`},
		{"\U0001D42C\U0001D41E\U0001D41A\U0001D42B\U0001D41C\U0001D421", ruleNameHomoglyph, `"search"`},
		{"send_emaiI", ruleNameHomoglyph, `"send_email"`},
		{"git_c0mmit", ruleNameHomoglyph, `"git_commit"`},
		{"fetch\u200B", ruleNameInvisible, "U+200B"},
		{"vvrite_file", ruleNameHomoglyph, `imitates the popular tool "write_file"`},
		{"\u24E2\u24D4\u24D0\u24E1\u24D2\u24D7", ruleNameHomoglyph, `reads as "search"`},
		{"co\u217F\u217Fit", ruleNameHomoglyph, `reads as "commit"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := ScanName(tt.name)
			if tt.rule == "" {
				if len(fs) > 0 {
					t.Fatalf("got %v; want none", fs)
				}
				return
			}
			if len(fs) == 0 || fs[0].Rule != tt.rule || !strings.Contains(fs[0].Explanation, tt.want) {
				t.Fatalf("got %v; want rule %s with %q", fs, tt.rule, tt.want)
			}
			if fs[0].Severity < detect.High {
				t.Fatalf("severity %v; want high", fs[0].Severity)
			}
		})
	}
}

func TestConfusable(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"send_email", "s\u0435nd_\u0435mail", true},
		{"send_email", "send_email", false},
		{"list_issues", "Iist_issues", true},
		{"commit", "cornmit", true},
		{"read_file", "write_file", false},
		{"search", "\uFF53\uFF45\uFF41\uFF52\uFF43\uFF48", true},
		{"write_file", "vvrite_file", true},
		{"commit", "co\u217F\u217Fit", true},
		{"task", "tas\u043A", false}, // the data likens Cyrillic ka to kra, not k
	}
	for _, tt := range tests {
		if got := Confusable(tt.a, tt.b); got != tt.want {
			t.Errorf("Confusable(%+q, %+q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
