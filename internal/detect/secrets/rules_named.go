package secrets

import (
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// namedRules catch a value whose name sits in a sibling field, as in
// Kubernetes env entries ("- name: AWS_SECRET_ACCESS_KEY\n  value: …"),
// ECS and SSM JSON ({"Name": "DB_PASSWORD", "Value": "…"}) and key/value
// tag lists: the pair is judged as the assignment NAME="value" would be.
func namedRules() []*rule {
	return []*rule{
		{
			id: "named-value", typ: "secret:generic", what: "secret value named by a sibling field", generic: true,
			severity: detect.High, // the verdict of the rewritten assignment
			keywords: []string{"name", "key"},
			after:    namedWindow,
			re: anchored(`(?i)(?:name|key)\\?["']?[ \t]*[:=][ \t]*\\?["']?([A-Za-z_][A-Za-z0-9_.-]{1,80})\\?["']?[ \t]*,?\s*(?:-[ \t]+)?\\?["']?value\\?["']?[ \t]*[:=][ \t]*` +
				`(?:\\?"([^"\\\r\n]{1,512})\\?"|'([^'\\\r\n]{1,512})'|([^\s"'\x60\\,;<>(){}\[\]]{1,512}))`),
			secret: 0, body: -1, boundary: noBoundary,
			pre:   namedValueFollows,
			check: namedValueCheck,
			tps: []string{
				`{"name": "AWS_SECRET_ACCESS_KEY", "value": "«b64:40»"}`,
				"env:\n- name: AWS_SECRET_ACCESS_KEY\n  value: «b64:40»\n",
				"        - name: DB_PASSWORD\n          value: \"«an:20»\"",
				`[{"Name": "STRIPE_API_KEY", "Value": "«an:32»"}]`,
				`{"key": "DATADOG_API_KEY", "value": "«hex:32»"}`,
			},
			fps: []string{
				`{"name": "DB_HOST", "value": "db.internal.example.com"}`,
				`{"name": "API_TOKEN_URL", "value": "https://auth.acme.io/token"}`,
				"- name: GIT_COMMIT_SHA\n  value: «hex:40»",
				`{"name": "LOG_LEVEL", "value": "debug"}`,
				`{"key": "password", "value": "${DB_PASSWORD}"}`,
				"hostname: web-1\nvalue: «an:32»",
			},
			infos: []string{
				"- name: OPENAI_API_KEY\n  value: your-api-key-here",
				`{"name": "DB_PASSWORD", "value": "changeme"}`,
			},
		},
	}
}

// namedWindow bounds a name/value pair: the name, the separator and a
// value of at most 512 bytes.
const namedWindow = 700

// namedValueFollows is the cheap test before the named-value regex: the
// keyword is a word of its own ("name", not "username", "api_key" or
// "names"), an assignment follows, and "value" comes soon after.
func namedValueFollows(text string, start int, _ *int) bool {
	if start > 0 && (tokenBoundary(text[start-1]) || text[start-1] == '.') {
		return false
	}
	i := start + len("key")
	if text[start]|0x20 == 'n' {
		i = start + len("name")
	}
	if i < len(text) && tokenBoundary(text[i]) {
		return false
	}
	i, ok := assignmentAt(text, i)
	if !ok {
		return false
	}
	w := text[i:min(len(text), i+160)]
	return hasValueWord(w, "alue") || hasValueWord(w, "ALUE")
}

// hasValueWord reports "value" in w in any case, found by its tail (in
// the case of tail) so that the search runs at memory speed.
func hasValueWord(w, tail string) bool {
	for k := 1; k < len(w); {
		j := strings.Index(w[k:], tail)
		if j < 0 {
			return false
		}
		k += j
		if w[k-1]|0x20 == 'v' {
			return true
		}
		k++
	}
	return false
}

// namedValueCheck rescans the pair as the assignment NAME="value" and
// reports the strongest finding on the value, with the value's bounds.
func namedValueCheck(c *candidate) verdict {
	name := c.group(1)
	vs, ve := -1, -1
	for g := 2; g <= 4; g++ { // the double-quoted, single-quoted or bare value
		if 2*g+1 < len(c.sub) && c.sub[2*g] >= 0 {
			vs, ve = c.sub[2*g], c.sub[2*g+1]
			break
		}
	}
	if vs < 0 || c.det == nil {
		return verdict{kind: reject}
	}
	value := c.text[vs:ve]
	text := name + `="` + value + `"`
	off := len(name) + 2
	var best *detect.Finding
	for _, f := range c.det.scan(text, 32*len(text)) {
		if f.Start < off || f.End > off+len(value) || f.Rule == "scan-budget" {
			continue
		}
		if best == nil || f.Severity > best.Severity {
			best = &f
		}
	}
	if best == nil {
		return verdict{kind: reject}
	}
	v := verdict{
		kind: confirmed, severity: best.Severity, typ: best.Type,
		start: vs + best.Start - off, end: vs + best.End - off,
		explain: namedExplanation(best.Explanation, name),
	}
	switch {
	case best.Severity <= detect.Low:
		v.kind = placeholder
	case best.Severity == detect.Medium:
		v.kind = weak
	}
	return v
}

// namedExplanation says in an explanation which sibling field named the
// value: before the advice, when there is one.
func namedExplanation(explain, name string) string {
	note := " (named by the sibling field " + name + ")"
	if i := strings.Index(explain, ": whoever reads it"); i >= 0 {
		return explain[:i] + note + explain[i:]
	}
	return explain + note
}
