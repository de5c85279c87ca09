// Package schema checks the arguments of a tools/call against the tool's
// inputSchema, as pinned.
//
// Schemas come from MCP servers and are untrusted. The package therefore:
//
//   - never reads a file or fetches a URL: a $ref may point inside the schema
//     ("#/...", $defs, $id and anchors of the same document) or at one of the
//     standard metaschemas embedded in the library; anything else makes the
//     schema fail to compile (ErrBadSchema);
//   - bounds the cost of compiling (size, nesting, number of subschemas,
//     size of regular expressions: survey.go, regexps.go) and of validating
//     (an upper bound on the work is counted before the validator runs:
//     cost.go); the limits and their reasons are in limits.go;
//   - compiles each schema once and caches it by the SHA-256 of its bytes in
//     a bounded LRU cache.
//
// Drafts 2020-12 (the default, as MCP 2025-11-25 specifies when $schema is
// absent), 2019-09, 07, 06 and 04 are supported, chosen by $schema. The format
// keyword is an annotation unless Options.AssertFormat is set (drafts 07 and
// older still check "format": "regex", which the library does not let us
// turn off). Patterns are Go (RE2) regular expressions. A pattern RE2 cannot
// parse (look-ahead, look-behind, back-references: JavaScript regexes that
// schema generators emit) is not enforced: it is the server's own input
// check, which the server still applies, and refusing every call to such a
// tool would break it for nothing. A pattern too large to compile cheaply is
// still an error.
//
// Validation failures become an *Error whose message is meant for the model
// that made the call: short, one line, naming the JSON pointer of each
// offending value ("/count: got string, want integer"). Messages do not echo
// argument values, so they are safe to log.
package schema
