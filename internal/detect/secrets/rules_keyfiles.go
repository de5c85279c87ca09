package secrets

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// keyFileRules catch private keys in the formats that are not PEM: age
// identities, PuTTY key files and JSON Web Keys.
func keyFileRules() []*rule {
	return []*rule{
		{
			id: "age-identity", typ: "secret:private_key", what: "age secret key",
			severity: detect.Critical,
			keywords: []string{"age-secret-key-1"}, after: 80,
			// Bech32, upper case, 32 bytes: 52 data characters and a
			// 6-character checksum
			re:     anchored(`AGE-SECRET-KEY-1([QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})`),
			secret: 0, body: 1,
			tps: []string{
				"AGE-SECRET-KEY-1«age:58»",
				"# created: 2024-05-01T10:00:00Z\n# public key: age1«an:20»\nAGE-SECRET-KEY-1«age:58»\n",
			},
			fps: []string{
				"AGE-SECRET-KEY-1...",
				"age-secret-key-1«age:58»", // age writes identities in upper case only
			},
			infos: []string{
				"AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ",
			},
		},
		{
			id: "putty-key", typ: "secret:private_key", what: "PuTTY private key",
			severity: detect.Critical,
			keywords: []string{"putty-user-key-file-"}, after: 80,
			re:     anchored(`PuTTY-User-Key-File-[1-3]: [a-z0-9@.-]{3,40}`),
			secret: 0, body: -1, boundary: noBoundary,
			check: puttyCheck,
			tps: []string{
				"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n«b64:64»\n«b64:4»\nPrivate-Lines: 1\n«b64:44»\nPrivate-MAC: «hex:64»\n",
				"PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: aes256-cbc\r\nComment: rsa-key\r\nPublic-Lines: 1\r\n«b64:64»\r\nPrivate-Lines: 2\r\n«b64:64»\r\n«b64:40»\r\nPrivate-MAC: «hex:40»\r\n",
			},
			fps: []string{
				"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n«b64:64»\n«b64:4»\n",
				"Save it with PuTTYgen; the file starts with PuTTY-User-Key-File-3: and the key type.",
			},
			infos: []string{
				"PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: x\nPublic-Lines: 1\nAAAA...\nPrivate-Lines: 1\n...\nPrivate-MAC: ...\n",
			},
		},
		{
			id: "jwk-private", typ: "secret:private_key", what: "private JSON Web Key",
			severity: detect.Critical,
			keywords: []string{`"kty"`, `\"kty\"`}, after: 16,
			re:     anchored(`\\?"kty\\?"`),
			secret: 0, body: -1, boundary: noBoundary,
			check: jwkCheck,
			tps: []string{
				`{"kty":"RSA","n":"«url:342»","e":"AQAB","d":"«url:342»","p":"«url:171»","q":"«url:171»"}`,
				`{"keys":[{"kty":"EC","crv":"P-256","x":"«url:43»","y":"«url:43»","d":"«url:43»","use":"sig"}]}`,
				`{"d": "«url:43»", "crv": "Ed25519", "kty": "OKP", "x": "«url:43»"}`,
				`{"kty":"oct","kid":"hmac-1","k":"«url:43»","alg":"HS256"}`,
				`"{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"«url:43»\",\"y\":\"«url:43»\",\"d\":\"«url:43»\"}"`,
			},
			fps: []string{
				`{"kty":"RSA","n":"«url:342»","e":"AQAB","kid":"2024-01"}`,
				`{"keys":[{"kty":"EC","crv":"P-256","x":"«url:43»","y":"«url:43»"}]}`,
				`the "kty" member names the key type`,
			},
			infos: []string{
				`{"kty":"EC","crv":"P-256","x":"...","y":"...","d":"<private scalar>"}`,
			},
		},
	}
}

// puttyCheck reads a PuTTY key file from its first line to its private
// lines ("Private-Lines: N", then N lines of base64), within maxPEMBody.
// The finding covers the file to the last private line; a file with no
// private part (a public key exported in PPK form) is not one.
func puttyCheck(c *candidate) verdict {
	rest := c.text[c.end:min(len(c.text), c.end+maxPEMBody)]
	encrypted := false
	if i := strings.Index(rest, "Encryption: "); i >= 0 {
		v := rest[i+len("Encryption: "):]
		encrypted = !strings.HasPrefix(v, "none")
	}
	i := strings.Index(rest, "Private-Lines: ")
	if i < 0 {
		return verdict{kind: reject}
	}
	at := i + len("Private-Lines: ")
	j := at
	for j < len(rest) && j < at+3 && '0' <= rest[j] && rest[j] <= '9' {
		j++
	}
	lines, err := strconv.Atoi(rest[at:j])
	if err != nil || lines < 1 {
		return verdict{kind: reject}
	}
	var body strings.Builder
	for range lines {
		// to the next line
		for j < len(rest) && rest[j] != '\n' {
			j++
		}
		if j == len(rest) {
			break
		}
		j++
		for j < len(rest) && isBase64Byte(rest[j]) {
			body.WriteByte(rest[j])
			j++
		}
		if j < len(rest) && rest[j] == '\r' {
			j++
		}
	}
	v := verdict{start: c.start, end: c.end + j, shown: c.secret}
	b := body.String()
	switch r := pemPlaceholderReason(b); {
	case len(b) < 16:
		v.kind, v.note = placeholder, "no key material in its private lines"
	case r != "":
		v.kind, v.note = placeholder, r
	case encrypted:
		v.kind, v.severity, v.note = confirmed, detect.High, "encrypted with a passphrase"
	default:
		v.kind = confirmed
	}
	return v
}

// maxJWK bounds how far a JSON Web Key is read around its "kty".
const maxJWK = 16 << 10

// jwkCheck reads the JSON object around a "kty" member: the nearest "{"
// before it, to the object's end (a JWK's members are strings and arrays
// of strings, so the nearest brace is its own). A key holding its private
// part ("d" for RSA, EC and OKP keys; "k", the key itself, for "oct") is
// reported; a public key is not. Inside a JSON string the object is
// escaped (\"kty\"), and is read unescaped.
func jwkCheck(c *candidate) verdict {
	lo := max(0, c.start-maxJWK)
	open := strings.LastIndexByte(c.text[lo:c.start], '{')
	if open < 0 {
		return verdict{kind: reject}
	}
	open += lo
	src := c.text[open:min(len(c.text), open+maxJWK)]
	escaped := strings.HasPrefix(c.secret, `\`)
	if escaped {
		src = strings.NewReplacer(`\\`, `\`, `\"`, `"`).Replace(src)
	}
	var jwk map[string]any
	dec := json.NewDecoder(strings.NewReader(src))
	if err := dec.Decode(&jwk); err != nil {
		return verdict{kind: reject}
	}
	kty, _ := jwk["kty"].(string)
	member := "d"
	if kty == "oct" {
		member = "k"
	}
	secret, _ := jwk[member].(string)
	if secret == "" {
		return verdict{kind: reject}
	}
	// the finding covers the object as it stands in the text
	end := open + int(dec.InputOffset())
	if escaped {
		end = open + escapedLen(c.text[open:], int(dec.InputOffset()))
	}
	v := verdict{start: open, end: end, shown: "(kty " + strconv.Quote(kty) + ", " + strconv.Itoa(len(secret)) + "-char " + member + ")"}
	if r := placeholderReason(secret); r != "" || len(secret) < 16 {
		if r == "" {
			r = "too short to be key material"
		}
		v.kind, v.note = placeholder, r
		return v
	}
	v.kind = confirmed
	return v
}

// escapedLen returns how many bytes of s, which is JSON-escaped, unescape
// to n bytes (\\ and \" count as one).
func escapedLen(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
			i++
		}
		i++
	}
	return i
}
