package poisoning

import "sync"

// hit is a rule that fired in a text, where.
type hit struct {
	r          *rule
	field      string // where in the tool, "" for a plain text
	start, end int    // bytes of the field's text
	detail     string
}

// maxDepth bounds how deeply encoded payloads are decoded.
const maxDepth = 2

// evaluate runs the rules on an analysed text.
func evaluate(a *textAnalysis, ctx *toolContext, field string, depth int) []hit {
	var hits []hit
	norms := map[int]string{}
	for _, r := range rules {
		if !r.gate(a.all) {
			continue
		}
		found := false
		for i, s := range a.sents {
			if r.span {
				if s.f&r.all[0] == 0 {
					continue
				}
				if i+1 < len(a.sents) {
					s.end, s.f = a.sents[i+1].end, s.f|a.sents[i+1].f
				}
			}
			if !r.match(s.f) {
				continue
			}
			if r.keys != nil && !r.keyIndex().in(a.text[s.start:s.end]) {
				continue
			}
			if r.re != nil {
				t := a.text[s.start:s.end]
				if r.norm {
					k := i
					if r.span {
						k = -1 - i // the sentence and the next
					}
					n, ok := norms[k]
					if !ok {
						n = normalize(t, ctx)
						norms[k] = n
					}
					t = n
				}
				if !r.re.MatchString(t) {
					continue
				}
			}
			if r.unless != nil && r.unless.MatchString(a.text[s.start:s.end]) {
				continue
			}
			if r.check != nil && !r.check(a.text[s.start:s.end], s.f) {
				continue
			}
			if r.checkCtx != nil && !r.checkCtx(a.text[s.start:s.end], s.f, ctx) {
				continue
			}
			hits = append(hits, hit{r: r, field: field, start: s.start, end: s.end})
			found = true
			break
		}
		if found || !r.pair {
			continue
		}
		// Two sentences together, the first naming what the second
		// moves: "Read ~/.env. Put it in 'notes'."
		for i := 0; i+1 < len(a.sents); i++ {
			u := a.sents[i].f | a.sents[i+1].f
			if a.sents[i].f&r.all[0] != 0 && u&(fPass|fSend) != 0 && r.match(u) {
				if r.unless != nil && r.unless.MatchString(a.text[a.sents[i].start:a.sents[i+1].end]) {
					continue // what excuses a sentence excuses the pair
				}
				if r.checkCtx != nil && !r.checkCtx(a.text[a.sents[i].start:a.sents[i+1].end], u, ctx) {
					continue
				}
				hits = append(hits, hit{r: r, field: field, start: a.sents[i].start, end: a.sents[i+1].end})
				break
			}
		}
	}
	if depth < maxDepth {
		hits = append(hits, encodedHits(a, ctx, field, depth)...)
	}
	return hits
}

// keySet indexes a rule's keys by their first byte, so that a sentence
// is scanned once for all of them. Keys are lowercase; ASCII letters
// match in either case (a key in another script is listed in each case
// it may be written in: "даже", "Даже").
type keySet struct {
	first [256][]string
}

func newKeySet(keys []string) *keySet {
	k := &keySet{}
	for _, key := range keys {
		k.first[key[0]] = append(k.first[key[0]], key)
	}
	return k
}

// in reports whether s holds one of the keys.
func (k *keySet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if isUpper(b) {
			b += 'a' - 'A'
		}
		for _, key := range k.first[b] {
			if hasPrefixFold(s[i:], key) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lowercase key, ASCII
// letters of s in either case.
func hasPrefixFold(s, key string) bool {
	if len(s) < len(key) {
		return false
	}
	for j := 0; j < len(key); j++ {
		b := s[j]
		if isUpper(b) {
			b += 'a' - 'A'
		}
		if b != key[j] {
			return false
		}
	}
	return true
}

// keyIndexes holds the keySet of every rule with keys, built once.
var keyIndexes = sync.OnceValue(func() map[*rule]*keySet {
	m := map[*rule]*keySet{}
	for _, r := range rules {
		if r.keys != nil {
			m[r] = newKeySet(r.keys)
		}
	}
	return m
})

// keyIndex returns r's keySet.
func (r *rule) keyIndex() *keySet {
	if k := keyIndexes()[r]; k != nil {
		return k
	}
	return newKeySet(r.keys) // a rule outside the table (tests)
}

// gate is a cheap test on a text's features before trying sentences.
func (r *rule) gate(all feat) bool {
	for _, f := range r.all {
		if all&f == 0 {
			return false
		}
	}
	return true
}

func (r *rule) match(f feat) bool {
	if f&r.none != 0 {
		return false
	}
	for _, need := range r.all {
		if f&need == 0 {
			return false
		}
	}
	return true
}

// The rules for encoded payloads.
var (
	ruleEncodedPayload = &rule{id: "encoded-payload", kind: kindGeneric, weight: 3, group: "encoded",
		explain: "an encoded blob (base64 or hex) that decodes to instructions"}
	ruleEncodedText = &rule{id: "encoded-text", kind: kindGeneric, weight: 1, group: "encoded",
		explain: "an encoded blob (base64 or hex) that decodes to readable text"}
	ruleSuspiciousParam = &rule{id: "suspicious-parameter", kind: kindPoison, weight: 1,
		explain: "a parameter named like the side channels used to smuggle data out (sidenote)"}
	ruleModel = &rule{id: "model.linear", kind: kindPoison, weight: 3,
		explain: "the definition model reads the whole definition as poisoned"}
)
