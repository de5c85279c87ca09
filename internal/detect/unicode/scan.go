package unicode

import (
	"fmt"
	"strconv"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// maxFindings bounds the findings of one rule in one text; the last one
// says how many more there were.
const maxFindings = 16

// Scan reports the invisible and control characters of text that hide
// something, and notes (Low) the harmless ones. Text with none of the
// characters it looks at costs one pass over its bytes and no allocation.
func Scan(text string) []detect.Finding {
	occs := collect(text)
	if len(occs) == 0 {
		return nil
	}
	a := analyse(text, occs)
	return a.findings
}

// analysis is what Scan and Strip share: per occurrence whether it is
// benign, and the findings.
type analysis struct {
	benign   []bool
	findings []detect.Finding
	counts   map[string]int
}

func (a *analysis) add(f detect.Finding) {
	if a.counts == nil {
		a.counts = map[string]int{}
	}
	a.counts[f.Rule]++
	switch n := a.counts[f.Rule]; {
	case n < maxFindings:
		a.findings = append(a.findings, f)
	case n == maxFindings:
		f.Explanation += "; further findings of this kind omitted"
		a.findings = append(a.findings, f)
	}
}

func analyse(text string, occs []occ) *analysis {
	a := &analysis{benign: make([]bool, len(occs))}
	rtl := -1 // lazily: does text hold right-to-left letters?
	hasRTLText := func() bool {
		if rtl < 0 {
			rtl = 0
			if hasRTL(text) {
				rtl = 1
			}
		}
		return rtl == 1
	}
	var invisible, vs, bidi []int // indexes into occs, by family
	for i, o := range occs {
		switch o.cls {
		case clsTag:
			// handled by runs below
		case clsInvisible:
			invisible = append(invisible, i)
		case clsBidiMark:
			if hasRTLText() {
				a.benign[i] = true // RLM/LRM/ALM in Hebrew or Arabic text
				continue
			}
			invisible = append(invisible, i)
		case clsBidiCtl:
			bidi = append(bidi, i)
		case clsVS:
			vs = append(vs, i)
		}
	}
	a.tags(text, occs)
	a.invisibles(text, occs, invisible)
	a.bidi(text, occs, bidi, hasRTLText)
	a.variationSelectors(text, occs, vs)
	return a
}

// runs splits the indexes idx (ascending) into maximal groups of
// occurrences that touch each other in the text.
func runs(occs []occ, idx []int) [][]int {
	var out [][]int
	for k := 0; k < len(idx); {
		j := k + 1
		for j < len(idx) && occs[idx[j]].start == occs[idx[j-1]].end {
			j++
		}
		out = append(out, idx[k:j])
		k = j
	}
	return out
}

// tags judges runs of tag characters: a subdivision flag (black flag, two to
// seven tag letters or digits, CANCEL TAG) is benign, anything else hides
// text.
func (a *analysis) tags(text string, occs []occ) {
	var idx []int
	for i, o := range occs {
		if o.cls == clsTag {
			idx = append(idx, i)
		}
	}
	for _, run := range runs(occs, idx) {
		// Split the run after each CANCEL TAG; a segment directly after
		// a black flag, or after a previous flag segment, may be a flag.
		var hidden []rune
		start, end := -1, -1
		seg := 0
		for k := range run {
			o := occs[run[k]]
			if o.r != tagCancel && k != len(run)-1 {
				continue
			}
			segment := run[seg : k+1]
			first := occs[segment[0]]
			if isFlagSegment(occs, segment) && before(text, first.start) == blackFlag {
				for _, i := range segment {
					a.benign[i] = true
				}
			} else {
				for _, i := range segment {
					if r := occs[i].r; r >= 0xE0020 && r <= 0xE007E {
						hidden = append(hidden, r-0xE0000)
					}
				}
				if start < 0 {
					start = first.start
				}
				end = occs[segment[len(segment)-1]].end
			}
			seg = k + 1
		}
		if start < 0 {
			continue
		}
		if len(hidden) < 2 {
			a.add(finding(ruleTagStray, start, end, ""))
			continue
		}
		a.add(finding(ruleTagText, start, end, "hidden text: "+quote(string(hidden))))
	}
}

// isFlagSegment reports whether the tag characters seg are the tail of an
// emoji tag sequence: 2–7 tag letters or digits, then CANCEL TAG.
func isFlagSegment(occs []occ, seg []int) bool {
	if len(seg) < 3 || len(seg) > 8 || occs[seg[len(seg)-1]].r != tagCancel {
		return false
	}
	for _, i := range seg[:len(seg)-1] {
		r := occs[i].r - 0xE0000
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// invisibles judges zero-width and other invisible characters (and direction
// marks in text with no right-to-left script).
func (a *analysis) invisibles(text string, occs []occ, idx []int) {
	var scattered []int
	inWord := 0
	for _, run := range runs(occs, idx) {
		if len(run) >= 3 {
			o0, o1 := occs[run[0]], occs[run[len(run)-1]]
			id := ruleZWRun
			f := finding(id, o0.start, o1.end, runDetail(occs, run))
			if allMarks(occs, run) {
				f.Type = TypeBidi
			}
			a.add(f)
			continue
		}
		if len(run) == 1 && benignInvisible(text, occs[run[0]]) {
			a.benign[run[0]] = true
			continue
		}
		scattered = append(scattered, run...)
		first, last := occs[run[0]], occs[run[len(run)-1]]
		if isWordChar(before(text, first.start)) && isWordChar(after(text, last.end)) {
			inWord += len(run)
		}
	}
	if len(scattered) == 0 {
		return
	}
	start, end := occs[scattered[0]].start, occs[scattered[len(scattered)-1]].end
	detail := strconv.Itoa(len(scattered)) + " characters, " + strconv.Itoa(inWord) + " inside words"
	switch {
	case inWord >= 4:
		a.add(finding(ruleZWSplit, start, end, detail))
	case inWord >= 2 || len(scattered) >= 4:
		a.add(finding(ruleZWScattered, start, end, detail))
	default:
		a.add(finding(ruleZWStray, start, end, detail))
	}
}

func allMarks(occs []occ, run []int) bool {
	for _, i := range run {
		if occs[i].cls != clsBidiMark {
			return false
		}
	}
	return true
}

// benignInvisible reports whether a lone invisible character does what its
// script or an emoji sequence needs.
func benignInvisible(text string, o occ) bool {
	prev, next := before(text, o.start), after(text, o.end)
	switch o.r {
	case bom:
		return o.start == 0 || prev == '\n'
	case zwj:
		if inEmojiSequence(prev) && isEmoji(next) {
			return true
		}
		return inScripts(prev, joiningScripts) || inScripts(next, joiningScripts)
	case zwnj:
		return inScripts(prev, joiningScripts) || inScripts(next, joiningScripts)
	case zwsp:
		return inScripts(prev, breakScripts) || inScripts(next, breakScripts)
	case hangulCho, hangulJung:
		return prev >= 0x1100 && prev <= 0x11FF || next >= 0x1100 && next <= 0x11FF
	}
	return false
}

// runDetail describes a run of invisible characters, with the text it
// encodes when it decodes as bits.
func runDetail(occs []occ, run []int) string {
	rs := make([]rune, len(run))
	for k, i := range run {
		rs[k] = occs[i].r
	}
	d := fmt.Sprintf("%d in a row", len(run))
	if msg, ok := decodeBits(rs); ok {
		d += ", decoding to " + quote(msg)
	}
	return d
}

// quote shows hidden text to a person: Go-quoted and cut at 120 bytes.
func quote(s string) string {
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return strconv.Quote(s)
}
