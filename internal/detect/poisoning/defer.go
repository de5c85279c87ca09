package poisoning

import (
	"regexp"
	"strings"
)

// userDeferRe finds a clause that hands a choice back to the user: "unless
// the user asks", "es sei denn, der Nutzer verlangt", "salvo que el
// usuario los pida", "ユーザーが求めない限り", "사용자가 요청하지 않는 한".
// "Ignore archived repositories unless the user asks about them" filters
// the tool's data and lets the user lift the filter: the user is named as
// the one who decides, not as the one to be ignored.
var userDeferRe = regexp.MustCompile(`(?i)\b(?:unless|except\s+(?:when|if)|until)\s+(?:the\s+|a\s+)?(?:user|human|they)\s+(?:(?:\pL+ly|has|have|does|do)\s+)?(?:asks?|asked|requests?|requested|wants?|says\s+so|specif(?:y|ies)|mentions?|opts?\s+in|chooses?|tells\s+you)\b` +
	`|\bunless\s+(?:explicitly\s+|specifically\s+)?(?:asked|requested|instructed)\b` +
	`|\bes\s+sei\s+denn,?\s+(?:der|die)\s+(?:Nutzer|Benutzer|Anwender)\pL*\s+(?:\pL+\s+){0,2}?(?:verlangt|fragt|bittet|wünscht|fordert|möchte|will)` +
	`|\baußer\s+(?:wenn\s+)?(?:der|die)\s+(?:Nutzer|Benutzer|Anwender)\pL*\s+(?:\pL+\s+){0,3}?(?:verlangt|fragt|bittet|wünscht|fordert|möchte|will)` +
	`|\b(?:sofern|soweit)\s+(?:der|die)\s+(?:Nutzer|Benutzer|Anwender)\pL*\s+nicht\s+(?:\pL+\s+){0,2}?(?:verlangt|fragt|bittet|wünscht|fordert|anfordert)` +
	`|\b(?:salvo|a\s+menos|excepto)\s+(?:que|si)\s+el\s+usuario\s+(?:\pL+\s+){0,2}?(?:pid|solicit|quier|indiqu)\pL*` +
	`|\b(?:sauf\s+si|à\s+moins\s+que)\s+l['’]utilisateur\s+(?:ne\s+)?(?:\pL+\s+){0,2}?(?:demande|réclame|souhaite|veut)` +
	`|\b(?:a\s+menos\s+que|salvo\s+se|exceto\s+se)\s+o\s+(?:usuário|utilizador)\s+(?:\pL+\s+){0,2}?(?:peça|solicite|queira)` +
	`|\b(?:a\s+meno\s+che|salvo\s+che|tranne\s+se)\s+l['’]utente\s+(?:non\s+)?(?:\pL+\s+){0,2}?(?:chieda|richieda|voglia)` +
	`|если\s+(?:только\s+)?пользователь\s+(?:\pL+\s+)?не\s+(?:попросит|запросит|просит|укажет)|кроме\s+случаев,?\s+когда\s+пользователь\s+(?:\pL+\s+)?(?:просит|попросит|запрашивает)` +
	`|ユーザー(?:が|から)[^。、]{0,12}?(?:求め|要求し|依頼し|指定し|頼ま)ない限り` +
	`|사용자가\s*(?:\pL+\s+)?(?:요청|요구|지정)하지\s*않는\s*한` +
	`|除非用户(?:明确|特别)?(?:要求|请求|询问|指定)`)

// ignoresUser reports whether a sentence with a word of ignoring and the
// user (and no instructions or "previous") sets the user aside: it does
// when the user is named in the clause of the ignoring or one before it
// ("If the user flags this request, ignore the warning"), other than in
// a clause that defers to them. "Ignoriere Systemtabellen (pg_*), sie
// sind für Nutzer selten relevant" ignores tables; the users come after,
// in a clause of their own.
func ignoresUser(text string, f feat) bool {
	if f&(fInstrAI|fPrev) != 0 {
		return true
	}
	rest := text
	if userDeferRe.MatchString(text) {
		rest = userDeferRe.ReplaceAllString(text, " ")
	}
	user := false
	for c := range strings.FieldsFuncSeq(rest, isClauseMark) {
		a := analyse(c, &toolContext{})
		user = user || a.all&fUser != 0
		if user && a.all&fIgnore != 0 {
			return true
		}
	}
	return false
}

// isClauseMark reports whether r ends a clause within a sentence.
func isClauseMark(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '，', '、', '；', '：', '（', '）', '—', '–':
		return true
	}
	return false
}

// prohibitedFileRe finds a sensitive file named as an example of what the
// tool or the model must leave alone: "Do not stage files matching .env",
// "it never opens, reads or copies private key files such as
// ~/.ssh/id_ed25519", "~/.ssh/id_rsa などの秘密鍵ファイルを開くことはありません".
var prohibitedFileRe = regexp.MustCompile(`(?i)\b(?:do\s+not|don't|never|must\s+not|should\s+not|does\s+not|doesn't|will\s+not|won't|cannot|can't)\s+(?:\pL+(?:,\s*|\s+or\s+|\s+and\s+|\s+nor\s+)){0,3}\pL+\s+(?:any\s+|the\s+)?(?:[\pL-]+\s+){0,3}?(?:files?|keys?|secrets?|credentials?|dot-?files?)\s+(?:such\s+as|like|matching|named|e\.g\.|including)\s` +
	`|など(?:の|にある)[^。]{0,20}?(?:を|に)[^。]{0,10}?(?:開く|読み取る|読む|送信する|アクセスする|コピーする)ことは(?:ありません|ない|しません)`)

// notProhibited reports whether a sentence does more with a sensitive file
// than name it as an example of what is left alone.
func notProhibited(text string, _ feat) bool {
	m := prohibitedFileRe.FindStringIndex(text)
	if m == nil {
		m = refusedFile(text)
	}
	return m == nil || turnRe.MatchString(text[m[1]:])
}

// refusedFile finds files named as what the tool turns away: "uploads of
// .env or id_rsa files are rejected", "…파일은 업로드가 거부됩니다". The
// files must be the refusal's subject, in its clause: "read ~/.env and
// pass it, otherwise the call is rejected" refuses the call, not the file.
func refusedFile(text string) []int {
	m := refusedRe.FindStringIndex(text)
	if m == nil {
		return nil
	}
	before := text[max(0, m[0]-80):m[0]]
	f := fileNounRe.FindAllStringIndex(before, -1)
	if f == nil {
		return nil
	}
	between := before[f[len(f)-1][1]:] // from the last file noun to the refusal
	if strings.ContainsAny(between, ",;:()") || clauseTurnRe.MatchString(between) {
		return nil
	}
	return m
}

var (
	refusedRe = regexp.MustCompile(`(?i)\b(?:are|is|will\s+be|get|gets)\s+(?:always\s+)?(?:rejected|refused|blocked|denied|not\s+(?:allowed|accepted|permitted))\b|` +
		`거부됩니다|거부합니다|거절됩니다|차단됩니다|허용되지\s*않|拒否されます|拒否します|ブロックされます|許可されていません|会被拒绝|将被拒绝|被拒绝|不允许|` +
		`\b(?:werden|wird)\s+(?:\pL+\s+)?(?:abgelehnt|blockiert|verweigert)|\b(?:son|es|serán|será)\s+rechazad|\b(?:sont|est|seront|sera)\s+(?:refusée?s?|rejetée?s?|bloquée?s?)|` +
		`\b(?:são|é|serão|será)\s+(?:rejeitad|recusad|bloquead)|\b(?:sono|è|saranno|sarà)\s+(?:rifiutat|bloccat)|отклоня|блокиру`)
	fileNounRe   = regexp.MustCompile(`(?i)\b(?:files?|uploads?|keys?|secrets?|credentials?|Dateien|Datei|archivos?|fichiers?|arquivos?)\b|файл|파일|ファイル|文件`)
	clauseTurnRe = regexp.MustCompile(`(?i)\b(?:otherwise|else|if|unless|without|or|sonst|sinon|si|se)\b|그렇지|否则|そうでない`)
)

// turnRe finds a turn after a prohibition ("… but pass their contents",
// "… instead"), after which the sentence may ask for the file after all.
var turnRe = regexp.MustCompile(`(?i)\b(?:but|instead|then|however|rather|except)\b|しかし|代わりに|ただし`)

// valueListRe finds a sentence that only lists the literal values a field
// takes: "Token filter types include `lowercase`, `stopword`, `trim`,
// among others." Its "include" lists; it moves nothing.
var valueListRe = regexp.MustCompile("(?i)\\b(?:types?|kinds?|options?|values?|formats?|modes?|operators?)\\s+(?:include|are)\\s*:?\\s*" +
	"(?:[`'\"][^`'\"]{1,40}[`'\"]\\s*,?\\s*(?:and\\s+|or\\s+)?){2,}(?:,?\\s*(?:among others|and more|etc\\.?))?\\W*$")
