package secrets

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Rule samples hold «kind:arg» templates instead of credential-shaped
// literals, so no secret scanner (GitHub push protection included) sees a
// credential in this repository. expand fills them with characters from a
// seeded generator: the same sample always expands the same way.
//
//	«an:N»   N of [A-Za-z0-9]       «UD:N»  N of [A-Z0-9]
//	«al:N»   N of [A-Za-z]
//	«hex:N»  N of [0-9a-f]          «num:N» N of [0-9]
//	«b64:N»  N of [A-Za-z0-9+/]     «url:N» N of [A-Za-z0-9_-]
//	«jwt:ALG» a signed-looking JWT  «basic:USER» base64("USER:" + 16 random)
//	«wif:c» «wif:u» a Bitcoin WIF key, compressed or not
//	«bip32:x» «bip32:t» a BIP-32 extended private key, mainnet or testnet
//	«bip39:N» a BIP-39 phrase of N random words with a valid checksum,
//	space-separated; N followed by n: numbered lines, j: a JSON array, e:
//	JSON-escaped line breaks, x: the checksum made not to hold
var templateRe = regexp.MustCompile(`«([A-Za-z0-9]+):([^»]+)»`)

const (
	alnum     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperDig  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	hexDigits = "0123456789abcdef"
	digits    = "0123456789"
	b64Chars  = alnum + "+/"
	urlChars  = alnum + "_-"
)

func expand(sample string, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 0x5ec2e75))
	return templateRe.ReplaceAllStringFunc(sample, func(m string) string {
		sub := templateRe.FindStringSubmatch(m)
		kind, arg := sub[1], sub[2]
		n, _ := strconv.Atoi(arg)
		switch kind {
		case "an":
			return randFrom(rng, alnum, n)
		case "UD":
			return randFrom(rng, upperDig, n)
		case "al":
			return randFrom(rng, alnum[:52], n)
		case "hex":
			return randFrom(rng, hexDigits, n)
		case "num":
			return randFrom(rng, digits, n)
		case "b64":
			return randFrom(rng, b64Chars, n)
		case "url":
			return randFrom(rng, urlChars, n)
		case "jwt":
			return fakeJWT(rng, arg)
		case "age":
			return randFrom(rng, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", n)
		case "der":
			return derSample(arg)
		case "wif":
			return wifSample(rng, arg == "c")
		case "bip32":
			return bip32Sample(rng, arg)
		case "bip39":
			return seedSample(rng, arg)
		case "basic":
			return base64.StdEncoding.EncodeToString([]byte(arg + ":" + randFrom(rng, alnum, 16)))
		}
		panic("unknown sample template " + m)
	})
}

func randFrom(rng *rand.Rand, chars string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte(chars[rng.IntN(len(chars))])
	}
	return b.String()
}

// fakeJWT builds header.payload.signature with a random signature of the
// algorithm's length.
func fakeJWT(rng *rand.Rand, alg string) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString(fmt.Appendf(nil, `{"alg":%q,"typ":"JWT"}`, alg))
	payload := enc.EncodeToString(fmt.Appendf(nil, `{"sub":"%d","role":"admin","iat":%d,"exp":%d}`,
		rng.IntN(1e9), 1.7e9+rng.IntN(1e7), 1.8e9+rng.IntN(1e7)))
	sigLen := map[string]int{"HS256": 32, "RS256": 256, "ES256": 64}[alg]
	sig := make([]byte, sigLen)
	for i := range sig {
		sig[i] = byte(rng.Uint32())
	}
	return header + "." + payload + "." + enc.EncodeToString(sig)
}

// seedSample builds a «bip39:…» phrase (see expand).
func seedSample(rng *rand.Rand, arg string) string {
	n, err := strconv.Atoi(strings.TrimRight(arg, "njex"))
	if err != nil {
		panic("bad bip39 template " + arg)
	}
	list := strings.Fields(bip39English)
	idx := make([]uint16, n)
	for {
		for k := range idx {
			idx[k] = uint16(rng.IntN(len(list)))
		}
		ok := seedChecksumOK(idx)
		if strings.HasSuffix(arg, "x") {
			if !ok {
				break
			}
		} else if ok || n%3 != 0 || n > seedMax {
			break
		}
	}
	words := make([]string, n)
	for k, v := range idx {
		words[k] = list[v]
	}
	switch {
	case strings.HasSuffix(arg, "n"):
		for k := range words {
			words[k] = strconv.Itoa(k+1) + ". " + words[k]
		}
		return strings.Join(words, "\n")
	case strings.HasSuffix(arg, "j"):
		return `["` + strings.Join(words, `", "`) + `"]`
	case strings.HasSuffix(arg, "e"):
		return strings.Join(words, `\n`)
	}
	return strings.Join(words, " ")
}

// wifSample builds a «wif:…» key: 0x80, 32 random bytes, 0x01 when
// compressed, in base58 with its checksum.
func wifSample(rng *rand.Rand, compressed bool) string {
	b := append([]byte{0x80}, randBytes(rng, 32)...)
	if compressed {
		b = append(b, 0x01)
	}
	return base58CheckEncode(b)
}

// bip32Sample builds a «bip32:…» key: the 78 bytes of BIP-32 (version,
// depth, parent fingerprint, child number, chain code, 0x00 and the key).
func bip32Sample(rng *rand.Rand, net string) string {
	version := []byte{0x04, 0x88, 0xAD, 0xE4} // xprv
	if net == "t" {
		version = []byte{0x04, 0x35, 0x83, 0x94} // tprv
	}
	b := append(version, 3)
	b = append(b, randBytes(rng, 8+32)...)
	b = append(b, 0)
	return base58CheckEncode(append(b, randBytes(rng, 32)...))
}

func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.IntN(256))
	}
	return b
}

// base58CheckEncode is base58Check's inverse.
func base58CheckEncode(payload []byte) string {
	h := sha256.Sum256(payload)
	h = sha256.Sum256(h[:])
	b := append(append([]byte{}, payload...), h[:4]...)
	n := new(big.Int).SetBytes(b)
	var out []byte
	mod, radix := new(big.Int), big.NewInt(58)
	for n.Sign() > 0 {
		n.DivMod(n, radix, mod)
		out = append(out, base58Alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	slices.Reverse(out)
	return string(out)
}
