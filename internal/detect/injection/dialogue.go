package injection

import (
	"bytes"
	"slices"
)

// dialogueTurns reads t as a transcript: lines that open with a
// speaker's label ("Agent:", "USER:", "Kunde:"), from two speakers or
// more who each speak at least twice, taking turns. It returns the
// offsets of the labelled lines' starts, in order, or nil when t is no
// such dialogue. Only speakers' lines count: a label used once
// ("Observation:") is no turn. A request on one of those lines is one
// speaker's to the other, not an order to the model that reads the
// transcript.
//
// Labels that give orders rather than speak ("System:", "Admin:",
// "Instructions:") are never a speaker's: a fake turn of theirs is the
// attack a transcript can carry.
func dialogueTurns(t []byte) []int {
	type turn struct {
		at    int
		label []byte
	}
	var turns []turn
	for ls := 0; ls < len(t); {
		le := bytes.IndexByte(t[ls:], '\n')
		if le < 0 {
			le = len(t)
		} else {
			le += ls
		}
		if l := speakerLabel(t[ls:le]); l != nil {
			turns = append(turns, turn{ls, l})
		}
		ls = le + 1
	}
	if len(turns) < 4 {
		return nil
	}
	count := map[string]int{}
	changes := 0
	for i, tr := range turns {
		count[string(tr.label)]++
		if i > 0 && !bytes.Equal(tr.label, turns[i-1].label) {
			changes++
		}
	}
	speakers := 0
	for _, n := range count {
		if n >= 2 {
			speakers++
		}
	}
	if speakers < 2 || changes < 2 {
		return nil
	}
	var at []int
	for _, tr := range turns {
		if count[string(tr.label)] >= 2 { // "Observation:" after the transcript is no turn
			at = append(at, tr.at)
		}
	}
	return at
}

// speakerLabel returns the speaker's label that opens line ("Agent:",
// "**Customer:**", "- User:"), folded as t is, or nil: one to three
// words of letters and digits, at most 24 bytes, then a colon and a
// space or the line's end. A time stamp in brackets may come first
// ("[10:32] Agent:").
func speakerLabel(line []byte) []byte {
	line = bytes.TrimLeft(line, " \t>-*")
	if len(line) > 0 && line[0] == '[' {
		if i := bytes.IndexByte(line[:min(len(line), 24)], ']'); i > 0 {
			line = bytes.TrimLeft(line[i+1:], " \t")
		}
	} else if n := clockLen(line); n > 0 && n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		line = bytes.TrimLeft(line[n:], " \t-") // "00:00:05 Dana: …", "10:32 - Agent: …"
	}
	words, i := 0, 0
	for i < len(line) && i <= 24 {
		c := line[i]
		switch {
		case isAlnum(c) || c >= 0x80 || c == '\'' || c == '.' && i > 0:
			if i == 0 || line[i-1] == ' ' {
				words++
			}
			i++
		case c == ' ' && i > 0 && line[i-1] != ' ':
			i++
		case c == '(' && i > 3 && line[i-1] == ' ':
			// "Agent (Mia):": a role and the name of who plays it (not
			// "A (accepted):", an answer's label)
			j := bytes.IndexByte(line[i:min(len(line), i+20)], ')')
			if j < 2 {
				return nil
			}
			i += j + 1
		case c == ':' && i > 0 && words <= 3:
			if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' && line[i+1] != '*' && line[i+1] != '\r' {
				return nil // "http://…", "10:32"
			}
			l := bytes.TrimRight(line[:i], " *")
			if len(l) == 0 || slices.Contains(orderLabels, foldLower(l)) {
				return nil
			}
			return l
		default:
			return nil
		}
	}
	return nil
}

// clockLen returns the length of the time of day or the offset that opens
// line ("10:32", "00:00:05", "00:41:02,100", "1:02:03.5"), or 0: one or
// two digits, then one or two ":" and two digits each, then an optional
// fraction.
func clockLen(line []byte) int {
	digits := func(i, lo, hi int) int { // the end of lo to hi digits from i, or -1
		j := i
		for j < len(line) && j-i < hi && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		if j-i < lo {
			return -1
		}
		return j
	}
	i := digits(0, 1, 2)
	if i < 0 {
		return 0
	}
	parts := 0
	for parts < 2 && i < len(line) && line[i] == ':' {
		j := digits(i+1, 2, 2)
		if j < 0 {
			break
		}
		i, parts = j, parts+1
	}
	if parts == 0 {
		return 0
	}
	if i < len(line) && (line[i] == '.' || line[i] == ',') {
		if j := digits(i+1, 1, 3); j > 0 {
			i = j
		}
	}
	return i
}

// orderLabels are labels that give orders rather than speak, folded.
var orderLabels = foldAll([]string{"system", "system prompt", "admin", "administrator", "developer", "operator", "root",
	"instruction", "instructions", "new instructions", "important", "note", "notice", "warning", "attention", "reminder",
	"update", "task", "new task", "action", "action required", "todo", "ps", "p.s.", "nb", "override", "policy", "rule", "rules"})
