// Package audit keeps the shield's audit log: one JSON line per record,
// appended, each line carrying the chain value of the line before it
// ("prev"), so that a line changed, removed or inserted anywhere but at the
// end breaks the chain where it happened. The chain value of a line is the
// SHA-256 of its bytes, or with a key their HMAC-SHA256, which whoever
// rewrites the file cannot recompute without the key. Verify checks a file.
//
// Several processes may append to one file (every `mcpshield run` a client
// starts): each append takes an exclusive lock on the file, reads the chain
// value of the last line if another process wrote since, and writes its
// line with one write.
package audit
