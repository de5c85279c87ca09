package secrets

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// moreServiceRules are further providers' documented token formats: AI
// APIs, package registries, developer platforms, identity and chat.
func moreServiceRules() []*rule {
	return []*rule{
		prefixToken("groq-key", "secret:groq_key", "Groq API key", []string{"gsk_"},
			`(gsk_)([A-Za-z0-9]{52})`,
			[]string{"GROQ_API_KEY=gsk_«an:52»", "key is gsk_«an:52»"},
			[]string{"gsk_«an:20»", "gsk_settings_panel"},
			[]string{"gsk_" + strings.Repeat("x", 52)}),
		prefixToken("perplexity-key", "secret:perplexity_key", "Perplexity API key", []string{"pplx-"},
			`(pplx-)([A-Za-z0-9]{48})`,
			[]string{"PPLX_API_KEY=pplx-«an:48»"},
			[]string{"pplx-«an:12»"},
			[]string{"pplx-" + strings.Repeat("x", 48)}),
		prefixToken("replicate-token", "secret:replicate_token", "Replicate API token", []string{"r8_"},
			`(r8_)([A-Za-z0-9]{37})`,
			[]string{"REPLICATE_API_TOKEN=r8_«an:37»"},
			[]string{"r8_«an:10»", "layer_r8_«an:37»"},
			[]string{"r8_" + strings.Repeat("x", 37)}),
		prefixToken("nuget-key", "secret:nuget_key", "NuGet API key", []string{"oy2"},
			`(oy2)([a-z0-9]{43})`,
			[]string{`<add key="https://www.nuget.org/api/v2/package" value="oy2«hex:43»" />`, "dotnet nuget push -k oy2«hex:43»"},
			[]string{"oy2«hex:20»", "toy2«hex:43»"},
			[]string{"oy2" + strings.Repeat("a", 43)}),
		prefixToken("rubygems-key", "secret:rubygems_key", "RubyGems API key", []string{"rubygems_"},
			`(rubygems_)([a-f0-9]{48})`,
			[]string{"GEM_HOST_API_KEY=rubygems_«hex:48»"},
			[]string{"rubygems_«hex:12»", "rubygems_org_mirror"},
			[]string{"rubygems_" + strings.Repeat("0", 48)}),
		prefixToken("supabase-token", "secret:supabase_token", "Supabase access token", []string{"sbp_"},
			`(sbp_)([a-f0-9]{40})`,
			[]string{"SUPABASE_ACCESS_TOKEN=sbp_«hex:40»"},
			[]string{"sbp_«hex:8»"},
			[]string{"sbp_" + strings.Repeat("0", 40)}),
		prefixToken("figma-token", "secret:figma_token", "Figma access token", []string{"figd_"},
			`(figd_)([A-Za-z0-9_-]{40})`,
			[]string{"X-Figma-Token: figd_«url:40»"},
			[]string{"figd_«an:8»"},
			[]string{"figd_" + strings.Repeat("x", 40)}),
		dropboxToken(),
		prefixToken("netlify-token", "secret:netlify_token", "Netlify access token", []string{"nfp_"},
			`(nfp_)([A-Za-z0-9]{36})`,
			[]string{"NETLIFY_AUTH_TOKEN=nfp_«an:36»"},
			[]string{"nfp_«an:8»"},
			[]string{"nfp_" + strings.Repeat("x", 36)}),
		prefixToken("airtable-token", "secret:airtable_token", "Airtable personal access token", []string{"pat"},
			`(pat)([A-Za-z0-9]{14}\.[a-f0-9]{64})`,
			[]string{"Authorization: Bearer pat«an:14».«hex:64»"},
			[]string{"pattern.«hex:64»", "pat«an:14».«hex:10»"},
			[]string{"pat" + strings.Repeat("x", 14) + "." + strings.Repeat("0", 64)}),
		prefixToken("braintree-token", "secret:braintree_token", "Braintree access token", []string{"access_token$"},
			`(access_token\$(?:production|sandbox)\$)([a-z0-9]{16}\$[a-f0-9]{32})`,
			[]string{"BT_ACCESS_TOKEN=access_token$production$«hex:16»$«hex:32»"},
			[]string{"access_token$production$"},
			[]string{"access_token$production$" + strings.Repeat("x", 16) + "$" + strings.Repeat("0", 32)}),
		{
			id: "okta-token", typ: "secret:okta_token", what: "Okta API token",
			severity: detect.High,
			keywords: []string{"ssws"}, after: 80,
			re:     anchored(`SSWS[ \t]+((00)([A-Za-z0-9_-]{40}))`),
			secret: 1, body: 3, boundary: tokenBoundary,
			tps: []string{
				"Authorization: SSWS 00«url:40»",
				`-H "Authorization: SSWS 00«url:40»"`,
			},
			fps:   []string{"SSWS tokens are created in the admin console", "SSWS 00«url:10»"},
			infos: []string{"Authorization: SSWS 00" + strings.Repeat("x", 40)},
		},
		{
			id: "mailchimp-key", typ: "secret:mailchimp_key", what: "Mailchimp API key",
			severity: detect.High,
			// the key is 32 hex digits, then its data centre: the keyword
			// is the suffix, and the check reads the digits before it
			keywords: []string{"-us"}, after: 8,
			re:     anchored(`-us[0-9]{1,2}`),
			secret: 0, body: -1, boundary: noBoundary, // the check reads both sides
			check: mailchimpCheck,
			tps: []string{
				"MAILCHIMP_API_KEY=«hex:32»-us6",
				"mc4wp_api_key | «hex:32»-us21",
			},
			fps: []string{
				"en-us1 locale", "«hex:20»-us6", "build «hex:32»-usa",
			},
			infos: []string{strings.Repeat("0", 32) + "-us6"},
		},
		{
			id: "teams-webhook", typ: "secret:teams_webhook", what: "Microsoft Teams incoming webhook URL",
			severity: detect.High,
			keywords: []string{"webhook.office.com/webhookb2/", "outlook.office.com/webhook/"}, after: 400,
			re: anchored(`(?:webhook\.office\.com/webhookb2|outlook\.office\.com/webhook)/` +
				`([0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/([0-9a-f]{32})/[0-9a-f-]{36}(?:/[A-Za-z0-9_-]{20,})?)`),
			secret: 1, body: 2, boundary: noBoundary,
			tps: []string{
				"https://contoso.webhook.office.com/webhookb2/«hex:8»-«hex:4»-«hex:4»-«hex:4»-«hex:12»@«hex:8»-«hex:4»-«hex:4»-«hex:4»-«hex:12»/IncomingWebhook/«hex:32»/«hex:8»-«hex:4»-«hex:4»-«hex:4»-«hex:12»/V2«url:40»",
			},
			fps:   []string{"Create one under https://contoso.webhook.office.com/webhookb2/ in the connector settings"},
			infos: []string{"https://outlook.office.com/webhook/" + strings.Repeat("0", 8) + "-0000-0000-0000-" + strings.Repeat("0", 12) + "@" + strings.Repeat("0", 8) + "-0000-0000-0000-" + strings.Repeat("0", 12) + "/IncomingWebhook/" + strings.Repeat("0", 32) + "/" + strings.Repeat("0", 8) + "-0000-0000-0000-" + strings.Repeat("0", 12)},
		},
	}
}

// mailchimpCheck reads the 32 hex digits before the data-centre suffix.
func mailchimpCheck(c *candidate) verdict {
	s := c.start - 32
	if s < 0 || !isHex(c.text[s:c.start]) || s > 0 && tokenBoundary(c.text[s-1]) || c.end < len(c.text) && defaultBoundary(c.text[c.end]) {
		return verdict{kind: reject}
	}
	key := c.text[s:c.start]
	v := verdict{kind: confirmed, start: s, end: c.end, shown: key[:4] + "…" + c.secret}
	if r := placeholderReason(key); r != "" {
		v.kind, v.note = placeholder, r
	}
	return v
}

// dropboxToken is Dropbox's short-lived OAuth access token: "sl." (or
// "sl.u.") and a URL-safe body of 130 characters or more (over a thousand
// for the newer kind).
func dropboxToken() *rule {
	r := prefixToken("dropbox-token", "secret:dropbox_token", "Dropbox access token", []string{"sl."},
		`(sl\.(?:u\.)?)([A-Za-z0-9_-]{130}[A-Za-z0-9_-]*)`,
		[]string{"DROPBOX_ACCESS_TOKEN=sl.«url:136»", "dropbox token is sl.«url:140» , upload it", "Authorization: Bearer sl.u.«url:1200»"},
		[]string{"sl.«an:40»", "Isl.«url:136»"},
		[]string{"sl." + strings.Repeat("x", 136)})
	r.after = 2048
	return r
}
