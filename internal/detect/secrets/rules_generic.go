package secrets

import (
	"encoding/base64"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// genericRules catch credentials by context rather than by shape: a value
// assigned to a secret-sounding key, an Authorization header, or a known
// prefix followed by a stand-in. They give way to any specific rule that
// sees the same bytes.
func genericRules() []*rule {
	return []*rule{
		{
			id: "generic-assignment", typ: "secret:generic", what: "secret value", generic: true,
			severity: detect.High, // only with strong evidence; Medium otherwise (genericCheck)
			keywords: []string{
				"password", "passwd", "passphrase", "pwd", "secret", "token",
				"api_key", "api-key", "api.key", "apikey", "access_key", "access-key", "accesskey",
				"auth_key", "authkey", "private_key", "privatekey", "credential",
			},
			after:  320,
			re:     anchored(`(?i)(?:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|credential)[a-z0-9_.-]*\\?["']?\s*(?::=|=>|[:=])\s*\\?["'\x60]?([^\s"'\x60\\,;&<>(){}\[\]]{8,})`),
			secret: 1, body: 1,
			pre:   assignmentFollows,
			check: genericCheck,
			tps: []string{
				`DB_PASSWORD="«an:20»"`,
				`{"client_secret": "«an:32»"}`,
				"API_TOKEN=«an:40»",
				"config.api_key = '«an:24»'",
			},
			fps: []string{
				`{"nextPageToken": "«an:40»"}`,
				"max_tokens: 4096",
				"DATABASES = {'default': {'PASSWORD': os.environ['DB_PASSWORD']}}",
				"token=«hex:40»",
				"secret_sha256: «hex:64»",
				"token: 63bff314-23fb-4b6b-960f-ddb1ff6ecd21",
				"secretName: my-tls-secret-name",
				"PWD=/home/user/projects/app",
				"password: ${DB_PASSWORD}",
				"token_url: https://oauth2.googleapis.com/token",
				"tokenizer: cl100k_base",
				"password = config.database.password",
			},
			infos: []string{
				"export OPENAI_API_KEY=your-key-here",
				"password: ********",
				"API_TOKEN=xxxxxxxxxxxxxxxx",
				"  password: Y2hhbmdlbWU=", // base64("changeme"), as in a Kubernetes Secret
			},
		},
		{
			id: "generic-bearer", typ: "secret:generic", what: "bearer token", generic: true,
			severity: detect.High,
			keywords: []string{"bearer"}, after: 2 << 10,
			re:     anchored(`(?i)(bearer)\s+([A-Za-z0-9._~+/-]{16,}=*)`),
			secret: 2, body: 2, boundary: noBoundary,
			pre:   bearerFollows,
			check: bearerCheck,
			tps: []string{
				"Authorization: Bearer «an:40»",
				`{"headers": {"Authorization": "Bearer «url:64»"}}`,
			},
			fps:   []string{"Use the Bearer authentication scheme.", "Authorization: Bearer $TOKEN"},
			infos: []string{"Authorization: Bearer YOUR_ACCESS_TOKEN"},
		},
		{
			id: "generic-basic-auth", typ: "secret:generic", what: "HTTP basic-auth credentials", generic: true,
			severity: detect.High,
			keywords: []string{"authorization"}, after: 600,
			re:     anchored(`(?i)authorization\\?["']?\s*[:=]\s*\\?["']?basic\s+([A-Za-z0-9+/]{6,512}={0,2})`),
			secret: 1, body: 1, boundary: base64Boundary,
			check: basicAuthCheck,
			tps:   []string{"Authorization: Basic «basic:svc»"},
			fps:   []string{"Authorization: Basic realm=\"api\"", "Authorization: Basic «b64:12»"},
			infos: []string{"Authorization: Basic dXNlcjpwYXNzd29yZA=="},
		},
		{
			// A known prefix followed by a stand-in: "sk-...",
			// "xoxb-your-token-here", "ghp_xxxx…". Reported at Info only.
			id: "placeholder-prefix", typ: "secret:generic", what: "credential", generic: true,
			severity: detect.Info,
			keywords: []string{
				"sk-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-",
				"xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxe-", "xoxr-",
				"sk_live_", "sk_test_", "rk_live_", "rk_test_", "akia", "aiza",
			},
			after:  140,
			re:     anchored(`(sk-ant-[a-z]*[0-9]*-?|sk-(?:proj|svcacct|admin)-|sk-|gh[pousr]_|github_pat_|glpat-|xox[abposer]-|[sr]k_(?:live|test)_|AKIA|AIza)([A-Za-z0-9_*.#<>{}$…-]{1,120})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			check: standInCheck,
			infos: []string{"xoxb-your-token-here", "ghp_xxxx…", "sk-...", "use sk_live_… keys only on the server"},
			fps:   []string{"scikit-learn (sk-learn)", "task-runner", "sk-«an:48»"},
		},
	}
}

// denyKeyWords mark keys whose values are not credentials although the
// key says "token" or "secret": pagination cursors, counters, names.
var denyKeyWords = []string{
	"page", "next", "cursor", "continuation", "sync", "csrf", "xsrf", "nonce",
	"captcha", "tokenizer", "max", "count", "limit", "type", "usage", "expire",
	"expiry", "ttl", "length", "name", "file", "path", "url", "uri", "endpoint",
	"header", "field", "hash", "digest", "checksum", "policy", "format",
}

// passwordKeyWords mark keys holding passwords, for which a shorter value
// is already strong evidence.
var passwordKeyWords = []string{"password", "passwd", "passphrase", "pwd"}

// genericCheck judges a value assigned to a secret-sounding key.
func genericCheck(c *candidate) verdict {
	rawKey := c.key()
	key := strings.ToLower(stripSeps(rawKey))
	for _, w := range denyKeyWords {
		if strings.Contains(key, w) {
			return verdict{kind: reject}
		}
	}
	pw := false
	for _, w := range passwordKeyWords {
		pw = pw || strings.Contains(key, w)
	}
	val := strings.TrimRight(c.secret, ".")
	v := judgeValue(val, pw)
	v.shown = rawKey + "=" + redact(val, 0)
	return v
}

// judgeValue decides whether val, found where a secret is expected, is one.
// Strong evidence (High): at least 16 characters (12 for passwords) with
// lower case, upper case and digits and high entropy. Otherwise a
// random-looking value is Medium.
func judgeValue(val string, password bool) verdict {
	if isReference(val) || isCodeExpr(val) {
		return verdict{kind: reject}
	}
	if placeholderPasswords[strings.ToLower(stripSeps(val))] || hasPlaceholderWord(val) {
		return verdict{kind: placeholder, note: "a stand-in value"}
	}
	if dec, ok := decodePrintable(val); ok {
		switch {
		case placeholderPasswords[strings.ToLower(stripSeps(dec))] || hasPlaceholderWord(dec):
			return verdict{kind: placeholder, note: "base64 of a stand-in value"}
		case strings.Contains(dec, " "):
			return verdict{kind: reject} // encoded text, not a key
		}
	}
	if isBenignShape(val) {
		return verdict{kind: reject}
	}
	if r := placeholderReason(val); r != "" {
		return verdict{kind: placeholder, note: r}
	}
	h, classes := shannon(val), charClasses(val)
	if classes < 2 || h < 3.0 || distinct(val) < 6 {
		return verdict{kind: reject}
	}
	if classes == 3 && (len(val) >= 16 && h >= 3.5 || password && len(val) >= 12 && h >= 3.2) {
		return verdict{kind: confirmed}
	}
	return verdict{kind: weak}
}

// bearerCheck judges the token after "Bearer". Any random-looking value in
// an Authorization header is a credential, hex included.
func bearerCheck(c *candidate) verdict {
	val := c.secret
	shown := "Bearer " + redact(val, 0)
	switch {
	case isReference(val) || isCodeExpr(val):
		return verdict{kind: reject}
	case hasPlaceholderWord(val):
		return verdict{kind: placeholder, note: "a stand-in value", shown: shown}
	case isWordsLike(val):
		return verdict{kind: reject}
	case placeholderReason(val) != "":
		return verdict{kind: placeholder, note: placeholderReason(val), shown: shown}
	}
	h, classes := shannon(val), charClasses(val)
	switch {
	case len(val) >= 20 && classes >= 2 && h >= 3.5:
		return verdict{kind: confirmed, shown: shown}
	case classes >= 2 && h >= 3.0:
		return verdict{kind: weak, shown: shown}
	}
	return verdict{kind: reject}
}

// basicAuthCheck decodes "Basic base64(user:password)".
func basicAuthCheck(c *candidate) verdict {
	raw, err := base64.StdEncoding.DecodeString(c.secret)
	if err != nil {
		return verdict{kind: reject}
	}
	s := string(raw)
	user, pass, ok := strings.Cut(s, ":")
	if !ok || pass == "" || strings.IndexFunc(s, func(r rune) bool { return r < 0x20 || r > 0x7e }) >= 0 {
		return verdict{kind: reject}
	}
	v := verdict{shown: "Basic " + user + ":****"}
	v.kind, v.note = judgePassword(user, pass)
	return v
}

// prefixTypes maps stand-in prefixes to the type of credential they stand for.
var prefixTypes = []struct{ prefix, typ, what string }{
	{"sk-ant-", "secret:anthropic_key", "Anthropic API key"},
	{"sk-", "secret:openai_key", "OpenAI API key"},
	{"github_pat_", "secret:github_token:fine_grained", "GitHub fine-grained token"},
	{"gh", "secret:github_token", "GitHub token"},
	{"glpat-", "secret:gitlab_token", "GitLab token"},
	{"xox", "secret:slack_token", "Slack token"},
	{"sk_", "secret:stripe_key", "Stripe key"},
	{"rk_", "secret:stripe_key", "Stripe key"},
	{"AKIA", "secret:aws_access_key", "AWS access key ID"},
	{"AIza", "secret:google_api_key", "Google API key"},
}

// standInCheck reports a known prefix followed by an obvious stand-in.
func standInCheck(c *candidate) verdict {
	body := c.body
	if !hasPlaceholderWord(body) && (len(stripSeps(body)) < 8 || placeholderReason(body) == "") {
		return verdict{kind: reject}
	}
	v := verdict{kind: placeholder, note: "a stand-in value", shown: c.group(1) + "…"}
	prefix := c.group(1)
	for _, p := range prefixTypes {
		if strings.HasPrefix(prefix, p.prefix) {
			v.typ, v.what = p.typ, p.what
			break
		}
	}
	return v
}
