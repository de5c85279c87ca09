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
}
