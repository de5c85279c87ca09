package unicode

import "sync"

// popularTools are names of tools from widely used MCP servers (the
// reference servers, GitHub, Slack, mail, shells, browsers, databases) that
// a look-alike name would imitate. Any name that folds to plain ASCII is
// reported whether or not it is listed; the list names the victim in the
// explanation and catches ASCII-only look-alikes ("read_fi1e").
var popularTools = []string{
	// filesystem
	"read_file", "read_text_file", "read_media_file", "read_multiple_files", "write_file",
	"edit_file", "create_directory", "list_directory", "list_directory_with_sizes",
	"directory_tree", "move_file", "search_files", "get_file_info", "list_allowed_directories",
	"delete_file", "copy_file",
	// fetch, search, time, memory, thinking, everything
	"fetch", "search", "web_search", "brave_web_search", "brave_local_search", "google_search",
	"query", "get_current_time", "convert_time", "create_entities", "create_relations",
	"add_observations", "delete_entities", "read_graph", "search_nodes", "open_nodes",
	"sequentialthinking", "echo", "add",
	// git
	"git_status", "git_diff", "git_diff_staged", "git_diff_unstaged", "git_commit", "git_add",
	"git_reset", "git_log", "git_show", "git_checkout", "git_create_branch", "git_branch",
	"git_push", "git_pull", "git_clone", "git_init",
	// GitHub
	"get_me", "create_issue", "get_issue", "list_issues", "update_issue", "search_issues",
	"add_issue_comment", "create_pull_request", "get_pull_request", "list_pull_requests",
	"merge_pull_request", "update_pull_request", "search_code", "search_repositories",
	"search_users", "get_file_contents", "create_or_update_file", "push_files",
	"create_branch", "list_branches", "fork_repository", "create_repository", "list_commits",
	"get_commit", "create_pull_request_review", "delete_file", "issue_read", "issue_write",
	"pull_request_read", "list_tags", "get_tag", "list_releases",
	// messaging and mail
	"send_email", "read_email", "search_emails", "list_emails", "draft_email", "send_message",
	"post_message", "slack_post_message", "slack_list_channels", "slack_reply_to_thread",
	"slack_get_channel_history", "list_channels", "send_sms",
	// shells and code execution
	"execute_command", "run_command", "run_shell", "shell", "bash", "exec", "run_terminal_cmd",
	"execute_code", "run_code", "run_python", "terminal",
	// browsers
	"browser_navigate", "browser_click", "browser_type", "browser_snapshot",
	"browser_take_screenshot", "puppeteer_navigate", "puppeteer_screenshot", "navigate",
	"screenshot",
	// databases and cloud
	"execute_sql", "run_query", "list_tables", "describe_table", "read_query", "write_query",
	"create_table", "list_buckets", "get_object", "put_object",
	// payments and accounts
	"create_payment", "transfer", "transfer_funds", "get_balance", "create_customer",
	"get_weather", "get_forecast",
}

// popularBySkeleton maps the skeleton of each popular name to the name.
var popularBySkeleton = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(popularTools))
	for _, n := range popularTools {
		m[Skeleton(n)] = n
	}
	return m
})
