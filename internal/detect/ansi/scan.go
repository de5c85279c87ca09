package ansi

import (
	"strings"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// maxFindings bounds the findings of one rule in one text.
const maxFindings = 16

// ScanDefinition reports every escape sequence and C1 control in text (a
// string of a tool definition) as High, and other control characters than
// tab, newline and carriage return as Medium.
func ScanDefinition(text string) []detect.Finding {
	var c collector
	if hasIntro(text) {
		valid := utf8.ValidString(text)
		for pos := 0; ; {
			q, ok := next(text, pos, valid)
			if !ok {
				break
			}
			c.add(finding(ruleDefEscape, q.start, q.effect, show(text[q.start:q.end])), true)
			pos = q.end
		}
	}
	controls(text, &c)
	return c.out
}

// isControl marks the C0 controls and DEL, except tab, newline, carriage
// return and ESC (reported as a sequence).
var isControl = [256]bool{
	0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true, 0x07: true,
	0x08: true, 0x0B: true, 0x0C: true, 0x0E: true, 0x0F: true, 0x10: true, 0x11: true, 0x12: true,
	0x13: true, 0x14: true, 0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1A: true,
	0x1C: true, 0x1D: true, 0x1E: true, 0x1F: true, 0x7F: true,
}

// controls reports C0 controls other than tab, newline, carriage return
// and ESC.
func controls(text string, c *collector) {
	for i := 0; i < len(text); i++ {
		if !isControl[text[i]] {
			continue
		}
		b := text[i]
		j := i + 1
		for j < len(text) && text[j] == b {
			j++
		}
		c.add(finding(ruleDefControl, i, j, show(text[i:j])), true)
		i = j - 1
	}
}

// ScanResult reports the escape sequences of text (a tool result) that hide,
// move, erase or otherwise rewrite what a person sees, or talk to the
// terminal: High for those, Medium for malformed ones, Low for harmless
// controls. Plain SGR colour and bold is not reported.
func ScanResult(text string) []detect.Finding {
	if !hasIntro(text) {
		return nil
	}
	var c collector
	valid := utf8.ValidString(text)
	var st sgrState
	hide := hidden{start: -1}
	pos := 0
	for {
		q, ok := next(text, pos, valid)
		if !ok {
			break
		}
		hide.sawText(text, pos, q.start)
		id, detail := classify(q)
		switch {
		case q.kind == kindCSI && q.final == 'm' && id == "":
			st.apply(q.params)
			hide.update(&st, q, &c, text)
		case id != "":
			c.add(finding(id, q.start, q.effect, join(detail, show(text[q.start:q.end]))), true)
		}
		pos = q.end
	}
	hide.sawText(text, pos, len(text))
	hide.close(&c, text)
	return c.out
}

// hidden tracks a stretch of text drawn invisibly.
type hidden struct {
	rule       string
	start, end int // from the SGR that hid text to the end of the last hidden text
	seen       bool
}

// sawText notes the text between from and to, drawn in the current state.
func (h *hidden) sawText(text string, from, to int) {
	if h.start >= 0 && strings.TrimSpace(text[from:to]) != "" {
		h.seen, h.end = true, to
	}
}

// update follows an SGR sequence q: it may start or end hiding.
func (h *hidden) update(st *sgrState, q seq, c *collector, text string) {
	rule, now := st.hidden()
	switch {
	case now && h.start < 0:
		*h = hidden{rule: rule, start: q.start}
	case !now && h.start >= 0:
		h.close(c, text)
	}
}

func (h *hidden) close(c *collector, text string) {
	if h.start >= 0 && h.seen {
		c.add(finding(h.rule, h.start, h.end, "hidden text: "+show(Strip(text[h.start:h.end]))), false)
	}
	*h = hidden{start: -1}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + ": " + b
}

// hasIntro is the cheap test for anything to parse: an ESC byte or a byte
// that can start a C1 control.
func hasIntro(s string) bool {
	return strings.IndexByte(s, 0x1B) >= 0 || strings.IndexByte(s, 0xC2) >= 0 || !utf8.ValidString(s)
}

// collector gathers findings, merging a sequence into the previous finding
// of the same rule when nothing separates them, and capping each rule.
type collector struct {
	out    []detect.Finding
	counts map[string]int
}

func (c *collector) add(f detect.Finding, merge bool) {
	if n := len(c.out); merge && n > 0 {
		last := &c.out[n-1]
		if last.Rule == f.Rule && last.End == f.Start {
			last.End = f.End
			return
		}
	}
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[f.Rule]++
	switch n := c.counts[f.Rule]; {
	case n < maxFindings:
		c.out = append(c.out, f)
	case n == maxFindings:
		f.Explanation += "; further findings of this kind omitted"
		c.out = append(c.out, f)
	}
}

// Strip removes every escape sequence and C1 control from text (an
// unterminated control string loses only its introducer, so no text
// disappears) and returns text itself when there is none.
func Strip(text string) string {
	if !hasIntro(text) {
		return text
	}
	valid := utf8.ValidString(text)
	var b strings.Builder
	pos := 0
	for {
		q, ok := next(text, pos, valid)
		if !ok {
			break
		}
		if b.Len() == 0 && pos == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[pos:q.start])
		pos = q.end
	}
	if pos == 0 {
		return text
	}
	b.WriteString(text[pos:])
	return b.String()
}
