package secrets

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// openAIMarker is base64 of "OpenAI", embedded in OpenAI secret keys.
const openAIMarker = "T3BlbkFJ"

// anthropicKinds names Anthropic key kinds by the word after "sk-ant-".
var anthropicKinds = map[string]string{
	"api":   "Anthropic API key",
	"admin": "Anthropic Admin API key",
	"oat":   "Anthropic OAuth access token",
	"ort":   "Anthropic OAuth refresh token",
	"sid":   "Anthropic session key",
}

func aiRules() []*rule {
	return []*rule{
		{
			// Project, service-account and admin keys. Current ones carry
			// the marker; the prefix alone is taken as enough.
			id: "openai-project-key", typ: "secret:openai_key", what: "OpenAI API key",
			severity: detect.High,
			keywords: []string{"sk-proj-", "sk-svcacct-", "sk-admin-", "sk-none-"}, after: 280,
			re:     anchored(`(sk-(?:proj|svcacct|admin|None)-)([A-Za-z0-9_-]{40,250})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			check: openAICheck,
			tps: []string{
				"OPENAI_API_KEY=sk-proj-«url:74»" + openAIMarker + "«url:74»",
				"token: sk-svcacct-«url:58»" + openAIMarker + "«url:58»",
				"sk-admin-«url:58»" + openAIMarker + "«url:58»",
				"sk-proj-«an:48»",
			},
			fps:   []string{"sk-proj-«an:20»", "sk-proj-readme-and-docs"},
			infos: []string{"sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		{
			// Legacy user keys: "sk-" and 48 characters, the marker in the middle.
			id: "openai-key", typ: "secret:openai_key", what: "OpenAI API key",
			severity: detect.High,
			keywords: []string{"sk-"}, after: 60,
			re:     anchored(`(sk-)([A-Za-z0-9]{48})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			check: openAICheck,
			tps: []string{
				"OPENAI_KEY=sk-«an:20»" + openAIMarker + "«an:20»",
				`openai.api_key = "sk-«an:48»"`,
			},
			fps:   []string{"sk-«an:47»", "task-«an:48»", "sk-«an:49»"},
			infos: []string{"sk-...", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
		},
		{
			id: "anthropic-key", typ: "secret:anthropic_key", what: "Anthropic API key",
			severity: detect.High,
			keywords: []string{"sk-ant-"}, after: 320,
			re:     anchored(`(sk-ant-(api|admin|oat|ort|sid)[0-9]{2}-)([A-Za-z0-9_-]{32,300})`),
			secret: 0, body: 3, boundary: tokenBoundary,
			check: prefixNamed(2, anthropicKinds),
			tps: []string{
				"ANTHROPIC_API_KEY=sk-ant-api03-«url:93»AA",
				"sk-ant-admin01-«url:93»AA",
				"sk-ant-oat01-«url:100»",
			},
			fps:   []string{"sk-ant-api03-«url:20»", "sk-ant-foo"},
			infos: []string{"sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA", "sk-ant-..."},
		},
	}
}

// openAICheck: placeholder check, then a note when the key has the marker.
func openAICheck(c *candidate) verdict {
	v := placeholderVerdict(c)
	if v.kind == confirmed && strings.Contains(c.body, openAIMarker) {
		v.note = "carries the OpenAI key marker"
	}
	return v
}
