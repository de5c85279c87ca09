package poisoning

import (
	"regexp"
	"strings"
)

// Frames of real tool definitions that name a secret, a sensitive file or
// a server without moving, hiding or commandeering anything:
//   - a secret kept off the screen ("When get_secret returns a token,
//     never show it to the user") protects it; it hides no action;
//   - a reply kept to the level of the change ("DO NOT mention if a
//     column is boolean, varchar, …") leaves out a property, not an act;
//   - a tool that works with its own configuration file ("using
//     ~/.ssh/config … pass the host alias in `host`") names the file in
//     one clause and what goes into a parameter, something else, in
//     another;
//   - a file named as where something is written ("place the returned
//     credentials in the project's `.env` file", "add Host entries in
//     ~/.ssh/config") receives data; nothing is read out of it;
//   - paths that a parameter rejects ("~/.ssh … are rejected");
//   - a server named after this tool's own family ("the browser server's
//     tools must be started first with browser_launch") or "this server"
//     in another language is the tool's own server;
//   - this tool's own parameter asked for on every call ("You MUST
//     provide `outputDir` for every tool call") is not a value fixed on
//     other tools' calls;
//   - a note to the model that holds it back until the user speaks, and
//     a refusal to touch secret files even when the user asks.

// ownWordI18n are "this" and "our" before "server" in other languages
// ("deste servidor", "dieses Servers", "de ce serveur").
var ownWordI18n = map[string]bool{
	"deste": true, "desta": true, "nosso": true, "nossa": true, "este": true, "esta": true, "nuestro": true, "nuestra": true,
	"dieses": true, "dieser": true, "diesem": true, "unseres": true, "unserem": true,
	"ce": true, "cet": true, "cette": true, "notre": true, "questo": true, "questa": true, "nostro": true, "nostra": true,
	"deze": true, "dit": true, "onze": true, "tego": true, "naszego": true, "этого": true, "нашего": true, "данного": true, "цього": true,
	"bu": true, "bunun": true,
}

// ownServerWideRe finds "this server" in scripts with no word boundaries
// ("이 서버의", "本服务器", "このサーバーの").
var ownServerWideRe = regexp.MustCompile(`(?:이|본|당|우리)\s*서버의?|(?:本|此|这个|這個|该|我们的)(?:服务器|伺服器)的?|(?:この|本|当)サーバー?の?|(?:этого|данного|нашего)\s+сервера`)

// prereqOrderRe finds an order that is only about sequence: what must be
// called, started or set up first.
var prereqOrderRe = regexp.MustCompile(`(?i)\b(?:first|before|prior\s+to|beforehand|initiali[sz]ed|launched|started|set\s+up)\b`)

// foreignServerCtx reports whether a sentence still names another server
// once servers named after this tool's own family prefix ("browser" for
// browser_navigate) and "this server" in other scripts (beside no other
// tool's name) are read as this one, when it orders only a sequence.
func foreignServerCtx(text string, f feat, ctx *toolContext) bool {
	changed := false
	if !isASCII(text) && f&fToolRef == 0 && ownServerWideRe.MatchString(text) {
		text = ownServerWideRe.ReplaceAllString(text, " ")
		changed = true
	}
	if p := familyPrefix(ctx); p != "" && f&(fChange|fDest|fRecip|fSecret|fPass|fSend|fConceal|fHide) == 0 && prereqOrderRe.MatchString(text) {
		re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(p) + `(\s+server)`)
		if re.MatchString(text) && sameFamilyTools(text, p) {
			text = re.ReplaceAllString(text, "this$1")
			changed = true
		}
	}
	if !changed {
		return true
	}
	return foreignServerOrder(text, f)
}

// familyPrefix returns the first segment of the tool's name
// (browser_navigate, browser-navigate: "browser"), or "".
func familyPrefix(ctx *toolContext) string {
	if ctx == nil {
		return ""
	}
	i := strings.IndexAny(ctx.name, "_-.")
	if i < 3 {
		return ""
	}
	return ctx.name[:i]
}

// identRe finds snake_case identifiers.
var identRe = regexp.MustCompile(`\b[a-zA-Z][a-zA-Z0-9]*_[a-zA-Z0-9_]+\b`)

// sameFamilyTools reports whether every snake_case name in the text
// starts with the family prefix p.
func sameFamilyTools(text, p string) bool {
	for _, id := range identRe.FindAllString(text, -1) {
		if !strings.HasPrefix(strings.ToLower(id), p+"_") {
			return false
		}
	}
	return true
}

// quotedIdentRe finds a name in backquotes or quotes.
var quotedIdentRe = regexp.MustCompile("[`'\"‘“]([A-Za-z_][A-Za-z0-9_.-]{0,60})[`'\"’”]")

// ownParamsOnly is a rule check: false when every quoted name in the
// sentence is one of this tool's own names (its parameters) and the
// sentence names no other tool, server, secret or file and sets no value ("You MUST provide `outputDir` for every tool
// call" asks for this tool's own argument).
func ownParamsOnly(text string, f feat, ctx *toolContext) bool {
	if ctx == nil || f&(fToolRef|fSecret|fSecretKey|fPath|fConv|fUser) != 0 || strings.ContainsAny(text, "=:") {
		return true
	}
	ms := quotedIdentRe.FindAllStringSubmatch(text, -1)
	if len(ms) == 0 {
		return true
	}
	for _, m := range ms {
		if !isOwn(ctx.own, m[1]) {
			return true
		}
	}
	return false
}

// secretDisplayRe finds a secret kept off the screen by a pronoun: "never
// show it to the user", "do not print them".
var secretDisplayRe = regexp.MustCompile(`(?i)\b(?:never|not|don't|do\s+not|must\s+not|should\s+not)\s+(?:\w+\s+)?(?:show|display|print|echo|reveal|output|expose|disclose|log|repeat|paste)\w*\s+(?:it|them)\b`)

// propertyMentionRe finds a property left out of a reply: "DO NOT
// mention if a column is boolean, varchar, timestamp".
var propertyMentionRe = regexp.MustCompile(`(?i)\b(?:mention|say|state|tell)\w*\s+(?:if|whether)\s+(?:a|an|the|each|any)\s+[\w.-]+\s+(?:is|are)\s+(?:a\s+|an\s+)?[\w-]+\s*(?:,|/|\bor\b)\s*(?:a\s+|an\s+)?[\w-]+`)

// notProtectiveConceal is a rule check for concealment: false for a
// secret kept off the screen and for a property left out of a reply.
func notProtectiveConceal(text string, f feat) bool {
	if f&fSecret != 0 && f&(fSend|fPass|fPath|fToolRef|fHide|fQuoted|fImplicitP|fParamWord) == 0 && secretDisplayRe.MatchString(text) {
		return false
	}
	if f&(fSend|fPass|fPath|fSecret|fRead|fToolRef|fCall|fHide|fExecWord) == 0 && propertyMentionRe.MatchString(text) {
		return false
	}
	if userSaidRe.MatchString(text) && analyse(userSaidRe.ReplaceAllString(text, " "), &toolContext{}).all&fConceal == 0 {
		return false
	}
	return true
}

// userSaidRe finds what the user did not say, as a relative clause:
// "issues they did not mention", "recipients the user hasn't named".
var userSaidRe = regexp.MustCompile(`(?i)\b(?:the\s+user|they|he|she)\s+(?:did\s+not|didn't|didn’t|has\s+not|hasn't|have\s+not|haven't)\s+(?:explicitly\s+)?(?:mention|ask|request|name|specif)\w*`)

// clauseSplitRe splits a sentence into clauses.
var clauseSplitRe = regexp.MustCompile(`[;.]\s+|\s+[–—]\s+`)

// passObjectRe finds what a clause puts into a parameter, group 1.
var passObjectRe = regexp.MustCompile("(?i)\\b(?:pass|put|place|provide|supply|give|set|enter|include|add)\\s+((?:[\\w'’-]+\\s+){0,4}?)(?:in|into|as|to|via|using)\\s+(?:the\\s+)?(?:[`'\"][\\w.-]+[`'\"]|[\\w-]+\\s+(?:parameter|param|argument|field))")

// pronounRe finds an object that points back at something named before.
var pronounRe = regexp.MustCompile(`(?i)^(?:it|them|this|that|these|those|its|their|his|her|the\s+(?:contents?|file|files|result|output|value|values|data|text|key|keys))\b`)

// otherObject reports whether the sentence puts into parameters only
// things it names there, none of them a secret, a sensitive file or a
// pronoun, with the secret or file in another clause: "using
// ~/.ssh/config for host aliases and keys; pass the host alias in
// `host`".
func otherObject(text string) bool {
	clauses := clauseSplitRe.Split(text, -1)
	if len(clauses) < 2 {
		return false
	}
	passed := false
	for _, c := range clauses {
		a := analyse(c, &toolContext{})
		ms := passObjectRe.FindAllStringSubmatch(c, -1)
		if a.all&(fPass|fSend) != 0 && len(ms) == 0 {
			if a.all&(fPath|fSecret) != 0 && !writesToFile(c, a.all) {
				return false
			}
			continue
		}
		for _, m := range ms {
			obj := strings.TrimSpace(m[1])
			if obj == "" || pronounRe.MatchString(obj) {
				return false
			}
			if analyse(obj, &toolContext{}).all&(fPath|fSecret|fSecretKey|fConv|fUser|fHome) != 0 {
				return false
			}
			passed = true
		}
		if len(ms) > 0 && a.all&(fPath|fHome|fSend) != 0 {
			return false
		}
	}
	return passed
}

// persistTargetRe finds files whose writing runs code or grants access:
// shell start-up files, agent and client configuration, cron, hooks.
var persistTargetRe = regexp.MustCompile(`(?i)authorized_keys|\.(?:bash|zsh)rc|\.profile|bash_profile|crontab|mcp\.json|claude|cursor|settings\.json|hooks?/|\.gitconfig|sudoers|/etc/`)

// writeDestRe finds a file named as where this tool or the user writes:
// "place the returned credentials in project's `.env.local` or `.env`
// file", "Add, update or remove Host entries in the user's ~/.ssh/config",
// "Creates or updates a named profile in ~/.aws/config".
var writeDestRe = regexp.MustCompile(`(?i)(?:^|[.:;!?]\s+|\d\.\s*|\n)\s*(?:[-*]\s+)?(?:(?:add|adds|update|updates|remove|removes|create|creates|edit|edits|write|writes|place|put|store|save|saves|stores)(?:,\s*|\s+or\s+|\s+and\s+)?)+\s*(?:(?:the|a|an|new|named|returned|generated|resulting)\s+)*(?:[\w-]+\s+){0,2}?(?:credentials|keys?|entries|entry|profiles?|sections?|lines?|blocks?|hosts?|values?|variables?|settings)\s+(?:in|into|to)\s+(?:the\s+user's\s+|the\s+|your\s+|a\s+|project's\s+|the\s+project's\s+)?`)

// decoyDestRe finds a file named as where a decoy is planted: "Place it
// where an attacker would look, e.g. … ~/.aws/credentials".
var decoyDestRe = regexp.MustCompile(`(?i)\b(?:place|put|plant|drop|store)\s+(?:it|them|the\s+(?:token|decoy|canary|honeytoken)s?)\s+where\b`)

// writesToFile reports whether a sentence names its sensitive files only
// as where something is written, with nothing sent or passed out of them.
func writesToFile(text string, f feat) bool {
	if f&(fSend|fURL|fEmail|fPhone|fIBAN|fCrypto|fChannel|fAcctNum|fContent|fConv) != 0 || persistTargetRe.MatchString(text) {
		return false
	}
	if decoyDestRe.MatchString(text) {
		return true
	}
	m := writeDestRe.FindStringIndex(text)
	if m == nil {
		return false
	}
	rest := text[m[1]:]
	if i := strings.IndexAny(rest, ".;\n"); i >= 0 && i+1 < len(rest) && rest[i] == '.' && (rest[i+1] == ' ' || rest[i+1] == '\n') {
		rest = rest[:i]
	}
	return analyse(rest, &toolContext{}).all&fPath != 0 && quotedOnlyFiles(text)
}

// idForwardRe finds an identifier this tool returns carried into the
// calls that follow: "use the projectSlug … for subsequent tool calls".
var idForwardRe = regexp.MustCompile(`(?i)\b(?:use|pass|include|provide|extract|keep)\b[^.;]{0,80}?(?:slug|id|ids|identifier|cursor|handle|uuid)\b[^.;]{0,80}?\b(?:subsequent|later|following|next|future)\s+(?:\w+\s+)?(?:tool\s+)?calls?\b`)

// quotedOnlyFiles reports whether every quoted name in text is a file
// (has a dot or a slash) or a variable written in one (UPPER_CASE), none
// a parameter.
func quotedOnlyFiles(text string) bool {
	for _, m := range quotedIdentRe.FindAllStringSubmatch(text, -1) {
		if !strings.ContainsAny(m[1], "./") && strings.ToUpper(m[1]) != m[1] {
			return false
		}
	}
	return true
}

// rejectedPathRe finds paths a parameter refuses: "System paths and hidden
// config directories (e.g. "/etc", "~/.ssh") are rejected".
var rejectedPathRe = regexp.MustCompile(`(?i)\b(?:are|is|will\s+be|get)\s+(?:always\s+)?(?:rejected|refused|blocked|denied|disallowed|forbidden|not\s+allowed|not\s+permitted|excluded|filtered\s+out)\b`)

// insteadToldRe finds a prohibition that ends by telling the user: "tell
// the user instead" turns to the user, not to the file.
var insteadToldRe = regexp.MustCompile(`(?i)[;,]\s*(?:tell|warn|ask|inform|notify)\s+(?:the\s+)?user\s+instead\W*$`)

// refusesSecretFile reports whether a sentence forbids touching secret
// files, even at the user's request, and turns only to the user: a
// guard for the user, not a choice set aside.
func refusesSecretFile(text string) bool {
	t := insteadToldRe.ReplaceAllString(text, ".")
	m := prohibitedFileRe.FindStringIndex(t)
	return m != nil && !turnRe.MatchString(t[m[1]:])
}

func init() {
	for _, r := range rules {
		switch r.id {
		case "conceal":
			r.check = notProtectiveConceal
		case "path-exfil-b":
			// checkCtx, which pairs of sentences also pass
			r.checkCtx = func(text string, f feat, _ *toolContext) bool {
				return notProhibited(insteadToldRe.ReplaceAllString(text, "."), f) && !otherObject(text) && !writesToFile(text, f)
			}
		case "secret-to-param":
			r.checkCtx = func(text string, f feat, _ *toolContext) bool { return !otherObject(text) && !writesToFile(text, f) }
		case "home-harvest":
			r.checkCtx = func(text string, f feat, _ *toolContext) bool { return !writesToFile(text, f) }
		case "call-other":
			r.check = func(text string, f feat) bool {
				return f&(fSecret|fPath|fHome|fHide|fConceal|fExecWord|fDest|fSecretKey|fConv) != 0 || !idForwardRe.MatchString(text)
			}
		case "sensitive-path":
			r.check = func(text string, _ feat) bool { return !rejectedPathRe.MatchString(text) }
		case "sh-foreign-server":
			r.checkCtx = foreignServerCtx
		case "sh-fixed-value":
			r.checkCtx = ownParamsOnly
		case "address-note":
			r.check = notWaitForUser
		case "override-user":
			r.check = func(text string, f feat) bool { return notWaitForUser(text, f) && !refusesSecretFile(text) }
		}
	}
}
