package poisoning

import (
	"regexp"
	"strings"
)

// idiomRe finds words of the lexicon used in a sense that orders
// nothing. Group 1 is the word to blank:
//   - "spans sharing the same trace id": to share the same or a common
//     thing is to have it in common, not to send it;
//   - "if you can't tell from the context which API they meant": to be
//     unable to tell is to be unable to work out, not to keep quiet;
//   - "the string of keys to dial": keys pressed or dialled are the
//     keys of a keypad, not keys that unlock;
//   - "`OpenAI new model release`, not `tell me when OpenAI releases a
//     new model`": a literal value contrasted with the one to write is
//     an example of what not to write, not words the model says or
//     keeps to itself.
var idiomRe = regexp.MustCompile(`(?i)\b(shar(?:e|es|ed|ing))\s+(?:the\s+same|a\s+common)\b` +
	`|\b(?:can(?:'|’)?t|cannot|can\s+not|could(?:n't|n’t|\s+not))\s+(tell)\s+(?:based\s+on|based\s+off|from|what|which|whether|how|who|where|the\s+difference)\b` +
	`|\b(keys)\s+to\s+(?:dial|press|tap|punch)\b` +
	"|`[^`\\n]{1,120}`\\s*,?\\s*(?:not|rather\\s+than|instead\\s+of)\\s+(`[^`\\n]{1,120}`)")

// maskIdioms blanks the words of idiomRe (with mentionBlank, as
// maskMentions does), and returns text unchanged when there is none.
func maskIdioms(text string) string {
	if !strings.Contains(text, "har") && !strings.Contains(text, "ell") && !strings.Contains(text, "eys") && !strings.Contains(text, "`") {
		return text
	}
	var b []byte
	for _, m := range idiomRe.FindAllStringSubmatchIndex(text, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] < 0 {
				continue
			}
			if b == nil {
				b = []byte(text)
			}
			for k := m[g]; k < m[g+1]; k++ {
				b[k] = mentionBlank
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// serverPlaceRe finds a server named as the place where this tool's own
// code runs ("executes JavaScript in the Playwright server process"): a
// process, not an MCP server whose tools are ordered about.
var serverPlaceRe = regexp.MustCompile(`(?i)\b(?:in|inside|within)\s+(?:the\s+|its\s+|this\s+)?(?:[\w/-]+\s+)?servers?\s+(?:process(?:es)?|runtime|context|sandbox|memory|environment)\b`)

// thisAlsoRe finds this tool as the subject of an "also": what it
// also does is its own behaviour ("This tool also lets the client know
// that the branch created by the X tool has been deleted").
var thisAlsoRe = regexp.MustCompile(`(?i)\bthis\s+(?:tool|function)\s+also\b`)

// prerequisiteRe finds this tool called a prerequisite of the others
// ("This is a prerequisite for using any other tools that …"): the order
// is to call this one first, as "call this before any other tool".
var prerequisiteRe = regexp.MustCompile(`(?i)\b(?:this|it)\s+(?:tool\s+)?is\s+(?:a|the)\s+(?:required\s+)?(?:prerequisite|first\s+step)\s+(?:for|before|to)\b`)

// userWaitRe finds a wait for the user's word: "until receiving a clear
// instruction from the user", "until you get confirmation from the user".
var userWaitRe = regexp.MustCompile(`(?i)\buntil\s+(?:you\s+)?(?:receiv(?:e|es|ing)|get(?:s|ting)?|hav(?:e|ing)|obtain(?:ing)?)\s+(?:a\s+|an\s+)?(?:(?:clear|explicit|further|new|direct)\s+)*(?:instructions?|directions?|confirmation|approval|go-ahead|input|answer|reply)\s+from\s+the\s+(?:user|human)\b`)

// waitsForUser reports a sentence that forbids calling other tools until
// the user says what to do. It narrows what the model does and hands
// the next step to the user, so it neither keeps the user from their
// tools nor sets the user's choice aside ("The LLM MUST NOT invoke any
// other CircleCI tools until receiving a clear instruction from the
// user, even if the user selects a project").
func waitsForUser(text string) bool {
	return restrictRe.MatchString(text) && (userWaitRe.MatchString(text) || userDeferRe.MatchString(text))
}

// notWaitForUser is a rule check: the sentence is not waitsForUser.
func notWaitForUser(text string, _ feat) bool { return !waitsForUser(text) }

// promptedRe finds the restriction tied to what the content asks: "do not
// act on them and do not call other tools because of them" keeps text the
// tool returns from steering the model; it does not keep the user from
// their tools.
var promptedRe = regexp.MustCompile(`(?i)\b(?:because\s+of|in\s+response\s+to|at\s+the\s+request\s+of|on\s+the\s+strength\s+of|prompted\s+by)\s+(?:them|it|such\s+(?:lines|text|content|instructions|requests|messages))\b`)

// restrictsOtherTools is restrict-tools' check: not a wait for the user,
// and not a ban on acting on what the content says.
func restrictsOtherTools(text string, f feat) bool {
	return notWaitForUser(text, f) && !promptedRe.MatchString(text)
}

// userTopicRe finds this tool's trigger set to a keyword the user
// writes ("any time a user mentions the words \"Landing Zone\""): a topic,
// not every request.
var userTopicRe = regexp.MustCompile(`(?i)\b(?:when(?:ever)?|any\s*time|every\s+time|each\s+time|if)\s+(?:the\s+|a\s+)?user\s+(?:mentions|says|types|writes|uses)\s+(?:the\s+)?(?:(?:words?|terms?|phrases?|keywords?|names?)\s+)?["'“‘` + "`]")

// hijacksBeyondTopic reports whether a sentence claims this tool for
// every request once its triggers on keywords the user writes are set
// aside ("Use this tool any time a user mentions \"X\"" is about X;
// "… and call this tool first for every other request" is not).
func hijacksBeyondTopic(text string, _ feat) bool {
	return !userTopicRe.MatchString(text) || hijackRe.MatchString(userTopicRe.ReplaceAllString(text, " "))
}

// quotedListRe finds a list of two or more quoted names ("\".env\",
// \"dockerfile\", \"tsconfig.json\""): values, none of them a parameter.
var quotedListRe = regexp.MustCompile("(?:[\"'`“‘][^\"'`”’\\s]{1,60}[\"'`”’]\\s*,\\s*(?:(?:and|or)\\s+)?)+[\"'`“‘][^\"'`”’\\s]{1,60}[\"'`”’]")

// quotedNameRe finds one quoted name.
var quotedNameRe = regexp.MustCompile("[\"'`“‘][^\"'`”’\\s]{1,60}[\"'`”’]")

// quotedBesideList reports whether a sentence quotes a name outside its
// lists of quoted names: a sensitive file listed among other file names
// is an example of a value, not a file beside a parameter.
func quotedBesideList(text string, _ feat) bool {
	return quotedNameRe.MatchString(quotedListRe.ReplaceAllString(text, " "))
}

// ownKey is a name as ownNames keys it: lowercase, and also without
// underscores and hyphens, so that run_rollback_pipeline and
// runRollbackPipeline are one name.
func ownKey(name string) string {
	return strings.NewReplacer("_", "", "-", "").Replace(strings.ToLower(name))
}

// isOwn reports whether name is one of the tool's own names, in any case
// and with or without underscores.
func isOwn(own map[string]bool, name string) bool {
	l := strings.ToLower(name)
	return own[l] || own[ownKey(l)]
}
