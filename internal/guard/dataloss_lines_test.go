package guard_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect/secrets"
	"github.com/mcpshield/mcpshield/internal/guard"
)

// pemLines is a private key as its lines, the body generated.
func pemLines() []string {
	lines := []string{"-----BEGIN OPENSSH PRIVATE KEY-----"}
	for i := range 5 {
		lines = append(lines, randomToken(b64abc, 70, uint64(100+i)))
	}
	return append(lines, "-----END OPENSSH PRIVATE KEY-----")
}

func TestArgumentSecretAcrossStrings(t *testing.T) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	key := pemLines()
	whole := strings.Join(key, "\n")
	tok := "ghp_" + randomToken(alnum, 36, 7)
	tests := []struct {
		name     string
		action   guard.DataAction
		args     any
		verdict  guard.Verdict
		reason   string
		findings int // ArgumentFindings
	}{
		{"key as lines", guard.DataDeny, map[string]any{"lines": key}, guard.Deny, "secret:private_key (private-key) at /lines once decoded (its strings read as lines)", 1},
		{"key as lines, nested", guard.DataDeny, map[string]any{"file": map[string]any{"path": "id_ed25519", "content": key}}, guard.Deny, "at /file/content once decoded", 1},
		{"redact denies: a key across elements has no place", guard.DataRedact, map[string]any{"lines": key}, guard.Deny, "secret:private_key", 1},
		{"reported", guard.DataReport, map[string]any{"lines": key}, guard.Report, "secret:private_key", 1},
		{"key in one element, found once", guard.DataDeny, map[string]any{"files": []string{"README", whole, "notes"}}, guard.Deny, "at /files/1", 1},
		{"lines of prose", guard.DataDeny, map[string]any{"lines": []string{"# Notes", "-----BEGIN NOTES-----", "ship on Friday", "-----END NOTES-----"}}, guard.Allow, "", 0},
		{"two arrays do not join", guard.DataDeny, map[string]any{"a": key[:1], "b": key[1:]}, guard.Allow, "", 0},
		{"token in pieces of an object", guard.DataDeny, map[string]any{"note": "ci cache", "a": tok[:20], "b": tok[20:]}, guard.Deny, "at / once decoded (its strings joined end to end)", 1},
		{"token in pieces of an array", guard.DataDeny, map[string]any{"parts": []string{tok[:10], tok[10:25], tok[25:]}}, guard.Deny, "secret:github_token", 1},
		{"pieces of two objects do not join", guard.DataDeny, map[string]any{"x": map[string]any{"a": tok[:20]}, "y": map[string]any{"b": tok[20:]}}, guard.Allow, "", 0},
		{"short values", guard.DataDeny, map[string]any{"owner": "acme", "repo": "widgets", "branch": "main", "sha": "4b825dc642cb6eb9a060e54bf8d69288fbee4904"}, guard.Allow, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := guard.ArgumentOptions{Secrets: sec.Scan, OnSecret: tt.action}
			args, err := json.Marshal(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			c := guard.NewChain([]guard.Check{guard.NewArgumentCheck(o)}, guard.Options{})
			d, _ := runMsg(t, c, guard.ToServer, guard.KindToolCall, "tools/call", "upload",
				`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"upload","arguments":`+string(args)+`}}`)
			if tt.verdict == guard.Report {
				// a chain records a report and lets the call through
				tt.verdict, tt.reason = guard.Allow, ""
			}
			if d.Verdict != tt.verdict || !strings.Contains(d.Reason, tt.reason) {
				t.Errorf("got %v %q; want %v containing %q", d.Verdict, d.Reason, tt.verdict, tt.reason)
			}
			fs, err := guard.ArgumentFindings(args, o)
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) != tt.findings {
				t.Errorf("ArgumentFindings = %v; want %d findings", fs, tt.findings)
			}
		})
	}
}

func TestResultSecretAcrossArrayElements(t *testing.T) {
	sec, err := secrets.New(secrets.Options{})
	if err != nil {
		t.Fatal(err)
	}
	key := pemLines()
	lines := append([]string{"# deploy key, do not share"}, key...)
	lines = append(lines, "(end of file)")
	structured, err := json.Marshal(map[string]any{"path": "id_ed25519", "lines": lines, "size": 411})
	if err != nil {
		t.Fatal(err)
	}
	raw := `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"411 bytes"}],"structuredContent":` + string(structured) + `}}`
	tests := []struct {
		name    string
		action  guard.DataAction
		verdict guard.Verdict
		reason  string
	}{
		{"redact", guard.DataRedact, guard.Modify, "redacted secret:private_key at /structuredContent/lines/1-7 (its strings read as lines)"},
		{"deny", guard.DataDeny, guard.Deny, "secret:private_key at /structuredContent/lines/1-7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := guard.ContentOptions{Secrets: sec.Scan, OnSecret: tt.action}
			c := guard.NewChain([]guard.Check{guard.NewContentCheck(o)}, guard.Options{})
			d, msg := runMsg(t, c, guard.ToClient, guard.KindToolResult, "tools/call", "read_file", raw)
			if d.Verdict != tt.verdict || !strings.Contains(d.Reason, tt.reason) {
				t.Fatalf("got %v %q; want %v containing %q", d.Verdict, d.Reason, tt.verdict, tt.reason)
			}
			if tt.verdict != guard.Modify {
				return
			}
			var res struct {
				Structured struct {
					Path  string
					Lines []string
					Size  int
				} `json:"structuredContent"`
			}
			if err := json.Unmarshal(msg.Result, &res); err != nil {
				t.Fatalf("redacted result is not valid JSON: %v: %s", err, msg.Result)
			}
			got := res.Structured
			if got.Path != "id_ed25519" || got.Size != 411 || len(got.Lines) != len(lines) {
				t.Fatalf("structure changed: %+v", got)
			}
			for i, l := range got.Lines {
				want := lines[i]
				if i >= 1 && i <= len(key) {
					want = "[REDACTED:secret:private_key]"
				}
				if l != want {
					t.Errorf("lines[%d] = %q; want %q", i, l, want)
				}
			}
		})
	}
	fs, err := guard.ResultFindings([]byte(`{"structuredContent":`+string(structured)+`}`), guard.ContentOptions{Secrets: sec.Scan, OnSecret: guard.DataRedact})
	if err != nil || len(fs) != 1 || fs[0].Type != "secret:private_key" {
		t.Errorf("ResultFindings = %v, %v; want the private key once", fs, err)
	}
}
