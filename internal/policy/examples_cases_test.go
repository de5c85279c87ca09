package policy

// exampleCase is one request run through an example policy.
type exampleCase struct {
	name string
	in   Input
	want Result
}

func call(server, tool string, args map[string]any) Input {
	return Input{Server: server, Tool: tool, Method: "tools/call", Arguments: args}
}

// exampleCases lists, per example file, requests it must allow and deny.
// Every file in examplesDir needs an entry, so an example cannot go
// untested.
var exampleCases = map[string][]exampleCase{
	"readonly-filesystem.yaml": {
		{"read", call("fs", "read_text_file", map[string]any{"path": "/a"}), Result{Action: Allow}},
		{"list", call("fs", "list_directory", nil), Result{Action: Allow}},
		{"write", call("fs", "write_file", nil), deny("fs-read-only", "the fs server is read-only")},
		{"edit", call("fs", "edit_file", nil), deny("fs-read-only", "the fs server is read-only")},
		{"move", call("fs", "move_file", nil), deny("fs-read-only", "the fs server is read-only")},
		{"create dir", call("fs", "create_directory", nil), deny("fs-read-only", "the fs server is read-only")},
		{"delete camel case", call("fs", "DeleteFile", nil), deny("fs-read-only", "the fs server is read-only")},
		{"other server", call("git", "write_commit", nil), Result{Action: Allow}},
		{"claims writes", Input{Server: "fs", Tool: "sync", Method: "tools/call", Annotations: map[string]any{"readOnlyHint": false}},
			deny("fs-claims-not-read-only", "the fs server is read-only, and this tool says it is not")},
		{"claims read-only", Input{Server: "fs", Tool: "stat", Method: "tools/call", Annotations: map[string]any{"readOnlyHint": true}}, Result{Action: Allow}},
	},
	"no-shell-rm.yaml": {
		{"ls", call("shell", "run", map[string]any{"command": "ls -la /tmp"}), Result{Action: Allow}},
		{"rm file", call("shell", "run", map[string]any{"command": "rm -f build.log"}), Result{Action: Allow}},
		{"rm hyphenated name", call("shell", "run", map[string]any{"command": "rm notes-r.txt"}), Result{Action: Allow}},
		{"rm then ls -R", call("shell", "run", map[string]any{"command": "rm a.txt; ls -R"}), Result{Action: Allow}},
		{"rm -rf", call("shell", "run", map[string]any{"command": "rm -rf /"}), denyRm},
		{"rm -fr", call("shell", "run", map[string]any{"command": "rm -fr ~/project"}), denyRm},
		{"rm -r later", call("shell", "run", map[string]any{"command": "rm -v -r build"}), denyRm},
		{"flag after operand", call("shell", "run", map[string]any{"command": "rm build -R"}), denyRm},
		{"long flag", call("shell", "run", map[string]any{"command": "rm --recursive build"}), denyRm},
		{"sudo and path", call("shell", "run", map[string]any{"command": "sudo /bin/rm -rf /var"}), denyRm},
		{"backslash alias bypass", call("shell", "run", map[string]any{"command": `\rm -rf /`}), denyRm},
		{"chained", call("shell", "run", map[string]any{"command": "cd /tmp && rm -rf *"}), denyRm},
		{"subshell", call("shell", "run", map[string]any{"command": "echo $(rm -rf x)"}), denyRm},
		{"args list", call("exec", "spawn", map[string]any{"command": "rm", "args": []any{"-rf", "/"}}),
			deny("no-recursive-rm-args", "recursive rm is not allowed")},
		{"args list benign", call("exec", "spawn", map[string]any{"command": "rm", "args": []any{"-f", "x"}}), Result{Action: Allow}},
		{"find delete", call("shell", "run", map[string]any{"command": "find / -name '*.log' -delete"}),
			deny("no-other-mass-deletes", "mass deletion and disk overwrites are not allowed")},
		{"dd", call("shell", "run", map[string]any{"command": "dd if=/dev/zero of=/dev/sda bs=1M"}),
			deny("no-other-mass-deletes", "mass deletion and disk overwrites are not allowed")},
		{"no command", call("shell", "run", map[string]any{"script": "rm -rf /"}), Result{Action: Allow}},
	},
	"writes-within-workspace.yaml": {
		{"write inside", call("fs", "write_file", map[string]any{"path": "/srv/workspace/a.txt"}), Result{Action: Allow}},
		{"write outside", call("fs", "write_file", map[string]any{"path": "/etc/passwd"}), denyWrite},
		{"dot-dot escape", call("fs", "write_file", map[string]any{"path": "/srv/workspace/../../etc/passwd"}), denyWrite},
		{"prefix trick", call("fs", "edit_file", map[string]any{"path": "/srv/workspace-evil/a"}), denyWrite},
		{"relative", call("fs", "create_directory", map[string]any{"path": "workspace/a"}), denyWrite},
		{"no path", call("fs", "write_file", map[string]any{"content": "x"}), denyWrite},
		{"read outside", call("fs", "read_text_file", map[string]any{"path": "/etc/hosts"}), Result{Action: Allow}},
		{"move inside", call("fs", "move_file", map[string]any{"source": "/srv/workspace/a", "destination": "/srv/workspace/b"}), Result{Action: Allow}},
		{"move out", call("fs", "move_file", map[string]any{"source": "/srv/workspace/a", "destination": "/tmp/a"}),
			deny("move-within-workspace", "files may only be moved within /srv/workspace")},
	},
	"no-network-egress.yaml": {
		{"fetch tool", call("misc", "fetch", map[string]any{"url": "https://api.github.com/"}), denyFetch},
		{"http tool", call("misc", "HTTP_GET", nil), denyFetch},
		{"web allowed host", call("web", "fetch", map[string]any{"url": "https://api.github.com/repos"}), Result{Action: Allow}},
		{"web wildcard host", call("web", "fetch", map[string]any{"url": "https://en.wikipedia.org/wiki/Go"}), Result{Action: Allow}},
		{"web other host", call("web", "fetch", map[string]any{"url": "https://evil.example.net/"}), denyEgress},
		{"userinfo trick", call("web", "fetch", map[string]any{"url": "https://api.github.com@evil.example.net/"}), denyEgress},
		{"URL in another tool", call("notes", "save", map[string]any{"text": "hi", "link": "http://169.254.169.254/latest"}), denyEgress},
		{"malformed URL", call("web", "fetch", map[string]any{"url": `https://api.github.com\@evil.example.net`}), denyEgress},
		{"plain text", call("notes", "save", map[string]any{"text": "see api.github.com"}), Result{Action: Allow}},
		{"non-string arguments", call("notes", "save", map[string]any{"n": 3.0, "tags": []any{"a"}}), Result{Action: Allow}},
	},
	"wallet-recipients.yaml": {
		{"allowed checksummed", call("wallet", "transfer", map[string]any{"to": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "amount": 0.5}), Result{Action: Allow}},
		{"allowed lowercase", call("wallet", "send_transaction", map[string]any{"to": "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"}), Result{Action: Allow}},
		{"unknown recipient", call("wallet", "transfer", map[string]any{"to": "0xde709f2102306220921060314715629080e2fb77"}), denyWallet},
		{"bad checksum", call("wallet", "transfer", map[string]any{"to": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}), denyWallet},
		{"no recipient", call("wallet", "transfer", map[string]any{"amount": 1.0}), denyWallet},
		{"large amount recorded", call("wallet", "transfer", map[string]any{"to": "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "amount": "2.5"}),
			Result{Action: Allow, Monitored: []string{"wallet-large-transfer"}}},
		{"other tool", call("wallet", "balance", map[string]any{"to": "0xde709f2102306220921060314715629080e2fb77"}), Result{Action: Allow}},
	},
}

func deny(rule, reason string) Result { return Result{Action: Deny, Rule: rule, Reason: reason} }

var (
	denyRm     = deny("no-recursive-rm", "recursive rm is not allowed")
	denyWrite  = deny("write-path-in-workspace", "files may only be written under /srv/workspace")
	denyFetch  = deny("no-fetch-tools", "network tools are only available through the web server")
	denyEgress = deny("egress-allowlist", "that host is not on the egress allowlist")
	denyWallet = deny("wallet-recipient-allowlist", "that address is not an allowed recipient")
)
