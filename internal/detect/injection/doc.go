// Package injection detects injected instructions: text in retrieved
// content (tool results, resources, prompt templates, sampling requests)
// or in a user prompt that tries to take over the model.
//
// A scan has three stages.
//
//  1. Normalisation (normalize.go, fold.go): a view of the text that is
//     lowercase, with fullwidth and mathematical letters, small capitals,
//     accents, Cyrillic/Greek look-alikes inside Latin words and leetspeak
//     digits folded to ASCII, and invisible characters (zero-width, soft
//     hyphens, bidi controls, combining marks) removed. Unicode tag
//     characters and variation selectors are removed too, and the text
//     they spell is kept for scanning.
//  2. Decoding (decode.go): base64, hex, percent-encoding, HTML and \u
//     escapes, rot13 and reversed passages, and words spelled letter by
//     letter are decoded within bounds when they read as text, and scanned
//     like the input.
//  3. A scored rule engine (engine.go, scan.go): an Aho-Corasick prefilter
//     finds the rules' keywords in one pass, and each rule runs its
//     pattern on a window around its keywords only. Rules are data
//     (rules_*.go): instruction overrides in several languages, jailbreak
//     personas, system prompt extraction, exfiltration and hidden actions,
//     fake conversation turns and notes to the AI, encoded payloads. For
//     retrieved content, sentences that ask the model to do something
//     with no marker at all (BIPIA-style) are scored from their verb,
//     whether they target the model's reply, and how unrelated they are
//     to the text around them (task.go, taskeval.go); so are snippets
//     the data tells the model to include in its code (code.go).
//
// Signals combine into a score in [0, 1] (noisy-OR), lowered when the
// evidence sits in quotes, code or a text about attacks (context.go), but
// a strong signal stays reported. Score >= 0.8 is High (blocks by
// default), 0.5 to 0.8 Medium (the gateway wraps and reports); lower
// scores are not reported. The explanation names the strongest signals.
package injection
