package secrets

import (
	"crypto/sha256"
	"math/big"
	"strconv"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// walletRules are the keys of cryptocurrency accounts, which move funds
// to whoever holds them: a raw 64-hex key where it is named a private key
// (Ethereum tooling: --private-key, PRIVATE_KEY=0x…), Bitcoin's WIF keys
// (found without a keyword, by their checksum) and BIP-32 extended private
// keys. Recovery phrases are in rules_seed.go.
func walletRules() []*rule {
	return []*rule{
		{
			id: "hex-private-key", typ: "secret:private_key:hex", what: "hex private key (a wallet or signing key)",
			severity: detect.Critical,
			keywords: []string{"private-key", "private_key", "privatekey", "private key", "privkey", "priv_key", "priv-key"},
			after:    160,
			re:       anchored(`(?i)priv(?:ate)?[ _-]?key[a-z_]*[\s"'\\:=>,]{1,8}(?:is\s+)?\\?["']?((?:0x)?([0-9a-f]{64}))`),
			secret:   1, body: 2,
			check: hexKeyCheck,
			tps: []string{
				"cast send 0x«hex:40» 'transfer(address,uint256)' 0x«hex:40» 1 --private-key 0x«hex:64»",
				"PRIVATE_KEY=0x«hex:64»",
				`{"privateKey": "«hex:64»"}`,
				"my private key is 0x«hex:64»",
				"forge script Deploy.s.sol --broadcast --private-key=«hex:64»",
			},
			fps: []string{
				"--private-key 0x«hex:40»",           // an address, not a key
				"private_key_sha256: «hex:63»",       // too short
				"--private-key-file ./keys/«hex:64»", // a file name
				"public_key=0x«hex:64»",
				"private_key_fingerprint: «hex:64»",
				`{"privateKeyHash": "0x«hex:64»"}`,
			},
			infos: []string{
				// the first accounts Hardhat and Anvil print on every start
				"--private-key 0x" + hardhatKeys[0],
				"PRIVATE_KEY=" + strings.Repeat("0", 64),
			},
		},
		{
			id: "bip32-private-key", typ: "secret:private_key:bip32", what: "extended private key (BIP-32)",
			severity: detect.Critical,
			keywords: []string{"xprv", "yprv", "zprv", "tprv"},
			after:    140,
			re:       anchored(`([xyzt]prv|[YZ]prv)([1-9A-HJ-NP-Za-km-z]{107,108})`),
			secret:   0, body: 2,
			check: bip32Check,
			tps:   []string{"«bip32:x»", "wallet.importKey('«bip32:t»')"},
			fps: []string{
				"xprv«b64:107»", // no checksum
				"xprvWalletDemo",
			},
		},
		{
			id: "wif-private-key", typ: "secret:private_key:wif", what: "Bitcoin private key (WIF)",
			severity: detect.Critical, pass: wifPass,
			tps: []string{"«wif:c»", "«wif:u»", "importprivkey «wif:c» \"savings\" false", `{"wif": "«wif:c»"}`},
			fps: []string{
				"5«an:50»", "K«an:51»", // base58-shaped, no checksum
				"bc1q«an:38»",
			},
		},
	}
}

// hardhatKeys are the first accounts of Hardhat's and Anvil's default
// development mnemonic, printed on every start of either (so in every
// tutorial); they guard nothing. Written in pieces, as knownExamples.
var hardhatKeys = [...]string{
	"ac0974bec39a17e36ba4a6b4" + "d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966" + "f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f8310" + "3eb1f1706367c2e68ca870fc3fb9a804cdab365a",
}

// hexKeyCheck judges a 64-hex value named a private key: a name that
// speaks of a digest rules it out; placeholders
// (one repeated digit, a counting run) and the development keys every
// Ethereum tutorial prints are Info.
func hexKeyCheck(c *candidate) verdict {
	name := strings.ToLower(c.text[c.sub[0]:c.start])
	for _, w := range [...]string{"hash", "sha", "fingerprint", "digest", "checksum", "_id", "public"} {
		if strings.Contains(name, w) {
			return verdict{kind: reject} // private_key_sha256: a digest of the key, not the key
		}
	}
	body := strings.ToLower(c.body)
	for _, k := range hardhatKeys {
		if body == k {
			return verdict{kind: placeholder, note: "a well-known development account (Hardhat, Anvil)"}
		}
	}
	return placeholderVerdict(c)
}

// bip32Check accepts an extended private key whose base58 decodes to the
// 78 bytes of BIP-32 serialisation plus a valid checksum, the key data
// starting with the 0x00 of a private key.
func bip32Check(c *candidate) verdict {
	b, ok := base58Check(c.secret)
	if !ok || len(b) != 78 || b[45] != 0 {
		return verdict{kind: reject}
	}
	return verdict{kind: confirmed, shown: c.secret[:4] + "… (" + strconv.Itoa(len(c.secret)) + " chars)"}
}

// wifPass finds Bitcoin WIF keys in the whole text: a token of 51 base58
// characters starting with '5' (uncompressed) or 52 starting with 'K' or
// 'L' (compressed), which decodes to version 0x80, 32 key bytes (and the
// compression flag 0x01) and a valid checksum. The checksum, 32 bits,
// leaves no room for chance.
func wifPass(r *rule, text string, found []finding) []finding {
	runsOf(text, &base58Set, 51, func(i, j int) {
		c, n := text[i], j-i
		if n > 52 || (n == 51) != (c == '5') || c != '5' && c != 'K' && c != 'L' ||
			i > 0 && tokenBoundary(text[i-1]) || j < len(text) && tokenBoundary(text[j]) {
			return
		}
		b, ok := base58Check(text[i:j])
		if !ok || b[0] != 0x80 || !(len(b) == 33 || len(b) == 34 && b[33] == 0x01) {
			return
		}
		f := detect.Finding{Type: r.typ, Rule: r.id, Start: i, End: j, Severity: r.severity,
			Explanation: r.what + " " + text[i:i+1] + "… (" + strconv.Itoa(n) + " chars, checksum valid): whoever reads it controls the funds; move them to a new key"}
		found = append(found, finding{Finding: f})
	})
	return found
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58Index maps a byte to its base58 digit, -1 for none.
var base58Index = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := range len(base58Alphabet) {
		t[base58Alphabet[i]] = int8(i)
	}
	return t
}()

// base58Set holds the base58 digits.
var base58Set = func() (t [256]bool) {
	for c, d := range base58Index {
		t[c] = d >= 0
	}
	return t
}()

// base58Check decodes s (Bitcoin's base58, at most 120 characters) and
// checks its last four bytes against the double SHA-256 of the rest,
// which it returns.
func base58Check(s string) ([]byte, bool) {
	if len(s) > 120 {
		return nil, false
	}
	n := new(big.Int)
	radix := big.NewInt(58)
	zeros := 0
	for i := range len(s) {
		d := base58Index[s[i]]
		if d < 0 {
			return nil, false
		}
		if d == 0 && zeros == i {
			zeros++
		}
		n.Mul(n, radix)
		n.Add(n, big.NewInt(int64(d)))
	}
	b := append(make([]byte, zeros), n.Bytes()...)
	if len(b) < 5 {
		return nil, false
	}
	payload, sum := b[:len(b)-4], b[len(b)-4:]
	h := sha256.Sum256(payload)
	h = sha256.Sum256(h[:])
	if string(h[:4]) != string(sum) {
		return nil, false
	}
	return payload, true
}
