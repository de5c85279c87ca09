package scan

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// The subset of SARIF 2.1.0 (OASIS) that WriteSARIF writes.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		Results     []sarifResult     `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string         `json:"id"`
		ShortDescription     sarifText      `json:"shortDescription"`
		DefaultConfiguration sarifRuleConf  `json:"defaultConfiguration"`
		Properties           sarifRuleProps `json:"properties"`
	}
	sarifRuleConf struct {
		Level string `json:"level"`
	}
	sarifRuleProps struct {
		Tags []string `json:"tags"`
		// SecuritySeverity is the 0-10 score code-scanning services
		// (GitHub) rank security alerts by.
		// Info findings have none.
		SecuritySeverity string `json:"security-severity,omitempty"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool                `json:"executionSuccessful"`
		Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Properties          sarifResultProps  `json:"properties"`
	}
	sarifResultProps struct {
		Client   string `json:"client,omitempty"`
		Server   string `json:"server,omitempty"`
		Tool     string `json:"tool,omitempty"`
		Severity string `json:"severity"`
	}
	sarifLocation struct {
		Physical *sarifPhysical `json:"physicalLocation,omitempty"`
		Logical  []sarifLogical `json:"logicalLocations,omitempty"`
	}
	sarifPhysical struct {
		Artifact sarifArtifact `json:"artifactLocation"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifLogical struct {
		Name               string `json:"name"`
		FullyQualifiedName string `json:"fullyQualifiedName"`
		Kind               string `json:"kind"`
	}
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	projectURI   = "https://github.com/mcpshield/mcpshield"
)

// WriteSARIF writes the report as a SARIF 2.1.0 log with one run: driver
// mcpshield (at toolVersion) with one rule per distinct type and rule, one
// result per finding, most severe first, located at its config file (and,
// logically, at server/tool). Servers that failed or were skipped become
// tool execution notifications.
func WriteSARIF(w io.Writer, r *Report, toolVersion string) error {
	fs := sortedFindings(r)
	run := sarifRun{
		Tool:        sarifTool{Driver: sarifDriver{Name: "mcpshield", Version: toolVersion, InformationURI: projectURI, Rules: []sarifRule{}}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
		Results:     []sarifResult{},
	}
	// Rules: distinct ids, sorted, each at the level of its most severe
	// finding.
	index := make(map[string]int)
	var ids []string
	top := make(map[string]detect.Severity)
	for _, f := range fs {
		id := ruleID(f)
		if _, seen := top[id]; !seen {
			ids = append(ids, id)
		}
		top[id] = max(top[id], rank(f.Severity))
	}
	slices.Sort(ids)
	for i, id := range ids {
		index[id] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   id,
			ShortDescription:     sarifText{Text: describeRule(id)},
			DefaultConfiguration: sarifRuleConf{Level: level(top[id])},
			Properties:           sarifRuleProps{Tags: ruleTags(id), SecuritySeverity: securitySeverity(top[id])},
		})
	}
	for _, f := range fs {
		id := ruleID(f)
		run.Results = append(run.Results, sarifResult{
			RuleID:              id,
			RuleIndex:           index[id],
			Level:               level(rank(f.Severity)),
			Message:             sarifText{Text: resultMessage(f)},
			Locations:           locations(f.Config, f.Server, f.Tool),
			PartialFingerprints: map[string]string{"mcpshieldFinding/v1": fingerprint(f)},
			Properties:          sarifResultProps{Client: f.Client, Server: f.Server, Tool: f.Tool, Severity: f.Severity},
		})
	}
	for _, s := range r.Servers {
		if s.Status == StatusOK {
			continue
		}
		lvl := "error"
		if s.Status == StatusSkipped {
			lvl = "note"
		}
		msg := "server " + s.Server + " (" + s.Client + ") " + s.Status
		if s.Error != "" {
			msg += ": " + s.Error
		}
		run.Invocations[0].Notifications = append(run.Invocations[0].Notifications,
			sarifNotification{Level: lvl, Message: sarifText{Text: msg}, Locations: locations(s.Config, s.Server, "")})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// ruleID is "type/rule", or the type alone for a finding without a rule.
func ruleID(f Finding) string {
	t := f.Type
	if t == "" {
		t = "unknown"
	}
	if f.Rule == "" {
		return t
	}
	return t + "/" + f.Rule
}

func describeRule(id string) string {
	t, rule, _ := strings.Cut(id, "/")
	if rule == "" {
		return "MCP server finding: " + t
	}
	return "MCP server finding: " + t + " (rule " + rule + ")"
}

// ruleTags are "security", "mcp" and the family of the type (the part
// before the first colon).
func ruleTags(id string) []string {
	t, _, _ := strings.Cut(id, "/")
	family, _, _ := strings.Cut(t, ":")
	return []string{"security", "mcp", family}
}

// level maps a severity to a SARIF level.
func level(s detect.Severity) string {
	switch {
	case s >= detect.High:
		return "error"
	case s == detect.Medium:
		return "warning"
	}
	return "note"
}

// securitySeverity is the CVSS-like score GitHub maps to critical (>= 9),
// high (>= 7), medium (>= 4) and low.
func securitySeverity(s detect.Severity) string {
	switch s {
	case detect.Critical:
		return "9.5"
	case detect.High:
		return "8.0"
	case detect.Medium:
		return "5.5"
	case detect.Low:
		return "3.0"
	}
	return ""
}

func resultMessage(f Finding) string {
	var b strings.Builder
	b.WriteString("server ")
	b.WriteString(f.Server)
	if f.Tool != "" {
		b.WriteString(", tool ")
		b.WriteString(f.Tool)
	}
	if f.Message != "" {
		b.WriteString(": ")
		b.WriteString(f.Message)
	}
	return b.String()
}

// locations places a finding at its config file and, logically, at
// server/tool.
func locations(config, server, tool string) []sarifLocation {
	var loc sarifLocation
	if config != "" {
		loc.Physical = &sarifPhysical{Artifact: artifact(config)}
	}
	if server != "" {
		l := sarifLogical{Name: server, FullyQualifiedName: server, Kind: "module"}
		if tool != "" {
			l = sarifLogical{Name: tool, FullyQualifiedName: server + "/" + tool, Kind: "function"}
		}
		loc.Logical = []sarifLogical{l}
	}
	if loc.Physical == nil && loc.Logical == nil {
		return nil
	}
	return []sarifLocation{loc}
}

// artifact turns a config path into a SARIF artifact location: a file:
// URI for an absolute path (Unix or Windows), a relative URI resolved
// against the checked-out source (%SRCROOT%) for a relative one, such as a
// project's .mcp.json scanned in CI.
func artifact(p string) sarifArtifact {
	slash := filepath.ToSlash(p)
	if isWindowsAbs(p) {
		slash = strings.ReplaceAll(p, `\`, "/")
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: "/" + slash}).String()}
	}
	if strings.HasPrefix(slash, "/") {
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: slash}).String()}
	}
	return sarifArtifact{URI: (&url.URL{Path: strings.TrimPrefix(slash, "./")}).String(), URIBaseID: "%SRCROOT%"}
}

func isWindowsAbs(p string) bool {
	return len(p) >= 3 && (p[0] >= 'a' && p[0] <= 'z' || p[0] >= 'A' && p[0] <= 'Z') && p[1] == ':' && (p[2] == '\\' || p[2] == '/')
}

// fingerprint identifies a finding across runs for alert tracking: the
// same client, config, server, tool, type, rule and message.
func fingerprint(f Finding) string {
	h := sha256.New()
	for _, s := range []string{f.Client, f.Config, f.Server, f.Tool, f.Type, f.Rule, f.Message} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
