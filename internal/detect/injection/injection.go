package injection

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// Type is the finding type this package reports.
const Type = "injection:prompt_injection"

// Source says where a text comes from. Retrieved content is data the model
// reads (tool results, resources, prompts/get messages, sampling
// requests): instructions in it are out of place, so requests addressed to
// the model count. A user prompt is the principal speaking: requests are
// its point, and only takeover attempts count.
type Source uint8

const (
	Retrieved Source = iota // tool results, resources, prompt templates, sampling messages
	Prompt                  // a user's message to the model
)

// Default score thresholds.
const (
	DefaultHigh   = 0.8 // at or above: High (blocks by default)
	DefaultMedium = 0.5 // at or above: Medium (the gateway wraps and reports)
)

// Options configure a Detector; the zero value is the default for
// retrieved content.
type Options struct {
	Source Source
	// High and Medium are the score thresholds; zero means DefaultHigh
	// and DefaultMedium.
	High, Medium float64
	// Disabled lists rule ids to skip (e.g. "persona.addressee",
	// "task.embedded-request"); Analyze's signals name them.
	Disabled []string
}

// Detector finds injected instructions. It is safe for concurrent use.
type Detector struct {
	opts Options
	off  map[string]bool
}

// New returns a Detector with the given options.
func New(o Options) *Detector {
	if o.High == 0 {
		o.High = DefaultHigh
	}
	if o.Medium == 0 {
		o.Medium = DefaultMedium
	}
	d := &Detector{opts: o, off: map[string]bool{}}
	for _, id := range o.Disabled {
		d.off[id] = true
	}
	return d
}

var (
	retrieved = sync.OnceValue(func() *Detector { return New(Options{}) })
	prompt    = sync.OnceValue(func() *Detector { return New(Options{Source: Prompt}) })
)

// Scan reports injected instructions in retrieved content (a tool result,
// a resource, a prompt template, a sampling request) with default options.
func Scan(text string) []detect.Finding { return retrieved().Scan(text) }

// ScanPrompt reports takeover attempts in a user prompt with default
// options.
func ScanPrompt(text string) []detect.Finding { return prompt().Scan(text) }

// Signal is one piece of evidence behind a score.
type Signal struct {
	Rule  string // rule id, e.g. "override.ignore-previous"
	Label string // what it means, for people
	// Weight is the signal's contribution after context (quotes, code,
	// security vocabulary) lowered it; Raw is before.
	Weight, Raw float64
	// Start and End locate the evidence in the scanned text; for evidence
	// found in decoded text they span the encoded run (0, 0 when the
	// whole text was transformed).
	Start, End int
	// Origin says where the evidence was read: "text", "base64", "rot13", …
	Origin string
	// Match is the normalised text that matched (shortened).
	Match string
}

// Result is the detector's judgement of one text.
type Result struct {
	Score   float64  // in [0, 1]
	Signals []Signal // strongest first, one per rule
}

// Warm builds the engine all Detectors share and compiles every rule, so
// that no scan waits for it; the gateway calls it in a goroutine at
// startup. Scans work without it: the engine is built on first use (a few
// milliseconds) and each rule is compiled the first time its keywords
// occur (a millisecond or two each). Warm is safe to call concurrently
// with scans, and more than once.
func Warm() {
	if err := sharedEngine().compileAll(); err != nil {
		panic(fmt.Sprintf("injection: rules do not compile: %v", err)) // a bug, caught by the tests
	}
}

// sharedEngine returns the engine, built on first use.
func sharedEngine() *engine {
	e, err := buildEngine()
	if err != nil {
		panic(fmt.Sprintf("injection: rules do not compile: %v", err)) // a bug, caught by the tests
	}
	return e
}

// Analyze scores text and lists the evidence.
func (d *Detector) Analyze(text string) Result { return d.analyze(sharedEngine(), text) }

func (d *Detector) analyze(e *engine, text string) Result {
	if strings.TrimSpace(text) == "" {
		return Result{}
	}
	st := &scanState{e: e, src: d.opts.Source, off: d.off, input: text, buf: e.getBuf()}
	defer e.putBuf(st.buf)
	u := newUnit(text, oPlain, 0, len(text), 0)
	st.scanUnit(u)
	st.genres(text)
	st.covert(text)
	st.runModel(text, u)
	return st.result()
}

// Scan reports at most one finding for the whole text: its score decides
// the severity, its strongest signal the span and rule.
func (d *Detector) Scan(text string) []detect.Finding {
	r := d.Analyze(text)
	if r.Score < d.opts.Medium-1e-9 || len(r.Signals) == 0 {
		return nil
	}
	sev := detect.Medium
	if r.Score >= d.opts.High-1e-9 {
		sev = detect.High
	}
	top := r.Signals[0]
	return []detect.Finding{{
		Type:        Type,
		Rule:        top.Rule,
		Severity:    sev,
		Start:       top.Start,
		End:         top.End,
		Explanation: explain(r),
	}}
}

// result combines the signals into a score.
func (st *scanState) result() Result {
	best := map[string]int{}
	for i, s := range st.sigs {
		if j, ok := best[s.rule]; !ok || s.w > st.sigs[j].w {
			best[s.rule] = i
		}
	}
	sigs := make([]signal, 0, len(best))
	for _, i := range best {
		sigs = append(sigs, st.sigs[i])
	}
	sort.Slice(sigs, func(i, j int) bool {
		if sigs[i].w != sigs[j].w {
			return sigs[i].w > sigs[j].w
		}
		return sigs[i].rule < sigs[j].rule
	})
	if len(sigs) == 0 {
		return Result{}
	}
	// Noisy-OR of the raw weights (weak signals count only next to a
	// real one), scaled by the context damping of the signals, weighted
	// by their strength: quoting three attack phrases in an article does
	// not add up to an attack.
	topRaw := 0.0
	for _, s := range sigs {
		topRaw = max(topRaw, s.raw)
	}
	keep, damp, sum, strongest := 1.0, 0.0, 0.0, 0.0
	for _, s := range sigs {
		if s.raw < 0.25 && topRaw < 0.5 {
			continue
		}
		if s.rule != modelRule {
			strongest = max(strongest, s.w)
		}
		keep *= 1 - s.raw
		damp += s.raw * (s.w / s.raw)
		sum += s.raw
	}
	score := 1 - keep
	if sum > 0 {
		score *= damp / sum
	}
	// more evidence never lowers the score below the strongest rule
	// signal that counts: a quoted piece of an attack next to an
	// unquoted one must not dilute the unquoted one's weight. The linear
	// model is left out: it reads words, not frames, and its signal
	// stands for the text's whole vocabulary, not for one order.
	score = max(score, strongest)
	if st.plantedOrder(sigs) {
		score = 1 - (1-score)*plantedKeep
	}
	if topRaw >= 0.85 && score < DefaultMedium {
		score = DefaultMedium // context lowers a strong signal, never hides it
	}
	score = min(max(score, 0), 1)
	out := Result{Score: score, Signals: make([]Signal, len(sigs))}
	for i, s := range sigs {
		m := shorten(s.match, 80)
		out.Signals[i] = Signal{Rule: s.rule, Label: s.label, Weight: s.w, Raw: s.raw, Start: s.start, End: s.end,
			Origin: s.origin.String(), Match: m}
	}
	return out
}

// plantedKeep is what is left of the doubt when retrieved data both
// addresses the AI and orders a hidden act (plantedOrder).
const plantedKeep = 0.6

// plantedOrder reports whether the signals, in retrieved data, make the
// two halves of a planted order: a note addressed to the AI ("Assistant:",
// "Note for the AI agent:") or an order to keep something from the user
// ("reply to the customer only that …"), and, apart from it, an act the
// model is to do (a tool to call, a verdict to record, something else to
// keep quiet). Each alone is ordinary (a bot's name in a log, a manual's
// "do not mention the price"); together they are the shape of an
// indirect injection, and each one's weight understates the pair.
func (st *scanState) plantedOrder(sigs []signal) bool {
	if st.src != Retrieved {
		return false
	}
	addressed, conceal, acts := false, false, 0
	for _, s := range sigs {
		if s.w < plantedMin || s.w < s.raw*0.95 {
			continue // context read it as quoted, reported or discussed
		}
		switch {
		case s.family == famMarker:
			addressed = true
		case s.family == famExfil || s.family == famTask:
			acts++
			conceal = conceal || concealRules[s.rule]
		}
	}
	return addressed && acts > 0 || conceal && acts > 1
}

// plantedMin is the weight from which a signal counts as one half of a
// planted order: below it, context already read the signal as quoted or
// reported.
const plantedMin = 0.4

// explain names the strongest signals.
func explain(r Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "prompt injection (score %.2f): ", r.Score)
	for i, s := range r.Signals {
		if i == 3 {
			fmt.Fprintf(&b, "; +%d more", len(r.Signals)-3)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(s.Label)
		if s.Match != "" && i == 0 {
			fmt.Fprintf(&b, " (%q)", shorten(s.Match, 60))
		}
		if s.Origin != oPlain.String() {
			fmt.Fprintf(&b, " [in %s]", s.Origin)
		}
	}
	return b.String()
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
