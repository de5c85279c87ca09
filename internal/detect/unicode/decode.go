package unicode

// decodeBits tries to read a run of invisible characters as text written in
// binary: two of the characters are the bits and an optional third separates
// the bytes. It returns the text when it is mostly printable ASCII. Only
// explanations use it; detection never depends on decoding.
func decodeBits(rs []rune) (string, bool) {
	var sym []rune
	for _, r := range rs {
		if !containsRune(sym, r) {
			sym = append(sym, r)
		}
		if len(sym) > 3 {
			return "", false
		}
	}
	try := func(zero, one, sep rune) (string, bool) {
		var out []byte
		var cur, bits int
		flush := func() {
			if bits > 0 {
				out = append(out, byte(cur))
			}
			cur, bits = 0, 0
		}
		for _, r := range rs {
			switch r {
			case zero, one:
				cur <<= 1
				if r == one {
					cur |= 1
				}
				bits++
				if bits == 8 && sep < 0 {
					flush()
				}
				if bits > 8 {
					return "", false
				}
			case sep:
				flush()
			}
		}
		flush()
		return string(out), printable(out)
	}
	switch len(sym) {
	case 2:
		for _, p := range [][2]rune{{sym[0], sym[1]}, {sym[1], sym[0]}} {
			if s, ok := try(p[0], p[1], -1); ok {
				return s, true
			}
		}
	case 3:
		for sepIdx := range 3 {
			var bit []rune
			for i, r := range sym {
				if i != sepIdx {
					bit = append(bit, r)
				}
			}
			for _, p := range [][2]rune{{bit[0], bit[1]}, {bit[1], bit[0]}} {
				if s, ok := try(p[0], p[1], sym[sepIdx]); ok {
					return s, true
				}
			}
		}
	}
	return "", false
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// printable reports whether b is at least three bytes of mostly printable
// ASCII.
func printable(b []byte) bool {
	if len(b) < 3 {
		return false
	}
	ok := 0
	for _, c := range b {
		if c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' {
			ok++
		}
	}
	return ok*10 >= len(b)*9
}

// vsByte is the byte a variation selector stands for in the smuggling
// scheme: VS1–VS16 are 0–15, VS17–VS256 are 16–255.
func vsByte(r rune) byte {
	if r >= 0xFE00 && r <= 0xFE0F {
		return byte(r - 0xFE00)
	}
	return byte(r - 0xE0100 + 16)
}
