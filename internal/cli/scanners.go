package cli

import (
	"encoding/json"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/ansi"
	"github.com/mcpshield/mcpshield/internal/detect/injection"
	"github.com/mcpshield/mcpshield/internal/detect/pii"
	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
	"github.com/mcpshield/mcpshield/internal/detect/secrets"
	"github.com/mcpshield/mcpshield/internal/detect/unicode"
	"github.com/mcpshield/mcpshield/internal/eval"
	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// defaultScanners are the detectors the gateway runs on each kind of
// message, with default settings.
func defaultScanners() eval.Scanners {
	return eval.Scanners{
		// A listed tool: poisoning and shadowing, with the unicode and
		// escape scans of every string in it.
		Definition: func(tool json.RawMessage) []detect.Finding {
			fs, err := poisoning.ScanToolJSON(tool)
			if err != nil {
				return []detect.Finding{{Type: "poisoning:tool_poisoning", Rule: "unparsable-tool", Severity: detect.High,
					Explanation: "the tool definition is not a valid Tool object: " + err.Error()}}
			}
			return fs
		},
		// Data leaving through arguments, as sent and decoded (nested
		// JSON, base64, hex, URL encoding), as the gateway reads them.
		Arguments: func(text string) []detect.Finding {
			var fs []detect.Finding
			jsonwalk.Variants(text, jsonwalk.Limits{}, func(t, _ string) {
				fs = append(fs, secrets.Scan(t)...)
				fs = append(fs, pii.Scan(t)...)
			})
			return fs
		},
		// Content coming back: data loss, injected instructions, hidden text.
		Result: func(text string) []detect.Finding {
			fs := append(secrets.Scan(text), pii.Scan(text)...)
			fs = append(fs, injection.Scan(text)...)
			fs = append(fs, unicode.Scan(text)...)
			return append(fs, ansi.ScanResult(text)...)
		},
		Prompt: injection.ScanPrompt,
	}
}
