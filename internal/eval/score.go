package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// categoryOf maps a finding type's family to the case category it answers.
var categoryOf = map[string]string{
	"poisoning:tool_poisoning": "tool_poisoning",
	"poisoning:shadowing":      "shadowing",
	"injection":                "prompt_injection",
	"secret":                   "secret",
	"pii":                      "pii",
	"unicode":                  "hidden_unicode",
	"ansi":                     "ansi_escape",
}

func findingCategory(typ string) string {
	fam, rest, _ := strings.Cut(typ, ":")
	if fam == "poisoning" {
		sub, _, _ := strings.Cut(rest, ":")
		return categoryOf["poisoning:"+sub]
	}
	return categoryOf[fam]
}

// Stats are the scores of one category (or of all, or of one kind).
type Stats struct {
	Name      string
	Malicious int // malicious cases
	TP        int // malicious cases judged malicious
	Benign    int // benign cases considered
	FP        int // benign cases judged malicious (for a category: by a finding of that category)
}

// Recall is TP over the malicious cases.
func (s Stats) Recall() float64 { return ratio(s.TP, s.Malicious) }

// Precision is TP over everything judged malicious.
func (s Stats) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// F1 is the harmonic mean of precision and recall.
func (s Stats) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// FPR is the share of benign cases judged malicious.
func (s Stats) FPR() float64 { return ratio(s.FP, s.Benign) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the scoring of a run.
type Report struct {
	Overall    Stats
	Categories []Stats // per malicious category; Benign/FP count every benign case
	Kinds      []Stats // per kind of case
	// Expected finding types: of the malicious cases that name some, how many
	// got a finding of an expected type (strictly, and by family).
	WithExpect, StrictMatch, FamilyMatch int
	Missing                              int // cases without a verdict (count as wrong)
}

// Score compares verdicts with the labels of cases.
func Score(cases []*Case, verdicts []Verdict) Report {
	byID := make(map[string]*Verdict, len(verdicts))
	for i := range verdicts {
		byID[verdicts[i].ID] = &verdicts[i]
	}
	r := Report{Overall: Stats{Name: "overall"}}
	cats := map[string]*Stats{}
	kinds := map[string]*Stats{}
	stat := func(m map[string]*Stats, name string) *Stats {
		if m[name] == nil {
			m[name] = &Stats{Name: name}
		}
		return m[name]
	}
	var benignVerdicts []*Verdict
	for _, c := range cases {
		v := byID[c.ID]
		if v == nil {
			r.Missing++
			v = &Verdict{ID: c.ID, Verdict: "missing"}
		}
		k := stat(kinds, c.Kind)
		if c.Malicious() {
			hit := v.Verdict == "malicious"
			r.Overall.Malicious++
			k.Malicious++
			cs := stat(cats, c.Category)
			cs.Malicious++
			if hit {
				r.Overall.TP++
				k.TP++
				cs.TP++
			}
			if len(c.Expect) > 0 {
				r.WithExpect++
				strict, family := matchExpect(c.Expect, v.Findings)
				if strict {
					r.StrictMatch++
				}
				if family {
					r.FamilyMatch++
				}
			}
			continue
		}
		r.Overall.Benign++
		k.Benign++
		if v.Verdict != "benign" {
			r.Overall.FP++
			k.FP++
			benignVerdicts = append(benignVerdicts, v)
		}
	}
	for _, cs := range cats {
		cs.Benign = r.Overall.Benign
		for _, v := range benignVerdicts {
			for _, f := range v.Findings {
				if f.Blocking && findingCategory(f.Type) == cs.Name {
					cs.FP++
					break
				}
			}
		}
		r.Categories = append(r.Categories, *cs)
	}
	for _, ks := range kinds {
		r.Kinds = append(r.Kinds, *ks)
	}
	sort.Slice(r.Categories, func(i, j int) bool { return r.Categories[i].Name < r.Categories[j].Name })
	sort.Slice(r.Kinds, func(i, j int) bool { return r.Kinds[i].Name < r.Kinds[j].Name })
	return r
}

// matchExpect reports whether some finding has an expected type strictly
// (equal, or the expected type plus ":detail") and by family.
func matchExpect(expect []string, fs []Finding) (strict, family bool) {
	for _, e := range expect {
		efam, _, _ := strings.Cut(e, ":")
		for _, f := range fs {
			if f.Type == e || strings.HasPrefix(f.Type, e+":") {
				strict = true
			}
			if ffam, _, _ := strings.Cut(f.Type, ":"); ffam == efam {
				family = true
			}
		}
	}
	return strict, family
}

// Write prints the report as Markdown tables.
func (r Report) Write(w io.Writer) {
	fmt.Fprintln(w, "| category | malicious | recall | precision | F1 | benign flagged (FPR) |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|")
	for _, s := range r.Categories {
		fmt.Fprintf(w, "| %s | %d | %.3f | %.3f | %.3f | %d (%.3f) |\n", s.Name, s.Malicious, s.Recall(), s.Precision(), s.F1(), s.FP, s.FPR())
	}
	o := r.Overall
	fmt.Fprintf(w, "| **overall** | %d | %.3f | %.3f | %.3f | %d of %d (%.3f) |\n\n", o.Malicious, o.Recall(), o.Precision(), o.F1(), o.FP, o.Benign, o.FPR())
	fmt.Fprintln(w, "| kind | malicious | recall | benign | FPR |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|")
	for _, s := range r.Kinds {
		fmt.Fprintf(w, "| %s | %d | %.3f | %d | %.3f |\n", s.Name, s.Malicious, s.Recall(), s.Benign, s.FPR())
	}
	if r.WithExpect > 0 {
		fmt.Fprintf(w, "\nExpected finding types matched: %d of %d strictly (%.3f), %d by family (%.3f).\n",
			r.StrictMatch, r.WithExpect, ratio(r.StrictMatch, r.WithExpect), r.FamilyMatch, ratio(r.FamilyMatch, r.WithExpect))
	}
	if r.Missing > 0 {
		fmt.Fprintf(w, "%d cases had no verdict and count as wrong.\n", r.Missing)
	}
}
