package injection

import (
	"math/bits"
	"strings"
)

// Marks: what the decoders look for, found in one pass of bit masks
// rather than byte by byte. Most texts hold no encoded payload, so the
// decoders' own loops (a branch at every word boundary) would cost more
// than the rest of their scan; here each 64-byte block becomes a few
// 64-bit masks (one bit per byte: base64 alphabet, hex digit, …) and runs,
// pairs and spelled words are found with shifts.

// marks is what markText finds in a text.
type marks struct {
	// runs are the maximal runs of base64-alphabet bytes at least
	// minHexRun long, in order: findEncoded's candidates.
	runs [][2]int
	// spacedHex: eight two-digit hex words in a row, each followed by a
	// space, ':' or ',' (findEncoded's "pairs"): hex bytes written apart.
	spacedHex bool
	// spelled: six one-letter words in a row, as despace looks for.
	spelled bool
}

// markClass classes bytes for markText: bit 0 the base64 alphabet
// (isB64), bit 1 a hex digit, bit 2 a separator between spelled letters
// (spellClass spSep).
var markClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if isB64(byte(c)) {
			t[c] |= 1
		}
		if isHex(byte(c)) {
			t[c] |= 2
		}
		if spellClass[c] == spSep {
			t[c] |= 4
		}
	}
	return t
}()

// gather collects bit 0 of each byte of v into the low 8 bits.
func gather(v uint64) uint64 { return (v & 0x0101010101010101) * 0x0102040810204080 >> 56 }

// masks returns the base64 (B), hex (H) and separator (D) masks of a
// 64-byte block.
func masks[T string | []byte](blk T) (B, H, D uint64) {
	_ = blk[63]
	for k := 0; k <= 56; k += 8 {
		v := uint64(markClass[blk[k]]) | uint64(markClass[blk[k+1]])<<8 |
			uint64(markClass[blk[k+2]])<<16 | uint64(markClass[blk[k+3]])<<24 |
			uint64(markClass[blk[k+4]])<<32 | uint64(markClass[blk[k+5]])<<40 |
			uint64(markClass[blk[k+6]])<<48 | uint64(markClass[blk[k+7]])<<56
		B |= gather(v) << k
		H |= gather(v>>1) << k
		D |= gather(v>>2) << k
	}
	return B, H, D
}

// markText scans s a 64-byte block at a time, appending the runs to
// runs. Bit i of a block's masks is byte base+i; X<<k | prev>>(64-k)
// reads each bit's k-th predecessor.
func markText(s string, runs [][2]int) marks {
	m := marks{runs: runs}
	n := len(s)
	var pB, pH, pD, pA2, pA4, pA8 uint64 // the previous block's masks
	pairs := 0                           // spaced hex pairs in a row
	runEnd := -1                         // end of the last long run recorded
	for base := 0; base <= n; base += 64 {
		var B, H, D uint64
		if base+64 <= n {
			B, H, D = masks(s[base : base+64])
		} else { // the last block, padded with bytes of no class
			var blk [64]byte
			copy(blk[:], s[base:])
			B, H, D = masks(blk[:])
			D |= 1 << (n - base) // the end of the text separates
		}

		// long runs: A16 marks the bytes that end 16 base64 bytes in a row
		A2 := B & (B<<1 | pB>>63)
		A4 := A2 & (A2<<2 | pA2>>62)
		A8 := A4 & (A4<<4 | pA4>>60)
		A16 := A8 & (A8<<8 | pA8>>56)
		if k := runEnd - base; k >= 64 {
			A16 = 0 // inside a run already recorded
		} else if k > 0 {
			A16 &^= 1<<k - 1
		}
		for A16 != 0 {
			i := base + bits.TrailingZeros64(A16)
			start, end := i-15, i+1
			for start > 0 && isB64(s[start-1]) {
				start--
			}
			for end < n && isB64(s[end]) {
				end++
			}
			m.runs = append(m.runs, [2]int{start, end})
			runEnd = end
			if end-base >= 64 {
				break
			}
			A16 &^= 1<<(end-base) - 1
		}

		// spaced hex: a base64 run ends where B goes from 1 to 0; a pair
		// is a run of two hex digits ended by ' ', ':', ',' or the end
		B1, B2, B3 := B<<1|pB>>63, B<<2|pB>>62, B<<3|pB>>61
		if ends := B1 &^ B; ends != 0 {
			var pair uint64
			hex2 := ends & B2 &^ B3 & (H<<1 | pH>>63) & (H<<2 | pH>>62)
			for ; hex2 != 0; hex2 &= hex2 - 1 {
				if e := base + bits.TrailingZeros64(hex2); e == n || s[e] == ' ' || s[e] == ':' || s[e] == ',' {
					pair |= hex2 & -hex2
				}
			}
			if pair == 0 {
				pairs = 0
			} else {
				for ; ends != 0; ends &= ends - 1 {
					if pair&(ends&-ends) == 0 {
						pairs = 0
						continue
					}
					if pairs++; pairs >= 8 {
						m.spacedHex = true
					}
				}
			}
		}

		// spelled letters need separators two apart: seven of them end
		// six one-letter words; only then look at the letters
		if !m.spelled {
			d := D & (D<<2 | pD>>62) & (D<<4 | pD>>60) & (D<<6 | pD>>58) &
				(D<<8 | pD>>56) & (D<<10 | pD>>54) & (D<<12 | pD>>52)
			if d != 0 {
				m.spelled = spelledIn(s, max(0, base-12), min(n, base+64))
			}
		}
		pB, pH, pD, pA2, pA4, pA8 = B, H, D, A2, A4, A8
	}
	return m
}

// spelledIn reports whether six one-letter words in a row, as despace
// looks for, have their separators in s[lo:hi].
func spelledIn(s string, lo, hi int) bool {
	run, last := 0, -10
	for i := lo; i < hi && i+1 < len(s); i++ {
		if spellClass[s[i]] != spSep {
			continue
		}
		if spellClass[s[i+1]] != spLetter || i+2 < len(s) && spellClass[s[i+2]] != spSep {
			continue
		}
		if i+1 == last+2 {
			run++
		} else {
			run = 1
		}
		last = i + 1
		if run >= 6 {
			return true
		}
	}
	return false
}

// specials counts what findEncoded's other decoders need: '%' before two
// hex digits, "&#", and whether a \x or \u escape occurs.
func specials(s string) (pct, amp int, esc bool) {
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], '%')
		if j < 0 {
			break
		}
		i += j
		if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			pct++
		}
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(s[i:], '&')
		if j < 0 {
			break
		}
		i += j
		if i+1 < len(s) && s[i+1] == '#' {
			amp++
		}
	}
	for i := 0; !esc; i++ {
		j := strings.IndexByte(s[i:], '\\')
		if j < 0 {
			break
		}
		i += j
		esc = i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'u')
	}
	return pct, amp, esc
}
