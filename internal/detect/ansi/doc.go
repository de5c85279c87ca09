// Package ansi finds terminal escape sequences (ECMA-48: ESC, CSI, OSC,
// DCS and the C1 controls) in text an MCP client may show in a terminal and
// a model reads in full.
//
// A tool definition has no reason to carry any escape sequence, so
// ScanDefinition reports every one as High. A tool result is often the
// output of a command-line program, so ScanResult reports only what hides
// or rewrites text: concealed or same-colour text (SGR 8, foreground equal
// to background), cursor movement, erasing, clearing the screen, scroll
// regions and the alternate screen, OSC titles, hyperlinks and clipboard
// writes, DCS and other control strings, charset switches that garble
// letters, and terminal queries. Plain colour and bold pass.
//
// Strip removes every escape sequence and C1 control. Everything here is
// pure and safe for concurrent use.
package ansi
