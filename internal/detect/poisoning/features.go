package poisoning

// feat is a set of features of a sentence, one bit each.
type feat uint64

// Lexical features (from the lexicon).
const (
	fUser       feat = 1 << iota // the user, a human
	fNeg                         // not, never, no, without
	fTell                        // tell, mention, inform, reveal …
	fTellWeak                    // show, see, know, notice (concealing only with the user)
	fConceal                     // derived: a negated telling verb ("do not mention")
	fConcealW                    // derived: a negated weak telling verb
	fHide                        // secretly, silently, quietly …
	fRead                        // read, collect, extract, dump …
	fContent                     // contents, output, value …
	fPass                        // pass, include, put, append, attach …
	fSend                        // send, upload, forward, post, leak …
	fParamWord                   // parameter, argument, field
	fSecret                      // password, token, credential, API key, env vars …
	fConv                        // conversation, chat history, system prompt …
	fModel                       // assistant, AI, model, LLM
	fNoteWord                    // note, instruction, attention, requirement
	fAddress                     // derived: "the model must", "note to the assistant"
	fMust                        // must, required, mandatory
	fAlways                      // always, whenever
	fEvery                       // every, each, all, any
	fOrder                       // before, after, first
	fTrigger                     // when, if, whenever, upon
	fCall                        // call, use, invoke, run, execute
	fToolWord                    // tool, function, server
	fIgnore                      // ignore, disregard, forget, override, bypass
	fInstrAI                     // instructions, guidelines, safety, system prompt, guardrails
	fPrev                        // previous, prior, above, earlier
	fExecWord                    // command, shell, bash, curl, cron …
	fChange                      // change, replace, redirect, modify
	fRecip                       // recipient, destination, account, BCC, channel
	fAlso                        // also, additionally, as well
	fConfirm                     // confirm, approval, permission, ask
	fNoConfirm                   // derived: a negated confirmation
	fAuthorized                  // "has authorised you", pre-approved
	fResult                      // result, output, response
	fPathWord                    // path, location, filename, directory
	fThisTool                    // this tool, this function
	fUrgent                      // otherwise, or else
	fJailbreak                   // jailbreak, developer mode, no longer bound …
	fGate                        // words that make a phrase rule worth trying (keep, hide, otherwise …)
	fCalled                      // called, used, invoked (of another tool, after "when")
	fPriv                        // admin, maintainer, privileges
	fCallThis                    // "call this", "use this"
	fURLWord                     // url, link, query string
	fDisable                     // disable, turn off, отключи… (other languages; English is in jailbreakRe)

	// Chunk features (from the shape of a non-word chunk).
	fPath      // a sensitive file: ~/.ssh, id_rsa, .env, mcp.json …
	fHome      // the home directory: ~/, $HOME
	fURL       // http://…
	fEmail     // an e-mail address
	fPhone     // +1 312 555 0101
	fIBAN      // a valid IBAN
	fCrypto    // a blockchain address
	fChannel   // #channel
	fDomain    // a bare domain name
	fQuoted    // a quoted identifier: 'sidenote'
	fToolRef   // another tool, by name or as "the X tool"
	fToolAny   // any tool, other tools, every server
	fMarker    // <IMPORTANT>, [SYSTEM], <!-- …
	fRole      // "AI:", "Assistant:" opening a line
	fPadding   // a long run of blanks pushing text out of view
	fImplicitP // derived: the text describes a parameter
	fValueText // derived: a default, example or enum value that is a sentence
	fSecretKey // an environment variable named like a secret: OPENAI_API_KEY
	fAcctNum   // a long grouped number right after an account word: account 110-234-567890
)

// fDest is any literal destination data could be sent to.
const fDest = fURL | fEmail | fPhone | fIBAN | fCrypto | fChannel | fDomain | fAcctNum

// featNames names features for explanations and test failures.
var featNames = map[feat]string{
	fUser: "user", fNeg: "neg", fTell: "tell", fTellWeak: "tell-weak", fConceal: "conceal",
	fConcealW: "conceal-weak", fHide: "hide", fRead: "read", fContent: "content", fPass: "pass",
	fSend: "send", fParamWord: "param-word", fSecret: "secret", fConv: "conversation",
	fModel: "model", fNoteWord: "note-word", fAddress: "address", fMust: "must",
	fAlways: "always", fEvery: "every", fOrder: "order", fTrigger: "trigger", fCall: "call",
	fToolWord: "tool-word", fIgnore: "ignore", fInstrAI: "instructions", fPrev: "previous",
	fExecWord: "exec-word", fChange: "change", fRecip: "recipient", fAlso: "also",
	fConfirm: "confirm", fNoConfirm: "no-confirm", fAuthorized: "authorized", fResult: "result",
	fPathWord: "path-word", fThisTool: "this-tool", fUrgent: "urgent",
	fJailbreak: "jailbreak", fGate: "gate", fPath: "sensitive-path", fHome: "home-dir", fURL: "url",
	fEmail: "email", fPhone: "phone", fIBAN: "iban", fCrypto: "crypto-address",
	fChannel: "channel", fDomain: "domain", fQuoted: "quoted-identifier", fToolRef: "tool-ref",
	fToolAny: "any-tool", fMarker: "marker", fRole: "role-prefix", fPadding: "padding",
	fImplicitP: "parameter-text", fValueText: "value-text", fSecretKey: "secret-name",
	fCalled: "called", fPriv: "privilege", fCallThis: "call-this", fURLWord: "url-word",
	fDisable: "disable", fAcctNum: "account-number",
}

func (f feat) String() string {
	s := ""
	for b := feat(1); b != 0; b <<= 1 {
		if f&b != 0 {
			if s != "" {
				s += "|"
			}
			s += featNames[b]
		}
	}
	return s
}
