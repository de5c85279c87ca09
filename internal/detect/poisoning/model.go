package poisoning

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/mcpshield/mcpshield/internal/detect/injection/linear"
)

// The linear model scores a whole definition beside the rules: a
// logistic regression over hashed words and word pairs (package linear,
// the injection detector's), trained offline on the labelled definition
// sets, the tools of real MCP servers and documentation as ordinary
// prose (README.md, "The definition model"; go run
// ./internal/detect/injection/linear/train -kind definitions). The rules
// know attacks by their phrasing; the model knows the vocabulary around
// them, and catches some of what is phrased otherwise.

// modelThreshold is the probability from which the model's signal
// counts; it blocks alone (weight 3). Chosen by leave-one-set-out
// cross-validation over the case files (README.md, "The definition
// model").
const modelThreshold = 0.97

//go:embed model.bin
var modelFile []byte

// loadModel decodes the embedded model once.
var loadModel = sync.OnceValues(func() (*linear.Model, error) { return linear.Load(modelFile) })

// scratchPool keeps the model's scratch space between scans.
var scratchPool = sync.Pool{New: func() any { return new(linear.Scratch) }}

// ModelText is the text of a definition the model reads: its strings in
// the order the detector reads them (name, description, then the
// schema's), one per line. The trainer reads definitions through it, so
// that what the model learnt from is what it scores.
func ModelText(t Tool) string { return modelText(toolFields(t)) }

func modelText(fs []field) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// modelScore is the model's probability that the definition with fields
// fs is poisoned.
func modelScore(fs []field) float64 {
	m, err := loadModel()
	if err != nil {
		panic(fmt.Sprintf("poisoning: embedded model: %v", err)) // a bug, caught by the tests
	}
	sc := scratchPool.Get().(*linear.Scratch)
	defer scratchPool.Put(sc)
	return m.Score(modelText(fs), sc)
}

// modelHit is the model's hit on tool t with fields fs, if it reads the
// definition as poisoned.
func modelHit(t Tool, fs []field) (hit, bool) {
	p := modelScore(fs)
	if p < modelThreshold {
		return hit{}, false
	}
	return hit{r: ruleModel, field: "description", end: len(t.Description), detail: fmt.Sprintf("p=%.3f", p)}, true
}
