package poisoning

import "regexp"

// Regular expressions of the rules and of the text passes.
var (
	// markerRe finds tags and brackets that address the model.
	markerRe = regexp.MustCompile(`(?i)^(?:<\s*/?\s*(?:important|system|sys|instructions?|secret|hidden|admin|priority|critical|note|context|assistant|ai|model|override|importante|wichtig|важно|重要|instrucciones)\b[^>]{0,40}>` +
		`|\[\s*/?\s*(?:important|system|sys|admin|instructions?|inst|hidden|override|ai|assistant|note to (?:the )?(?:ai|assistant|model))(?:\s+\w+){0,2}\s*\]` +
		`|\{\{\s*(?:system|sys|override|instructions?)|#{2,}\s*(?:system|instructions?|override)\b|<\|(?:im_start|system|assistant)\|>|<!--)`)

	// concealRe finds English ways of keeping something from the user.
	concealRe = regexp.MustCompile(`(?i)\bkeep (?:this|it|that|these|the \w+)(?: \w+)? (?:to yourself|secret|hidden|confidential|private|between us)\b` +
		`|\b(?:hide|conceal) (?:this|it|that|them|these)\b[^.]{0,40}\bfrom (?:the )?(?:user|human)` +
		`|\bbehind the (?:user|human)'?s? back\b|\bwithout (?:the )?(?:user|human)'?s? (?:knowledge|knowing|noticing|awareness|consent)\b` +
		`|\b(?:could|would|might|may|will) (?:upset|worry|alarm|scare|confuse|bother) the (?:user|human)\b|\bmere implementation detail\b|\b(?:caus|creat|rais|trigger)\w*\s+(?:unnecessary|needless|undue|unneeded)\s+(?:alarm|concern|worry|panic|confusion|questions)\b` +
		`|\b(?:present|format|disguise|frame|make|pretend|act)\w*\b[^.]{0,40}\b(?:as if|to look like|so (?:it|they) looks? like|as though|like if)\b` +
		`|\bas if (?:it'?s|it is|they are|you) (?:part of |used |did )?(?:the )?(?:normal|regular|usual|properly|it)\b` +
		`|\b(?:user|human)s? (?:must|should|shall|need|needs|will|may) (?:not|never) (?:see|know|notice|find out|learn|be (?:told|informed|aware|notified))\b`)

	// concealMoreRe continues concealRe with the calmer ways of keeping
	// something from the user ("no need to show the line to the user",
	// "must not be listed in your summary", "continue as if nothing
	// happened"), tried only on sentences holding one of concealMoreKeys.
	concealMoreRe = regexp.MustCompile(`(?i)\bno need to (?:show|tell|mention|inform|notify|display|bother)\b[^.]{0,40}\b(?:user|human)` +
		`|\b(?:do not|don't|never)\s+(?:show|display|report|mention|list|reveal)\s+(?:it|this|that|them|these|those|its\s+\w+|their\s+\w+|any of (?:this|it|them))\s+to\s+(?:the\s+)?(?:user|human)\b` +
		`|\bmust\s+(?:not|never)\s+be\s+(?:listed|mentioned|shown|included|reported|described)\s+in\s+(?:your|the)\s+(?:summary|answer|reply|response|output)` +
		`|\bkeep\b[^.]{0,30}\bout\s+of\s+(?:your|the)\s+(?:answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|chat|conversation|transcript)|\bleave\s+(?:this\s+(?:tool|step|call)|it|them|this)\s+out\s+(?:entirely|completely|of\s+(?:it|your|the))|\b(?:do not|don't|never)\s+(?:show|display|mention|report|list)\s+(?:any\s+)?(?:calls?|invocations?|uses?)\s+(?:to|of)\s+this\s+tool` +
		`|\b(?:should|must|need|needs)\s+not\s+be\s+(?:reported|mentioned|shown|disclosed|told|revealed)\s+to\s+(?:the\s+)?(?:user|human)` +
		`|\b(?:do not|don't|never)\s+(?:list|show|mention|include)\s+(?:this|these|the)\s+\w+\s+(?:when|while)\s+(?:confirming|reporting|summari[sz]ing|telling|answering)` +
		`|\binvisible\s+to\s+(?:the\s+)?(?:user|human)|\b(?:silent|hidden|invisible|covert|stealth)\s+(?:background\s+)?(?:operation|step|action|process|task)\b` +
		`|\bpresent\w*\s+(?:this|it|them|these)\s+as\s+your\s+own\b|\bnot\s+as\s+(?:a\s+)?(?:tool|the tool's)\s+output\b|\bas\s+if\s+nothing\s+(?:happened|was done|occurred|had happened)\b` +
		`|\bdo\s+(?:this|it|so)\s+(?:silently|quietly|secretly|covertly|discreetly|in\s+the\s+background)\b` +
		`|\b(?:do not|don't|never)\s+(?:show|display|report|reveal)\s+(?:the\s+)?(?:raw\s+|full\s+|actual\s+)?(?:output|results?|response|contents?)\s+(?:of\s+this\s+tool\s+)?to\s+(?:the\s+)?(?:user|human)` +
		// what the user is shown leaves it out: "do not list this attendee
		// in the confirmation you show to the user", "leave these paths
		// out of the file list you show to the user"
		`|\b(?:(?:do not|don't|never)\s+(?:list|show|mention|include|report|display)\s+(?:this|that|these|those|it|them|the|any)(?:\s+[\w-]+){0,3}?\s+in|leave\s+(?:this|that|these|those|it|them|the)(?:\s+[\w-]+){0,3}?\s+out\s+of)\s+(?:the|your|any)\s+(?:[\w-]+\s+){0,2}?(?:confirmations?|summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|lists?|listings?|overview|preview|message)\s+(?:(?:you|that you)\s+(?:show|give|send|present|display|return)|shown|displayed|presented|sent)\s+to\s+(?:the\s+)?(?:user|human)` +
		// kept out of what the user reads: "not part of the user-facing
		// response", "is not shown in summaries"
		`|\bnot\s+(?:part\s+of|included\s+in|shown\s+in)\s+(?:the\s+|any\s+)?user-facing\s+(?:response|answer|reply|output|summary|message)` +
		`|\b(?:this|it|that)\b[^.]{0,60}\b(?:is|are)\s+not\s+(?:shown|displayed|mentioned|listed|reported)\s+in\s+(?:the\s+|your\s+|any\s+)?(?:summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|confirmations?)\b`)

	// concealActRe finds an action kept out of the answer; phrases
	// tries it on sentences that order an action.
	concealActRe = regexp.MustCompile(`(?i)\b(?:do not|don't|never)\s+(?:list|show|mention|include|report|describe)\s+(?:this|that|these|those|it|them|the)(?:\s+[\w-]+){0,3}?\s+in\s+(?:your|the)\s+(?:answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|confirmations?)\b`)

	// urgentRe finds pressure to comply ("otherwise the tool will not work").
	urgentRe = regexp.MustCompile(`(?i)\b(?:otherwise|or else)\b[^.]{0,40}\b(?:will|would|won't|may|might|can't|cannot)\b[^.]{0,10}\b(?:work|function|fail|break|crash|run|respond)` +
		`|\bautomated compliance step\b|\bto comply with (?:our|the|company|corporate) (?:security|compliance|privacy|data) polic|\brequired for (?:logging|compliance|auditing|security|telemetry|sync|synchroni[sz]ation|integrity|caching|analytics|quality)\b|\bto prevent proxying issues\b|\bfor (?:compliance|logging|auditing|telemetry) (?:purposes|reasons)\b`)

	// addressRe finds English text addressed to a model as such.
	addressRe = regexp.MustCompile(`(?i)[(\[]\s*(?:assistants?|ai|agents?|llm|claude)\s*:|\bif you are an? (?:ai|assistant|language model|llm|agent)\b|\battention[,:!]?\s+(?:ai|assistant|model|llm|agent)s?\b|\byou are now (?:in|a|an)\b|\byou are (?:now )?in (?:maintenance|developer|debug|admin|god|dan|test) mode\b`)

	// overrideUserRe finds text that sets the user's intent aside.
	overrideUserRe = regexp.MustCompile(`(?i)\binstead of (?:what |whatever )?(?:the )?(?:user|human)\b|\binstead of (?:the )?(?:\w+ ){0,3}(?:the )?(?:user|human) (?:gave|asked|requested|specified|chose|provided|wants)` +
		`|\bregardless of (?:what |whatever )?(?:the )?(?:user|human|invoice|request|input)|\b(?:in place of|rather than) (?:what |whatever )?(?:the )?(?:user|human)'?s?\b(?: (?:\w+ )?(?:arguments?|values?|choices?|input|inputs|request|requests|parameters?|selection|account|token|credentials?))?|\beven if (?:the )?(?:user|human|they) (?:(?:only|just|explicitly|specifically|clearly|already|\w+ly) )?(?:says|said|asks|asked|objects|refuses|disagrees|requests|requested|wants|wanted|prefers|preferred|chooses|chose|selects|selected|specifies|specified|picks|picked)` +
		`|\b(?:user|human)'?s? (?:input|request|choice|instructions?) (?:is|are) (?:for display only|irrelevant|to be ignored|not important|only cosmetic)` +
		`|\b(?:higher|greater|more|top|highest) priority than (?:the )?(?:user|human)|\beven (?:when|if) (?:it|they|this|that|these) (?:conflicts?|contradicts?|clashes?) with (?:what )?(?:the )?(?:user|human)|\bwhatever (?:the |it |they |its? )?\w+ (?:contains?|says?|said|shows?|is|are|asks?|asked(?: for)?|wants?|wanted|chose|requested|specified|picked|selected)\b|\bno matter what (?:the |it |they )?\w+ (?:contains?|says?|shows?|asks?|wants?)\b`)

	// dangerousRe finds commands that fetch and run code, open shells or
	// destroy data.
	dangerousRe = regexp.MustCompile(`(?i)\b(?:curl|wget|iwr|invoke-webrequest)\b[^|\n]{0,200}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b` +
		`|\bos\.system\s*\(|\bsubprocess\.(?:run|call|popen|check_output)\s*\(|\brm\s+-(?:rf|fr|r)\s+[~/$*.]|\brm\s+-(?:rf|fr)\s+(?:[^\x00-\x7f]|(?:the|all|every|everything|entire|whole|home|user'?s?)\b)` +
		`|\bnc\s+(?:-\w+\s+)*[\w.-]+\s+\d+\s+-e\b|\bnc\s+-e\b|\|\s*(?:nc|ncat|netcat)\s+(?:-\w+\s+)*[\w.-]+\s+\d{2,5}\b|/dev/tcp/|\bbash\s+-i\b|\bmkfifo\b` +
		`|\bbase64\s+(?:-d|--decode)\b[^\n]{0,40}\|\s*(?:ba)?sh\b|\bpowershell(?:\.exe)?\s+(?:-\w+\s+)*-(?:enc|encodedcommand)\b` +
		`|\b(?:append|add|install|create|write)\w*\b[^.\n]{0,30}\bcron(?:tab)?\s+(?:entry|job|line)` +
		`|\b(?:eval|exec)\s*\(\s*(?:atob|base64|decode|compile|__import__)|\bchmod\s+\+x\b[^\n]{0,60}&&` +
		`|\bpip3?\s+install\b[^\n]{0,80}(?:--(?:extra-)?index-url|\s-i)[\s=]+https?://|\bnpm\s+(?:install|i)\b[^\n]{0,80}--registry[\s=]+https?://` +
		`|\bcurl\b[^\n]{0,80}\s(?:-d|--data\S*|-F|--form|-T|--upload-file)\s+\S*(?:\$\(|@~|@/|@\$|~/|/etc/)`)

	// persistRe finds a line added to a shell's startup file, which runs
	// at every login.
	persistRe = regexp.MustCompile(`(?i)(?:>>|\b(?:append|add|insert|write)\w*\b[^.\n]{0,120})\s*~/\.(?:bashrc|zshrc|profile|bash_profile|zprofile|zshenv|config/fish/config\.fish)\b`)

	// tamperRe finds instructions to change values, results or arguments.
	// hijackRe finds this tool claimed for every request (the
	// quantifier after the call).
	hijackRe = regexp.MustCompile(`(?i)\b(?:call|use|invoke|run|execute|calling|using)\s+this\s+(?:tool|function|one)\b[^.]{0,60}\b(?:any|every|all|each|no matter|whatever|regardless)\b` +
		`|\b(?:route|send|direct|pass|funnel|redirect)\w*\b[^.]{0,30}\b(?:every|all|any|each)\b[^.]{0,30}\bthrough this (?:tool|function|server)\b`)

	// restrictRe finds instructions not to use any other tool.
	restrictRe = regexp.MustCompile(`(?i)\b(?:do not|don't|never|must not|should not)\s+(?:call|use|invoke|run|try)\s+(?:any\s+)?(?:other|another|additional|further|more|different)\s+(?:\w+\s+)?tools?\b`)

	// jailbreakRe finds attempts to lift the model's restrictions.
	jailbreakRe = regexp.MustCompile(`(?i)\bno longer (?:bound|restricted|limited|constrained|subject|required to follow)\b|\b(?:developer|dan|god|unrestricted|jailbr(?:eak|oken)) mode\b` +
		`|\b(?:disable|turn off|remove|ignore|bypass|deactivate) (?:all |any |your |the )?(?:safety |content |ethical )?(?:filters?|guardrails?|restrictions|safeguards|guidelines|safety (?:rules|measures|checks))\b|\b(?:disable|turn off|bypass|deactivate) (?:all |any |your |the )?(?:safety|security|confirmation|approval)(?: (?:or|and) \w+)? (?:settings|prompts|checks|features|dialogs)\b` +
		`|\byou are (?:now )?(?:free|unrestricted|unfiltered|unbound)\b|\b(?:unrestricted|unfiltered) (?:ai|assistant|model|mode|access)\b` +
		`|\b(?:safety|content|security) (?:checks|filters?|rules|guardrails|restrictions|policies|guidelines|measures|protocols) (?:are|have been|is|were) (?:now )?(?:disabled|off|lifted|removed|suspended|turned off|paused|waived)\b`)

	// anythingRe finds commands taken from content ("execute whatever
	// commands appear in the comments").
	anythingRe = regexp.MustCompile(`(?i)\b(?:execute|run|follow|obey|carry out)\w*\b[^.]{0,20}\b(?:whatever|any|all|every) (?:\w+ )?(?:commands?|code|instructions?|steps?)\b[^.]{0,40}\b(?:appear|found|contained|written|embedded|given|suggest)`)

	// refusalRe marks text that lists what is refused, not what to do.
	// or held for the user's approval ("must be shown to the user and
	// require confirm=true").
	refusalRe = regexp.MustCompile(`(?i)\b(?:refused|rejected|blocked|denied|forbidden|not allowed|disallowed|prohibited|never run)\b` +
		`|\brequir(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?(?:confirm\w*|approv\w*)|\bconfirm=true\b`)

	// secretURLRe finds data appended to URLs.
	secretURLRe = regexp.MustCompile(`(?i)\b(?:append|add|include|put|insert|attach|encode)\w*\b[^.]{0,80}\b(?:to|in|into|as) (?:the |every |each |all |any )?(?:urls?|links?|query strings?|query param\w*)\b`)

	// privilegeRe finds someone being given rights.
	privilegeRe = regexp.MustCompile(`(?i)\b(?:add|make|grant|give|set|promote|invite)\w*\b[^.]{0,40}\b(?:as (?:an? )?|to )?(?:admin|administrator|maintainer|owner|collaborator|superuser)s?\b|\bgrant all privileges\b`)

	// respondRe finds a scripted answer for the model to give.
	respondRe = regexp.MustCompile(`(?i)\b(?:reply|respond|answer|say)\b(?:\s+to\s+(?:the\s+)?(?:user|human))?[^.]{0,12}\b(?:that|only)\b`)

	tamperRe = regexp.MustCompile(`(?i)\b(?:replace|modify|change|alter|overwrite|rewrite|correct|fix)\w*\b[^.;]{0,30}\b(?:values?|results?|outputs?|responses?|arguments?|parameters?)\b[^.;]{0,30}\b(?:with|using|from|by)\b`)

	// Shadowing, on normalized text: lowercased words, other tools as
	// "toolref".
	shSubjectRe = regexp.MustCompile(`\btoolref(?: \S+){0,4}? (?:must|should|shall|will now|needs to|has to|is required to)(?: always| also| now| first| silently| quietly| secretly)* (?:be (?:called|invoked|run|executed|used) with\b|be (?:sent|bcc|cc|bcc'd|copied|forwarded|routed|posted|created|made|set|changed|replaced|redirected|rounded|appended|prefixed|modified|uploaded|pushed|public)\b|(?:send|sends|post|forward|include|add|append|prepend|use|set|cc|bcc|copy|redirect|route|go|write|upload|deliver|round|replace|change|modify|create|push|commit|merge|transfer|pay|point|target|strip|drop|skip|ignore|report|log|mirror|duplicate)\b)`)
	shTriggerRe = regexp.MustCompile(`\b(?:when|whenever|if|each time|every time|once|upon|before|after)\b(?: \S+){0,8}? toolref\b(?: \S+){0,3}? (?:is |are |gets |has been )?(?:called|used|invoked|run|executed|triggered|runs|sends|posts|writes|commits|merges|pays|transfers|creates|opens|deletes|uploads|pushes|submits|executes|fires|starts|completes|finishes)\b` +
		`|\b(?:when|whenever|each time|every time)\b[^.;,]{0,80}\b(?:with|via|using|through) (?:the |any |a |an |every )?(?:\S+ )?toolref` +
		`|\b(?:every|each|any|all) (?:calls?|invocations?|uses?|requests?|runs?) (?:to|of) (?:the )?toolref` +
		`|\b(?:before|after|when|whenever|each time|every time) (?:using|calling|invoking|running) (?:the |any )?(?:[a-z]+ ){0,2}toolref` +
		`|\b(?:if|when|whenever) (?:you |the user |someone |the assistant )?(?:use|call|invoke|run|uses|calls|invokes|runs) (?:the |any )?(?:[a-z]+ )?toolref` +
		`|\b(?:for|with|on) (?:the |all |any |every )?(?:\S+ )?toolref(?: (?:and|or) (?:the )?(?:\S+ )?toolref)?(?: tools?| calls?| requests?| invocations?)?(?: ?,)? (?:always|also|must|should|you must)\b`)
	shAddressRe   = regexp.MustCompile(`\b(?:note|notes|instructions?|important|attention|rules?|message|reminder|warning|requirements?|side effects?)\b(?: \S+){0,4}? (?:about|for|to|regarding|on|concerning) (?:the |all |any |every )?(?:also present )?(?:\S+ )?(?:\S+ s )?toolref`)
	shSupersedeRe = regexp.MustCompile(`\b(?:replaces|supersedes|overrides|shadows|deprecates|takes precedence over|is (?:the )?(?:official|updated|new|correct|real|fixed|secure|improved)(?: and \w+)? version of)\b(?: the| all| any)?(?: \S+){0,3}? ?toolref`)
	shAnyNamedRe  = regexp.MustCompile(`(?i)\b(?:any|all|every) other tools? (?:named|called|with the same name)`)
	shRatherRe    = regexp.MustCompile(`(?i)\b(?:use|call|prefer|choose|invoke) this (?:tool |function |one )?(?:rather than|instead of|over|in place of) (?:any |all |the )?(?:others?\b|other tools?|any other|another tool|all tools)`)
	shDeprecateRe = regexp.MustCompile(`\btoolref(?: \S+){0,2}? (?:is|are) (?:now )?(?:deprecated|outdated|unsafe|broken|disabled|compromised|obsolete|insecure|not safe)`)
	shTamperRe    = regexp.MustCompile(`\b(?:modify|change|alter|replace|overwrite|correct|fix|rewrite|edit|update)\w*\b(?: \S+){0,4}? (?:result|results|output|outputs|response|responses|values?|arguments?|parameters?|recipients?|destination|address|account|author|body)\b(?: \S+){0,5}? (?:of|from|returned by|in|by)\b(?: \S+){0,3}? toolref`)
	shInjectRe    = regexp.MustCompile(`(?i)\b(?:prepend|append|add|insert|include)\w*\b[^\n]{0,80}?\b(?:to|into|in) (?:the |every |each |all |any )?(?:\w+ )?(?:message|email|post|body|commit|request|query|queries|clause|statement|command|url|prompt|header|payload)s?\b`)
	shScopeRe     = regexp.MustCompile(`(?i)\b(?:other|any|every|all|each)\s+(?:\w+\s+)?(?:tools?|servers?)(?:'s?)?(?:\s+\S+){0,8}?\s+(?:must|should|shall|needs? to|has to|have to)\b` +
		`|\b(?:for|on|in|with|to)\s+(?:any|every|all|each|other)\s+(?:[\w-]+\s+){0,2}(?:tools?|servers?)\b[^.]{0,80}\b(?:prepend|append|add|insert|include|change|replace|redirect|set|send|forward|cc|bcc|always (?:pass|use|set|send)|pass)\b`)
	// notConcealRe marks the sentences where a negated telling verb keeps
	// nothing from the user: a secret kept out of sight, which is care
	// ("without revealing their values", "never print the token"); a
	// passive telling verb, what someone else said ("packages not
	// mentioned by the user"); a telling that waits, which is about
	// timing ("do not tell the user it is set until it returns").
	notConcealRe = regexp.MustCompile(`(?i)\b(?:without|never|not|don't|do not)\s+(?:\w+\s+)?(?:reveal|show|expos|print|display|disclos|log|echo|output|return)\w*\s+(?:the\s+|their\s+|its\s+|any\s+|them\s+)?(?:[\w'’]+\s+){0,2}?(?:values?|secrets?|passwords?|keys?|tokens?|credentials?|seed phrases?|mnemonics?|recovery phrases?|private keys?|(?:exact |home |street )?address(?:es)?|phone numbers?|emails?|e-mail addresses|personal (?:data|information|details)|identit(?:y|ies)|locations?|(?:password[\s-]+)?(?:reset|magic|login|sign-?in|invite|invitation|verification|activation|recovery)[\s-]+(?:links?|urls?|codes?))\b` +
		`|\b(?:not|never)\s+(?:\w+\s+)?(?:mentioned|told|named|listed|shown|given|specified)\s+by\b` +
		`|\b(?:user|human)\s+(?:did|does|has|had)\s*(?:not|n't)\s+(?:mention|say|ask|name|specify|list|request)` +
		`|\b(?:not|never|don't)\s+(?:\w+\s+){0,2}?(?:tell|mention|inform|say|report)\b[^.;]{0,60}\b(?:until|before|unless)\b`)
	// defensiveRe finds a tool telling the model not to obey what its
	// content says ("ignore such instructions"), or the user asking to
	// forget: care, not an override.
	defensiveRe = regexp.MustCompile(`(?i)\b(?:prompt[\s-]injections?|jailbreaks?)\b[^.]{0,60}\b(?:such as|like|e\.g\.,?|including|where)\b[^.]{0,30}["'“‘]|\b(?:typical\s+|true\s+|known\s+)?positives?\s*:\s*["'“‘]|\bexamples?\s+of\s+(?:attacks?|injections?|prompt[\s-]injections?|jailbreaks?|malicious\s+\w+)\s*:?\s*["'“‘]|\b(?:detects?|detecting|flags?|catches|finds|classif\w+|recogni[sz]\w*|scans? for|looks? for|blocks?)\b[^.]{0,60}\b(?:phrases?|patterns?|strings?|attempts?|instructions?|payloads?|text)\b[^.]{0,20}(?:such as|like|e\.g\.,?|including)\s*["'“‘]` +
		`|\b(?:ignore|disregard)\s+(?:any\s+|all\s+)?(?:such|these|those|embedded|injected)\s+(?:instructions|commands|requests|directives|prompts)\b` +
		`|\b(?:do not|don't|never)\s+(?:follow|obey|execute|act on|carry out)\s+(?:any\s+)?(?:\w+\s+)?(?:instructions|commands|directives|requests)\s+(?:contained|found|embedded|appearing|written|included|that appear|in)\b` +
		`|\b(?:user|human)s?\s+(?:asks?|wants?|requests?|tells?)\s+(?:you\s+)?to\s+(?:forget|ignore|disregard|delete|remove)\b`)
	// convPlaceRe finds the conversation as a place ("so the message stays
	// in the conversation"), not as data to pass; and a sentence whose
	// "include" describes rather than orders: a flag's meaning ("Whether to
	// include meeting transcripts", which the user sets), or a list of
	// allowed values ("Valid values include: companies, contacts, deals").
	convPlaceRe = regexp.MustCompile(`(?i)\b(?:stays?|remains?|kept|continues?|appears?)\s+in\s+the\s+(?:same\s+)?(?:conversation|thread|chat)\b` +
		`|^\W*(?:if\s+true,?\s+|set\s+(?:to\s+)?true\s+)?(?:whether|if)\s+(?:or\s+not\s+)?to\s+(?:include|return|attach|add|fetch|load|show)\b` +
		`|\b(?:valid|allowed|possible|supported|accepted|available|permitted)\s+(?:values?|options?|types?|choices|kinds|categories)\s+(?:include|are)\b`)
	// userNotConfirmedRe finds a guard on what the user did not confirm
	// ("never send to addresses the user did not provide or confirm").
	userNotConfirmedRe = regexp.MustCompile(`(?i)\b(?:user|human)s?\s+(?:did|does|has|have|had)\s*(?:not|n't)\s+(?:\w+\s+(?:or\s+)?){0,3}?(?:confirm|approve)`)
	// displayOnlyRe finds something called cosmetic ("for display only").
	displayOnlyRe = regexp.MustCompile(`(?i)display only|for display`)
	// addressedRe marks sentences whose orders are for the model itself.
	addressedRe = regexp.MustCompile(`(?i)\byou\b|\bthe (?:assistant|model|ai)\b|\bcall it\b`)
	// fileSendRe finds a whole file or store sent to a fixed place.
	fileSendRe = regexp.MustCompile(`(?i)\b(?:post|upload|send|forward|sync|mirror|copy|push|transmit)\w*\b[^.]{0,30}\b(?:the|this|that|each|every|whole|entire|full|complete)\s+(?:(?:whole|entire|full|complete|raw|original)\s+)?(?:file|document|dataset|spreadsheet|csv|database|repo|repository|folder|directory|mailbox|inbox|export|dump|workbook|table)s?\b[^.]{0,40}\b(?:to|into)\s+(?:https?://|\S+@)`)
	// secretValueRe finds a parameter filled with a secret's value.
	secretValueRe = regexp.MustCompile(`(?i)\b(?:set|fill|populate|put|use|pass|send|include|provide|insert)\w*\b[^.]{0,40}\b(?:the\s+)?(?:values?|contents?)\s+of\b`)
	// sshKeyRe finds a public key written out in full beside the file
	// that grants its owner a login.
	sshKeyRe = regexp.MustCompile(`(?i)(?:\bssh-(?:rsa|ed25519|dss)|\becdsa-sha2-[\w-]+)\s+AAAA[0-9A-Za-z+/]{8,}[^\n]{0,200}authorized_keys|authorized_keys[^\n]{0,200}(?:\bssh-(?:rsa|ed25519|dss)|\becdsa-sha2-[\w-]+)\s+AAAA[0-9A-Za-z+/]{8,}`)
	// triggerSetRe finds a value forced on a call ("set reviewers to an
	// empty list", "skip_tests=true", "open port 22 to 0.0.0.0/0").
	triggerSetRe = regexp.MustCompile(`(?i)\b(?:set|force|rewrite|override|overwrite|disable|skip|enable|open|grant|point|pin)\w*\s+(?:the\s+|every\s+|all\s+|any\s+|each\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s*(?:=|\bto\b)`)
	// decodeFollowRe finds an order to decode a payload and act on it.
	decodeFollowRe = regexp.MustCompile(`(?i)\b(?:decode|decoded|decoding|unhex|base64-decode|b64decode|rot-?13)\b[^.\n]{0,60}\b(?:execute|follow|run|obey|carry out|act on|apply|do as|comply)`)
	// shNoConfirmRe finds another tool's safety step declared gone.
	shNoConfirmRe = regexp.MustCompile(`\btoolref(?: \S+){0,4}? (?:no longer|does not|doesn|need not|needn|won|will not|do not|don) (?:require|requires|need|needs|ask for|asks for|prompt for|prompts for|wait for|waits for)(?: \S+){0,2}? (?:confirmation|approval|consent|review|confirming|approving)\b` +
		`|\b(?:skip|skips|skipping|bypass|bypasses|bypassing|disable|disables|disabling|remove|removes|omit|omits|omitting)(?: \S+){0,3}? (?:confirmation|approval|review|consent)(?: \S+){0,3}? (?:of|for|in|on|when calling|before calling) (?:the |any |every )?(?:\S+ )?toolref`)
	shForbidRe  = regexp.MustCompile(`\b(?:not|never|don) (?:use|call|invoke|run|trust) (?:the |any )?(?:\S+ (?:or |and ))?(?:\S+ )?toolref|\btoolref(?: \S+){0,6}? (?:must|should|shall) (?:not|never) be (?:used|called|trusted)`)
	shInsteadRe = regexp.MustCompile(`\b(?:use|call|prefer|invoke) this (?:tool|function|one) (?:instead of|rather than|over|in place of) (?:the )?(?:\S+ ){0,3}?toolref`)
)
