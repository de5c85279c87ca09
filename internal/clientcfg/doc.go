// Package clientcfg finds, reads and rewrites the MCP server lists of AI
// clients: Claude Desktop, Claude Code, Cursor, VS Code and Windsurf.
//
// [Discover] lists where each client keeps its configuration, [Load] reads
// one file into [Entry] values, and [File.Wrap] routes every server through
// the shield: a stdio server's command becomes `mcpshield run --name NAME --
// COMMAND ARGS...`, an HTTP server's URL becomes the matching path of a
// running `mcpshield serve` gateway. [File.Unwrap] undoes that from the
// entries themselves, so servers added after wrapping survive, and [Restore]
// puts the first backup back.
//
// Rewriting is surgical: the file is parsed into a tree that remembers the
// byte span of every value, and only the spans the shield owns (command,
// args, url, type) are replaced. Every other byte, key order, indentation,
// number spelling and, in JSONC files such as VS Code's settings.json,
// comments and trailing commas, is kept as written. Anything the package does
// not understand (servers that are not an object, an entry with neither
// command nor url, a non-string argument, a duplicate key) makes Load refuse
// the whole file with the field's path and line, and nothing is written.
package clientcfg
