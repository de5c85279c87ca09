// Package policy evaluates policy rules written as CEL expressions
// (https://cel.dev) against MCP requests.
//
// A policy is an ordered list of rules. Each rule has a name, a boolean
// `when` expression, an action and a reason. Compile checks every rule once,
// at load; Eval runs them in order, firewall style: the first rule whose
// `when` is true and whose action is allow, deny or redact decides. A rule
// whose action is monitor never decides: when it matches, its name is
// recorded in Result.Monitored and evaluation goes on. When no rule decides,
// the request is allowed.
//
// # Environment
//
// Variables:
//
//	server      string               the upstream server's configured name
//	tool        string               the tool called ("" outside tools/call)
//	method      string               the JSON-RPC method, e.g. "tools/call"
//	arguments   map(string, dyn)     the call's arguments, decoded JSON
//	annotations map(string, bool)    readOnlyHint, destructiveHint, idempotentHint,
//	                                 openWorldHint: only those present as booleans
//	principal   string               who is calling, as authenticated by the shield
//	client      map(string, string)  "name" and "version" from the client's initialize
//	session     string               the session id
//	now         google.protobuf.Timestamp  the time of the request
//
// Annotations are claims the server makes about its own tools. A malicious
// or careless server can mark a destructive tool readOnlyHint: true, so a
// rule must never allow on annotations alone; they are for denying more,
// not less.
//
// Functions, beside CEL's standard library, its optional types and the
// strings extension (lowerAscii, split, replace, ...):
//
//	isEVMAddress(string) bool        0x and 40 hex digits, EIP-55 checksum if mixed case
//	isIBAN(string) bool              registered country, length and mod-97 checksum
//	isEmail(string) bool             a bare address, no display name
//	urlHost(string) string           the host a URL connects to, lowercase; "" if not a URL
//	hostMatches(string, list(string)) bool   host against "example.com" / "*.example.com"
//	pathWithin(string, string) bool  path inside dir, both absolute, after cleaning
//
// The validators are those of internal/detect/value, whose documentation
// gives the exact rules.
//
// # Missing arguments
//
// Selecting a key that is absent, `arguments.path` when the call has no
// path, is an evaluation error, and Eval returns it: the caller fails
// closed. Test first with `has(arguments.path) && ...`, or use optional
// selection, `arguments.?path.orValue("")`. CEL's && and || absorb errors
// when the other side decides, so `tool == "write" && arguments.path ...`
// errs only for calls to write. has() tests one level: write
// `has(arguments.a) && has(arguments.a.b)`.
//
// JSON numbers are doubles; comparisons between doubles and integer
// literals work (`arguments.amount > 100`).
package policy
