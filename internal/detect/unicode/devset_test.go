package unicode

import (
	"encoding/json"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/eval"
	"github.com/mcpshield/mcpshield/internal/eval/evaltest"
)

// TestDevSet checks recall on the dev set's hidden_unicode cases and the
// false-positive rate on its benign ones, for tool definitions (Scan on
// each string, ScanName on the name) and results (Scan).
func TestDevSet(t *testing.T) {
	cases := evaltest.Dev(t, evaltest.Select(
		[]string{eval.KindToolDefinition, eval.KindToolResult}, []string{"hidden_unicode", "benign"}))
	scanTexts := evaltest.EachToolText(t, Scan)
	evaltest.Check(t, cases, eval.Scanners{
		Definition: func(tool json.RawMessage) []detect.Finding {
			var d struct {
				Name string `json:"name"`
			}
			_ = json.Unmarshal(tool, &d) // scanTexts reports a tool it cannot decode
			return append(scanTexts(tool), ScanName(d.Name)...)
		},
		Result: Scan,
	}, evaltest.Floors{Recall: 0.8, FPR: 0.05})
}
