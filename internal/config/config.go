package config

import (
	"log/slog"
	"time"
)

// Config is a decoded and validated shield.yaml. The yaml tags name the keys
// of the file; schema/shield.schema.json describes the same keys for editors.
type Config struct {
	// Version of the file format; 1 is the only valid value. Required in a file.
	Version int `yaml:"version"`
	// Listen is the address (host:port) that serve listens on.
	Listen string `yaml:"listen"`
	// Mode is the global mode; a server may override it.
	Mode Mode `yaml:"mode"`
	// OnCheckError says what happens when a check fails with an error
	// rather than a decision: deny (fail closed, the default) or allow.
	OnCheckError CheckErrorPolicy `yaml:"on_check_error"`
	// Log configures the shield's own log (always on stderr).
	Log Log `yaml:"log"`
	// Home is the state directory. Empty means the default that HomeDir
	// resolves; it is not resolved when the file is parsed.
	Home string `yaml:"home"`
	// Limits are the global message size limits.
	Limits Limits `yaml:"limits"`
	// Methods are the global method allow and deny lists.
	Methods Methods `yaml:"methods"`
	// HTTP configures the Streamable HTTP listener of serve.
	HTTP HTTP `yaml:"http"`
	// Pins configures where tool definitions are pinned and what a new one
	// does.
	Pins Pins `yaml:"pins"`
	// Detection configures the poisoning and shadowing detectors for every
	// server; a server may override it.
	Detection Detection `yaml:"detection"`
	// DLP configures data-loss prevention on arguments and results.
	DLP DLP `yaml:"dlp"`
	// Injection configures prompt-injection detection in what servers send.
	Injection Injection `yaml:"injection"`
	// Sanitize is strip (the default: escape sequences, stray control and
	// invisible characters are removed from every string servers send) or
	// off.
	Sanitize string `yaml:"sanitize"`
	// SchemaValidation is what a tools/call whose arguments do not fit the
	// tool's inputSchema does: deny (the default: the call is refused with
	// the mismatches), report (forwarded, recorded) or off (not checked).
	SchemaValidation string `yaml:"schema_validation"`
	// Policy holds the policy rules, evaluated on every tools/call.
	Policy Policy `yaml:"policy"`
	// Calls are the per-call limits of every tool of every server; a
	// server and a tool may set their own.
	Calls CallLimits `yaml:"calls"`
	// RateLimits says where the buckets of calls.per_minute are kept.
	RateLimits RateLimits `yaml:"rate_limits"`
	// Audit configures the tamper-evident audit log.
	Audit Audit `yaml:"audit"`
	// RequireAllowlist refuses to run any server that is not listed under
	// servers (mcpshield run -- CMD must match a listed command and args).
	RequireAllowlist bool `yaml:"require_allowlist"`
	// Servers are the upstreams, in the order of the file. Nil when the file
	// lists none. In the file they are a mapping from name to server.
	Servers []*Server `yaml:"servers"`
}

// Mode says whether checks are enforced.
type Mode string

// Modes.
const (
	// ModeEnforce applies every decision: a denied message is not forwarded.
	ModeEnforce Mode = "enforce"
	// ModeMonitor records what enforce would have done and forwards the
	// message unchanged.
	ModeMonitor Mode = "monitor"
)

// CheckErrorPolicy says what a check that fails with an error decides.
type CheckErrorPolicy string

// Check error policies.
const (
	CheckErrorDeny  CheckErrorPolicy = "deny"  // fail closed (default)
	CheckErrorAllow CheckErrorPolicy = "allow" // fail open
)

// LogFormat is the format of the shield's log lines.
type LogFormat string

// Log formats.
const (
	LogText LogFormat = "text" // slog.TextHandler
	LogJSON LogFormat = "json" // slog.JSONHandler
)

// Transport is how the shield speaks to an upstream server.
type Transport string

// Transports.
const (
	// TransportStdio runs Command as a child process and speaks
	// newline-delimited JSON-RPC on its stdin and stdout.
	TransportStdio Transport = "stdio"
	// TransportStreamableHTTP is the Streamable HTTP transport
	// (2025-03-26 and later), the default for a URL.
	TransportStreamableHTTP Transport = "streamable-http"
	// TransportSSE is the legacy HTTP+SSE transport of 2024-11-05.
	TransportSSE Transport = "sse"
)

// Log configures the shield's own log.
type Log struct {
	// Level is the minimum level logged: debug, info, warn or error.
	Level slog.Level `yaml:"level"`
	// Format is text or json.
	Format LogFormat `yaml:"format"`
}

// Limits are message size limits in bytes. Zero means no limit of that kind,
// except that the global MaxMessageBytes must be positive.
type Limits struct {
	// MaxMessageBytes bounds one JSON-RPC message as framed (a stdio line
	// or an HTTP body); a larger message is a framing error.
	MaxMessageBytes int64 `yaml:"max_message_bytes"`
	// MaxRequestBytes bounds a message from client to server (a check).
	MaxRequestBytes int64 `yaml:"max_request_bytes"`
	// MaxResponseBytes bounds a message from server to client (a check).
	MaxResponseBytes int64 `yaml:"max_response_bytes"`
}

// Methods are allow and deny lists of JSON-RPC method names. An entry is an
// exact name or a pattern in which * matches any run of characters,
// including "/". The guard package applies them (guard.NewMethodCheck).
type Methods struct {
	// Allow lists the permitted methods; empty permits every method.
	Allow []string `yaml:"allow"`
	// Deny lists refused methods; it wins over Allow.
	Deny []string `yaml:"deny"`
}

// HTTP configures the Streamable HTTP listener of serve.
type HTTP struct {
	// AllowedOrigins are Origin values accepted besides the ones always
	// accepted (no Origin, and localhost origins), as scheme://host[:port].
	AllowedOrigins []string `yaml:"allowed_origins"`
	// AllowedHosts are Host values accepted besides localhost names and the
	// listen address (protection against DNS rebinding), as host[:port].
	AllowedHosts []string `yaml:"allowed_hosts"`
	// SessionIdleTimeout ends a session that has seen no request for this
	// long. Positive.
	SessionIdleTimeout time.Duration `yaml:"session_idle_timeout"`
	// ShutdownTimeout bounds how long in-flight calls may take to finish
	// after SIGTERM or SIGINT. Positive.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// Auth, when it lists tokens, makes every client present one: a
	// request without a known token is refused with 401, and the token's
	// name is the principal of its calls (in policy, limits and logs).
	Auth Auth `yaml:"auth"`
}

// Auth lists the tokens clients present to the shield's HTTP listener.
type Auth struct {
	// Header carries the token: Authorization (the default), as
	// "Bearer TOKEN", or another header name, carrying the token alone,
	// which leaves Authorization to the upstream servers (OAuth). The
	// shield removes the header before it forwards a request.
	Header string `yaml:"header"`
	// Tokens are the accepted tokens. Empty means no authentication.
	Tokens []Token `yaml:"tokens"`
	// AllowUnauthenticated lets serve listen beyond loopback with no
	// tokens, for a shield behind a proxy that authenticates its clients.
	// Without it, serve refuses to start so.
	AllowUnauthenticated bool `yaml:"allow_unauthenticated"`
}

// Token is one accepted client token: its value or its SHA-256, and the
// name its calls go by.
type Token struct {
	// Name is the principal of the calls made with the token. It matches
	// ^[a-zA-Z0-9][a-zA-Z0-9_.@-]{0,63}$.
	Name string `yaml:"name"`
	// Token is the value (use ${VAR}); at least 32 characters.
	Token Secret `yaml:"token"`
	// SHA256 is the hex SHA-256 of the value, for a config that must not
	// hold the value itself (mcpshield token prints both).
	SHA256 string `yaml:"sha256"`
	// Expires, if set, is when the token stops being accepted: a date
	// (2027-01-31, midnight UTC) or an RFC 3339 time.
	Expires time.Time `yaml:"expires"`
}

// Server is one upstream MCP server: exactly one of Command (stdio) or URL
// (HTTP) is set.
type Server struct {
	// Name is the key of the server in the file. It matches
	// ^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$ and contains no "__" (the separator
	// of namespaced tool names).
	Name string `yaml:"-"`

	// Command is the program of a stdio server, found in PATH if it has no
	// slash.
	Command string `yaml:"command"`
	// Args are the arguments of Command.
	Args []string `yaml:"args"`
	// Env are variables added to the shield's environment for Command.
	Env map[string]Secret `yaml:"env"`
	// Cwd is the working directory of Command; empty means the shield's.
	Cwd string `yaml:"cwd"`
	// MaxSessions caps the child processes of a stdio server behind serve
	// (one per session). Zero only for a URL server.
	MaxSessions int `yaml:"max_sessions"`

	// URL is the endpoint of an HTTP server (http or https).
	URL string `yaml:"url"`
	// Transport is stdio for a Command, and streamable-http (the default) or
	// sse for a URL. Decoding fills it in; empty means the default.
	Transport Transport `yaml:"transport"`
	// Headers are sent with every request to URL (credentials, typically).
	Headers map[string]Secret `yaml:"headers"`
	// Timeout bounds connecting to URL and receiving the response headers
	// of one request; streamed bodies are not bounded. Zero only for a
	// Command server.
	Timeout time.Duration `yaml:"timeout"`

	// Mode overrides the global mode for this server; empty inherits it.
	Mode Mode `yaml:"mode"`
	// Methods are applied after the global lists: a method must pass both.
	Methods Methods `yaml:"methods"`
	// Limits apply in addition to the global ones: where both are set, the
	// smaller wins.
	Limits Limits `yaml:"limits"`

	// Detection overrides the global detection settings, key by key.
	Detection Detection `yaml:"detection"`
	// Injection overrides the global injection settings for what this
	// server sends, key by key (its disable_rules add to the global ones).
	Injection Injection `yaml:"injection"`
	// SchemaValidation overrides the global schema_validation for this
	// server's tools.
	SchemaValidation string `yaml:"schema_validation"`
	// RequireSignature exposes only definitions whose hash is in one of
	// Manifests, signed by one of TrustedKeys.
	RequireSignature bool `yaml:"require_signature"`
	// TrustedKeys are Ed25519 public keys, each a key line
	// ("mcpshield-ed25519 BASE64") or the path of a .pub file.
	TrustedKeys []string `yaml:"trusted_keys"`
	// Manifests are paths of signed manifests of this server's definitions.
	Manifests []string `yaml:"manifests"`
	// Verify pins what runs: the executable's hash, the npm package version,
	// the TLS key of the URL.
	Verify Verify `yaml:"verify"`
	// Calls override the global per-call limits for this server's tools.
	Calls CallLimits `yaml:"calls"`
	// Tools holds settings of single tools, by the name the server lists.
	Tools map[string]Tool `yaml:"tools"`
}

// Tool holds the settings of one tool of a server.
type Tool struct {
	// Guards restrict arguments to allowed values: the recipients a payment
	// tool may pay, the hosts a fetch tool may reach.
	Guards []Guard `yaml:"guards"`
	// Calls override the server's per-call limits for this tool.
	Calls CallLimits `yaml:"calls"`
}

// Guard restricts one argument of a tool to a list of allowed values.
type Guard struct {
	// Argument is a dotted path into the arguments ("to", "payment.iban");
	// through arrays, every element is checked.
	Argument string `yaml:"argument"`
	// Type is evm_address (EIP-55 checked), iban (mod-97 checked), email,
	// url or host (Allow holds host patterns such as *.example.com), or
	// string.
	Type string `yaml:"type"`
	// Allow lists the allowed values; a call with any other is denied.
	Allow []string `yaml:"allow"`
}

// CallLimits bound tool calls. Zero means no limit of that kind (a tool's
// or server's zero inherits the wider setting).
type CallLimits struct {
	// PerMinute is the rate of calls allowed per principal, server and
	// tool, with bursts of Burst (default: PerMinute/6, at least 1).
	PerMinute int `yaml:"per_minute"`
	Burst     int `yaml:"burst"`
	// PerSession bounds the calls to one tool in one session (a stdio
	// `run` process, or an HTTP session). Stateless 2026-07-28 requests
	// belong to no session and are not counted.
	PerSession int `yaml:"per_session"`
	// MaxArgumentBytes bounds a call's arguments as sent.
	MaxArgumentBytes int64 `yaml:"max_argument_bytes"`
	// MaxResultBytes bounds a call's result as received.
	MaxResultBytes int64 `yaml:"max_result_bytes"`
}

// RateLimits says where the rate limits' buckets are kept.
type RateLimits struct {
	// Store is memory (the default: each shield process counts its own
	// calls) or redis (URL): every shield that names the same Redis draws
	// on the same buckets, as the replicas of a fleet must.
	Store string `yaml:"store"`
	// URL is the Redis to use with store: redis:
	// redis://[user:password@]host:port/db, or rediss:// for TLS.
	URL Secret `yaml:"url"`
	// OnError is what a call does when Redis does not answer in time:
	// deny (the default: the shield fails closed) or allow (the call goes
	// on unlimited and the decision is reported).
	OnError string `yaml:"on_error"`
	// Timeout bounds one Redis round trip; 0 means 250ms.
	Timeout time.Duration `yaml:"timeout"`
	// Prefix starts every key the shield writes in Redis; "" means
	// "mcpshield:". Shields that are to share buckets use the same.
	Prefix string `yaml:"prefix"`
}

// Audit configures the audit log: one JSON line per tool call and per
// decision other than allow, each chained to the line before it by a hash
// (an HMAC with Key), so a change anywhere but at the end is found by
// mcpshield audit verify.
type Audit struct {
	// Path is the log file, appended to and created (mode 0600) if need
	// be; "" (the default) keeps no audit log.
	Path string `yaml:"path"`
	// Key makes the chain values HMACs under it (use ${VAR}): without it,
	// whoever can write the file can rewrite it and the chain after it.
	Key Secret `yaml:"key"`
	// Record is calls (the default: every tools/call, and every decision
	// other than allow) or decisions (only those).
	Record string `yaml:"record"`
	// OnError is what a message does when its record cannot be written:
	// deny (the default: the shield fails closed, -32083) or allow.
	OnError string `yaml:"on_error"`
	// Sync flushes each record to stable storage before the message goes
	// on: records survive a power loss, at a disk flush per record.
	Sync bool `yaml:"sync"`
}

// Policy is an ordered list of rules: the first rule whose when is true
// decides (allow, deny, redact); monitor rules only record that they
// matched. No rule matching allows.
type Policy struct {
	Rules []PolicyRule `yaml:"rules"`
}

// PolicyRule is one rule: a CEL expression over the call (see
// internal/policy for its variables and functions).
type PolicyRule struct {
	Name   string `yaml:"name"`
	When   string `yaml:"when"`
	Action string `yaml:"action"`
	Reason string `yaml:"reason"`
	// Line is the rule's line in the file (0 when unknown).
	Line int `yaml:"-"`
}

// DLP configures data-loss prevention. Each action is one of deny, redact,
// report or off.
type DLP struct {
	// SecretsInArguments: default deny (the value never reaches the server).
	SecretsInArguments string `yaml:"secrets_in_arguments"`
	// PIIInArguments: default report.
	PIIInArguments string `yaml:"pii_in_arguments"`
	// SecretsInResults: default redact (the model never sees the value).
	SecretsInResults string `yaml:"secrets_in_results"`
	// PIIInResults: default redact.
	PIIInResults string `yaml:"pii_in_results"`
	// PIITypes lists the personal data looked for: email, phone,
	// credit_card, ssn, iban, ip_address. Empty means all of them.
	PIITypes []string `yaml:"pii_types"`
	// DisableRules lists secret rule ids that never count.
	DisableRules []string `yaml:"disable_rules"`
}

// Injection configures prompt-injection detection in tool results,
// resources, prompts and sampling requests.
type Injection struct {
	// Action for text scoring at least WrapAt: wrap (the default: the text
	// is put in an untrusted-data envelope and reported), strip (the
	// sentences carrying the instructions are removed), block, report or
	// off. Text scoring at least BlockAt is blocked unless Action is report
	// or off.
	Action string `yaml:"action"`
	// WrapAt is the score (0..1) from which text counts as injected;
	// 0 means 0.5.
	WrapAt float64 `yaml:"wrap_at"`
	// BlockAt is the score from which it is blocked; 0 means 0.8.
	BlockAt float64 `yaml:"block_at"`
	// DisableRules lists injection signals that never count: rule ids as
	// findings name them ("task.embedded-request", "model.linear", …).
	DisableRules []string `yaml:"disable_rules"`
}

// Pins configures tool pinning (trust on first use).
type Pins struct {
	// Store is sqlite (the default: one file in the state directory),
	// postgres (DSN), or off (no pinning: rug pulls are not detected).
	Store string `yaml:"store"`
	// Path is the SQLite file; empty means pins.db in the state directory.
	Path string `yaml:"path"`
	// DSN is the PostgreSQL connection string for store: postgres.
	DSN Secret `yaml:"dsn"`
	// NewDefinitions is what a tool, prompt or template that appears after
	// a server was first pinned does: approve (withheld until approved, the
	// default) or trust (pinned on first use like the first ones).
	NewDefinitions string `yaml:"new_definitions"`
}

// Detection configures the definition detectors.
type Detection struct {
	// OnFinding is what a high-severity finding in a definition does:
	// withhold (the default: kept from the client, calls denied), strip
	// (the offending text is removed from the tool; withheld if it cannot
	// be) or report.
	OnFinding string `yaml:"on_finding"`
	// Threshold is the poisoning score at which a definition is high
	// severity; 0 means the default (3). Higher is less sensitive.
	Threshold int `yaml:"threshold"`
	// DisableRules lists detector rule ids that never count.
	DisableRules []string `yaml:"disable_rules"`
}

// Verify pins what a server entry runs, against impersonation.
type Verify struct {
	// SHA256 is the hex SHA-256 of the executable Command resolves to.
	SHA256 string `yaml:"sha256"`
	// NPM is the exact package the args must run, as name@version
	// ("@scope/pkg@1.2.3"); a range, a tag or no version is refused.
	NPM string `yaml:"npm"`
	// TLS pins the upstream's certificate public key: entries are
	// "sha256/BASE64" of the SubjectPublicKeyInfo; one must match.
	TLS []string `yaml:"tls"`
}
