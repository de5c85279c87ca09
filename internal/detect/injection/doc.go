// Package injection detects injected instructions: text in retrieved
// content (tool results, resources, prompt templates, sampling requests)
// or in a user prompt that tries to take over the model. It reports
// "injection:prompt_injection".
//
// Scan judges retrieved content, ScanPrompt a user prompt; New builds a
// Detector with other thresholds or rules turned off, and Analyze returns
// the score and the evidence behind it (for the gateway's wrap, strip and
// report decisions).
//
// A scan has three stages.
//
//  1. Normalisation (normalize.go, fold.go): a view of the text that is
//     lowercase, with fullwidth and mathematical letters, small capitals,
//     accents, Cyrillic/Greek look-alikes inside Latin words and leetspeak
//     digits folded to ASCII, 'l' folded onto 'i', whitespace collapsed,
//     and invisible characters (zero-width, soft hyphens, bidi controls,
//     combining marks) removed. Tag characters and variation selectors are
//     removed too; the text they spell is kept. Pure ASCII text skips the
//     full normaliser: the prefilter folds bytes itself and only the
//     windows around keywords are normalised.
//  2. Decoding (decode.go, unpack.go): base64, hex, percent-encoding, HTML
//     and \u escapes, rot13 and reversed passages, words spelled letter by
//     letter and quoted pieces a text asks to join are decoded within
//     bounds when they read as text, and scanned like the input.
//  3. A scored rule engine (engine.go, scan.go): an Aho-Corasick prefilter
//     (automaton.go) finds the rules' keywords in one pass; a rule whose
//     keyword occurs (and whose near words are close) runs its pattern
//     anchored at the keyword, so a keyword that leads nowhere costs a few
//     bytes of matching. Rules are data with their own true- and
//     false-positive samples (rules_*.go): instruction overrides in
//     seventeen languages, jailbreak personas and "no rules" claims, system
//     prompt extraction, exfiltration and hidden actions, fake
//     conversation turns, role labels and notes to the AI, encoded
//     payloads. For retrieved content, sentences that ask the model to do
//     something with no marker phrase at all (BIPIA style) are scored from
//     their verb, whether they target the model's reply, speak as a user
//     or ask for an artifact, and how unrelated they are to the text
//     around them (task.go, taskeval.go); snippets the data tells the
//     model to put in its code are scored by what they do (code.go).
//
// Most text is benign, so the engine is built to say so cheaply. Every
// shortcut is exact, never a heuristic: each skips only work that cannot
// change the result, and tests hold it to the plain computation it
// replaces.
//
//   - Building takes a few milliseconds (the automata, in flat tables);
//     each rule's regexp is compiled the first time its keywords occur,
//     and Warm compiles them all ahead of time.
//   - The prefilter walks long texts as four interleaved streams
//     (automaton_scan.go), and one pass of 64-bit masks finds what the
//     decoders look for (marks.go).
//   - A rule whose near words occur nowhere in the text is ruled out once;
//     a regexp attempt runs only where one of the words its matches start
//     with occurs (prefix.go; away from the start of the text, "^" opens
//     no match), and not at all when a word every match needs is missing
//     from the window (literals.go).
//   - The embedded-task tests run cheapest first, and only while they can
//     still change the verdict. The context words (meta terms, manual
//     verbs) are read piece by piece as far as the manual test needs, and
//     around each signal for its damping, not over the whole text.
//   - Comparing a sentence with the text around it skips stopwords and,
//     once the first words are known, every word the sentence lacks
//     without folding it (words.go: small Bloom filters).
//
// Signals combine into a score in [0, 1] (noisy-OR), lowered when the
// evidence sits in quotes, code or a text about attacks (context.go); a
// strong signal stays reported. Score >= 0.8 is High (blocks by default),
// 0.5 to 0.8 Medium (the gateway wraps and reports); lower scores are not
// reported. The explanation names the strongest signals.
package injection
