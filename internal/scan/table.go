package scan

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WriteTable writes the report for people: the servers that failed or were
// skipped, the findings most severe first, and a summary line. Every cell
// is made safe for a terminal: a tool description can carry ANSI escapes
// or bidirectional controls, which are shown escaped instead of obeyed.
func WriteTable(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	var problems [][]string
	for _, s := range r.Servers {
		if s.Status != StatusOK {
			problems = append(problems, []string{s.Status, s.Client, s.Server, s.Config, s.Error})
		}
	}
	if len(problems) > 0 {
		writeRows(bw, append([][]string{{"STATUS", "CLIENT", "SERVER", "CONFIG", "REASON"}}, problems...))
		bw.WriteString("\n")
	}
	fs := sortedFindings(r)
	if len(fs) == 0 {
		bw.WriteString("No findings.\n")
	} else {
		rows := [][]string{{"SEVERITY", "CLIENT", "SERVER", "TOOL", "TYPE", "RULE", "MESSAGE"}}
		for _, f := range fs {
			rows = append(rows, []string{f.Severity, f.Client, f.Server, f.Tool, f.Type, f.Rule, f.Message})
		}
		writeRows(bw, rows)
	}
	bw.WriteString("\n")
	bw.WriteString(summary(r))
	bw.WriteString("\n")
	return bw.Flush()
}

// summary is the last line of the table, e.g. "4 servers (2 ok, 1 failed,
// 1 skipped), 23 tools; 3 findings: 1 critical, 2 low".
func summary(r *Report) string {
	var ok, failed, skipped, tools int
	for _, s := range r.Servers {
		switch s.Status {
		case StatusOK:
			ok++
		case StatusFailed:
			failed++
		default:
			skipped++
		}
		tools += s.Tools
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d ok, %d failed, %d skipped), %s; %s",
		plural(len(r.Servers), "server"), ok, failed, skipped, plural(tools, "tool"), plural(len(r.Findings), "finding"))
	counts := make(map[string]int)
	for _, f := range r.Findings {
		counts[rank(f.Severity).String()]++
	}
	sep := ": "
	for _, s := range severities {
		if n := counts[s.String()]; n > 0 {
			fmt.Fprintf(&b, "%s%d %s", sep, n, s)
			sep = ", "
		}
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// writeRows writes rows as columns two spaces apart, each cell cleaned,
// empty cells shown as "-", no trailing space.
func writeRows(w *bufio.Writer, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			c = cell(c)
			row[i] = c
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var line strings.Builder
		for i, c := range row {
			line.WriteString(c)
			if i < len(row)-1 {
				line.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			}
		}
		w.WriteString(strings.TrimRight(line.String(), " "))
		w.WriteString("\n")
	}
}

// cell makes s safe and single-line: anything not printable (controls,
// escapes, bidirectional and other format characters, invalid UTF-8) is
// written as a Go escape, e.g. \x1b or \u202e.
func cell(s string) string {
	if s == "" {
		return "-"
	}
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80 && !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) && r > 0xFFFF:
			fmt.Fprintf(&b, `\U%08x`, r)
		case !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}
