package scan

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample is a report with every kind of row: failed and skipped servers,
// findings of each severity in no particular order, one with a severity
// that does not parse, and hostile text (ANSI escape, bidirectional
// override, newline) where a tool description would put it.
func sample() *Report {
	const desk = "/Users/me/Library/Application Support/Claude/claude_desktop_config.json"
	const cursor = `C:\Users\me\.cursor\mcp.json`
	return &Report{
		Servers: []ServerResult{
			{Client: "claude-desktop", Config: desk, Server: "filesystem", Status: StatusOK, Tools: 11},
			{Client: "claude-desktop", Config: desk, Server: "evil-math", Status: StatusOK, Tools: 2},
			{Client: "cursor", Config: cursor, Server: "broken", Status: StatusFailed, Error: `exec: "nope": executable file not found in $PATH`},
			{Client: "claude-code", Config: ".mcp.json", Server: "remote", Status: StatusSkipped, Error: "HTTP server; pass --connect to scan it"},
		},
		Findings: []Finding{
			{Client: "claude-desktop", Config: desk, Server: "filesystem", Type: "unpinned", Severity: "low", Message: "11 tools have no pin; run mcpshield pin"},
			{Client: "claude-desktop", Config: desk, Server: "evil-math", Tool: "add", Type: "poisoning:tool_poisoning", Rule: "sensitive-file-read", Severity: "critical",
				Message: "description tells the model to read ~/.ssh/id_rsa and pass it as \"note\""},
			{Client: "claude-desktop", Config: desk, Server: "evil-math", Tool: "add", Type: "unicode:bidi", Rule: "bidi-override", Severity: "high",
				Message: "bidirectional override in description: \"abc\u202Edef\" then \x1b[2Jclear\nnext line"},
			{Client: "claude-desktop", Config: desk, Server: "evil-math", Tool: "multiply", Type: "shadowing", Rule: "cross-server-reference", Severity: "medium",
				Message: "description gives instructions about tool send_email of server mail"},
			{Client: "cursor", Config: cursor, Server: "broken", Type: "start_failed", Severity: "info", Message: "server did not start"},
			{Client: "claude-desktop", Config: desk, Server: "filesystem", Type: "unsigned", Severity: "SEVERE", Message: "a severity that does not parse ranks as critical"},
		},
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		write func(*bytes.Buffer, *Report) error
		r     *Report
	}{
		{"report.txt", func(b *bytes.Buffer, r *Report) error { return WriteTable(b, r) }, sample()},
		{"report.json", func(b *bytes.Buffer, r *Report) error { return WriteJSON(b, r) }, sample()},
		{"report.sarif", func(b *bytes.Buffer, r *Report) error { return WriteSARIF(b, r, "1.2.3") }, sample()},
		{"empty.txt", func(b *bytes.Buffer, r *Report) error { return WriteTable(b, r) }, &Report{}},
		{"empty.json", func(b *bytes.Buffer, r *Report) error { return WriteJSON(b, r) }, &Report{}},
		{"empty.sarif", func(b *bytes.Buffer, r *Report) error { return WriteSARIF(b, r, "dev") }, &Report{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b, tt.r); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.name)
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("output differs from %s; got:\n%s", path, b.Bytes())
			}
		})
	}
}

func TestWritersKeepReport(t *testing.T) {
	r := sample()
	first := r.Findings[0]
	var b bytes.Buffer
	if err := WriteTable(&b, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteSARIF(&b, r, "x"); err != nil {
		t.Fatal(err)
	}
	if r.Findings[0] != first {
		t.Errorf("writers reordered the caller's findings")
	}
}

// TestSARIFShape checks what a SARIF consumer relies on: version, one run,
// results pointing at existing rules, levels by severity, file URIs.
func TestSARIFShape(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSARIF(&b, sample(), "1.2.3"); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Locations []struct {
					Physical struct {
						Artifact struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Properties struct {
					Severity string `json:"severity"`
				} `json:"properties"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "mcpshield" {
		t.Fatalf("version %q, %d runs; want 2.1.0, 1 run of mcpshield", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != 6 || len(run.Results) != 6 {
		t.Errorf("%d rules, %d results; want 6, 6", len(run.Tool.Driver.Rules), len(run.Results))
	}
	wantLevel := map[string]string{"critical": "error", "SEVERE": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
	for _, res := range run.Results {
		if rules := run.Tool.Driver.Rules; res.RuleIndex >= len(rules) || rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s: ruleIndex %d does not point at its rule", res.RuleID, res.RuleIndex)
		}
		if res.Level != wantLevel[res.Properties.Severity] {
			t.Errorf("result %s: level %s for severity %s; want %s", res.RuleID, res.Level, res.Properties.Severity, wantLevel[res.Properties.Severity])
		}
	}
	if got := run.Results[0].Locations[0].Physical.Artifact.URI; got != "file:///Users/me/Library/Application%20Support/Claude/claude_desktop_config.json" {
		t.Errorf("uri %q", got)
	}
}

func TestArtifact(t *testing.T) {
	tests := []struct {
		in   string
		want sarifArtifact
	}{
		{"/home/me/.claude.json", sarifArtifact{URI: "file:///home/me/.claude.json"}},
		{`C:\Users\me\AppData\Roaming\Claude\claude_desktop_config.json`, sarifArtifact{URI: "file:///C:/Users/me/AppData/Roaming/Claude/claude_desktop_config.json"}},
		{".mcp.json", sarifArtifact{URI: ".mcp.json", URIBaseID: "%SRCROOT%"}},
		{"./.vscode/mcp.json", sarifArtifact{URI: ".vscode/mcp.json", URIBaseID: "%SRCROOT%"}},
		{"a b/c#d.json", sarifArtifact{URI: "a%20b/c%23d.json", URIBaseID: "%SRCROOT%"}},
	}
	for _, tt := range tests {
		if got := artifact(tt.in); got != tt.want {
			t.Errorf("artifact(%q) = %+v; want %+v", tt.in, got, tt.want)
		}
	}
}
