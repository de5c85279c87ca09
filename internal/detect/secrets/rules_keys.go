package secrets

import (
	"encoding/base64"
	"encoding/json"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// maxPEMBody bounds how far a private key's body is read (an RSA-8192 key
// in PEM is about 6.5 KB).
const maxPEMBody = 16 << 10

// minPEMBody is the fewest base64 characters a real key body has; shorter
// bodies ("...", "<your key>", "MIIE…") are stand-ins.
const minPEMBody = 40

func keyRules() []*rule {
	return []*rule{
		{
			id: "private-key", typ: "secret:private_key", what: "private key",
			severity: detect.Critical,
			keywords: []string{"-----begin "}, after: 80,
			re:     anchored(`-----BEGIN ([A-Z0-9]+ ){0,3}PRIVATE KEY( BLOCK)?-----`),
			secret: 0, body: -1, boundary: noBoundary,
			check: pemCheck,
			tps: []string{
				"-----BEGIN RSA PRIVATE KEY-----\n«b64:64»\n«b64:64»\n«b64:20»=\n-----END RSA PRIVATE KEY-----\n",
				"PRIVATE_KEY=-----BEGIN PRIVATE KEY-----\n«b64:64»\n«b64:64»\n-----END PRIVATE KEY-----",
				`{"private_key": "-----BEGIN PRIVATE KEY-----\n«b64:64»\n«b64:64»\n-----END PRIVATE KEY-----\n"}`,
				"-----BEGIN OPENSSH PRIVATE KEY-----\n«b64:70»\n«b64:70»\n",
				// an ed25519 key: its wire format encodes as runs of A
				"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" +
					"QyNTUxOQAAACC«b64:43»AAAAJ«b64:22»AAAAAtzc2gtZWQyNTUxOQAAACC«b64:43»\nAAAAEB«b64:64»\n«b64:40»AAAAB3Jvb3RAdm0BAgMEBQY=\n-----END OPENSSH PRIVATE KEY-----",
				"-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n«b64:64»\n«b64:64»\n=«b64:4»\n-----END PGP PRIVATE KEY BLOCK-----",
				"-----BEGIN EC PRIVATE KEY-----\r\n«b64:64»\r\n«b64:32»\r\n-----END EC PRIVATE KEY-----",
				"-----BEGIN ENCRYPTED PRIVATE KEY-----\n«b64:64»\n«b64:64»\n-----END ENCRYPTED PRIVATE KEY-----",
			},
			fps: []string{
				"-----BEGIN PUBLIC KEY-----\n«b64:64»\n-----END PUBLIC KEY-----",
				"-----BEGIN CERTIFICATE-----\n«b64:64»\n-----END CERTIFICATE-----",
				"Keep your private key safe; never paste it anywhere.",
			},
			infos: []string{
				"-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
				"-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----",
				"-----BEGIN OPENSSH PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END OPENSSH PRIVATE KEY-----",
			},
		},
		derKeyRule(),
		{
			id: "jwt", typ: "secret:jwt", what: "JSON Web Token",
			severity: detect.High,
			keywords: []string{"eyj"}, after: 12 << 10,
			re:     anchored(`(eyJ[A-Za-z0-9_-]{8,})\.(eyJ[A-Za-z0-9_-]{4,})\.([A-Za-z0-9_-]*={0,2})`),
			secret: 0, body: -1, boundary: jwtBoundary,
			pre:   jwtFollows,
			check: jwtCheck,
			tps: []string{
				"token: «jwt:HS256»",
				"Authorization: Bearer «jwt:RS256»",
				"JWT=«jwt:ES256»",
			},
			fps: []string{
				"eyJhbGciOiJIUzI1NiJ9",
				"eyJmb28iOiJiYXIifQ.eyJmb28iOiJiYXIifQ.«url:43»", // header without alg
				"value=eyJ«url:20».notjwt",
			},
			infos: []string{
				"token: " + jwtIOExample,
				"curl -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.signature'",
				"Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.<signature>",
				"id_token=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FjbWUifQ.…",
			},
		},
	}
}

// jwtBoundary: base64url and the dot between parts.
func jwtBoundary(b byte) bool { return tokenBoundary(b) || b == '.' }

// pemCheck reads the body after a BEGIN line: optional "Name: value" header
// lines (PGP, encrypted PEM), then base64 lines, to the END line, to the
// first character that cannot be part of a body, or maxPEMBody. Escaped
// newlines ("\n" as two characters, as in JSON service-account files)
// count as line breaks. The finding covers the whole block.
func pemCheck(c *candidate) verdict {
	header := c.secret
	encrypted := strings.Contains(header, "ENCRYPTED")
	shown := header
	rest := c.text[c.end:min(len(c.text), c.end+maxPEMBody)]
	var body strings.Builder
	i := 0
	inHeaders := true
scan:
	for i < len(rest) {
		switch b := rest[i]; {
		case b == '\\' && i+1 < len(rest) && (rest[i+1] == 'n' || rest[i+1] == 'r'):
			i += 2
		case b == '\n' || b == '\r' || b == ' ' || b == '\t':
			i++
		case strings.HasPrefix(rest[i:], "-----END"):
			if j := strings.Index(rest[i+8:], "-----"); j >= 0 && j < 64 {
				i += 8 + j + 5
			}
			break scan
		case inHeaders && isPEMHeaderLine(rest[i:]):
			line := rest[i:]
			if j := strings.IndexAny(line, "\n\\"); j >= 0 {
				line = line[:j]
			}
			if strings.Contains(line, "ENCRYPTED") {
				encrypted = true
			}
			i += len(line)
		case isBase64Byte(b):
			inHeaders = false
			body.WriteByte(b)
			i++
		default:
			break scan
		}
	}
	v := verdict{start: c.start, end: c.end + i, shown: shown}
	b := body.String()
	switch {
	case len(b) < minPEMBody:
		v.kind, v.note = placeholder, "no key material in the block"
	case pemPlaceholderReason(b) != "":
		v.kind, v.note = placeholder, pemPlaceholderReason(b)
	case encrypted:
		v.kind, v.severity, v.note = confirmed, detect.High, "encrypted with a passphrase"
	default:
		v.kind = confirmed
	}
	return v
}

// pemPlaceholderReason is placeholderReason for the base64 body of a PEM
// block. Key material is binary: zero bytes and lengths encode as runs of
// "A" (an OpenSSH ed25519 key has "AAAAAAAAAAAB"), so a long run of one
// character marks a stand-in only in a body of few distinct characters.
func pemPlaceholderReason(body string) string {
	r := placeholderReason(body)
	if r == reasonLongRun && distinct(stripSeps(body)) >= 16 {
		return ""
	}
	return r
}

// isPEMHeaderLine reports a "Name: value" line such as "Proc-Type:" or
// "Version:".
func isPEMHeaderLine(s string) bool {
	for i := 0; i < len(s) && i < 32; i++ {
		b := s[i]
		switch {
		case b == ':':
			return i > 0
		case defaultBoundary(b) || b == '-':
		default:
			return false
		}
	}
	return false
}

func isBase64Byte(b byte) bool {
	return defaultBoundary(b) || b == '+' || b == '/' || b == '='
}

// jwtCheck decodes the header: it must be a JSON object naming an "alg".
// Published examples are placeholders; unsigned tokens (alg "none", or no
// signature) are only Medium, since no server should accept them.
func jwtCheck(c *candidate) verdict {
	if knownExamples[c.secret] {
		return verdict{kind: placeholder, note: "a documented example token", shown: c.secret[:min(len(c.secret), 12)] + "…"}
	}
	raw, _ := base64.RawURLEncoding.DecodeString(strings.TrimRight(c.group(1), "="))
	if len(raw) < 2 || raw[0] != '{' || !strings.Contains(string(raw), `"alg"`) {
		return verdict{kind: reject}
	}
	shown := redact(c.secret, 0)
	why := jwtStandIn(c.secret)
	if why == "" {
		why = elided(c.text, c.end)
	}
	if why != "" {
		return verdict{kind: placeholder, note: why, shown: shown}
	}
	var hdr struct {
		Alg string `json:"alg"`
	}
	if err := json.Unmarshal(raw, &hdr); err != nil || hdr.Alg == "" {
		// Damaged but recognisable header: still a token.
		return verdict{kind: confirmed, shown: shown}
	}
	if strings.EqualFold(hdr.Alg, "none") || len(c.group(3)) < 16 {
		return verdict{kind: weak, shown: shown, note: "unsigned"}
	}
	return verdict{kind: confirmed, shown: shown, note: "alg " + hdr.Alg}
}
