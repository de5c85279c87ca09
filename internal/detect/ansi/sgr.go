package ansi

import (
	"strconv"
	"strings"
)

// colour is an RGB colour; set is false for the terminal's default.
type colour struct {
	set     bool
	r, g, b int
}

// sgrState is the part of the graphic rendition that decides whether text
// can be seen.
type sgrState struct {
	fg, bg  colour
	conceal bool
}

// hidden reports whether text drawn now is invisible, and why.
func (s *sgrState) hidden() (string, bool) {
	switch {
	case s.conceal:
		return ruleConceal, true
	case s.fg.set && s.bg.set && near(s.fg, s.bg):
		return ruleInvisible, true
	}
	return "", false
}

// near reports colours a person cannot tell apart on screen.
func near(a, b colour) bool {
	return abs(a.r-b.r)+abs(a.g-b.g)+abs(a.b-b.b) <= 48
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// apply updates s with the parameters of one SGR sequence (CSI … m),
// including the 256-colour and truecolour forms with ';' or ':'.
func (s *sgrState) apply(params string) {
	if params == "" {
		*s = sgrState{}
		return
	}
	var buf [32]string
	toks := split(params, ';', buf[:0])
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if strings.Contains(t, ":") {
			var sb [8]string
			sub := split(t, ':', sb[:0])
			if c, ok := extColour(sub[1:], true); ok {
				s.setExt(atoi(sub[0]), c)
			}
			continue
		}
		n := atoi(t)
		switch {
		case n == 0:
			*s = sgrState{}
		case n == 8:
			s.conceal = true
		case n == 28:
			s.conceal = false
		case n >= 30 && n <= 37:
			s.fg = palette(n - 30)
		case n >= 90 && n <= 97:
			s.fg = palette(n - 90 + 8)
		case n == 39:
			s.fg = colour{}
		case n >= 40 && n <= 47:
			s.bg = palette(n - 40)
		case n >= 100 && n <= 107:
			s.bg = palette(n - 100 + 8)
		case n == 49:
			s.bg = colour{}
		case n == 38 || n == 48 || n == 58:
			c, used := colour{}, 0
			if k+1 < len(toks) {
				switch toks[k+1] {
				case "5":
					if k+2 < len(toks) {
						c, used = palette(atoi(toks[k+2])), 2
					}
				case "2":
					if k+4 < len(toks) {
						c, _ = extColour(toks[k+1:k+5], false)
						used = 4
					}
				}
			}
			s.setExt(n, c)
			k += used
		}
	}
}

func (s *sgrState) setExt(n int, c colour) {
	switch n {
	case 38:
		s.fg = c
	case 48:
		s.bg = c
	}
}

// extColour reads "5;n" or "2;r;g;b" (colon form: "2::r:g:b" has a colour
// space id first).
func extColour(p []string, colon bool) (colour, bool) {
	if len(p) == 0 {
		return colour{}, false
	}
	switch p[0] {
	case "5":
		if len(p) >= 2 {
			return palette(atoi(p[1])), true
		}
	case "2":
		rgb := p[1:]
		if colon && len(rgb) >= 4 {
			rgb = rgb[1:]
		}
		if len(rgb) >= 3 {
			return colour{set: true, r: atoi(rgb[0]), g: atoi(rgb[1]), b: atoi(rgb[2])}, true
		}
	}
	return colour{}, false
}

// split cuts s at sep into dst (which keeps the pieces on the caller's
// stack); pieces beyond dst's capacity are dropped.
func split(s string, sep byte, dst []string) []string {
	for len(dst) < cap(dst) {
		i := strings.IndexByte(s, sep)
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
	return dst
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// palette is xterm's default 256-colour palette.
func palette(n int) colour {
	base := [16][3]int{
		{0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0}, {0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
		{127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0}, {92, 92, 255}, {255, 0, 255}, {0, 255, 255}, {255, 255, 255},
	}
	switch {
	case n < 16:
		return colour{set: true, r: base[n][0], g: base[n][1], b: base[n][2]}
	case n < 232:
		lv := [6]int{0, 95, 135, 175, 215, 255}
		n -= 16
		return colour{set: true, r: lv[n/36], g: lv[n/6%6], b: lv[n%6]}
	case n < 256:
		g := 8 + 10*(n-232)
		return colour{set: true, r: g, g: g, b: g}
	}
	return colour{}
}
