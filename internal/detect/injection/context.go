package injection

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Context: evidence that a match is discussed rather than meant. Documents
// about prompt injection quote the phrases, tests and code carry them in
// strings. These lower a signal's weight, never to nothing: the floor in
// score.go keeps a strong signal reported.

// metaTerms are words of people writing about attacks; weakMetaTerms
// count half. Terms inside an address or a tag (attacker@…, <article>,
// example.com) do not count.
var metaTerms = []string{
	"prompt injection", "injection attack", "indirect injection", "jailbreak prompts", "jailbreaks", "attacker", "attackers",
	"^attack$", "^attacks$", "adversarial", "red team", "red-team", "research", "researcher", "^paper$", "benchmark",
	"^detect", "detection", "detector", "classifier", "test case", "unit test", "^assert", "expect(", "owasp", "mitigat",
	"^defen", "vulnerab", "malicious", "^payload", "article", "write-up", "writeup", "^blog", "tutorial", "training",
	"^quiz", "synonym", "security research", "security team", "phishing", "threat model", "shows how", "^demo$", "warns",
	"beware", "be careful", "watch out", "ignore such", "treat it as data", "treat them as data", "untrusted", "sanitiz",
	"guard against", "^cve-", "advisory", "case study", "^lesson", "^course", "^slides", "^thesis", "^survey",
	"^explain", "^what is", "^what are", "^what was", "why did", "why does", "how does", "how did", "history of", "at a high level",
}

// metaTermsI18n are the words of people writing about attacks in other
// languages: prompt injection, attacker, researchers, cybersecurity,
// vulnerability, experts warn. A news story in Arabic that quotes a
// hidden order is as much a report as one in English. Terms in scripts
// written without spaces match anywhere; the others at a word's start.
var metaTermsI18n = []string{
	// prompt injection
	"inyección de prompt", "inyección de instrucciones", "injection de prompt", "injection d'invite", "prompt-injection",
	"injeção de prompt", "iniezione di prompt", "wstrzykiwanie prompt", "промпт-инъекц", "инъекци", "ін'єкці", "prompt enjeksiyon",
	"حقن الأوامر", "حقن التعليمات", "حقن الموجه", "הזרקת", "प्रॉम्प्ट इंजेक्शन", "提示注入", "提示词注入", "プロンプトインジェクション",
	"프롬프트 인젝션", "프롬프트 주입", "tiêm lệnh", "tiêm prompt", "injeksi prompt", "injeksi perintah",
	// attacker
	"atacante", "attaquant", "angreifer", "злоумышленник", "зловмисник", "saldırgan", "المهاجم", "مهاجم", "תוקף", "מתקיף",
	"हमलावर", "攻击者", "攻撃者", "공격자", "kẻ tấn công", "penyerang", "aanvaller", "atakując", "útočník", "angripare",
	// researchers
	"investigadores", "chercheurs", "forscher", "pesquisadores", "ricercatori", "onderzoekers", "badacze", "исследовател",
	"дослідник", "araştırmacı", "باحثون", "الباحثين", "باحثين", "חוקרי", "शोधकर्ता", "研究人员", "研究者", "연구원", "연구진",
	"nhà nghiên cứu", "peneliti", "forskare", "výzkumní",
	// Thai: attacker, attack
	"ผู้โจมตี", "การโจมตี",
	// cybersecurity, vulnerability
	"ciberseguridad", "cybersécurité", "cybersicherheit", "кибербезопасност", "кібербезпек", "siber güvenlik", "الأمن السيبراني",
	"साइबर सुरक्षा", "网络安全", "サイバーセキュリティ", "사이버 보안", "an ninh mạng", "keamanan siber", "cyberbezpiecze",
	"vulnerabilidad", "vulnérabilité", "schwachstelle", "sicherheitslücke", "уязвимост", "вразлив", "zafiyet", "ثغرة", "ثغرات",
	"漏洞", "脆弱性", "취약점", "lỗ hổng", "kerentanan", "kwetsbaarhe", "podatnoś", "zranitelnost", "sårbarhet",
	// experts warn
	"advierten", "alertent", "warnen", "предупрежда", "попереджа", "uyarıyor", "يحذر", "حذر", "מזהירים", "चेतावनी",
	"警告", "경고", "cảnh báo", "memperingatkan", "waarschuwen", "ostrzega", "varnar", "varují",
	// attacks (the plural: the matter of a warning, not an order's word)
	"ataques", "attaques", "angriffe", "attacchi", "ataki", "útoky", "атаки", "атак", "saldırılar", "هجمات", "התקפות",
	"हमले", "攻击", "攻撃", "공격", "serangan", "aanvallen", "attacker",
	// phishing
	"फ़िशिंग", "फिशिंग", "фишинг", "фішинг", "التصيد", "فیشینگ", "פישינג", "钓鱼", "釣魚", "フィッシング", "피싱",
	// (security) training
	"schulung", "sicherheitsschulung", "capacitación", "formazione", "szkoleni", "školení", "تدريب", "הדרכ", "प्रशिक्षण",
	"培训", "研修", "đào tạo", "pelatihan",
	// the same matters in more languages: attacks and attackers,
	// vulnerabilities, researchers, (security) training, phishing, prompt
	// injection, jailbreaks, red teams
	"atacuri", "atacator", "atacatori", "vulnerabilitate", "injecție de prompt", "cercetători", // ro
	"támadások", "támadó", "sebezhetőség", "kutatók", "prompt injekció", "adathalász", // hu
	"hyökkäykse", "hyökkääjä", "haavoittuvuu", "tutkijat", "kehoteinjekt", "tietojenkalastel", // fi
	"επιθέσεις", "επιτιθέμεν", "ευπάθει", "ερευνητές", "ηλεκτρονικό ψάρεμα", // el
	"нападател", "изследовател", // bg (атаки, уязвимост above)
	"napadi", "napadač", "napadača", "ranjivost", "istraživač", "napadalec", "ranljivost", "raziskoval", // hr, sr, bs, sl
	"zraniteľnos", "výskumníci", // sk
	"angreb", "angrep", "angriber", "angriper", "sårbarhed", "forskere", // da, no, sv
	"rünnak", "ründaja", "haavatavus", "teadlased", "õngitsus", // et
	"uzbrukum", "uzbrucēj", "ievainojamīb", "pētnieki", "pikšķerēšan", // lv
	"atakos", "atakų", "užpuolik", "pažeidžiamum", "mokslininkai", // lt
	"আক্রমণ", "গবেষক", "ফিশিং", "প্রম্পট ইনজেকশন", "রাইটআপ", // bn
	"தாக்குதல்", "தாக்குபவர்", "ஆராய்ச்சியாளர்", // ta
	"దాడులు", "దాడి చేసే", "పరిశోధకులు", "ఫిషింగ్", // te
	"हल्ले", "हल्लेखोर", "संशोधक", // mr (प्रशिक्षण, फिशिंग above)
	"حملے", "حملہ آور", "محققین", "فشنگ", // ur
	"حملات", "آسیب\u200cپذیری", "پژوهشگران", "محققان", // fa
	"penyelidik", "pancingan data", "pag-atake", "umaatake", "mananaliksik", // ms, id, tl
	"mashambulizi", "mshambuliaji", "watafiti", // sw
	"hücumlar", "təcavüzkar", "zəiflik", "tədqiqatçı", "fişinq", // az
	"шабуыл", "осалдық", "зерттеуші", "hujumlar", "hujumchi", "tadqiqotchi", // kk, uz
	"შეტევ", "თავდასხმ", "თავდამსხმელ", "მოწყვლადობ", "მკვლევარ", "ფიშინგ", // ka
	"հարձակում", "հարձակվող", "խոցելիություն", "հետազոտող", "ֆիշինգ", // hy
	"atacs", "atacant", "vulnerabilitat", "investigadors", // ca
	"árásir", "árásaraðil", "veikleik", "rannsakendur", "vefveiðar", // is
	"ฟิชชิง", "ช่องโหว่", "นักวิจัย", // th
	"đánh lừa", "lừa đảo", // vi
	"越狱", "红队", "脱獄", "ジェイルブレイク", "レッドチーム", "탈옥", "레드팀", "джейлбрейк", // zh, ja, ko, ru
}

var weakMetaTerms = []string{"^example$", "^examples$", "e.g.", "for instance", "such as", "definition", "technique",
	"^study$", "^talk$", "disclosure", "filter out"}

// quoter answers quoteState for the evidence of one text. It finds the
// code fences once and keeps the line it last looked at, so that the
// signals of a text cost time linear in its length, however many there
// are and however long its lines: a text of a million repeated phrases
// must not cost a million scans of itself.
type quoter struct {
	t []byte
	// fences are the starts of the "```" that bytes.Count sees (left to
	// right, not overlapping); every are the starts of all of them.
	fences, every []int
	found         bool
	// ls and le bound the last line looked at (no '\n' in t[ls:le]);
	// sign is the start of the last code sign in it, or -1.
	ls, le, sign int
}

func newQuoter(t []byte) *quoter { return &quoter{t: t, le: -1} }

// codeLineSigns are the substrings that make a line look like code.
var codeLineSigns = [...]string{"==", "assert", "expect(", "print(", "= \"", "= '", "(\"", "('"}

// quoteState reports whether the evidence t[us:ue] is quoted (a short
// quotation opens just before it and closes just after, as in "attackers
// write 'ignore previous instructions'"), sits in a code block, or on a
// line that looks like code (a test, an assignment, a comment).
func (q *quoter) quoteState(us, ue int) (quoted, code bool) {
	t := q.t
	us, ue = min(us, len(t)), min(max(ue, us), len(t))
	if !q.found {
		q.found = true
		for i := 0; ; {
			j := bytes.Index(t[i:], []byte("```"))
			if j < 0 {
				break
			}
			q.fences = append(q.fences, i+j)
			i += j + 3
		}
		for i := 0; ; {
			j := bytes.Index(t[i:], []byte("```"))
			if j < 0 {
				break
			}
			q.every = append(q.every, i+j)
			i += j + 1
		}
	}
	// the fences wholly before us (bytes.Count(t[:us], "```"))
	if n := sort.Search(len(q.fences), func(i int) bool { return q.fences[i]+3 > us }); n%2 == 1 {
		// inside a fenced block, unless the block is (nearly) the whole text
		k := sort.Search(len(q.every), func(i int) bool { return q.every[i]+3 > us })
		f1 := q.every[k-1] // n is odd, so one ends before us
		f2 := len(t)
		if k := sort.Search(len(q.every), func(i int) bool { return q.every[i] >= ue }); k < len(q.every) {
			f2 = q.every[k]
		}
		if float64(f2-f1) < 0.8*float64(len(t)) {
			return true, true
		}
	}
	// the line, as far as it matters: 400 bytes back, to its end ahead
	lo := max(0, us-400)
	ls := lo
	if i := bytes.LastIndexByte(t[lo:us], '\n'); i >= 0 {
		ls = lo + i + 1
	}
	if q.le < 0 || ue < q.ls || ue > q.le {
		q.le = len(t)
		if i := bytes.IndexByte(t[ue:], '\n'); i >= 0 {
			q.le = ue + i
		}
		q.ls = bytes.LastIndexByte(t[:ue], '\n') + 1
		q.sign = -1
		for _, c := range codeLineSigns {
			if i := bytes.LastIndex(t[q.ls:q.le], []byte(c)); i >= 0 {
				q.sign = max(q.sign, q.ls+i)
			}
		}
	}
	le := q.le
	// the nearest opening quote before the evidence; a quotation may
	// open on the line before, when the text wraps inside a paragraph
	// ("… phrases such as \"Ignore\n    previous instructions\""), and
	// then the quote must look like an opening one (a word after it)
	qs := ls
	if ls >= 2 && t[ls-1] == '\n' && t[ls-2] != '\n' {
		qs = max(lo, bytes.LastIndexByte(t[:ls-1], '\n')+1)
	}
	for i := us - 1; i >= qs && i >= us-60; i-- {
		c := t[i]
		if !isQuote(c) || c == '\'' && i > 0 && i+1 < len(t) && isWordByte(t[i-1]) && isWordByte(t[i+1]) {
			continue
		}
		qline := ls
		if i < ls {
			if !(i+1 < ls && isWordByte(t[i+1]) && (i == 0 || !isWordByte(t[i-1]))) {
				break // the previous line's closing quote: not an opening
			}
			qline = qs
		}
		if i > 0 && (t[i-1] == ':' || i > 1 && t[i-1] == ' ' && t[i-2] == ':') && !reportingColon(t[qline:i]) {
			break // a JSON or YAML value or a label's, not a quotation
		}
		if j := bytes.IndexByte(t[ue:runesAhead(t, ue, le, quoteReach)], c); j >= 0 {
			quoted = true
		}
		break
	}
	from := max(ls, us-400)
	trim := bytes.TrimLeft(t[from:le], " \t")
	code = bytes.HasPrefix(trim, []byte("#")) && !bytes.HasPrefix(trim, []byte("##")) ||
		bytes.HasPrefix(trim, []byte("//")) || bytes.HasPrefix(trim, []byte("assert")) ||
		q.sign >= max(from, q.ls) || from < q.ls && hasCodeSign(t[from:q.ls]) || trailingComment(t[ls:us])
	return quoted, code
}

// quoteReach is how many characters after the evidence a short
// quotation may close in. It counts characters, not bytes: a Russian or
// Hindi quotation is as short as an English one of as many letters.
const quoteReach = 101

// runesAhead returns the offset n characters after from in t, at most to.
func runesAhead(t []byte, from, to, n int) int {
	i := from
	for ; i < to; i++ {
		if utf8.RuneStart(t[i]) {
			if n == 0 {
				break
			}
			n--
		}
	}
	return i
}

// reportingColon reports whether the line before a quotation's opening
// quote (line, ending in its colon) is a clause that reports speech ("the
// email says:", "users wrote to the bot:"): three words or more, the
// last a word. A key or a label ("text:", "\"input\":", "AI note:") is
// one or two words (in Chinese or Japanese, fewer than six characters),
// or ends in a quote or a bracket, and what it quotes is a value, not
// someone's words. A longer label ("Note to AI:") passes
// for a report: a quotation loses a fifth of its weight, never all.
func reportingColon(line []byte) bool {
	line = bytes.TrimRight(line, " \t:")
	if n := len(line); n > 0 && isQuote(line[n-1]) {
		// a name in quotes that ends a clause ("found a phrase in
		// 'offer.pdf':") is part of the clause; a key ("{\"text\":",
		// ", 'input':") follows a brace, a comma or nothing
		o := bytes.LastIndexByte(line[:n-1], line[n-1])
		if o <= 0 || line[o-1] != ' ' {
			return false
		}
		line = bytes.TrimRight(line[:o], " ")
	}
	if len(line) == 0 || !isWordByte(line[len(line)-1]) {
		return false
	}
	words, wide := 0, 0
	for i := range line {
		if isWordByte(line[i]) && (i == 0 || line[i-1] == ' ') {
			words++
		}
		if line[i] >= 0xe3 && line[i] <= 0xe9 {
			wide++ // the lead byte of a Han or kana character
		}
	}
	// Chinese and Japanese write a clause without spaces: six characters
	// or more before the colon ("请把这句话翻译成英文：") are a clause, a
	// key ("内容：") is one or two words
	return words >= 3 || wide >= 6
}

// trailingComment reports whether a line that ends in the evidence holds
// a comment after code ("continue  # …", "return true // …"): "# " or
// "//" after a space, with something before it (not "https://").
func trailingComment(b []byte) bool {
	for _, c := range [...]string{" # ", "\t# ", " // ", "\t// "} {
		if i := bytes.Index(b, []byte(c)); i > 0 && len(bytes.TrimSpace(b[:i])) > 0 {
			return true
		}
	}
	return false
}

// hasCodeSign reports whether b holds one of codeLineSigns.
func hasCodeSign(b []byte) bool {
	for _, c := range codeLineSigns {
		if bytes.Contains(b, []byte(c)) {
			return true
		}
	}
	return false
}

func isQuote(c byte) bool { return c == '"' || c == '\'' || c == '`' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// damping is the factor a signal keeps given its context.
func damping(meta float64, quoted, code bool) float64 {
	cut := 0.12 * min(meta, 3)
	if quoted {
		cut += 0.2
	}
	if code {
		cut += 0.15
	}
	return 1 - min(cut, 0.45)
}
