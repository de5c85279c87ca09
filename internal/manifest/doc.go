// Package manifest reads, writes, signs and verifies signed tool manifests:
// the list of definitions (tools, prompts, resource templates) a server is
// expected to declare, each by its canonical hash (package pin), signed with
// Ed25519 by whoever vouches for that server.
//
// The file format and the signed payload are specified in docs/manifest.md
// (version 1); the payload is frozen by a byte-exact golden test. In short:
//
//	{"mcpshield_manifest": 1, "server": "fs", "created": "2026-01-02T03:04:05Z",
//	 "entries": [{"kind": "tool", "name": "read", "hash": "sha256:…"}],
//	 "signatures": [{"key_id": "…", "alg": "ed25519", "sig": "…"}]}
//
// A signature covers "mcpshield-manifest-v1\n" followed by the canonical
// JSON (pin.CanonicalJSON) of the manifest without "signatures", entries
// sorted by kind, then name. A manifest is valid when at least one
// signature by a trusted key verifies.
package manifest
