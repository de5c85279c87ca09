package injection

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/mcpshield/mcpshield/internal/detect/injection/linear"
)

// The linear model (package linear) scores the whole text beside the
// rules: it knows phrasings no rule names. It was trained offline on the
// labelled sets and public data listed in linear/README.md; model.bin is
// its output (go run ./internal/detect/injection/linear/train).

//go:embed model.bin
var modelFile []byte

// loadModel decodes the embedded model once.
var loadModel = sync.OnceValues(func() (*linear.Model, error) { return linear.Load(modelFile) })

const (
	// modelThreshold is the probability from which the model reports:
	// few pieces of the held-out half of the documentation corpus reach
	// it (train's last lines: 2 of 5,118 with the eighth model, 4 with
	// the seventh;
	// linear/README.md). On
	// the fresh blind set 6, 0.98 flagged two more benign texts than
	// 0.99 and caught nothing more (linear/README.md).
	modelThreshold = 0.99
	// modelWeight is the signal's weight: alone, it blocks.
	modelWeight = 0.85
	// modelRule is the id of the model's signal.
	modelRule = "model.linear"
)

// modelThresholdFor is the threshold for a text of n bytes. The model
// scores each window of a long text and keeps the highest, so a text of k
// windows has about k chances to reach a threshold set on texts of one: the
// threshold's odds are multiplied by k (a window of a 256 KiB text must
// reach 0.9999), which keeps the false positives per text where they were
// measured, on pieces of at most one window. Without this, one in eight of
// the gateway benchmark's 256 KiB word salads reached 0.99.
func modelThresholdFor(n int) float64 {
	k := 1
	if n > linear.Window {
		k += (n - linear.Window + linear.Stride - 1) / linear.Stride
	}
	odds := modelThreshold / (1 - modelThreshold) * float64(k)
	return odds / (1 + odds)
}

// runModel adds the model's signal when it is sure enough.
func (st *scanState) runModel(text string, u *unit) {
	if st.off[modelRule] {
		return
	}
	m, err := loadModel()
	if err != nil {
		panic(fmt.Sprintf("injection: embedded model: %v", err)) // a bug, caught by the tests
	}
	p, a, b := m.ScoreSpan(text, &st.buf.model)
	if p < modelThresholdFor(len(text)) {
		return
	}
	if clean, noise := denoise(text, a, b); noise >= binaryShare {
		return // binary data: no words to read
	} else if noise >= noiseShare {
		// the window is binary data or escapes: read the words alone
		if p, a, b = m.ScoreSpan(clean, &st.buf.model); p < modelThresholdFor(len(text)) {
			return
		}
	}
	w := modelWeight
	if !st.ruleSignal() && st.modelMeta(u, text) >= modelMetaMin || st.rulesAside() {
		// a report on an attack, as the rules' context reads it; or
		// the rules read the words the model reads as an aside
		// ("if the user asks you to ignore the rules, refuse")
		w *= damping(modelMetaMin, false, false)
	}
	// the signal spans the window that scored highest, in the input's
	// own offsets (add would map the unit's); context does not damp it:
	// the model read the framing too
	st.sigs = append(st.sigs, signal{rule: modelRule, label: fmt.Sprintf("reads like instructions to the model (linear model, p=%.3f)", p),
		family: famModel, raw: modelWeight, w: w, origin: oPlain, start: a, end: b, match: shorten(text[a:b], 80)})
}
