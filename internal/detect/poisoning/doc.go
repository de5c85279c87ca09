// Package poisoning finds tool-definition poisoning and shadowing: text in
// an MCP tool's name, description or input schema that gives the model
// instructions beyond describing the tool (read files or secrets, pass data
// through extra parameters, call other tools, run commands, hide actions
// from the user, override safety or the user's intent, decode and follow an
// encoded payload), or that changes how another tool must be used
// (redirected recipients, added BCCs, swapped accounts, claims to supersede
// same-named tools).
//
// The detector is a small engine over data. A text is cut into sentences;
// each word is looked up in a multilingual lexicon (English, Spanish,
// French, German, Russian, Portuguese, Italian, Dutch, Swedish, Polish,
// Czech, Ukrainian, Turkish, Indonesian/Malay, Vietnamese, Hindi, Arabic,
// Persian, Chinese, Japanese and Korean) that maps
// it to features (USER, CONCEAL, SECRET, PASS, …), and each
// non-word chunk is classified (sensitive path, URL, e-mail address, IBAN,
// account number after an account word, quoted identifier, another tool's
// name, encoded blob). Rules are conjunctions of features in a sentence
// window, optionally narrowed by keywords (a prefilter) and confirmed by a
// regular expression, each with a weight; a tool's score is the sum of the
// weights of the distinct rules it triggers, so no single weak cue (an
// "IMPORTANT", a "must", a mention of a token) blocks a tool, while the
// combinations attacks need do: High at 3, Medium at 2.
//
// ScanTool also runs the unicode and ansi detectors (definition mode) on
// every string, so one call covers a whole definition. Shadowing compares
// the tools of several servers. Everything here is pure and safe for
// concurrent use.
package poisoning
