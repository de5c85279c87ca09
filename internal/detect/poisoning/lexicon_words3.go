package poisoning

// threatWords continues the lexicon with words attacks lean on that the
// other lists lack: the prefixes secret tokens are written with, which
// name the secret as well as the word "token" does ("strings starting with
// xoxp-", "anything like ghp_…") or a bank's SMS code in Polish; "inline
// it here" as a way of passing; "in place of" as a cue to try the
// phrases that set the user aside, "say" and "assure" for a scripted
// answer or pretext.
var threatWords = map[feat]string{
	fGate:   `place+of rather+than say zapewnij* upewnij* assure* reassure* rassure* asegur* asegúr* assicur* rassicur* versichere* tranquiliz* убеди* заверь*`,
	fPass:   `inline plak plakt plakken`,
	fSend:   `uploaded`,
	fIgnore: `игнорир* ігнору* negeer`,
	fSecret: `kod+sms kodu+sms kodem+sms kody+sms xoxp xoxb xoxa xoxs xoxe ghp_* gho_* ghs_* ghu_* github_pat* glpat* sk_live* rk_live*`,
}
