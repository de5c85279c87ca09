package poisoning

import (
	"encoding/json"
	"strings"
	"testing"
)

// benignParagraphs are ordinary texts: tool descriptions of popular
// servers, prose, code, logs, other scripts.
var benignParagraphs = []string{
	"Create a new issue in a GitHub repository with a title and optional body. Use this tool when the user asks to report a bug; ask the user to confirm before calling. If the repository does not exist, call search_repositories first.\n",
	"Read the complete contents of a file from the file system as text. Use the 'head' parameter to read only the first N lines of a file, or the 'tail' parameter to read only the last N lines. Only works within allowed directories.\n",
	"The quarterly report is attached. Revenue grew 12% year over year, driven by the “Pro” plan — see page 4 for details. Let me know if you have questions!\n",
	"func main() {\n\tfmt.Println(\"hello, world\")\n\tif err := run(ctx); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}\n",
	"2024-05-01 12:00:01 INFO server listening on :8080 (pid 1234)\n2024-05-01 12:00:02 WARN slow request path=/api/v1/items took=1.2s\n",
	"Send a message to a Slack channel. Messages are posted as the bot user; use slack_list_channels to find the channel ID. Do not use this tool for direct messages.\n",
	"Café au lait, crème brûlée, naïve façade. 東京の天気は晴れです。Привет, как дела? Γεια σου κόσμε.\n",
}

func benignText(n int) string {
	var b strings.Builder
	for b.Len() < n {
		for _, p := range benignParagraphs {
			b.WriteString(p)
		}
	}
	return b.String()
}

func BenchmarkScanBenign(b *testing.B) {
	text := benignText(64 << 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

func BenchmarkScanTool(b *testing.B) {
	t := Tool{
		Name:        "create_or_update_file",
		Description: "Create or update a single file in a GitHub repository. If updating, you should provide the SHA of the file you want to update. Use this tool to create or update a file in a GitHub repository remotely; do not use it for local file operations.",
		InputSchema: json.RawMessage(`{"type":"object","properties":{"branch":{"type":"string","description":"Branch to create/update the file in"},"content":{"type":"string","description":"Content of the file"},"message":{"type":"string","description":"Commit message"},"owner":{"type":"string","description":"Repository owner (username or organization)"},"path":{"type":"string","description":"Path where to create/update the file"},"repo":{"type":"string","description":"Repository name"},"sha":{"type":"string","description":"The blob SHA of the file being replaced. Required if the file already exists."}},"required":["owner","repo","path","content","message","branch"]}`),
	}
	raw, _ := json.Marshal(t)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		ScanTool(t)
	}
}

func TestBenignTextClean(t *testing.T) {
	if fs := Scan(benignText(8 << 10)); len(fs) != 0 {
		t.Errorf("benign text: %v", fs)
	}
}
