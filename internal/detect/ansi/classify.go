package ansi

import (
	"strconv"
	"strings"
)

// classify names the ScanResult rule for a sequence other than SGR, or ""
// for ones that are harmless in command output.
func classify(q seq) (id, detail string) {
	switch q.kind {
	case kindBare:
		return ruleMalformed, "ESC without a sequence"
	case kindOSC:
		return ruleOSC, oscDetail(q)
	case kindString:
		return ruleControlString, ""
	case kindNF:
		switch {
		case !q.terminated:
			return ruleMalformed, ""
		case strings.ContainsAny(q.inter, "()*+-./") && q.final == 'B':
			return "", "" // designate ASCII: part of tput sgr0
		case strings.ContainsAny(q.inter, "()*+-./"):
			return ruleCharset, ""
		case q.inter == "#" && q.final == '8':
			return ruleClear, "screen alignment test fills the screen"
		}
		return ruleOther, ""
	case kindESC:
		switch q.final {
		case '7', '8':
			return ruleCursor, "save or restore cursor"
		case 'c':
			return ruleClear, "full reset"
		}
		return ruleOther, ""
	case kindC1:
		switch q.final {
		case 0x8D:
			return ruleCursor, "reverse index"
		case 0x8E, 0x8F:
			return ruleCharset, "single shift"
		case 0x9A:
			return ruleQuery, "identify terminal"
		}
		return ruleOther, ""
	}
	// CSI
	if !q.terminated {
		return ruleMalformed, "unterminated CSI"
	}
	private := strings.HasPrefix(q.params, "?") || strings.HasPrefix(q.params, ">") || strings.HasPrefix(q.params, "<") || strings.HasPrefix(q.params, "=")
	switch q.final {
	case 'm':
		if q.inter != "" || private {
			return ruleOther, ""
		}
		return "", "" // SGR: handled by the caller
	case 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'f', 'd', 'e', 'a', '`', 'j', 'k', 's', 'u', 'I', 'Z', 'r':
		if q.inter != "" {
			return ruleOther, ""
		}
		return ruleCursor, ""
	case 'K', 'X', 'P', 'M', 'L', '@', 'S', 'T', 'b':
		if q.inter != "" {
			return ruleOther, ""
		}
		return ruleErase, ""
	case 'J':
		if n := firstParam(q.params); n == 2 || n == 3 {
			return ruleClear, ""
		}
		return ruleErase, ""
	case 'h', 'l':
		if private {
			for p := range strings.SplitSeq(strings.TrimLeft(q.params, "?"), ";") {
				switch p {
				case "47", "1047", "1048", "1049":
					return ruleClear, "alternate screen"
				}
			}
		}
		return ruleOther, ""
	case 'n', 'c', 't':
		return ruleQuery, ""
	case 'p':
		if strings.Contains(q.inter, "$") {
			return ruleQuery, ""
		}
	}
	return ruleOther, ""
}

func firstParam(params string) int {
	p, _, _ := strings.Cut(params, ";")
	n, err := strconv.Atoi(p)
	if err != nil {
		return 0
	}
	return n
}

// oscDetail says what an OSC does.
func oscDetail(q seq) string {
	num, rest, _ := strings.Cut(q.params, ";")
	var d string
	switch num {
	case "0", "1", "2":
		d = "window title " + show(rest)
	case "8":
		_, uri, _ := strings.Cut(rest, ";")
		if uri == "" {
			return "hyperlink end"
		}
		d = "hyperlink to " + show(uri)
	case "52":
		d = "clipboard write"
	case "4", "10", "11", "12", "104", "110", "111":
		d = "colour change"
	default:
		d = "OSC " + show(num)
	}
	if !q.terminated {
		d += ", unterminated: the rest of the text is swallowed"
	}
	return d
}

// show quotes part of a sequence for a person, cut at 80 bytes.
func show(s string) string {
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return strconv.Quote(s)
}
