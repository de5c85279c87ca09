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
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// promptData scans a prompt for secrets and personal data as sent and
// decoded, as the gateway's content check reads prompt messages and
// sampling requests.
var promptData = guard.DecodedScanner(func(text string) []detect.Finding {
	return append(secrets.Scan(text), pii.Scan(text)...)
}, jsonwalk.Limits{})

// defaultScanners are the detectors the gateway runs on each kind of
// message, with default settings.
func defaultScanners() eval.Scanners {
	results := guard.ContentOptions{
		Secrets: secrets.Scan, OnSecret: guard.DataRedact, PII: pii.Scan, OnPII: guard.DataRedact, Decode: true,
		Injection: injection.New(injection.Options{}), OnInjection: guard.InjectionWrap,
	}
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
		// Data leaving through arguments, read by the gateway's own
		// check: each value with its name, as sent and decoded (nested
		// JSON, base64, hex, URL encoding), and the object keys.
		ArgumentsJSON: func(args json.RawMessage) ([]detect.Finding, error) {
			return guard.ArgumentFindings(args, guard.ArgumentOptions{
				Secrets: secrets.Scan, OnSecret: guard.DataDeny, PII: pii.Scan, OnPII: guard.DataReport})
		},
		// Content coming back: data loss and injected instructions, read
		// by the gateway's own check (each value with its name, secrets as
		// sent and decoded, text blobs decoded); hidden text and escapes
		// in each text.
		ResultJSON: func(result json.RawMessage) ([]detect.Finding, error) {
			return guard.ResultFindings(result, results)
		},
		Result: func(text string) []detect.Finding {
			return append(unicode.Scan(text), ansi.ScanResult(text)...)
		},
		// A prompt (a prompt message, a sampling request): takeover
		// attempts, and the data the gateway redacts from prompt messages
		// and sampling requests as it does from results.
		Prompt: func(text string) []detect.Finding {
			return append(injection.ScanPrompt(text), promptData(text)...)
		},
	}
}
