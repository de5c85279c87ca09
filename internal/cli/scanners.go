package cli

import (
	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/pii"
	"github.com/mcpshield/mcpshield/internal/detect/secrets"
	"github.com/mcpshield/mcpshield/internal/eval"
)

// defaultScanners are the detectors the gateway runs on each kind of
// message, with default settings.
func defaultScanners() eval.Scanners {
	dataLoss := func(text string) []detect.Finding {
		return append(secrets.Scan(text), pii.Scan(text)...)
	}
	return eval.Scanners{
		Arguments: dataLoss,
		Result:    dataLoss,
	}
}
