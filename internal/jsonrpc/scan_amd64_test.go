//go:build !purego

package jsonrpc

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// classifyRef is what scanRun computes for the 64 bytes of b.
func classifyRef(b []byte) (stop, bslash, notEsc uint64) {
	for k, c := range b[:64] {
		if c == '"' || c < 0x20 {
			stop |= 1 << k
		}
		if c == '\\' {
			bslash |= 1 << k
		}
		if !strings.ContainsRune(`"\/bfnrt`, rune(c)) || c >= 0x80 {
			notEsc |= 1 << k
		}
	}
	return stop, bslash, notEsc
}

func TestScanRunClassifies(t *testing.T) {
	if !haveVector {
		t.Skip("no AVX2")
	}
	// Every byte value at every position of a block.
	var block [64]byte
	for base := range 256 {
		for k := range block {
			block[k] = byte(base + k)
		}
		off, stop, bslash, notEsc, _, _ := scanRun(&block[0], len(block), 0)
		ws, wb, we := classifyRef(block[:])
		if off != 0 || stop != ws || bslash != wb || notEsc != we {
			t.Fatalf("block from %#x: off %d, masks %#x %#x %#x; want 0, %#x %#x %#x", base, off, stop, bslash, notEsc, ws, wb, we)
		}
	}
}

func TestScanRunStops(t *testing.T) {
	if !haveVector {
		t.Skip("no AVX2")
	}
	tests := []struct {
		name    string
		n       int    // bytes scanRun may look at
		carry   uint64 // escape state at the start
		at      int    // where to put put
		put     string
		off     int    // offset of the block it stops at
		carryIn uint64 // escape state into that block
		seen    bool   // backslashes before it
	}{
		{"clean: last block", 256, 0, 0, "", 192, 0, false},
		{"only block", 64, 0, 0, "", 0, 0, false},
		{"quote", 256, 0, 70, `"`, 64, 0, false},
		{"control", 256, 0, 130, "\x1f", 128, 0, false},
		{"one-letter escapes pass", 256, 0, 10, `\n\"\\`, 192, 0, true},
		{"unicode escape stops", 256, 0, 70, `\u0041`, 64, 0, false},
		{"bad escape stops", 256, 0, 10, `\x`, 0, 0, false},
		{"escaped control stops", 256, 0, 10, "\\\x01", 0, 0, false},
		{"escape across blocks passes", 256, 0, 63, `\n`, 192, 0, true},
		{"bad escape across blocks", 256, 0, 127, `\x`, 128, 1, true},
		{"escape into the last block", 256, 0, 191, `\t`, 192, 1, true},
		{"carry in, letter", 256, 1, 0, "n", 192, 0, false},
		{"carry in, no letter", 256, 1, 0, "x", 0, 1, false},
		{"carry in, escaped quote", 256, 1, 0, `"`, 192, 0, false},
		{"beyond n ignored", 130, 0, 150, `"`, 64, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf := []byte(strings.Repeat("abcdefgh", 32))
			copy(buf[tt.at:], tt.put)
			off, stop, bslash, notEsc, carryIn, seen := scanRun(&buf[0], tt.n, tt.carry)
			if off != tt.off || carryIn != tt.carryIn || (seen != 0) != tt.seen {
				t.Fatalf("off %d, carry in %d, seen %#x; want %d, %d, %v", off, carryIn, seen, tt.off, tt.carryIn, tt.seen)
			}
			ws, wb, we := classifyRef(buf[off:])
			if stop != ws || bslash != wb || notEsc != we {
				t.Fatalf("masks %#x %#x %#x; want %#x %#x %#x", stop, bslash, notEsc, ws, wb, we)
			}
		})
	}
}

// escapedRef marks the bytes a backslash escapes, walking them one by one.
func escapedRef(bslash []uint64) []uint64 {
	esc := make([]uint64, len(bslash))
	escapeNext := false
	for k := range 64 * len(bslash) {
		isBS := bslash[k/64]>>(k%64)&1 != 0
		switch {
		case escapeNext:
			esc[k/64] |= 1 << (k % 64)
			escapeNext = false
		case isBS:
			escapeNext = true
		}
	}
	return esc
}

func TestEscapedBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		// Runs of backslashes of random lengths, across up to 4 blocks.
		bslash := make([]uint64, 1+r.IntN(4))
		for k := 0; k < 64*len(bslash); {
			run := r.IntN(9)
			if r.IntN(3) == 0 {
				run = r.IntN(130)
			}
			for ; run > 0 && k < 64*len(bslash); run-- {
				bslash[k/64] |= 1 << (k % 64)
				k++
			}
			k += 1 + r.IntN(6)
		}
		want := escapedRef(bslash)
		var carry uint64
		for b := range bslash {
			var esc uint64
			esc, carry = escapedBytes(bslash[b], carry)
			if esc != want[b] {
				t.Fatalf("backslashes %#x, block %d: escaped %#x; want %#x", bslash, b, esc, want[b])
			}
		}
	}
}
