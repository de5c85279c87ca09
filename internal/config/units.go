package config

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// sizeUnit returns the multiplier of a lower-case size suffix: SI (powers of
// 1000) or IEC (powers of 1024).
func sizeUnit(suffix string) (int64, bool) {
	switch suffix {
	case "", "b":
		return 1, true
	case "kb":
		return 1e3, true
	case "mb":
		return 1e6, true
	case "gb":
		return 1e9, true
	case "tb":
		return 1e12, true
	case "kib":
		return 1 << 10, true
	case "mib":
		return 1 << 20, true
	case "gib":
		return 1 << 30, true
	case "tib":
		return 1 << 40, true
	}
	return 0, false
}

// sizeHint shows the forms of a byte size, for messages.
const sizeHint = "a byte size such as 1048576, 64KiB, 16MiB or 1MB"

var errSize = errors.New("must be " + sizeHint)

// ParseSize parses a byte size: a non-negative integer, optionally followed
// (with or without a space) by B, KB, MB, GB, TB (powers of 1000) or KiB,
// MiB, GiB, TiB (powers of 1024), in any case.
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, errSize
	}
	mult, ok := sizeUnit(strings.ToLower(strings.TrimSpace(s[i:])))
	if !ok {
		return 0, errSize
	}
	n, err := strconv.ParseInt(s[:i], 10, 64)
	if err != nil || n > math.MaxInt64/mult {
		return 0, errors.New("byte size is too large")
	}
	return n * mult, nil
}
