// Package bench is mcpshield's own benchmark: it measures what a client pays for putting a
// proxy between itself and an MCP server.
//
// One run interleaves three setups, round-robin within each scenario so that machine drift
// hits them all alike:
//
//   - direct: the client talks to the MCP server itself;
//   - floor: through a bare proxy with no checks, run as its own process: a standard-library
//     httputil.ReverseProxy for Streamable HTTP, an io.Copy relay for stdio;
//   - shield: through the mcpshield binary (serve for HTTP, run for stdio).
//
// The MCP server is a tiny in-repo one, so that the proxies dominate. For each transport,
// concurrency and result size it reports calls, p50, p99 and throughput, and for each proxy
// the latency it adds, its throughput relative to direct, and its own CPU time per call, read
// from the kernel around each measured window, with its memory before and after.
//
// The same binary plays every part: hidden subcommands run the server (server), the HTTP
// floor (floor-proxy) and the stdio floor (floor-relay). Main is the entry point of
// cmd/mcpshield-bench. Nothing here asserts timings: the tool measures and reports.
package bench
