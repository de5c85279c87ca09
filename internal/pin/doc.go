// Package pin reduces MCP definitions (tools, prompts, resource templates)
// to a canonical encoding and hashes it, so that a definition the user
// trusted can be recognised byte for byte later, and a changed one (a rug
// pull) can be shown as a readable diff.
//
// # Canonical encoding, version 1
//
// The encoding is frozen by byte-exact tests (canonical_test.go); changing
// it changes every hash and so every pin and signed manifest. It follows
// RFC 8785 (JSON Canonicalization Scheme) except where noted:
//
//   - The definition must be a JSON object. Its top-level member "_meta"
//     (server bookkeeping the model never sees) is dropped; every other
//     member is kept, known to MCP or not, since a client may show any of
//     them to the model.
//   - Object members are sorted by key, comparing the keys' UTF-8 bytes
//     (RFC 8785 compares UTF-16 code units; the orders differ only for keys
//     with characters above U+FFFF). Duplicate keys are an error.
//   - No whitespace outside strings.
//   - Strings are written with the escapes \" \\ \b \f \n \r \t, \u00XX
//     (lowercase hex) for other characters below U+0020, and every other
//     character as literal UTF-8. Invalid UTF-8 is an error.
//   - Numbers are IEEE 754 doubles written as ECMAScript's
//     Number.prototype.toString does (RFC 8785 section 3.2.2.3): 1, 1.5,
//     1e+21, 1e-7. Integers beyond 2^53 lose precision, as in RFC 8785.
//   - Nesting deeper than MaxDepth is an error.
//
// The hash of a definition is "sha256:" followed by the lowercase hex
// SHA-256 of "mcpshield-def-v1", a NUL byte, the kind ("tool", "prompt" or
// "resource_template"), a NUL byte, and the canonical encoding. The kind is
// hashed so that a prompt can never stand in for a tool with the same text.
package pin
