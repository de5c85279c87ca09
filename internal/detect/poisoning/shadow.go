package poisoning

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
	uni "github.com/mcpshield/mcpshield/internal/detect/unicode"
)

// Shadowing compares the tools of several servers (by server name) and
// reports, with the server and tool in the explanation:
//
//   - a tool whose text names a tool of another server: Medium, High when
//     the sentence naming it also gives orders (must, always, change,
//     send, a fixed address…) or the tool is poisoned;
//   - two servers exposing names that look alike but differ
//     (send_email and sеnd_email): High;
//   - two servers exposing the same name: Low (the gateway namespaces
//     them, but a client without it may call the wrong one).
//
// Start and End are offsets in the field the explanation names, or 0 for
// findings about names. The result is sorted by server and tool.
func Shadowing(servers map[string][]Tool) []detect.Finding { return std.Shadowing(servers) }

// Shadowing is the package-level Shadowing with d's options.
func (d *Detector) Shadowing(servers map[string][]Tool) []detect.Finding {
	names := slices.Sorted(func(yield func(string) bool) {
		for s := range servers {
			if !yield(s) {
				return
			}
		}
	})
	owner := map[string][]string{} // lowercased tool name → servers
	for _, s := range names {
		for _, t := range servers[s] {
			n := strings.ToLower(t.Name)
			if !slices.Contains(owner[n], s) {
				owner[n] = append(owner[n], s)
			}
		}
	}
	var out []detect.Finding
	for _, s := range names {
		for _, t := range servers[s] {
			out = append(out, d.mentions(s, t, servers[s], owner)...)
		}
	}
	out = append(out, lookAlikes(names, servers)...)
	return out
}

// mentions reports the tools of other servers that tool t of server s
// names in its text.
func (d *Detector) mentions(s string, t Tool, own []Tool, owner map[string][]string) []detect.Finding {
	mine := map[string]bool{}
	for _, o := range own {
		mine[strings.ToLower(o.Name)] = true
	}
	fields := toolFields(t)
	ctx := &toolContext{own: ownNames(t.Name, fields)}
	poisoned := false
	for _, f := range d.ScanTool(t) {
		if (f.Type == TypeShadowing || f.Type == TypeToolPoisoning) && f.Severity >= detect.Medium {
			poisoned = true
		}
	}
	var out []detect.Finding
	for _, f := range fields {
		if f.kind != fieldText && f.kind != fieldValue {
			continue
		}
		lower := strings.ToLower(f.text)
		var a *textAnalysis
		for name, servers := range owner {
			if mine[name] || !distinctive(name) {
				continue
			}
			at := indexWord(lower, name)
			if at < 0 {
				continue
			}
			if a == nil {
				a = analyse(f.text, ctx)
			}
			sev, why := detect.Medium, "names"
			if poisoned || orders(a, at) {
				sev, why = detect.High, "gives orders about"
			}
			out = append(out, detect.Finding{
				Type: TypeShadowing, Rule: "cross-server-mention", Severity: sev, Start: at, End: at + len(name),
				Explanation: fmt.Sprintf("server %q tool %q: %s: %s the tool %q of server %s", s, t.Name, f.path, why, name, strings.Join(servers, ", ")),
			})
		}
	}
	slices.SortFunc(out, func(a, b detect.Finding) int { return strings.Compare(a.Explanation, b.Explanation) })
	return out
}

// orders reports whether the sentence holding byte at gives orders.
func orders(a *textAnalysis, at int) bool {
	const directive = fMust | fAlways | fChange | fRecip | fPass | fSend | fDest | fConceal | fHide | fExecWord | fMarker | fAddress
	for _, s := range a.sents {
		if s.start <= at && at < s.end {
			return s.f&directive != 0
		}
	}
	return false
}

// distinctive reports names specific enough that finding them in another
// server's text means that tool: send_email, github.create_issue, but not
// search or add.
func distinctive(name string) bool {
	return len(name) >= 6 && strings.ContainsAny(name, "_.-") || len(name) >= 12
}

// indexWord finds name in s as a whole word, or returns -1.
func indexWord(s, name string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], name)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(name)
		if (i == 0 || !isIdentByte(s[i-1])) && (end == len(s) || !isIdentByte(s[end])) {
			return i
		}
		off = i + 1
	}
	return -1
}

// lookAlikes reports tool names of different servers that are equal or
// look the same.
func lookAlikes(servers []string, tools map[string][]Tool) []detect.Finding {
	type named struct{ server, name, skel string }
	var all []named
	for _, s := range servers {
		for _, t := range tools[s] {
			all = append(all, named{s, t.Name, uni.Skeleton(t.Name)})
		}
	}
	var out []detect.Finding
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.server == b.server || a.skel != b.skel {
				continue
			}
			if a.name == b.name {
				out = append(out, detect.Finding{Type: TypeShadowing, Rule: "same-name", Severity: detect.Low,
					Explanation: fmt.Sprintf("servers %q and %q both expose a tool named %q", a.server, b.server, a.name)})
				continue
			}
			out = append(out, detect.Finding{Type: TypeShadowing, Rule: "confusable-name", Severity: detect.High,
				Explanation: fmt.Sprintf("server %q tool %+q looks like server %q tool %+q", a.server, a.name, b.server, b.name)})
		}
	}
	return out
}
