package secrets

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// A private key is often stored without its PEM armour: the base64 body
// alone, on one line, in an environment variable or a JSON field
// (APNS_KEY=MIGTAgEAMBMG…, "privateKey": "MIIEvQIBADAN…"). No BEGIN line
// announces it, so the rule reads the structure instead. A body is a
// private key when it decodes, whole, to one of:
//
//   - DER: a SEQUENCE whose first element is a version INTEGER followed
//     by what only private keys hold (PKCS#1 RSA and DSA: version 0 and
//     the modulus; SEC1 EC: version 1 and the private scalar; PKCS#8:
//     version 0 or 1, an algorithm and the key as an OCTET STRING;
//     PKCS#12: version 3 and its data), or an encrypted PKCS#8 key (a
//     PBES2 or PKCS#12 algorithm, then the ciphertext);
//   - an OpenSSH key ("openssh-key-v1", its cipher, its keys).
//
// Public keys, certificates, signing requests, CRLs and signatures are
// DER too, but none of them begins so. A body cut short does not decode
// whole and is not reported.
func derKeyRule() *rule {
	return &rule{
		id: "private-key-body", typ: "secret:private_key", what: "private key",
		severity: detect.Critical,
		// generic: a body inside a PEM block gives way to the PEM rule's
		// finding, which covers the whole block
		generic: true,
		// the base64 of a DER SEQUENCE's tag and length (30 82 …: "MII";
		// 30 81 …: "MIG", "MIH"; short: "MC4" Ed25519, "MEc" Ed448, "MHc"
		// "MHQ" SEC1 P-256 and secp256k1) and of "openssh-key-v1"
		keywords: []string{"mii", "mig", "mih", "mc4", "mec", "mhc", "mhq", "b3blbnnzac1rzxktdje"},
		after:    24,
		re:       anchored(`MI[GHI]|MC4|MEc|MH[cQ]|b3BlbnNzaC1rZXktdjE`),
		secret:   0, body: -1, boundary: noBoundary,
		pre:   derKeyStarts,
		check: derKeyCheck,
		tps: []string{
			"APNS_KEY=«der:pkcs8-ec»",
			`{"privateKey": "«der:pkcs1»"}`,
			"key:\n«der:pkcs8-rsa-lines»\n",
			`{"key": "«der:pkcs8-rsa-escaped»"}`,
			"SIGNING_KEY=«der:sec1»",
			"ed25519 «der:ed25519»",
			"deploy key «der:openssh»",
			"P12_BASE64=«der:pkcs12»",
			"«der:pkcs8-encrypted»",
			"«der:openssh-encrypted»",
		},
		fps: []string{
			"public: «der:spki»",
			"cert: «der:certificate»",
			"ssh-ed25519 «der:ssh-public» user@host",
			"truncated: «der:pkcs1-cut»",
			"MIIEpAIBAAKCAQEA... (your key here)",
			"the migration of MIIBIjANBgkq is in progress",
			"«b64:40»MII«b64:400»",
		},
	}
}

// derKeyStarts: the prefix is exactly one of the rule's (keywords match
// any case) and no base64 character comes before it, so that a body is
// read from its start, not from somewhere inside a longer blob.
func derKeyStarts(text string, start int, _ *int) bool {
	if b := text[max(start, 1)-1]; start > 0 && (defaultBoundary(b) || b == '+' || b == '/') {
		return false
	}
	rest := text[start:]
	for _, p := range [...]string{"MII", "MIG", "MIH", "MC4", "MEc", "MHc", "MHQ", "b3BlbnNzaC1rZXktdjE"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// derKeyCheck reads the base64 body from the match: base64 characters,
// across line breaks (escaped ones too, as in JSON strings) and the
// indentation after them, to maxPEMBody. The structure decides how much of
// it is the key; the finding covers that much.
func derKeyCheck(c *candidate) verdict {
	rest := c.text[c.start:min(len(c.text), c.start+maxPEMBody)]
	var chars []byte
	var ends []int // ends[k]: offset in rest just past chars[k]
	for i := 0; i < len(rest); {
		switch b := rest[i]; {
		case b == '=':
			// padding ends the body
			i++
			for i < len(rest) && rest[i] == '=' {
				i++
			}
			if len(ends) > 0 {
				ends[len(ends)-1] = i
			}
			i = len(rest)
		case isBase64Byte(b):
			chars = append(chars, b)
			ends = append(ends, i+1)
			i++
		case b == '\n' || b == '\r':
			i = skipIndent(rest, i+1)
		case b == '\\' && i+1 < len(rest) && (rest[i+1] == 'n' || rest[i+1] == 'r'):
			i = skipIndent(rest, i+2)
		default:
			i = len(rest)
		}
	}
	if len(chars)%4 == 1 {
		chars = chars[:len(chars)-1]
	}
	raw, err := base64.RawStdEncoding.DecodeString(string(chars))
	if err != nil {
		return verdict{kind: reject}
	}
	n, what, encrypted := derKey(raw)
	if n == 0 {
		n, what, encrypted = opensshKey(raw)
	}
	if n == 0 {
		return verdict{kind: reject}
	}
	used := min(len(chars), (4*n+2)/3) // base64 characters holding n bytes
	v := verdict{kind: confirmed, start: c.start, end: c.start + ends[used-1],
		shown: what + " without PEM armour, " + c.secret + "… (" + strconv.Itoa(used) + " chars)"}
	if encrypted {
		v.severity, v.note = detect.High, "encrypted with a passphrase"
	}
	return v
}

// skipIndent skips the spaces and tabs that indent a continued line.
func skipIndent(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// tlv reads one DER element: its tag, its contents and its total length,
// or ok false when b does not hold it whole.
func tlv(b []byte) (tag byte, body []byte, n int, ok bool) {
	if len(b) < 2 {
		return 0, nil, 0, false
	}
	tag, l, h := b[0], int(b[1]), 2
	if l >= 0x80 {
		k := l & 0x7f
		if k == 0 || k > 3 || len(b) < 2+k {
			return 0, nil, 0, false
		}
		l = 0
		for _, x := range b[2 : 2+k] {
			l = l<<8 | int(x)
		}
		if l < 0x80 {
			return 0, nil, 0, false // not the shortest form: not DER
		}
		h += k
	}
	if len(b) < h+l {
		return 0, nil, 0, false
	}
	return tag, b[h : h+l], h + l, true
}

// DER tags.
const (
	tagInteger  = 0x02
	tagOctets   = 0x04
	tagOID      = 0x06
	tagSequence = 0x30
)

// OIDs (contents only) of the encryption schemes of an encrypted PKCS#8
// key, and of PKCS#7 data, which a PKCS#12 bundle opens with.
var (
	oidPKCS5     = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05} // PBES1 (.3, .6, .10, …) and PBES2 (.13)
	oidPKCS12PBE = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01}
	oidPKCS7Data = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01}
	opensshMagic = []byte("openssh-key-v1\x00")
)

// derKey returns the length of the private key that raw begins with, what
// it is, and whether it is encrypted; 0 when raw does not begin with one.
func derKey(raw []byte) (n int, what string, encrypted bool) {
	tag, seq, n, ok := tlv(raw)
	if !ok || tag != tagSequence || n > maxPEMBody {
		return 0, "", false
	}
	t1, v1, l1, ok := tlv(seq)
	if !ok {
		return 0, "", false
	}
	t2, v2, l2, ok := tlv(seq[l1:])
	if !ok {
		return 0, "", false
	}
	version := -1
	if t1 == tagInteger && len(v1) == 1 {
		version = int(v1[0])
	}
	switch {
	case version == 0 && t2 == tagInteger && len(v2) >= 64:
		// PKCS#1 RSA (or DSA): the modulus (or p), 512 bits at least
		return n, "RSA private key", false
	case (version == 0 || version == 1) && t2 == tagSequence && algorithm(v2) != nil:
		if t3, v3, _, ok := tlv(seq[l1+l2:]); ok && t3 == tagOctets && len(v3) >= 32 {
			return n, "PKCS#8 private key", false
		}
	case version == 1 && t2 == tagOctets && len(v2) >= 20 && len(v2) <= 72:
		// SEC1: the private scalar (secp160 to P-521)
		return n, "EC private key", false
	case version == 3 && t2 == tagSequence && bytes.Equal(algorithm(v2), oidPKCS7Data):
		return n, "PKCS#12 bundle (holds private keys)", true
	case t1 == tagSequence && t2 == tagOctets && len(v2) >= 32:
		oid := algorithm(v1)
		if bytes.HasPrefix(oid, oidPKCS5) && len(oid) == len(oidPKCS5)+1 || bytes.HasPrefix(oid, oidPKCS12PBE) && len(oid) == len(oidPKCS12PBE)+1 {
			return n, "encrypted PKCS#8 private key", true
		}
	}
	return 0, "", false
}

// algorithm returns the OID an AlgorithmIdentifier (or ContentInfo)
// begins with, or nil.
func algorithm(b []byte) []byte {
	if t, v, _, ok := tlv(b); ok && t == tagOID && len(v) > 0 {
		return v
	}
	return nil
}

// opensshKey returns the length of the OpenSSH private key raw begins
// with (openssh-key-v1: cipher, KDF, KDF options, the number of keys,
// their public keys, then the private section), what it is and whether it
// is encrypted; 0 when raw does not begin with one whole.
func opensshKey(raw []byte) (n int, what string, encrypted bool) {
	if !bytes.HasPrefix(raw, opensshMagic) {
		return 0, "", false
	}
	n = len(opensshMagic)
	str := func() ([]byte, bool) {
		if len(raw) < n+4 {
			return nil, false
		}
		l := int(binary.BigEndian.Uint32(raw[n:]))
		if l > len(raw)-n-4 {
			return nil, false
		}
		s := raw[n+4 : n+4+l]
		n += 4 + l
		return s, true
	}
	cipher, ok := str()
	if !ok {
		return 0, "", false
	}
	for range 2 { // KDF name, KDF options
		if _, ok := str(); !ok {
			return 0, "", false
		}
	}
	if len(raw) < n+4 {
		return 0, "", false
	}
	keys := int(binary.BigEndian.Uint32(raw[n:]))
	n += 4
	if keys < 1 || keys > 16 {
		return 0, "", false
	}
	for range keys {
		if _, ok := str(); !ok {
			return 0, "", false
		}
	}
	if priv, ok := str(); !ok || len(priv) < 16 {
		return 0, "", false
	}
	return n, "OpenSSH private key", string(cipher) != "none"
}
