package injection

import "bytes"

// Context: evidence that a match is discussed rather than meant. Documents
// about prompt injection quote the phrases, tests and code carry them in
// strings. These lower a signal's weight, never to nothing: the floor in
// score.go keeps a strong signal reported.

// metaTerms are words of people writing about attacks; weakMetaTerms
// count half. Terms inside an address or a tag (attacker@…, <article>,
// example.com) do not count.
var metaTerms = []string{
	"prompt injection", "injection attack", "indirect injection", "jailbreak prompts", "jailbreaks", "attacker", "attackers",
	"^attack$", "^attacks$", "adversarial", "red team", "red-team", "research", "researcher", "^paper$", "benchmark",
	"^detect", "detection", "detector", "classifier", "test case", "unit test", "^assert", "expect(", "owasp", "mitigat",
	"^defen", "vulnerab", "malicious", "^payload", "article", "write-up", "writeup", "^blog", "tutorial", "training",
	"^quiz", "synonym", "security research", "security team", "phishing", "threat model", "shows how", "^demo$", "warns",
	"beware", "be careful", "watch out", "ignore such", "treat it as data", "treat them as data", "untrusted", "sanitiz",
	"guard against", "^cve-", "advisory", "case study", "^lesson", "^course", "^slides", "^thesis", "^survey",
	"^explain", "^what is", "^what are", "^what was", "why did", "why does", "how does", "how did", "history of", "at a high level",
}

var weakMetaTerms = []string{"^example$", "^examples$", "e.g.", "for instance", "such as", "definition", "technique",
	"^study$", "^talk$", "disclosure", "filter out"}

// quoteState reports whether the evidence t[us:ue] is quoted (a short
// quotation opens just before it and closes just after, as in "attackers
// write 'ignore previous instructions'"), sits in a code block, or on a
// line that looks like code (a test, an assignment, a comment).
func quoteState(t []byte, us, ue int) (quoted, code bool) {
	us, ue = min(us, len(t)), min(max(ue, us), len(t))
	if bytes.Count(t[:us], []byte("```"))%2 == 1 {
		// inside a fenced block, unless the block is (nearly) the whole text
		f1 := bytes.LastIndex(t[:us], []byte("```"))
		f2 := bytes.Index(t[ue:], []byte("```"))
		if f2 < 0 {
			f2 = len(t)
		} else {
			f2 += ue
		}
		if float64(f2-f1) < 0.8*float64(len(t)) {
			return true, true
		}
	}
	ls := bytes.LastIndexByte(t[:us], '\n') + 1
	le := bytes.IndexByte(t[ue:], '\n')
	if le < 0 {
		le = len(t)
	} else {
		le += ue
	}
	// the nearest opening quote before the evidence
	for i := us - 1; i >= ls && i >= us-60; i-- {
		c := t[i]
		if !isQuote(c) || c == '\'' && i > 0 && i+1 < len(t) && isWordByte(t[i-1]) && isWordByte(t[i+1]) {
			continue
		}
		if i > 0 && (t[i-1] == ':' || i > 1 && t[i-1] == ' ' && t[i-2] == ':') {
			break // a JSON or YAML value, not a quotation
		}
		if j := bytes.IndexByte(t[ue:le], c); j >= 0 && j <= 100 {
			quoted = true
		}
		break
	}
	line := t[max(ls, us-400):le]
	trim := bytes.TrimLeft(line, " \t")
	code = bytes.HasPrefix(trim, []byte("#")) && !bytes.HasPrefix(trim, []byte("##")) ||
		bytes.HasPrefix(trim, []byte("//")) || bytes.HasPrefix(trim, []byte("assert")) ||
		bytes.Contains(line, []byte("==")) || bytes.Contains(line, []byte("assert")) ||
		bytes.Contains(line, []byte("expect(")) || bytes.Contains(line, []byte("print(")) ||
		bytes.Contains(line, []byte("= \"")) || bytes.Contains(line, []byte("= '")) ||
		bytes.Contains(line, []byte("(\"")) || bytes.Contains(line, []byte("('"))
	return quoted, code
}

func isQuote(c byte) bool { return c == '"' || c == '\'' || c == '`' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// damping is the factor a signal keeps given its context.
func damping(meta float64, quoted, code bool) float64 {
	cut := 0.12 * min(meta, 3)
	if quoted {
		cut += 0.2
	}
	if code {
		cut += 0.15
	}
	return 1 - min(cut, 0.45)
}
