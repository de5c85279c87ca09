package secrets

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// prefixToken is a rule for a provider's token that begins with a fixed
// prefix (group 1 of re) followed by its body (group 2), judged for
// placeholders.
func prefixToken(id, typ, what string, keywords []string, re string, tps, fps, infos []string) *rule {
	return &rule{
		id: id, typ: typ, what: what, severity: detect.High,
		keywords: keywords, after: 400,
		re:     anchored(re),
		secret: 0, body: 2, boundary: tokenBoundary,
		tps: tps, fps: fps, infos: infos,
	}
}

// serviceRules follow the documented token formats of SaaS providers whose
// tokens carry a fixed prefix: the prefix is the keyword, the body is
// judged for placeholders. Shapes are the providers' (and gitleaks').
func serviceRules() []*rule {
	return []*rule{
		prefixToken("sendgrid-key", "secret:sendgrid_key", "SendGrid API key", []string{"sg."},
			`(SG\.)([A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})`,
			[]string{"SENDGRID_API_KEY=SG.«url:22».«url:43»", `{"key": "SG.«an:22».«an:43»"}`},
			[]string{"msg.«an:22».«an:43»", "SG.«an:10».«an:10»"},
			[]string{"SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		prefixToken("mailgun-key", "secret:mailgun_key", "Mailgun API key", []string{"key-"},
			`(key-)([0-9a-f]{32})`,
			[]string{"MAILGUN_API_KEY=key-«hex:32»", "api:key-«hex:32»"},
			[]string{"cache-key-«hex:32»", "key-«hex:16»", "key-«hex:40»"},
			[]string{"key-" + strings.Repeat("0", 32)}),
		prefixToken("square-token", "secret:square_token", "Square access token", []string{"eaaa", "sq0atp-", "sq0csp-"},
			`(EAAA|sq0atp-|sq0csp-)([A-Za-z0-9_-]{22,60})`,
			[]string{"SQUARE_ACCESS_TOKEN=EAAA«url:60»", "sq0atp-«url:22»", "client_secret: sq0csp-«url:43»"},
			[]string{"EAAA«an:10»"},
			[]string{"EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		{
			id: "huggingface-token", typ: "secret:huggingface_token", what: "Hugging Face access token",
			severity: detect.High,
			keywords: []string{"hf_"}, after: 80,
			re:     anchored(`(hf_)([A-Za-z]{34,40})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			check: mixedCaseCheck,
			tps:   []string{"HF_TOKEN=hf_«al:34»", "huggingface-cli login --token hf_«al:34»"},
			fps:   []string{"hf_transformers_cache_directory_path", "hf_«num:34»"},
			infos: []string{"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		prefixToken("npm-token", "secret:npm_token", "npm access token", []string{"npm_"},
			`(npm_)([A-Za-z0-9]{36})`,
			[]string{"//registry.npmjs.org/:_authToken=npm_«an:36»", "NPM_TOKEN=npm_«an:36»"},
			[]string{"npm_«an:20»", "npm_config_registry"},
			[]string{"npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}),
		prefixToken("pypi-token", "secret:pypi_token", "PyPI API token", []string{"pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"},
			`(pypi-AgEIcHlwaS5vcmc|pypi-AgENdGVzdC5weXBpLm9yZw)([A-Za-z0-9_-]{40,300})`,
			[]string{"password = pypi-AgEIcHlwaS5vcmc«url:120»"},
			[]string{"pypi-AgEIcHlwaS5vcmc«url:10»"},
			[]string{"pypi-AgEIcHlwaS5vcmc" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		prefixToken("docker-hub-pat", "secret:docker_token", "Docker Hub personal access token", []string{"dckr_pat_", "dckr_oat_"},
			`(dckr_(?:pat|oat)_)([A-Za-z0-9_-]{24,64})`,
			[]string{"echo dckr_pat_«url:27» | docker login -u ci --password-stdin"},
			[]string{"dckr_pat_«an:8»"},
			[]string{"dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		prefixToken("shopify-token", "secret:shopify_token", "Shopify access token", []string{"shpat_", "shpss_", "shpca_", "shppa_"},
			`(shp(?:at|ss|ca|pa)_)([a-fA-F0-9]{32})`,
			[]string{"X-Shopify-Access-Token: shpat_«hex:32»", "shpss_«hex:32»"},
			[]string{"shpat_«hex:16»"},
			[]string{"shpat_" + strings.Repeat("0", 32)}),
		prefixToken("atlassian-token", "secret:atlassian_token", "Atlassian API token", []string{"atatt3", "atctt3"},
			`(ATATT3|ATCTT3)([A-Za-z0-9_=-]{150,300})`,
			[]string{"JIRA_API_TOKEN=ATATT3«url:180»=«UD:8»"},
			[]string{"ATATT3«an:20»"},
			[]string{"ATATT3" + strings.Repeat("x", 180)}),
		prefixToken("linear-key", "secret:linear_key", "Linear API key", []string{"lin_api_", "lin_oauth_"},
			`(lin_(?:api|oauth)_)([A-Za-z0-9]{40,64})`,
			[]string{"LINEAR_API_KEY=lin_api_«an:40»"},
			[]string{"lin_api_«an:12»"},
			[]string{"lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		prefixToken("notion-token", "secret:notion_token", "Notion integration token", []string{"secret_", "ntn_"},
			`(secret_|ntn_)([A-Za-z0-9]{43,46})`,
			[]string{"NOTION_TOKEN=secret_«an:43»", `{"auth": "ntn_«num:11»«an:35»"}`},
			[]string{"secret_key_base", "secret_«an:20»", "client_secret_«an:64»"},
			[]string{"secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		prefixToken("databricks-token", "secret:databricks_token", "Databricks access token", []string{"dapi"},
			`(dapi)([a-f0-9]{32}(?:-[0-9])?)`,
			[]string{"DATABRICKS_TOKEN=dapi«hex:32»", "token: dapi«hex:32»-2"},
			[]string{"dapi«hex:12»", "rapidapi«hex:32»"},
			[]string{"dapi" + strings.Repeat("0", 32)}),
		prefixToken("digitalocean-token", "secret:digitalocean_token", "DigitalOcean token", []string{"dop_v1_", "doo_v1_", "dor_v1_"},
			`(do[por]_v1_)([a-f0-9]{64})`,
			[]string{"DIGITALOCEAN_TOKEN=dop_v1_«hex:64»", "dor_v1_«hex:64»"},
			[]string{"dop_v1_«hex:20»"},
			[]string{"dop_v1_" + strings.Repeat("0", 64)}),
		prefixToken("vault-token", "secret:vault_token", "HashiCorp Vault token", []string{"hvs.", "hvb.", "hvr."},
			`(hv[sbr]\.)([A-Za-z0-9_-]{24,300})`,
			[]string{"VAULT_TOKEN=hvs.«url:90»", "X-Vault-Token: hvs.«an:24»"},
			[]string{"hvs.«an:8»", "ghvs.«an:24»"},
			[]string{"hvs.xxxxxxxxxxxxxxxxxxxxxxxx"}),
		prefixToken("grafana-token", "secret:grafana_token", "Grafana token", []string{"glsa_", "glc_"},
			`(glsa_|glc_)([A-Za-z0-9_+/]{32,400}={0,2})`,
			[]string{"GRAFANA_TOKEN=glsa_«an:32»_«hex:8»", "glc_eyJ«b64:120»=="},
			[]string{"glsa_«an:10»", "glc_«an:12»"},
			[]string{"glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx"}),
		prefixToken("newrelic-key", "secret:newrelic_key", "New Relic API key", []string{"nrak-", "nrjs-", "nrii-"},
			`(NRAK-|NRJS-|NRII-)([A-Z0-9]{27}|[a-f0-9]{19}|[A-Za-z0-9_-]{32})`,
			[]string{"NEW_RELIC_API_KEY=NRAK-«UD:27»"},
			[]string{"NRAK-«UD:10»"},
			[]string{"NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX"}),
		prefixToken("sentry-token", "secret:sentry_token", "Sentry auth token", []string{"sntrys_", "sntryu_"},
			`(sntrys_|sntryu_)(eyJ[A-Za-z0-9+/=_-]{40,400}|[a-f0-9]{64})`,
			[]string{"SENTRY_AUTH_TOKEN=sntrys_eyJ«b64:80»_«url:43»", "sntryu_«hex:64»"},
			[]string{"sntrys_«an:10»"},
			[]string{"sntryu_" + strings.Repeat("0", 64)}),
		prefixToken("doppler-token", "secret:doppler_token", "Doppler token", []string{"dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim."},
			`(dp\.(?:pt|st|sa|ct|scim)\.)([A-Za-z0-9_.-]{40,80})`,
			[]string{"DOPPLER_TOKEN=dp.pt.«an:43»", "dp.st.prd.«an:40»"},
			[]string{"dp.pt.«an:10»"},
			[]string{"dp.pt.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		prefixToken("postman-key", "secret:postman_key", "Postman API key", []string{"pmak-"},
			`(PMAK-)([a-f0-9]{24}-[a-f0-9]{34})`,
			[]string{"POSTMAN_API_KEY=PMAK-«hex:24»-«hex:34»"},
			[]string{"PMAK-«hex:10»"},
			[]string{"PMAK-" + strings.Repeat("0", 24) + "-" + strings.Repeat("0", 34)}),
		{
			id: "discord-webhook", typ: "secret:discord_webhook", what: "Discord webhook URL",
			severity: detect.High,
			keywords: []string{"discord.com/api/webhooks/", "discordapp.com/api/webhooks/"}, after: 200,
			re:     anchored(`(discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/)([A-Za-z0-9_-]{60,80})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			tps: []string{
				"DISCORD_WEBHOOK=https://discord.com/api/webhooks/1«num:18»/«url:68»",
				"https://discordapp.com/api/webhooks/«num:18»/«url:68»",
			},
			fps:   []string{"https://discord.com/api/webhooks/ is the endpoint", "https://discord.com/api/webhooks/{webhook.id}/{webhook.token}"},
			infos: []string{"https://discord.com/api/webhooks/123456789012345678/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		{
			// Bot tokens: base64 of the bot's user ID, a timestamp and an
			// HMAC. Without a prefix they are taken only near "discord".
			id: "discord-bot-token", typ: "secret:discord_token", what: "Discord bot token",
			severity: detect.High,
			keywords: []string{"discord"}, after: 200,
			re:     anchored(`(?i:discord)[^\n]{0,100}?[^A-Za-z0-9_.-]([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})`),
			secret: 1, body: 1, boundary: tokenBoundary,
			check: discordBotCheck,
			tps: []string{
				"DISCORD_BOT_TOKEN=MT«an:24».«url:6».«url:38»",
				`discord_client.run("OD«an:22».«url:6».«url:27»")`,
			},
			fps:   []string{"discord.py version 2.3.2 released", "DISCORD_BOT_TOKEN=«hex:40»"},
			infos: []string{"DISCORD_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		{
			// Bot tokens are "<bot id>:<35 characters>"; issued tokens
			// start the secret part with "AA", the keyword. Other shapes
			// are taken near the word "telegram" (telegram-bot-token-near).
			id: "telegram-bot-token", typ: "secret:telegram_token", what: "Telegram bot token",
			severity: detect.High,
			keywords: []string{":aa"}, after: 40,
			re:     anchored(`:(AA[A-Za-z0-9_-]{33})`),
			secret: 1, body: 1, boundary: tokenBoundary,
			pre:   botIDBefore,
			check: telegramCheck,
			tps: []string{
				"TELEGRAM_BOT_TOKEN=«num:10»:AA«url:33»",
				"https://api.telegram.org/bot«num:9»:AA«url:33»/sendMessage?chat_id=42",
			},
			fps: []string{
				"at 2024-01-01T10:30:00Z",
				"«num:5»:AA«url:33»",
				"ab«num:9»:AA«url:33»",
			},
			infos: []string{"«num:10»:AAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"},
		},
		{
			id: "telegram-bot-token-near", typ: "secret:telegram_token", what: "Telegram bot token",
			severity: detect.High,
			keywords: []string{"telegram"}, after: 200,
			re:     anchored(`(?i:telegram)[^\n]{0,120}?(?:[^A-Za-z0-9_-]|bot)[0-9]{8,10}:([A-Za-z0-9_-]{35})`),
			secret: 1, body: 1, boundary: tokenBoundary,
			check: telegramCheck,
			tps: []string{
				"TELEGRAM_BOT_TOKEN=«num:10»:«url:35»",
				"curl https://api.telegram.org/bot«num:8»:«an:35»/getMe",
			},
			fps:   []string{"telegram bot id «num:10»:«hex:35»", "telegram at 10:30"},
			infos: []string{"TELEGRAM_TOKEN=«num:10»:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"},
		},
		{
			// Twilio: an API key SID (SK…) with its secret, or an account
			// SID (AC…) with its auth token, side by side.
			id: "twilio-credentials", typ: "secret:twilio_key", what: "Twilio API credentials",
			severity: detect.High,
			keywords: twilioKeywords(), after: 260,
			re:     anchored(`(?:AC[0-9a-f]{32}|SK[0-9a-fA-F]{32})[^\n]{0,160}?[^A-Za-z0-9]([A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)`),
			secret: 1, body: 1,
			pre:   twilioFollows,
			check: twilioCheck,
			tps: []string{
				`client = Client("AC«hex:32»", "«hex:32»")`,
				"curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC«hex:32».json -u SK«hex:32»:«an:32»",
			},
			fps: []string{
				`{"account_sid": "AC«hex:32»", "sid": "SM«hex:32»"}`,
				"ACCESS «hex:32» granted",
				`{"account_sid": "AC«hex:32»", "etag": "«hex:32»"}`,
			},
			infos: []string{`Client("AC«hex:32»", "00000000000000000000000000000000")`},
		},
	}
}

// mixedCaseCheck is the placeholder check for letter-only bodies, which a
// random token fills with both cases.
func mixedCaseCheck(c *candidate) verdict {
	v := placeholderVerdict(c)
	if v.kind == confirmed && (strings.ToLower(c.body) == c.body || strings.ToUpper(c.body) == c.body || isWordsLike(c.body)) {
		return verdict{kind: reject}
	}
	return v
}

// discordBotCheck: the first part is base64 of a numeric user ID.
func discordBotCheck(c *candidate) verdict {
	id, _, _ := strings.Cut(c.secret, ".")
	if dec, ok := decodeLoose(id); ok && strings.Trim(dec, "0123456789") != "" {
		return verdict{kind: reject}
	}
	return placeholderVerdict(c)
}

// decodeLoose decodes unpadded base64 (either alphabet) to printable text.
func decodeLoose(s string) (string, bool) {
	s = strings.NewReplacer("-", "+", "_", "/").Replace(strings.TrimRight(s, "="))
	for len(s)%4 != 0 {
		s += "="
	}
	return decodePrintable(s)
}

// botIDBefore: 8 to 10 digits, a bot id, end at start and begin a word
// (or follow "bot", as in api.telegram.org/bot<token>).
func botIDBefore(text string, start int, _ *int) bool {
	i := start
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' && start-i <= 10 {
		i--
	}
	if n := start - i; n < 8 || n > 10 {
		return false
	}
	return i == 0 || !tokenBoundary(text[i-1]) || i >= 3 && strings.EqualFold(text[i-3:i], "bot")
}

// telegramCheck judges the part after the colon and reports the whole
// token, bot id included.
func telegramCheck(c *candidate) verdict {
	colon := c.start - 1
	if !botIDBefore(c.text, colon, nil) {
		return verdict{kind: reject}
	}
	s := colon
	for s > 0 && c.text[s-1] >= '0' && c.text[s-1] <= '9' {
		s--
	}
	v := placeholderVerdict(c)
	if v.kind == confirmed && (isHex(c.body) || charClasses(c.body) < 2) {
		return verdict{kind: reject}
	}
	v.start, v.end = s, c.end
	v.shown = redact(c.text[s:c.end], c.start-s)
	return v
}

// twilioKeywords are "AC" and "SK" followed by a hex digit.
func twilioKeywords() []string {
	var kws []string
	for _, p := range []string{"ac", "sk"} {
		for _, h := range "0123456789abcdef" {
			kws = append(kws, p+string(h))
		}
	}
	return kws
}

// twilioFollows: a SID, "AC" or "SK" in upper case at a word start and 32
// hex digits.
func twilioFollows(text string, start int, _ *int) bool {
	if start+34 > len(text) || !(text[start] == 'A' && text[start+1] == 'C' || text[start] == 'S' && text[start+1] == 'K') {
		return false
	}
	if start > 0 && defaultBoundary(text[start-1]) {
		return false
	}
	return isHex(text[start+2:start+34]) && (start+34 == len(text) || !defaultBoundary(text[start+34]))
}

// twilioCheck judges the secret next to a SID: an auth token is 32 hex,
// an API key secret 32 letters and digits.
func twilioCheck(c *candidate) verdict {
	sid := c.text[c.sub[0] : c.sub[0]+2]
	if sid == "AC" && !isHex(c.body) {
		return verdict{kind: reject}
	}
	if strings.HasPrefix(c.body, "AC") || strings.HasPrefix(c.body, "SK") || strings.HasPrefix(c.body, "SM") && isHex(c.body[2:]) {
		return verdict{kind: reject}
	}
	between := strings.ToLower(c.text[c.sub[0]+34 : c.start])
	for _, w := range []string{"sha", "hash", "etag", "md5", "digest", "checksum", "_sid", "sid\"", "sid'"} {
		if strings.Contains(between, w) {
			return verdict{kind: reject} // another identifier, not the secret
		}
	}
	if r := placeholderReason(c.body); r != "" {
		return verdict{kind: placeholder, note: r}
	}
	if charClasses(c.body) < 2 || shannon(c.body) < 3.3 {
		return verdict{kind: reject}
	}
	return verdict{kind: confirmed}
}
