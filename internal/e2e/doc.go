// Package e2e holds mcpshield's end-to-end tests: the real mcpshield binary
// placed between real MCP peers (the official conformance suite, the Go SDK's
// conformance server, later the Go and TypeScript SDK clients), with the
// results compared against the same peers talking to each other directly.
//
// The package has no code outside its tests. The tests need the npm peers
// pinned in testdata/npm (install them with `cd testdata/npm && npm ci`),
// which include Node 22 for the conformance suite. Without them the tests
// skip, unless MCPSHIELD_REQUIRE_PEERS=1 is set, which turns their absence
// into a failure (CI sets it). Under -short the tests always skip.
package e2e
