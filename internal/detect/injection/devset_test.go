package injection

import (
	"testing"

	"github.com/mcpshield/mcpshield/internal/eval"
	"github.com/mcpshield/mcpshield/internal/eval/evaltest"
)

// TestDevSet checks recall on the dev set's prompt-injection cases and the
// false-positive rate on its benign ones, for tool results (Scan) and for
// prompts (ScanPrompt) each. Run with -v to see every miss and false
// positive.
func TestDevSet(t *testing.T) {
	cases := evaltest.Dev(t, evaltest.Select(
		[]string{eval.KindToolResult, eval.KindPrompt}, []string{"prompt_injection", "benign"}))
	evaltest.Check(t, cases, eval.Scanners{Result: Scan, Prompt: ScanPrompt},
		evaltest.Floors{Recall: 0.8, FPR: 0.05, PerKind: true})
}
