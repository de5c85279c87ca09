package ansi

import (
	"testing"

	"github.com/mcpshield/mcpshield/internal/eval"
	"github.com/mcpshield/mcpshield/internal/eval/evaltest"
)

// TestDevSet checks recall on the dev set's ansi_escape cases and the
// false-positive rate on its benign ones, for each kind this package
// scans: definitions with ScanDefinition, results with ScanResult.
func TestDevSet(t *testing.T) {
	cases := evaltest.Dev(t, evaltest.Select(
		[]string{eval.KindToolDefinition, eval.KindToolResult}, []string{"ansi_escape", "benign"}))
	evaltest.Check(t, cases, eval.Scanners{
		Definition: evaltest.EachToolText(t, ScanDefinition),
		Result:     ScanResult,
	}, evaltest.Floors{Recall: 0.8, FPR: 0.05, PerKind: true})
}
