package secrets

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"math/big"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"
)

// testKeys are generated once per test binary: the samples of the
// private-key-body rule are real keys, made at test time, so the source
// holds none.
var testKeys = sync.OnceValue(func() struct {
	rsa *rsa.PrivateKey
	ec  *ecdsa.PrivateKey
	ed  ed25519.PrivateKey
} {
	r, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	e, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	_, d, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		panic(err)
	}
	return struct {
		rsa *rsa.PrivateKey
		ec  *ecdsa.PrivateKey
		ed  ed25519.PrivateKey
	}{r, e, d}
})

// derSample expands «der:KIND»: the base64 body, without PEM armour, of a
// key or of a DER structure that is not one.
func derSample(kind string) string {
	k := testKeys()
	b64 := base64.StdEncoding.EncodeToString
	must := func(b []byte, err error) []byte {
		if err != nil {
			panic(err)
		}
		return b
	}
	random := func(n int) []byte {
		b := make([]byte, n)
		rand.Read(b)
		return b
	}
	switch kind {
	case "pkcs1":
		return b64(x509.MarshalPKCS1PrivateKey(k.rsa))
	case "pkcs1-cut":
		return b64(x509.MarshalPKCS1PrivateKey(k.rsa))[:600]
	case "pkcs8-rsa-lines", "pkcs8-rsa-escaped":
		s := b64(must(x509.MarshalPKCS8PrivateKey(k.rsa)))
		var lines []string
		for len(s) > 64 {
			lines, s = append(lines, s[:64]), s[64:]
		}
		lines = append(lines, s)
		if kind == "pkcs8-rsa-escaped" {
			return strings.Join(lines, `\n`)
		}
		return strings.Join(lines, "\n  ")
	case "pkcs8-ec":
		return b64(must(x509.MarshalPKCS8PrivateKey(k.ec)))
	case "sec1":
		return b64(must(x509.MarshalECPrivateKey(k.ec)))
	case "ed25519":
		return b64(must(x509.MarshalPKCS8PrivateKey(k.ed)))
	case "openssh", "openssh-encrypted":
		block, err := ssh.MarshalPrivateKey(k.ed, "")
		if kind == "openssh-encrypted" {
			block, err = ssh.MarshalPrivateKeyWithPassphrase(k.ed, "", []byte("pw"))
		}
		if err != nil {
			panic(err)
		}
		return b64(block.Bytes)
	case "pkcs8-encrypted":
		// EncryptedPrivateKeyInfo: PBES2 and a ciphertext
		type alg struct {
			OID    asn1.ObjectIdentifier
			Params asn1.RawValue `asn1:"optional"`
		}
		return b64(must(asn1.Marshal(struct {
			Alg  alg
			Data []byte
		}{alg{OID: asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}}, random(1232)})))
	case "pkcs12":
		// PFX: version 3, authSafe as PKCS#7 data, a MAC
		type content struct {
			OID  asn1.ObjectIdentifier
			Data asn1.RawValue `asn1:"explicit,tag:0"`
		}
		data := asn1.RawValue{Tag: asn1.TagOctetString, Bytes: random(2400)}
		return b64(must(asn1.Marshal(struct {
			Version  int
			AuthSafe content
			MAC      []byte
		}{3, content{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}, data}, random(20)})))
	case "spki":
		return b64(must(x509.MarshalPKIXPublicKey(k.rsa.Public())))
	case "certificate":
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "x"},
			NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<31, 0)}
		return b64(must(x509.CreateCertificate(rand.Reader, tmpl, tmpl, k.ec.Public(), k.ec)))
	case "ssh-public":
		pub, err := ssh.NewPublicKey(k.ed.Public())
		if err != nil {
			panic(err)
		}
		return b64(pub.Marshal())
	}
	panic("unknown der sample " + kind)
}
