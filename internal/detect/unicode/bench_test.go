package unicode

import (
	"strings"
	"testing"
)

// benignParagraphs are ordinary texts of the kinds tool results and
// definitions carry: prose, typography, code, JSON, logs, other scripts,
// emoji.
var benignParagraphs = []string{
	"Create a new issue in a GitHub repository with a title and optional body. Use this tool when the user asks to report a bug; ask the user to confirm before calling.\n",
	"The quarterly report is attached. Revenue grew 12% year over year, driven by the “Pro” plan — see page 4 for details… Let me know if you have questions!\n",
	"func main() {\n\tfmt.Println(\"hello, world\")\n\tif err := run(ctx); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}\n",
	"{\"id\": 42, \"name\": \"widget\", \"tags\": [\"a\", \"b\"], \"price\": 9.99, \"updated_at\": \"2024-05-01T12:00:00Z\"}\n",
	"2024-05-01 12:00:01 INFO server listening on :8080 (pid 1234)\n2024-05-01 12:00:02 WARN slow request path=/api/v1/items took=1.2s\n",
	"Café au lait, crème brûlée, naïve façade, Straße, smørrebrød, Ångström, São Paulo.\n",
	"東京の天気は晴れです。明日は雨が降るでしょう。Привет, как дела? Γεια σου κόσμε. مرحبا بالعالم. שלום עולם.\n",
	"Great job team 🎉👍 — release v2.3 is out! 🚀 Family plan: 👨‍👩‍👧‍👦 4 seats. ❤️ Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿\n",
}

// benignText returns about n bytes of benignParagraphs, repeated.
func benignText(n int) string {
	var b strings.Builder
	for b.Len() < n {
		for _, p := range benignParagraphs {
			b.WriteString(p)
		}
	}
	return b.String()
}

func BenchmarkScanBenign(b *testing.B) {
	text := benignText(64 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

func BenchmarkScanASCII(b *testing.B) {
	text := strings.Repeat(benignParagraphs[0], (64<<10)/len(benignParagraphs[0]))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

func BenchmarkStripBenign(b *testing.B) {
	text := benignText(64 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Strip(text)
	}
}

func TestBenignTextClean(t *testing.T) {
	for _, f := range Scan(benignText(4 << 10)) {
		if f.Severity >= 2 {
			t.Errorf("benign text: %v", f)
		}
	}
}

func BenchmarkSkeleton(b *testing.B) {
	inputs := []struct{ name, s string }{
		{"ascii", "get_file_contents"},
		{"cyrillic", "g\u0435t_fil\u0435_c\u043Ent\u0435nt\u0455"},
		{"math", "\U0001D42C\U0001D41E\U0001D41A\U0001D42B\U0001D41C\U0001D421"},
		{"prose", benignParagraphs[5] + benignParagraphs[6]},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				Skeleton(in.s)
			}
		})
	}
}
