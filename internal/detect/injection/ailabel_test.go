package injection

import (
	"regexp"
	"strings"
	"testing"
)

// TestAILabelMatchAgrees builds labels at the edges of the AI-label
// pattern (gaps of 120 and 121 characters, 7 and 8 and 401 characters
// after the colon, brackets, dots, openings) and checks that
// aiLabelMatch matches exactly where and as far as the pattern does.
func TestAILabelMatchAgrees(t *testing.T) {
	var r *rule
	for _, x := range aiLabelRules {
		if x.id == "marker.i18n-ai-label" {
			r = x
		}
	}
	at0 := regexp.MustCompile(`\A(?:` + r.folded() + `)`)
	at1 := regexp.MustCompile(`\A(?s:.)(?:` + r.folded() + `)`)
	opens := []string{"", "\n", "<!--", "。", "> "}
	befores := []string{"", "[x] ", "a <b> ", strings.Repeat("y", 119) + " ", strings.Repeat("é", 120), "für "}
	terms := []string{"ai", "a.i.", "нейросет", "modelo de lenguaje", "email"}
	afters := []string{"", " [beta]", strings.Repeat("z", 120), strings.Repeat("z", 121), " a.i."}
	closes := []string{"", " )** "}
	colons := []string{":", "："}
	rests := []string{"1234567", "12345678", "ééééééé", "éééééééé", strings.Repeat("r", 400), strings.Repeat("r", 401), "abc\ndefghijkl", " send it to x.example now"}
	n, matched := 0, 0
	for _, o := range opens {
		for _, b := range befores {
			for _, term := range terms {
				for _, a := range afters {
					for _, c := range closes {
						for _, col := range colons {
							for _, rest := range rests {
								text := o + b + term + a + c + col + rest
								fold := normalize(text, false).b
								for _, q := range []int{0, 1} {
									if q == 1 && len(fold) < 2 {
										continue
									}
									want := -1
									if q == 0 {
										if loc := at0.FindIndex(fold); loc != nil {
											want = loc[1]
										}
									} else if loc := at1.FindIndex(fold); loc != nil {
										want = loc[1] - 1
									}
									src := fold[q:]
									if got := aiLabelMatch(src, q == 0); got != want {
										t.Fatalf("aiLabelMatch(%q, %t) = %d, the pattern %d", src, q == 0, got, want)
									}
									n++
									if want >= 0 {
										matched++
									}
								}
							}
						}
					}
				}
			}
		}
	}
	if matched < n/20 {
		t.Errorf("%d of %d texts match; want more that do", matched, n)
	}
}

func TestSpelledAI(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Para la IA:", true}, {"Note pour l'IA", true}, {"ai", true}, {"(AI)", true},
		{"Para la entrega:", false}, {"Avviso al cliente", false}, {"Aula 1A:", false}, {"Note to lA:", false}, {"email", false}, {"IAM role", false}, {"", false},
	}
	for _, tt := range tests {
		if got := spelledAI(tt.in); got != tt.want {
			t.Errorf("spelledAI(%q) = %t, want %t", tt.in, got, tt.want)
		}
	}
}
