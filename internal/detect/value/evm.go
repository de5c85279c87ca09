package value

import (
	"strconv"

	"golang.org/x/crypto/sha3"
)

// evmLen is the length of "0x" and 40 hex digits (20 bytes).
const evmLen = 42

// EVMAddress validates an Ethereum (EVM) account address: "0x" and 40 hex
// digits. An address in mixed case must carry a correct EIP-55 checksum, the
// typo check wallets rely on; all-lowercase and all-uppercase addresses carry
// no checksum and are accepted as they are. The normalized form is all
// lowercase.
//
// A bad checksum is reported without the correct one: suggesting it would
// invite the sender to "fix" a mistyped address into a valid one.
func EVMAddress(s string) (string, error) {
	if len(s) < 2 || s[0] != '0' || s[1] != 'x' {
		return "", invalid(`want "0x" and 40 hex digits`)
	}
	if len(s) != evmLen {
		return "", invalid("want 40 hex digits after 0x, got " + strconv.Itoa(len(s)-2) + " characters")
	}
	var lower, upper bool
	for i := 2; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'f':
			lower = true
		case c >= 'A' && c <= 'F':
			upper = true
		default:
			return "", invalid("character " + strconv.Itoa(i+1) + " is not a hex digit")
		}
	}
	var buf [evmLen]byte
	norm := lowerHex(&buf, s)
	if lower && upper && eip55(norm) != s {
		return "", invalid("mixed-case address with a wrong EIP-55 checksum (a typo, or a tampered address)")
	}
	return string(norm), nil
}

// EIP55 returns addr in its EIP-55 checksummed form, or "" if addr is not
// "0x" and 40 hex digits (in any case). It does not verify an existing
// checksum: use EVMAddress for that.
func EIP55(addr string) string {
	if len(addr) != evmLen || addr[0] != '0' || addr[1] != 'x' {
		return ""
	}
	for i := 2; i < len(addr); i++ {
		if !isHex(addr[i]) {
			return ""
		}
	}
	var buf [evmLen]byte
	return eip55(lowerHex(&buf, addr))
}

// lowerHex writes the lowercase form of a checked address into buf.
func lowerHex(buf *[evmLen]byte, s string) []byte {
	copy(buf[:], s)
	for i := 2; i < evmLen; i++ {
		if buf[i] >= 'A' && buf[i] <= 'F' {
			buf[i] += 'a' - 'A'
		}
	}
	return buf[:]
}

// eip55 applies the EIP-55 checksum to a lowercase address: hash the 40
// lowercase hex characters (as ASCII) with Keccak-256, the pre-standard
// padding Ethereum uses and not SHA3-256, and uppercase the i-th letter when
// the i-th nibble of the hash is 8 or more.
func eip55(norm []byte) string {
	h := sha3.NewLegacyKeccak256()
	h.Write(norm[2:])
	var sum [32]byte
	h.Sum(sum[:0])
	out := append([]byte(nil), norm...)
	for i := 2; i < evmLen; i++ {
		c := out[i]
		if c < 'a' {
			continue // a digit
		}
		n := sum[(i-2)/2]
		if i%2 == 0 {
			n >>= 4
		}
		if n&0xf >= 8 {
			out[i] = c - ('a' - 'A')
		}
	}
	return string(out)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
