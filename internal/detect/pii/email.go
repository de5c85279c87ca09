package pii

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/detect"
)

// isLocal reports whether c may appear in an email local part. Quoted local
// parts and the rarer RFC 5322 specials ({, }, /, ...) are left out: people's
// addresses do not use them, templates do.
func isLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isDomainChar(c byte) bool { return isAlnum(c) || c == '.' || c == '-' }

// idnLetter reports a letter of the Latin, Greek and Cyrillic scripts
// beyond ASCII, which internationalised addresses hold in their local
// part and domain (jürgen.weiß@münchen-post.de). Other scripts are left
// out: written without spaces, their text would run into the address.
func idnLetter(r rune) bool { return r >= 0xC0 && r <= 0x52F && unicode.IsLetter(r) }

// reservedTLDs are top-level names that never reach a person: RFC 2606 and
// RFC 6761 names and the private suffixes of intranets and clusters.
var reservedTLDs = map[string]bool{
	"example": true, "test": true, "invalid": true, "localhost": true,
	"local": true, "internal": true, "lan": true, "home": true, "corp": true,
	"localdomain": true, "intranet": true, "private": true, "arpa": true,
}

// fileExtensions look like a top-level domain after an '@' ("icon@2x.png")
// but are not delegated TLDs, so what ends in one is no email address.
var fileExtensions = map[string]bool{
	"png": true, "jpg": true, "jpeg": true, "gif": true, "svg": true, "webp": true,
	"ico": true, "bmp": true, "tif": true, "tiff": true, "avif": true, "heic": true,
	"js": true, "mjs": true, "cjs": true, "ts": true, "tsx": true, "jsx": true,
	"css": true, "scss": true, "sass": true, "less": true, "json": true,
	"yaml": true, "yml": true, "toml": true, "xml": true, "html": true, "htm": true,
	"lock": true, "txt": true, "log": true, "map": true, "wasm": true, "java": true,
	"kt": true, "cpp": true, "hpp": true, "rb": true, "php": true, "vue": true,
	"svelte": true, "mdx": true, "csv": true, "pdf": true, "gz": true, "tgz": true,
}

// matchEmail finds an address around the '@' at text[i].
func matchEmail(r *rule, sc *scanner, i int) (hit, bool) {
	t := sc.text
	ls := i
	for ls > 0 {
		c, n := utf8.DecodeLastRuneInString(t[:ls])
		if !(c < utf8.RuneSelf && isLocal(byte(c)) || idnLetter(c)) {
			break
		}
		ls -= n
		if i-ls > 64 {
			return hit{}, false
		}
	}
	for ls < i && t[ls] == '.' { // an ellipsis before the address
		ls++
	}
	local := t[ls:i]
	if local == "" || local[len(local)-1] == '.' || strings.Contains(local, "..") {
		return hit{}, false
	}
	if ls > 0 && strings.IndexByte("{}$)]\\", t[ls-1]) >= 0 {
		return hit{}, false // "{{user}}@corp.com", "${USER}@host": a template
	}
	if urlUserinfo(t, ls) {
		return hit{}, false // scheme://user:pass@host is a credential, not an address
	}
	de := i + 1
	for de < len(t) {
		c, n := utf8.DecodeRuneInString(t[de:])
		if !(c < utf8.RuneSelf && isDomainChar(byte(c)) || idnLetter(c)) {
			break
		}
		de += n
		if de-i > 254 {
			return hit{}, false
		}
	}
	for de > i+1 && (t[de-1] == '.' || t[de-1] == '-') {
		de--
	}
	dom := t[i+1 : de]
	tld, ok := domainTLD(dom)
	if !ok {
		return hit{}, false
	}
	if de < len(t) {
		switch c := t[de]; {
		case c == '{' || c == '$' || c == '_':
			return hit{}, false // "jane@acme.${TLD}"
		case c == ':' && de+1 < len(t) && (t[de+1] == '/' || t[de+1] == '~' || isAlnum(t[de+1])):
			return hit{}, false // scp-style remote: git@github.com:owner/repo
		}
	}
	if strings.EqualFold(local, "git") {
		return hit{}, false // an SSH login name, not a mailbox
	}
	h := hit{start: ls, end: de, severity: r.severity, value: t[ls:de]}
	if why := emailLookalike(strings.ToLower(local), strings.ToLower(dom), tld); why != "" {
		h.severity, h.why = detect.Low, why
	} else if businessContext(t, ls) {
		h.severity, h.why = detect.Low, "business contact"
	}
	return h, true
}

// placeholderLocals and placeholderDomains are what documentation and forms
// put where a real address would go.
var (
	placeholderLocals = map[string]bool{
		"user": true, "username": true, "your.name": true, "yourname": true,
		"your.email": true, "youremail": true, "your-email": true, "name": true,
		"email": true, "firstname.lastname": true, "first.last": true,
		"firstname": true, "lastname": true, "john.doe": true, "jane.doe": true,
		"johndoe": true, "janedoe": true, "someone": true, "somebody": true,
		"foo": true, "bar": true, "foobar": true, "test": true, "testuser": true,
		"example": true, "sample": true, "demo": true,
	}
	placeholderDomains = map[string]bool{
		"domain.com": true, "company.com": true, "mydomain.com": true,
		"yourdomain.com": true, "yourcompany.com": true, "your-domain.com": true,
		"your-company.com": true, "website.com": true, "somewhere.com": true,
		"foo.com": true, "bar.com": true, "foobar.com": true, "acme.com": true,
		"email.tld": true, "domain.tld": true, "host.tld": true,
	}
	// roleLocals are local parts, or their first word, of shared
	// mailboxes rather than of a person.
	roleLocals = map[string]bool{
		"abuse": true, "admin": true, "administrator": true, "billing": true,
		"careers": true, "contact": true, "customerservice": true, "donotreply": true,
		"feedback": true, "hello": true, "help": true, "helpdesk": true,
		"hostmaster": true, "info": true, "jobs": true, "legal": true,
		"mailer": true, "marketing": true, "media": true, "newsletter": true,
		"noreply": true, "no": true, "notifications": true, "notification": true,
		"office": true, "postmaster": true, "press": true, "privacy": true,
		"root": true, "sales": true, "security": true, "service": true,
		"support": true, "team": true, "webmaster": true, "dmca": true,
		"compliance": true, "domains": true, "dns": true, "registrar": true,
		"abusecomplaints": true, "bounce": true, "bounces": true, "alerts": true,
		"do": true, "reply": true, "hr": true, "it": true, "ops": true, "devops": true,
	}
)

// emailLookalike names addresses that reach no person: documentation and
// reserved domains, placeholders, no-reply and role mailboxes.
func emailLookalike(local, dom, tld string) string {
	first := local
	if k := strings.IndexAny(local, ".-_+"); k > 0 {
		first = local[:k]
	}
	switch {
	case reservedTLDs[tld] || isExampleDomain(dom):
		return "documentation or reserved domain"
	case placeholderDomains[dom] || placeholderLocals[local] || strings.HasPrefix(dom, "your"):
		return "placeholder address"
	case strings.Contains(dom, "noreply") || strings.Contains(local, "noreply") || strings.Contains(local, "no-reply"):
		return "no-reply address"
	case roleLocals[first] || strings.HasPrefix(local, "abuse"):
		return "shared role mailbox, not a person"
	}
	return ""
}

// isExampleDomain reports the RFC 2606 documentation domains and their
// subdomains.
func isExampleDomain(dom string) bool {
	for _, d := range [...]string{"example.com", "example.org", "example.net", "example.edu"} {
		if dom == d || strings.HasSuffix(dom, "."+d) {
			return true
		}
	}
	return false
}

// domainTLD checks a domain's shape and returns its lower-case TLD: at least
// two labels of 1-63 letters, digits or inner hyphens, and an alphabetic TLD
// (or an IDN "xn--" one) that is not a file extension.
func domainTLD(dom string) (string, bool) {
	if len(dom) < 4 {
		return "", false
	}
	labels := 0
	for rest := dom; ; {
		dot := strings.IndexByte(rest, '.')
		l := rest
		if dot >= 0 {
			l = rest[:dot]
		}
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return "", false
		}
		labels++
		if dot < 0 {
			break
		}
		rest = rest[dot+1:]
	}
	if labels < 2 {
		return "", false
	}
	tld := strings.ToLower(dom[strings.LastIndexByte(dom, '.')+1:])
	if strings.HasPrefix(tld, "xn--") && len(tld) > 4 {
		return tld, true
	}
	if len(tld) < 2 || len(tld) > 24 || fileExtensions[tld] {
		return "", false
	}
	for j := 0; j < len(tld); j++ {
		if !isAlpha(tld[j]) {
			return "", false
		}
	}
	return tld, true
}

// urlUserinfo reports whether the local part starting at ls is the userinfo
// of a URL ("postgres://app:pw@db.internal"): the token it sits in has a
// "://" before it, with no '/' in between.
func urlUserinfo(t string, ls int) bool {
	j := ls
	for j > 0 && ls-j < 256 {
		c := t[j-1]
		if c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == '<' || c == '(' || c == '/' {
			break
		}
		j--
	}
	return j >= 3 && t[j-1] == '/' && t[j-2] == '/' && t[j-3] == ':'
}

func explainEmail(h hit) string {
	s := "email address " + maskEmail(h.value)
	if h.why != "" {
		return s + " (" + h.why + ")"
	}
	return s + ": a person's contact data"
}
