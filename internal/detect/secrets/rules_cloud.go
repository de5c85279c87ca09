package secrets

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// awsKeyIDPrefixes start AWS access key IDs: AKIA long-term, ASIA temporary
// (STS), ABIA STS bearer, ACCA context-specific, A3T… older.
var awsKeyIDKeywords = []string{"akia", "asia", "abia", "acca", "a3t"}

// base64RunFollows reports whether 40 base64 characters in a row follow
// the key ID at start within the reach of aws-secret-key-pair's pattern:
// without them the pattern cannot match, and trying its 200 lazy
// positions at every key ID of a text that repeats one costs much more
// than this loop.
func base64RunFollows(text string, start int, _ *int) bool {
	run := 0
	for i := start + 20; i < len(text) && i < start+20+1+200+40; i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '+' {
			if run++; run == 40 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func cloudRules() []*rule {
	return []*rule{
		{
			id: "aws-access-key-id", typ: "secret:aws_access_key", what: "AWS access key ID",
			severity: detect.High,
			keywords: awsKeyIDKeywords, after: 24,
			re:     anchored(`(A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)([A-Z0-9]{16})`),
			secret: 0, body: 2,
			tps: []string{
				"AWS_ACCESS_KEY_ID=AKIA«UD:16»",
				"cat creds\nASIA«UD:16»\n",
				`{"aws_access_key_id": "AKIA«UD:16»"}`,
			},
			fps: []string{
				"TODAYINASIAASACKOFRICEFELLOVER",
				`msgstr "Näytä asiakirjamallikansio."`,
				"XAKIA«UD:16»",
				"AKIA«UD:17»",
			},
			infos: []string{
				"aws_access_key: AKIAIOSFODNN7EXAMPLE",
				"key = AKIAXXXXXXXXXXXXXXXX",
			},
		},
		{
			id: "aws-secret-access-key", typ: "secret:aws_secret_key", what: "AWS secret access key",
			severity: detect.High,
			keywords: []string{"secret"},
			after:    160,
			re:       anchored(`(?i)secret[a-z0-9_.-]*\\?["']?\s*(?::=|=>|[:=])\s*\\?["']?([A-Za-z0-9/+]{40})`),
			secret:   1, body: 1, boundary: base64Boundary,
			pre:   assignmentFollows,
			check: awsSecretKeyCheck,
			tps: []string{
				"AWS_SECRET_ACCESS_KEY=«b64:40»",
				`aws_secret_access_key = "«b64:40»"`,
				`{"SecretAccessKey": "«b64:40»"}`,
				"AWS_SECRET_KEY=«b64:40»",
				`awsSecretToken := "«b64:40»"`,
				"AWS_S3_SECRET: «b64:40»",
			},
			fps: []string{
				"aws_secret_access_key = «hex:40»",
				"AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
				"aws_secret_access_key = «b64:41»",
			},
			infos: []string{"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		},
		{
			// The key named in words, not assigned: "the new secret access
			// key is …", "新的 secret access key 是 …", `gh secret set
			// AWS_SECRET_ACCESS_KEY --body "…"`. The name is AWS's own;
			// the value is judged as the assigned one is.
			id: "aws-secret-access-key-named", typ: "secret:aws_secret_key", what: "AWS secret access key (named before it)",
			severity: detect.High,
			keywords: []string{"secret access key", "secret_access_key", "secretaccesskey", "secret-access-key"},
			after:    120,
			re:       anchored(`(?i)secret[ _-]?access[ _-]?key[^\n]{0,64}?([A-Za-z0-9/+]{40})`),
			secret:   1, body: 1, boundary: base64Boundary,
			check: awsSecretCheck,
			tps: []string{
				"the new secret access key is «b64:40», the key id comes separately",
				"新的 secret access key 是 «b64:40» ，部署完删掉",
				`gh secret set AWS_SECRET_ACCESS_KEY --repo acme/shop --body "«b64:40»"`,
			},
			fps: []string{
				"secret access key: «hex:40»",
				"rotate the secret access key every 90 days; see docs/rotation/aws-credentials-runbook.md",
				"secret access key «b64:41»",
			},
			infos: []string{"secret access key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		},
		{
			// An access key ID followed closely by a 40-character secret,
			// as in credential files, CSV exports and "id / secret" notes.
			id: "aws-secret-key-pair", typ: "secret:aws_secret_key", what: "AWS secret access key (next to its key ID)",
			severity: detect.High,
			keywords: awsKeyIDKeywords, after: 300, pre: base64RunFollows,
			re:     anchored(`(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}[^A-Za-z0-9/+][\s\S]{0,200}?([A-Za-z0-9/+]{40})`),
			secret: 1, body: 1, boundary: base64Boundary,
			check: awsSecretCheck,
			tps: []string{
				"AKIA«UD:16»,«b64:40»",
				"[default]\naws_access_key_id = ASIA«UD:16»\nsecret = «b64:40»\n",
			},
			fps: []string{
				"AKIA«UD:16» commit «hex:40»",
				"AKIA«UD:16» see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
			},
			infos: []string{"Example: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		},
		{
			id: "google-api-key", typ: "secret:google_api_key", what: "Google API key",
			severity: detect.High,
			keywords: []string{"aiza"}, after: 48,
			re:     anchored(`(AIza)([0-9A-Za-z_-]{35})`),
			secret: 0, body: 2, boundary: tokenBoundary,
			tps: []string{
				"GOOGLE_API_KEY=AIza«url:35»",
				`<script src="https://maps.googleapis.com/maps/api/js?key=AIza«url:35»"></script>`,
			},
			fps:   []string{"AIza«url:34»", "Aizawa-san said hello", "AIza«url:36»"},
			infos: []string{"key=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"},
		},
	}
}

// base64Boundary: the standard base64 alphabet.
func base64Boundary(b byte) bool { return defaultBoundary(b) || b == '/' || b == '+' }

// awsSecretKeyCheck requires the key to name AWS ("aws_secret_access_key",
// "AWS_S3_SECRET", "SecretAccessKey") before judging the value.
func awsSecretKeyCheck(c *candidate) verdict {
	key := strings.ToLower(stripSeps(c.key()))
	if !strings.Contains(key, "aws") && !strings.Contains(key, "secretaccesskey") {
		return verdict{kind: reject}
	}
	return awsSecretCheck(c)
}

// awsSecretCheck judges a 40-character AWS secret access key: base64 of 30
// random bytes, so mixed case with digits or '/' or '+', and high entropy.
// A 40-character hex string is a SHA-1 (a git commit), not a key.
func awsSecretCheck(c *candidate) verdict {
	s := c.secret
	if r := placeholderReason(s); r != "" {
		return verdict{kind: placeholder, note: r}
	}
	if isHex(s) {
		return verdict{kind: reject}
	}
	hasLower := strings.IndexFunc(s, func(r rune) bool { return 'a' <= r && r <= 'z' }) >= 0
	hasUpper := strings.IndexFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' }) >= 0
	hasOther := strings.ContainsAny(s, "0123456789/+")
	if !hasLower || !hasUpper || !hasOther || shannon(s) < 4.2 {
		return verdict{kind: reject}
	}
	return verdict{kind: confirmed}
}
