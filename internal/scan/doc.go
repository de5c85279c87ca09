// Package scan holds the report of `mcpshield scan`, which audits the MCP
// servers listed in AI clients' configs without running the shield: what
// each server's tools look like (poisoning, shadowing), whether they are
// pinned or signed, and which servers would not start. The package renders
// a [Report] as an aligned table for people, as JSON, and as SARIF 2.1.0
// for code-scanning services, and ranks it against an exit-code threshold
// ([MaxSeverity], [ParseSeverity]). Producing the findings is the caller's
// job.
package scan
