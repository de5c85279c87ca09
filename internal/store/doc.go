// Package store keeps what the shield must remember between runs: the pinned
// definition of every tool, prompt and resource template of every server, the
// approvals people gave, and a record of each server seen.
//
// # The pin model
//
// A server announces definitions (tools/list, prompts/list,
// resources/templates/list). The shield hashes each one's canonical encoding
// and calls [Store.Observe] with what it saw. Each (server, kind, name) has
// one row, a [Pin]:
//
//   - Trust on first use. The first time a name is seen, [PinNew] pins its
//     hash: from then on that definition is the trusted one. A TOFU pin is not
//     Approved: nobody looked at it. [PendingNew] instead records a new name
//     as pending with no trusted hash, for servers whose every definition
//     needs a person's approval.
//   - Rug pull. When a server later announces a different definition under a
//     pinned name, the pin does not move: the new definition is recorded as
//     pending (PendingHash, PendingDefinition, PendingSince) and the gateway
//     blocks it until someone approves. If the server goes back to the pinned
//     definition, the pending one is dropped.
//   - Approve. [Store.Approve] makes the pending definition the pin, marked
//     Approved, or marks the current pin Approved when nothing is pending. An
//     Approved pin passes detector findings too: a person vouched for exactly
//     that hash.
//
// [Store.Reset] forgets rows, so the next observation pins afresh.
//
// # Implementations
//
// The default, internal/store/sqlite, is one file on the user's machine,
// shared by every mcpshield process. internal/store/postgres lets several
// gateway replicas share one database. Both run the same conformance suite,
// internal/store/storetest, and both derive rows with [NextPin] and
// [ApprovePin], so the semantics live here, once. Inputs are checked with
// [CheckServerID], [CheckDefs], [CheckReset] and [Server.Check] against the
// limits in limits.go; nothing is truncated silently.
package store
