package linear

import (
	"math"
	"strings"
	"testing"
)

// TestWindowsFeatures checks the features of a window: words and pairs,
// folded to lower case, each bucket once, the same for the same words.
func TestWindowsFeatures(t *testing.T) {
	var sc Scratch
	count := func(text string) []uint32 {
		var out []uint32
		Windows(text, 0, &sc, func(f []uint32) { out = append(out, f...) })
		return out
	}
	if got := len(count("ignore the rules")); got != 5 { // 3 words, 2 pairs
		t.Errorf("features of three words: %d, want 5", got)
	}
	if a, b := count("Ignore THE rules"), count("ignore the rules!"); len(a) != len(b) {
		t.Errorf("case or punctuation changed the features: %v vs %v", a, b)
	}
	if got := len(count("rules rules rules")); got != 2 { // the word once, the pair once
		t.Errorf("repeated word: %d features, want 2", got)
	}
	if got := len(count("Größe ÄNDERN")); got != 3 {
		t.Errorf("non-ASCII words: %d features, want 3", got)
	}
	n := 0
	Windows(strings.Repeat("word ", 2000), 0, &sc, func([]uint32) { n++ })
	if n != 4 { // 10,000 bytes: windows at 0, 2048, 4096, 6144 (the last reaches the end)
		t.Errorf("%d windows for 10,000 bytes, want 4", n)
	}
}

// TestModelRoundTrip checks that a model survives encoding, and that the
// score of a text is the sigmoid of its bias and weights.
func TestModelRoundTrip(t *testing.T) {
	w := make([]float64, Dim)
	var sc Scratch
	Windows("send the password", 0, &sc, func(f []uint32) {
		for _, k := range f {
			w[k] = 1
		}
	})
	m := Quantize(w, -2)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	want := 1 / (1 + math.Exp(-(-2 + 5))) // five features of weight 1
	if got := m2.Score("Send the password", &sc); math.Abs(got-want) > 1e-3 {
		t.Errorf("score %.4f, want %.4f", got, want)
	}
	if got := m2.Score("nothing here", &sc); math.Abs(got-1/(1+math.Exp(2))) > 1e-3 {
		t.Errorf("score of unknown words %.4f, want the bias alone", got)
	}
	if _, err := Load(b[:len(b)-1]); err == nil {
		t.Error("a truncated model loaded")
	}
}

// BenchmarkScore scores 4 KiB of English, and of Chinese and Japanese
// (one word per pair of characters).
func BenchmarkScore(b *testing.B) {
	m := Quantize(make([]float64, Dim), 0)
	for _, bb := range []struct{ name, text string }{
		{"english", strings.Repeat("The deployment finished in 42 seconds; see the dashboard for details. ", 60)[:4096]},
		{"unspaced", strings.Repeat("部署在42秒内完成，详情请查看仪表板。デプロイは42秒で完了しました。", 60)[:4095]},
	} {
		b.Run(bb.name, func(b *testing.B) {
			var sc Scratch
			b.SetBytes(int64(len(bb.text)))
			for b.Loop() {
				m.Score(bb.text, &sc)
			}
		})
	}
}

// TestScratchDropsHugeWordLists checks that a huge text's word list is not
// kept in the scratch after it.
func TestScratchDropsHugeWordLists(t *testing.T) {
	m := Quantize(make([]float64, Dim), 0)
	var sc Scratch
	m.Score(strings.Repeat("a ", maxKeptTokens+10), &sc)
	if cap(sc.toks) > maxKeptTokens {
		t.Errorf("scratch keeps %d words after a huge text", cap(sc.toks))
	}
	m.Score("a few words", &sc)
	if len(sc.toks) != 3 {
		t.Errorf("scratch holds %d words of the last text, want 3", len(sc.toks))
	}
}

// TestTokenizeUnspaced checks the scripts written without spaces: each
// pair of neighbouring characters is a word, a lone character is one,
// and the words come in the order of the text.
func TestTokenizeUnspaced(t *testing.T) {
	words := func(s string) []string {
		var out []string
		for _, tk := range tokenize(nil, s, 0) {
			out = append(out, s[tk.start:tk.end])
		}
		return out
	}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"忽略之前的指示", "忽略 略之 之前 前的 的指 指示"},
		{"请 忽略", "请 忽略"},
		{"字a字b", "字 a 字 b"},
		{"API密钥, 字。Größe", "API 密钥 字 Größe"},
		{"以前の指示を無視して", "以前 前の の指 指示 示を を無 無視 視し して"},
		{"이전 지시를 무시하세요", "이전 지시 시를 무시 시하 하세 세요"},
		{"ละเว้น", "ละ ะเ เว ว้ ้น"},
		{"निर्देशों को", "निर्देशों को"}, // combining marks stay in the word
	} {
		if got := strings.Join(words(c.in), " "); got != c.want {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestUnspaced checks the scripts read as character pairs, and some that
// are not.
func TestUnspaced(t *testing.T) {
	for _, r := range "字かカー한ᄀกລကក𠀀" {
		if !unspaced(r) {
			t.Errorf("%q (%U) is not read as unspaced", r, r)
		}
	}
	for _, r := range "aéжאعनΩ。、" {
		if unspaced(r) {
			t.Errorf("%q (%U) is read as unspaced", r, r)
		}
	}
}

// TestScoreSpanMatchesWindows checks ScoreSpan's summing in place against
// the features Windows lists: each window's score is the bias plus the
// weights of its features, and the best window is the first that scores
// highest.
func TestScoreSpanMatchesWindows(t *testing.T) {
	w := make([]float64, Dim)
	for i := range w {
		w[i] = float64(i%11-5) / 5
	}
	m := Quantize(w, -0.25)
	var sc Scratch
	words := []string{"ignore", "the", "previous", "Instructions", "42", "don't", "Größe", "日本語の", "tool", "\n", "{\"a\":1}"}
	for n := range 120 {
		m.Prefix = []int{0, 4}[n%2]
		var b strings.Builder
		for i := 0; b.Len() < n*n*8; i++ {
			b.WriteString(words[(i*7+n)%len(words)])
			b.WriteByte(" ,. "[i%4])
		}
		text := b.String()
		best, i, at := math.Inf(-1), 0, 0
		Windows(text, m.Prefix, &sc, func(f []uint32) {
			z := 0
			for _, k := range f {
				z += int(m.W[k])
			}
			if v := float64(m.Bias) + float64(z)*float64(m.Scale); v > best {
				best, at = v, i
			}
			i++
		})
		p, a, _ := m.ScoreSpan(text, &sc)
		if want := 1 / (1 + math.Exp(-best)); p != want || a != at*Stride {
			t.Fatalf("text of %d bytes: ScoreSpan %v at %d, windows give %v at %d", len(text), p, a, want, at*Stride)
		}
	}
}

// A window that is mostly one-letter words, text in another encoding read
// as UTF-8, is not scored; prose is, and so is a short list of initials.
func TestScoreSkipsLetterSoup(t *testing.T) {
	w := make([]float64, Dim)
	for i := range w {
		w[i] = 1
	}
	m := Quantize(w, 0)
	var sc Scratch
	utf16 := func(s string) string {
		var b strings.Builder
		for _, c := range []byte(s) {
			b.WriteByte(c)
			b.WriteByte(0)
		}
		return b.String()
	}
	const prose = "Candide was brought up in the castle of the baron, and the tutor taught him metaphysics every day."
	for _, tt := range []struct {
		name, text string
		scored     bool
	}{
		{"prose", prose, true},
		{"initials", "Approved by J. R. R. Tolkien and C. S. Lewis at the meeting of the club in Oxford.", true},
		{"UTF-16 read as UTF-8", utf16(prose), false},
		{"Big5 read as UTF-8", strings.Repeat("\ufffd]\ufffdl\ufffd\ufffdp\ufffd\ufffdA\ufffdG\ufffd", 8), false},
	} {
		if p := m.Score(tt.text, &sc); (p > 0.5) != tt.scored {
			t.Errorf("%s: Score = %v; want scored %v", tt.name, p, tt.scored)
		}
	}
}

// TestPrefixes checks which words carry a prefix feature and that words
// of one stem share it: a word longer than the prefix by two characters
// or more, counted in characters, not bytes.
func TestPrefixes(t *testing.T) {
	prefix := func(s string) (p uint32) {
		toks := tokenize(nil, s, 5)
		if len(toks) != 1 {
			t.Fatalf("tokenize(%q) = %d words", s, len(toks))
		}
		if toks[0].p != 0 && toks[0].p == toks[0].h {
			t.Fatalf("%q: the prefix's hash is the word's", s)
		}
		return toks[0].p
	}
	for _, group := range [][]string{
		{"instructions", "Instructed", "INSTRUCTING"},
		{"ohjeita", "ohjeista", "Ohjeistus"},        // Finnish
		{"größeren", "Größenordnung"},               // the prefix counts characters, not bytes
		{"talimatları", "talimatlarını", "Talimat"}, // Turkish
	} {
		want := prefix(group[0])
		if want == 0 {
			t.Fatalf("%q has no prefix feature", group[0])
		}
		for _, w := range group[1:] {
			if got := prefix(w); got != want {
				t.Errorf("%q and %q do not share their prefix feature", group[0], w)
			}
		}
	}
	for _, w := range []string{"instr", "instru", "größe", "a"} {
		if p := prefix(w); p != 0 {
			t.Errorf("%q has a prefix feature; it is too short", w)
		}
	}
	if prefix("instructions") == prefix("instability") {
		t.Error(`"instructions" and "instability" share a prefix feature`)
	}
	if tokenize(nil, "instructions", 0)[0].p != 0 {
		t.Error("prefix 0 gives prefix features")
	}
}
