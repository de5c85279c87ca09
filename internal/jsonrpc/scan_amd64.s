//go:build !purego

#include "textflag.h"

// SPECIAL sets S to 0xff in the bytes of Y that are a quote or a control
// character (c <= 0x1f: min(c, 0x1f) == c), and B in those that are a
// backslash. It uses T.
#define SPECIAL(Y, S, B, T) \
	VPCMPEQB Y, Y8, S \
	VPMINUB  Y, Y10, T \
	VPCMPEQB Y, T, T \
	VPOR     S, T, S \
	VPCMPEQB Y, Y9, B

// NOTESC sets R to the mask of the bytes of Y that are not an escape letter;
// it uses Y6 and Y7. Two nibble lookups (VPSHUFB) classify a byte: it is one
// of " \ / b f n r t when the classes of its low and high nibbles share a bit.
// The low nibble needs no masking: VPSHUFB looks at the low four bits of an
// index and yields 0 for one with the high bit set, and no escape letter has
// it.
#define NOTESC(Y, R) \
	VPSHUFB   Y, Y12, Y6 \
	VPSRLW    $4, Y, Y7 \
	VPAND     Y7, Y11, Y7 \
	VPSHUFB   Y7, Y13, Y7 \
	VPAND     Y6, Y7, Y6 \
	VPCMPEQB  Y6, Y14, Y6 \
	VPMOVMSKB Y6, R

// func scanRun(p *byte, n int, carry uint64) (off int, stop, bslash, notEsc, carryIn, seen uint64)
//
// n >= 64. Walks the 64-byte blocks at p while they need no decision:
// blocks with no quote, backslash or control character, and blocks whose
// escapes are all one-letter ones and that hold no unescaped quote or control
// character. It stops at the first block that needs one, or at the last whole
// block, and returns its offset, its classification, the carry into it, and
// the backslashes of the blocks before it (zero if none). The escape
// arithmetic is escapedBytes', in registers.
TEXT ·scanRun(SB), NOSPLIT, $0-72
	MOVQ    p+0(FP), SI
	MOVQ    n+8(FP), CX
	MOVQ    carry+16(FP), R8
	VMOVDQU quotes<>(SB), Y8
	VMOVDQU bslashes<>(SB), Y9
	VMOVDQU ctrlmax<>(SB), Y10
	VMOVDQU nibble<>(SB), Y11
	VMOVDQU esclo<>(SB), Y12
	VMOVDQU eschi<>(SB), Y13
	VPXOR   Y14, Y14, Y14
	MOVQ    $0xaaaaaaaaaaaaaaaa, R10
	SUBQ    $128, CX // past it, the block at DI is the last whole one
	XORQ    DI, DI
	XORQ    R9, R9

block:
	VMOVDQU (SI)(DI*1), Y0
	VMOVDQU 32(SI)(DI*1), Y1
	SPECIAL(Y0, Y2, Y3, Y6)
	SPECIAL(Y1, Y4, Y5, Y7)
	VPOR    Y2, Y3, Y6
	VPOR    Y4, Y5, Y7
	VPOR    Y6, Y7, Y6
	VPTEST  Y6, Y6
	JNZ     classify
	TESTQ   R8, R8
	JNZ     classify // the first byte is escaped
	CMPQ    DI, CX
	JGT     classify // the last block
	ADDQ    $64, DI
	JMP     block

classify:
	VPMOVMSKB Y4, AX
	VPMOVMSKB Y5, BX
	SHLQ      $32, AX
	SHLQ      $32, BX
	VPMOVMSKB Y2, R11
	VPMOVMSKB Y3, R12
	ORQ       R11, AX // stop
	ORQ       R12, BX // bslash
	NOTESC(Y1, DX)
	SHLQ      $32, DX
	NOTESC(Y0, R11)
	ORQ       R11, DX // notEsc
	MOVQ      R8, R14 // carry into this block

	// R11 = escaped bytes, R8 = carry out.
	MOVQ BX, R11
	ORQ  R8, R11
	JZ   escaped
	MOVQ R8, R12
	NOTQ R12
	ANDQ BX, R12            // starts = bslash &^ carry
	LEAQ (R12)(R12*1), R13
	ORQ  R10, R13
	SUBQ R12, R13
	XORQ R10, R13           // code
	XORQ R13, R11           // esc = code ^ (bslash | carry)
	ANDQ BX, R13
	SHRQ $63, R13
	MOVQ R13, R8

escaped:
	MOVQ R11, R12
	NOTQ R12
	ANDQ AX, R12 // an unescaped quote or control character
	JNZ  done
	ANDQ DX, R11 // an escape that is not one letter
	JNZ  done
	CMPQ DI, CX
	JGT  done
	ORQ  BX, R9
	ADDQ $64, DI
	JMP  block

done:
	VZEROUPPER
	MOVQ DI, off+24(FP)
	MOVQ AX, stop+32(FP)
	MOVQ BX, bslash+40(FP)
	MOVQ DX, notEsc+48(FP)
	MOVQ R14, carryIn+56(FP)
	MOVQ R9, seen+64(FP)
	RET

DATA quotes<>+0(SB)/8, $0x2222222222222222
DATA quotes<>+8(SB)/8, $0x2222222222222222
DATA quotes<>+16(SB)/8, $0x2222222222222222
DATA quotes<>+24(SB)/8, $0x2222222222222222
GLOBL quotes<>(SB), RODATA|NOPTR, $32

DATA bslashes<>+0(SB)/8, $0x5c5c5c5c5c5c5c5c
DATA bslashes<>+8(SB)/8, $0x5c5c5c5c5c5c5c5c
DATA bslashes<>+16(SB)/8, $0x5c5c5c5c5c5c5c5c
DATA bslashes<>+24(SB)/8, $0x5c5c5c5c5c5c5c5c
GLOBL bslashes<>(SB), RODATA|NOPTR, $32

DATA ctrlmax<>+0(SB)/8, $0x1f1f1f1f1f1f1f1f
DATA ctrlmax<>+8(SB)/8, $0x1f1f1f1f1f1f1f1f
DATA ctrlmax<>+16(SB)/8, $0x1f1f1f1f1f1f1f1f
DATA ctrlmax<>+24(SB)/8, $0x1f1f1f1f1f1f1f1f
GLOBL ctrlmax<>(SB), RODATA|NOPTR, $32

DATA nibble<>+0(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibble<>+8(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibble<>+16(SB)/8, $0x0f0f0f0f0f0f0f0f
DATA nibble<>+24(SB)/8, $0x0f0f0f0f0f0f0f0f
GLOBL nibble<>(SB), RODATA|NOPTR, $32

// Classes: bit 0 high nibble 2 (" /), bit 1 high nibble 5 (\), bit 2 high
// nibble 6 (b f n), bit 3 high nibble 7 (r t). esclo[n] holds the classes
// that have an escape letter with low nibble n, eschi[n] the class of high
// nibble n. Both are repeated in each 128-bit lane, as VPSHUFB looks up
// within lanes.
DATA esclo<>+0(SB)/8, $0x00040008000d0000
DATA esclo<>+8(SB)/8, $0x0104000200000000
DATA esclo<>+16(SB)/8, $0x00040008000d0000
DATA esclo<>+24(SB)/8, $0x0104000200000000
GLOBL esclo<>(SB), RODATA|NOPTR, $32

DATA eschi<>+0(SB)/8, $0x0804020000010000
DATA eschi<>+8(SB)/8, $0x0000000000000000
DATA eschi<>+16(SB)/8, $0x0804020000010000
DATA eschi<>+24(SB)/8, $0x0000000000000000
GLOBL eschi<>(SB), RODATA|NOPTR, $32
