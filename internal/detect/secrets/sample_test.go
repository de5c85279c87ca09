package secrets

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"regexp"
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
