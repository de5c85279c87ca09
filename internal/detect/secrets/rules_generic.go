package secrets

import (
	"encoding/base64"
	"math"
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
				"auth_key", "authkey", "private_key", "privatekey", "credential", "authorization",
			},
			after:  320,
			re:     anchored(`(?i)(?:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|credential|authorization)[a-z0-9_.-]*\\?["']?\s*(?::=|=>|[:=])\s*(?:\{\s*\\?"value\\?"\s*:\s*)?\\?["'\x60]?([^\s"'\x60\\,;&<>(){}\[\]]{8,})`),
			secret: 1, body: 1,
			pre:   assignmentFollows,
			check: genericCheck,
			tps: []string{
				`DB_PASSWORD="«an:20»"`,
				`{"client_secret": "«an:32»"}`,
				"API_TOKEN=«an:40»",
				"config.api_key = '«an:24»'",
				"DATADOG_API_KEY=«hex:32»",
				"export TWILIO_AUTH_TOKEN=«hex:32»",
				`{"auth_token": "c1dec8ee162646ffa9204c1c9eeb488c"}`, // 3.49 bits a character, as one random 32-digit token in five
				"MAILGUN_API_KEY=«hex:24»",
				"SECRET_KEY = 'x«num:2»!«hex:12»(«an:10»)&«hex:10»%«an:12»'", // Django
				`{"signing_secret": "«hex:40»"}`,
				`{"headers": {"Authorization": "«an:32»"}}`,
				// Spring Boot's /actuator/env
				`"spring.datasource.password": {"value": "«an:10»^«an:8»", "origin": "application-prod.yml - 5:17"}`,
			},
			fps: []string{
				`{"nextPageToken": "«an:40»"}`,
				"max_tokens: 4096",
				"DATABASES = {'default': {'PASSWORD': os.environ['DB_PASSWORD']}}",
				"token=«hex:40»",
				"secret_sha256: «hex:64»",
				`"ARN": "arn:aws:secretsmanager:eu-west-1:474062320623:secret:prod/orders/db-KoN0Sc"`,
				"token: 63bff314-23fb-4b6b-960f-ddb1ff6ecd21",
				"secretName: my-tls-secret-name",
				"PWD=/home/user/projects/app",
				"password: ${DB_PASSWORD}",
				"token_url: https://oauth2.googleapis.com/token",
				"tokenizer: cl100k_base",
				"password = config.database.password",
				"commit_token_sha=«hex:40»",
				"secret_md5: «hex:32»",
				"token_etag: «hex:32»",
				"public_key: «b64:44»",
				"api_key_id: 5b0c1f2e-7a9d-4c3b-8e6f-1a2b3c4d5e6f",
				"Authorization: Bearer «an:40»",
				`"Authorization": "Basic «basic:svc»"`,
			},
			infos: []string{
				"export OPENAI_API_KEY=your-key-here",
				"secret_ref = 'vault:kv/prod/orders#db_password'",
				"DB_PASSWORD: projects/acme-prod/secrets/orders-db/versions/latest",
				"password: ********",
				"API_TOKEN=xxxxxxxxxxxxxxxx",
				"  password: Y2hhbmdlbWU=", // base64("changeme"), as in a Kubernetes Secret
				"id_token: eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>",
				`"api_key": "«an:8»…"`,
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
			fps:   []string{"Use the Bearer authentication scheme.", "Authorization: Bearer $TOKEN"},
			tps: []string{
				"Authorization: Bearer «an:40»",
				`{"headers": {"Authorization": "Bearer «url:64»"}}`,
				"<code>Authorization: Bearer «an:40»</code>",
				"Authorization: Bearer «an:32»<br>next line",
			},
			infos: []string{
				"Authorization: Bearer YOUR_ACCESS_TOKEN",
				"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>",
				"Authorization: Bearer «an:24»...",
			},
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
			// "Basic base64(user:password)" without its header name, as the
			// value of an Authorization member of a headers object: the
			// decoding, printable text with a colon, is the evidence.
			id: "basic-credentials", typ: "secret:generic", what: "HTTP basic-auth credentials", generic: true,
			severity: detect.High,
			keywords: []string{"basic"}, after: 540,
			re:     anchored(`(?i)basic[ \t]+([A-Za-z0-9+/]{8,512}={0,2})`),
			secret: 1, body: 1, boundary: base64Boundary,
			pre:   wordStart,
			check: basicAuthCheck,
			tps:   []string{`{"headers": {"Authorization": "Basic «basic:deploy»"}}`, "Basic «basic:svc»"},
			fps: []string{
				"Basic realm=\"api\"", "Basic «b64:12»", "Basic authentication is deprecated",
				"basic configuration", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==QQ",
			},
			infos: []string{`{"Authorization": "Basic dXNlcjpwYXNzd29yZA=="}`},
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
	"sha1", "sha256", "sha512", "md5", "etag", "commit", "revision",
	"fingerprint", "integrity", "public", "publishable",
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
	if inARN(c.text, c.sub[0]) {
		// arn:aws:secretsmanager:…:secret:prod/db-KoN0Sc names a secret
		return verdict{kind: reject}
	}
	pw := false
	for _, w := range passwordKeyWords {
		pw = pw || strings.Contains(key, w)
	}
	val := strings.TrimRight(c.secret, ".")
	if r := storeReference(val); r != "" {
		return verdict{kind: placeholder, note: r, shown: rawKey + "=" + redact(val, 0)}
	}
	end, quoted := quotedEnd(c)
	if quoted {
		val = c.text[c.start:end]
	}
	v := judgeValue(val, pw, key != "token")
	if why := elided(c.text, c.start+len(val)); why != "" && !quoted && v.kind != reject {
		v = verdict{kind: placeholder, note: why}
	}
	v.shown = rawKey + "=" + redact(val, 0)
	if quoted && v.kind != reject {
		v.start, v.end = c.start, end
	}
	return v
}

// maxQuoted bounds a quoted value read to its closing quote.
const maxQuoted = 256

// quotedEnd returns where a quoted value ends, its closing quote, when the
// value is quoted and the pattern stopped short of that quote at a byte
// such as '(' or '&' (a Django SECRET_KEY holds them); ok is false
// otherwise. A value with blanks or escapes is not read further.
func quotedEnd(c *candidate) (end int, ok bool) {
	if c.start == 0 || c.end >= len(c.text) {
		return 0, false
	}
	q := c.text[c.start-1]
	if q != '"' && q != '\'' && q != '`' || c.text[c.end] == q {
		return 0, false
	}
	hi := min(len(c.text), c.start+maxQuoted)
	if c.end >= hi {
		return 0, false // the value is already as long as a quoted one may be
	}
	rest := c.text[c.end:hi]
	for i := 0; i < len(rest); i++ {
		switch b := rest[i]; {
		case b == q:
			return c.end + i, true
		case b <= ' ' || b == '\\' || b == '"' || b == '\'' || b == '`':
			return 0, false
		}
	}
	return 0, false
}

// judgeValue decides whether val, found where a secret is expected, is one.
// Strong evidence (High): at least 16 characters (12 for passwords) with
// lower case, upper case and digits and high entropy, or, under a name
// that says key, token, secret or password, at least 20 characters of two
// classes (hex, lower case and digits, letters and symbols) and high
// entropy: DATADOG_API_KEY, TWILIO_AUTH_TOKEN, a Django SECRET_KEY.
// Otherwise a random-looking value is Medium. With hexOK, hex of a hash's
// length counts as a value (the name said what it is; names of hashes are
// denied before); without, it is taken for a hash.
func judgeValue(val string, password, hexOK bool) verdict {
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
	hashLike := isHex(val) && hashHexLengths[len(val)]
	if isBenignShape(val) && !(hexOK && hashLike) {
		return verdict{kind: reject}
	}
	if r := placeholderReason(val); r != "" {
		return verdict{kind: placeholder, note: r}
	}
	h, classes := shannon(val), charClasses(val)
	if hasSymbol(val) {
		classes++
	}
	if classes < 2 || h < 3.0 || distinct(val) < 6 {
		return verdict{kind: reject}
	}
	hMin := 3.5
	if hexOK && isHex(val) {
		hMin = min(hMin, hexEntropyFloor(len(val)))
	}
	switch {
	case classes >= 3 && (len(val) >= 16 && h >= 3.5 || password && len(val) >= 12 && h >= 3.2),
		len(val) >= 20 && h >= hMin && distinct(val) >= 10 && !hasVendorPrefix(val) && !namesCredential(val):
		return verdict{kind: confirmed}
	}
	return verdict{kind: weak}
}

// hexEntropyFloor is the least entropy (bits per character) a random hex
// string of n characters has but for about one in two hundred: a short
// string repeats some digits by chance, so its measured entropy falls
// below log2(16) = 4 by about 15/(2n ln 2) on average (the Miller-Madow
// bias), with a spread of about 0.1. A flat 3.5 took one random 32-digit
// auth token in five, and four 20-digit ones in five, for a guess.
func hexEntropyFloor(n int) float64 {
	return 4 - 15/(2*float64(n)*math.Ln2) - 0.4
}

// namesCredential reports a value that says what it stands for, as test
// fixtures do ("server-valid-token-1", "longpasswordwithmanycharacters1").
func namesCredential(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "password") || strings.Contains(l, "secret") || strings.Contains(l, "token")
}

// vendorPrefixes start credentials that specific rules judge: a value
// with one that no specific rule took is malformed, not a generic secret.
var vendorPrefixes = []string{
	"xox", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-",
	"sk-", "sk_", "rk_", "pk_", "AKIA", "ASIA", "AIza", "eyJ",
}

func hasVendorPrefix(s string) bool {
	for _, p := range vendorPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasSymbol reports a printable ASCII byte other than a letter, a digit
// and the separators '-', '_' and '.'.
func hasSymbol(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b > ' ' && b < 0x7f && !defaultBoundary(b) && !isSep(b) {
			return true
		}
	}
	return false
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
	case jwtStandIn(val) != "":
		return verdict{kind: placeholder, note: jwtStandIn(val), shown: shown}
	case elided(c.text, c.end) != "":
		return verdict{kind: placeholder, note: elided(c.text, c.end), shown: shown}
	}
	h, classes := shannon(val), charClasses(val)
	switch {
	case len(val) >= 16 && classes >= 2 && h >= 3.5:
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

// inARN reports whether text[i] is inside an Amazon Resource Name: the
// run of non-space bytes it is in starts with "arn:" ("secret" in
// arn:aws:secretsmanager:eu-west-1:…:secret:prod/orders/db is the
// resource type, not a key).
func inARN(text string, i int) bool {
	j := i
	for j > 0 && i-j < 256 {
		if c := text[j-1]; c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '=' {
			break
		}
		j--
	}
	return strings.HasPrefix(text[j:], "arn:")
}

// storeReference returns why val names a secret kept in a secret store
// rather than holding it ("vault:kv/prod/db#password", an ARN, a Google
// Secret Manager or Azure Key Vault path), or "".
func storeReference(val string) string {
	lower := strings.ToLower(val)
	for _, p := range []string{"arn:aws", "vault:", "vault://", "ssm:", "secretsmanager:", "aws-sm:", "gcp-sm:", "sm://", "azkv:"} {
		if strings.HasPrefix(lower, p) {
			return "a reference to a secret store, not the secret"
		}
	}
	if strings.HasPrefix(lower, "projects/") && strings.Contains(lower, "/secrets/") ||
		strings.HasPrefix(lower, "https://") && strings.Contains(lower, ".vault.azure.net/secrets/") {
		return "a reference to a secret store, not the secret"
	}
	return ""
}
