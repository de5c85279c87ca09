// Package unicode finds invisible and control characters that show nothing
// to a person but carry text to a model: Unicode tag characters
// (U+E0000–E007F), runs of zero-width characters, bidi overrides and
// isolates that reverse what is displayed, variation-selector smuggling, and
// tool names built from look-alike letters (homoglyphs).
//
// Legitimate uses pass: emoji ZWJ sequences, subdivision flags (which are
// made of tag characters), ZWNJ/ZWJ in Persian, Arabic and Indic scripts, RTL
// marks in Hebrew and Arabic text, a leading BOM, keycaps and emoji
// presentation selectors, and ordinary non-Latin scripts.
//
// Look-alike characters are those of Unicode's confusables data (UTS #39),
// generated into confusables_table.go from the npm package unhomoglyph;
// NOTICE carries both licenses.
//
// Scan reports findings in a text, ScanName judges a tool name, and Strip
// removes what Scan objects to, keeping the legitimate uses, for the
// gateway's sanitiser. Everything here is pure and safe for concurrent use.
//
// The package shares its name with the standard library's; importers
// usually rename it (uni "…/internal/detect/unicode").
package unicode
