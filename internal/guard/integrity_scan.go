package guard

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/ansi"
	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
	uni "github.com/mcpshield/mcpshield/internal/detect/unicode"
	"github.com/mcpshield/mcpshield/internal/pin"
)

// maxScanCache bounds the remembered scan results (by definition hash);
// when full, the cache starts over.
const maxScanCache = 4096

// scanResult is what the detectors found in one definition.
type scanResult struct {
	tool        poisoning.Tool // the tool as the detector reads it (tools only)
	inputSchema json.RawMessage
	annotations json.RawMessage
	findings    []detect.Finding
	blocking    *detect.Finding // the first finding of high severity or more
	// stripped is the definition with invisible and control characters
	// removed from every string, nil when it had none.
	stripped json.RawMessage
	// cleaned is a tool with the text of its blocking findings removed
	// (Strip), nil when that is not possible or not asked for.
	cleaned json.RawMessage
}

// scanCache scans definitions once per hash: servers list the same
// definitions in every session.
type scanCache struct {
	det   *poisoning.Detector
	strip bool // compute scanResult.cleaned
	mu    sync.Mutex
	m     map[string]*scanResult
}

func newScanCache(det *poisoning.Detector) *scanCache {
	return &scanCache{det: det, m: make(map[string]*scanResult)}
}

func (c *scanCache) get(kind pin.Kind, d pin.Definition, raw json.RawMessage) *scanResult {
	if d.Hash != "" {
		c.mu.Lock()
		r, ok := c.m[d.Hash]
		c.mu.Unlock()
		if ok {
			return r
		}
	}
	r := c.scan(kind, raw)
	if d.Hash != "" {
		c.mu.Lock()
		if len(c.m) >= maxScanCache {
			clear(c.m)
		}
		c.m[d.Hash] = r
		c.mu.Unlock()
	}
	return r
}

// defFields is the part of a definition the scan reads.
type defFields struct {
	Name         string          `json:"name"`
	Title        string          `json:"title"`
	Description  string          `json:"description"`
	InputSchema  json.RawMessage `json:"inputSchema"`
	OutputSchema json.RawMessage `json:"outputSchema"`
	Annotations  json.RawMessage `json:"annotations"`
	URITemplate  string          `json:"uriTemplate"`
	Arguments    []struct {
		Name        string `json:"name"`
		Title       string `json:"title"`
		Description string `json:"description"`
	} `json:"arguments"`
}

func (c *scanCache) scan(kind pin.Kind, raw json.RawMessage) *scanResult {
	var f defFields
	r := &scanResult{}
	if err := json.Unmarshal(raw, &f); err != nil {
		r.findings = []detect.Finding{{Type: poisoning.TypeToolPoisoning, Rule: "unparsable-definition", Severity: detect.High,
			Explanation: "the definition does not decode: " + err.Error()}}
		r.blocking = &r.findings[0]
		return r
	}
	r.inputSchema, r.annotations = f.InputSchema, f.Annotations
	switch kind {
	case pin.KindTool:
		r.tool = poisoning.Tool{Name: f.Name, Description: f.Description, InputSchema: f.InputSchema}
		r.findings = c.det.ScanTool(r.tool)
		if len(f.OutputSchema) > 0 {
			r.findings = append(r.findings, c.det.ScanTool(poisoning.Tool{Name: f.Name, InputSchema: f.OutputSchema})...)
		}
		var title strings.Builder
		title.WriteString(f.Title)
		if len(f.Annotations) > 0 {
			var a struct{ Title string }
			if json.Unmarshal(f.Annotations, &a) == nil && a.Title != "" {
				title.WriteString("\n" + a.Title)
			}
		}
		if title.Len() > 0 {
			r.findings = append(r.findings, c.textFindings(title.String())...)
		}
	default:
		var text strings.Builder
		for _, s := range []string{f.Title, f.Description, f.URITemplate} {
			if s != "" {
				text.WriteString(s + "\n")
			}
		}
		for _, a := range f.Arguments {
			text.WriteString(a.Name + ": " + a.Title + " " + a.Description + "\n")
		}
		r.findings = append(uni.ScanName(f.Name), c.textFindings(text.String())...)
	}
	r.blocking = firstBlocking(r.findings)
	r.stripped = stripDefinition(raw)
	if c.strip && r.blocking != nil && kind == pin.KindTool {
		if cleaned, ok := stripFindings(c.det, raw); ok {
			if s := stripDefinition(cleaned); s != nil {
				cleaned = s
			}
			r.cleaned = cleaned
		}
	}
	return r
}

func (c *scanCache) textFindings(text string) []detect.Finding {
	fs := c.det.Scan(text)
	fs = append(fs, uni.Scan(text)...)
	return append(fs, ansi.ScanDefinition(text)...)
}

// stripDefinition removes invisible and control characters from every
// string of a definition, keys included; nil when there are none.
func stripDefinition(raw json.RawMessage) json.RawMessage {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return nil
	}
	changed := false
	v = stripValue(v, &changed)
	if !changed {
		return nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(v) != nil {
		return nil
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}

func stripValue(v any, changed *bool) any {
	switch t := v.(type) {
	case string:
		return stripText(t, changed)
	case []any:
		for i := range t {
			t[i] = stripValue(t[i], changed)
		}
	case map[string]any:
		for k, e := range t {
			nk := stripText(k, changed)
			if nk != k {
				delete(t, k)
			}
			t[nk] = stripValue(e, changed)
		}
	}
	return v
}

func stripText(s string, changed *bool) string {
	out := ansi.Strip(uni.Strip(s))
	if out != s {
		*changed = true
	}
	return out
}

// ScanDefinition runs the definition detectors the integrity check runs on
// one listed definition: poisoning, hidden Unicode, escape sequences, in
// every field. `mcpshield scan` shares it.
func ScanDefinition(det *poisoning.Detector, kind pin.Kind, raw json.RawMessage) (findings []detect.Finding, tool poisoning.Tool) {
	r := (&scanCache{det: det}).scan(kind, raw)
	return r.findings, r.tool
}

// ShadowingOf reports the cross-server findings about tool t of server,
// given the tools of the other servers.
func ShadowingOf(det *poisoning.Detector, server string, t poisoning.Tool, others map[string][]poisoning.Tool) []detect.Finding {
	servers := make(map[string][]poisoning.Tool, len(others)+1)
	for s, tools := range others {
		if s == server {
			continue
		}
		names := make([]poisoning.Tool, len(tools))
		for i, o := range tools {
			names[i] = poisoning.Tool{Name: o.Name}
		}
		servers[s] = names
	}
	if len(servers) == 0 {
		return nil
	}
	servers[server] = []poisoning.Tool{t}
	return det.Shadowing(servers)
}
