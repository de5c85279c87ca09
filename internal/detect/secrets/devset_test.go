package secrets

import (
	"testing"

	"github.com/mcpshield/mcpshield/internal/eval"
	"github.com/mcpshield/mcpshield/internal/eval/evaltest"
)

// TestDevSet checks recall on the dev set's secret cases and the
// false-positive rate on its benign cases of every kind.
func TestDevSet(t *testing.T) {
	cases := evaltest.Dev(t, evaltest.Select(nil, []string{"secret", "benign"}))
	evaltest.Check(t, cases, eval.Scanners{
		Definition: evaltest.EachToolText(t, Scan),
		Result:     Scan,
		Arguments:  Scan,
		Prompt:     Scan,
	}, evaltest.Floors{Recall: 0.8, FPR: 0.05})
}
