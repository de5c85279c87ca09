package secrets

import (
	"github.com/mcpshield/mcpshield/internal/detect"
)

// slackRules follow Slack's token formats
// (api.slack.com/authentication/token-types); the shapes are gitleaks'.
func slackRules() []*rule {
	slack := func(id, what string, keywords []string, re string, tps, fps, infos []string) *rule {
		return &rule{
			id: id, typ: "secret:slack_token", what: what, severity: detect.High,
			keywords: keywords, after: 260,
			re:     anchored(re),
			secret: 0, body: 2, boundary: tokenBoundary,
			tps: tps, fps: fps, infos: infos,
		}
	}
	return []*rule{
		slack("slack-bot-token", "Slack bot token", []string{"xoxb-"},
			`(xoxb-)([0-9]{10,13}-[0-9]{10,13}[A-Za-z0-9-]{0,64})`,
			[]string{
				"token: xoxb-«num:12»-«num:13»-«an:24»",
				"SLACK_TOKEN=xoxb-«num:11»-«num:12»-«an:24»",
			},
			[]string{"xoxb-xxx", "xoxb-12345-abcd234", "xoxb-xoxb-my-bot-token", "xoxb-Slack_BOT_TOKEN", "xoxb-abcdef-abcdef"},
			[]string{"xoxb-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx"}),
		slack("slack-legacy-bot-token", "Slack legacy bot token", []string{"xoxb-"},
			`(xoxb-)([0-9]{8,14}-[A-Za-z0-9]{18,26})`,
			[]string{"xoxb-«num:12»-«an:24»"},
			[]string{"xoxb-12345678-slack"},
			[]string{"xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-0000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}),
		slack("slack-user-token", "Slack user token", []string{"xoxp-", "xoxe-"},
			`(xox[pe]-)((?:[0-9]{10,13}-){3}[A-Za-z0-9-]{28,34})`,
			[]string{
				"token: xoxp-«num:11»-«num:10»-«num:11»-«hex:32»",
				"t=xoxe-«num:13»-«num:13»-«num:13»-«hex:32»",
			},
			[]string{
				"xoxp-1234567890",
				"xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d",
				"xoxp-572370529330-573807301142-572331691188-####################",
			},
			[]string{
				"xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
				"xoxp-" + "000000000000-000000000000-000000000000-00000000000000000000000000000000", // gitleaks' "obvious" FP
			}),
		slack("slack-legacy-token", "Slack legacy token", []string{"xoxo-", "xoxs-"},
			`(xox[os]-)([0-9]{1,16}-[0-9]{1,16}-[0-9]{1,16}-[a-fA-F0-9]{10,64})`,
			[]string{"xoxs-«num:10»-«num:10»-«num:10»-«hex:10»"},
			[]string{"https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg"},
			nil),
		slack("slack-workspace-token", "Slack legacy workspace token", []string{"xoxa-", "xoxr-"},
			`(xox[ar]-)((?:[0-9]-)?[0-9A-Za-z]{8,48})`,
			[]string{"xoxa-2-«an:40»", "xoxr-«an:32»"},
			[]string{"https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md"},
			[]string{"xoxa-xxxxxxxxxxxxxxxx"}),
		slack("slack-app-token", "Slack app-level token", []string{"xapp-"},
			`(?i)(xapp-)([0-9]-[A-Z0-9]{6,16}-[0-9]{6,16}-[a-z0-9]{32,80})`,
			[]string{"xapp-1-A«UD:10»-«num:13»-«hex:64»"},
			[]string{"xapp-1-xyz"},
			nil),
		slack("slack-config-token", "Slack configuration token", []string{"xoxe.xox"},
			`(?i)(xoxe\.xox[bp]-)([0-9]-[A-Z0-9]{163,166})`,
			[]string{"xoxe.xoxp-1-«an:163»"},
			[]string{"xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere", "xoxe.xoxp-1-initial"},
			nil),
		slack("slack-config-refresh-token", "Slack configuration refresh token", []string{"xoxe-"},
			`(?i)(xoxe-)([0-9]-[A-Z0-9]{146})`,
			[]string{"xoxe-1-«an:146»"},
			[]string{"xoxe-1-xxx"},
			nil),
		{
			id: "slack-webhook", typ: "secret:slack_token", what: "Slack incoming webhook URL",
			severity: detect.High,
			keywords: []string{"hooks.slack.com"}, after: 200,
			re:     anchored(`(hooks\.slack\.com/(?:services|workflows|triggers)/)([A-Za-z0-9+/_-]{20,120})`),
			secret: 0, body: 2,
			tps: []string{
				"SLACK_TOKEN=https://hooks.slack.com/services/T«UD:8»/B«UD:10»/«an:24»",
				`{"webhook": "https://hooks.slack.com/workflows/T«UD:8»/A«UD:10»/«num:18»/«an:24»"}`,
			},
			fps:   []string{"see https://hooks.slack.com/services/ for details", "https://api.slack.com/messaging/webhooks"},
			infos: []string{"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"},
		},
	}
}
