package poisoning

import "strings"

// recWords continues the lexicon with forms the other lists lack: the
// French imperative of joindre, gerunds of sending, a blind copy in German
// and Arabic, the Dutch "let op" (attention) and "meegeven" (pass along),
// Turkish forms of the assistant and of not asking for approval, Polish
// passives of calling, Polish token and "including", and "prefix every
// URL" as a change to what another tool sends.
var recWords = map[feat]string{
	fPass:     `joignez joignant meegeven meegegeven łącznie+z prefix+every prefix+each prefix+all prefix+any`,
	fChange:   `prefix+every prefix+each prefix+all prefix+any`,
	fSend:     `enviando delivered versand versenden versende versendet`,
	fContent:  `the+export`,
	fRecip:    `blindkopie blindkopien نسخة+مخفية`,
	fNoteWord: `let+op için+not`,
	fModel:    `asistan* yapay+zekâ`,
	fConfirm:  `prompting+the prompting+user prompting+users`,
	fNoConfirm: `onay+istemeyin onay+isteme onay+istemeden onay+sormadan onay+almadan onay+beklemeden
		onay+sormayın`,
	fCalled:   `wywoływane wywoływany wywoływana wywołane`,
	fSecret:   `tokenami tokeny tokenów`,
	fCallThis: `chame+esta chama+esta use+esta utilize+esta`,
}

// cjkPhrasesRec continues cjkPhrases: Japanese "when calling" and
// "instead of", Chinese "no need to tell" and a channel.
var cjkPhrasesRec = map[string]feat{
	"呼び出すとき": fCalled | fTrigger, "呼び出す際": fCalled | fTrigger, "使うとき": fCalled | fTrigger, "使用するとき": fCalled | fTrigger,
	"ではなく": fChange,
	"无需告知": fConceal, "无须告知": fConceal, "不必告知": fConceal, "不用告诉": fConceal, "无需通知": fConceal, "不需要告诉": fConceal,
	"频道": fRecip,
}

// hyphenTool reports a word naming a tool by a hyphenated suffix:
// "deploy-tool", "mail-server".
func hyphenTool(w []byte) bool {
	s := string(w)
	for _, suf := range []string{"-tool", "-tools", "-server", "-werkzeug", "-tooling"} {
		if len(s) > len(suf)+1 && strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func init() {
	// "dowolnego innego narzędzia", "any other tool" in Polish.
	for _, w := range []string{"innego", "innych", "inne", "beliebigen", "beliebige"} {
		anyWords[w] = true
	}
	for _, w := range []string{"narzędzia", "narzędzi", "narzędzie", "narzędziem"} {
		toolNouns[w] = true
	}
}
