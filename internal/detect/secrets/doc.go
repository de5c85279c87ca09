// Package secrets finds credentials in text: cloud and SaaS API keys and
// tokens, private keys, JSON Web Tokens, database connection strings with a
// password, passwords in URLs, on command lines (curl -u, sshpass -p,
// mysql -p, PGPASSWORD=) and in credential files (.netrc, .pgpass, Docker
// config.json, wp-config.php, Spring properties), and high-entropy values
// assigned to secret-sounding keys.
//
// One engine runs a table of rules (gitleaks style). Each rule has an ID, a
// finding type in the shared/eval/FORMAT.md vocabulary ("secret:…"; types
// of providers the vocabulary does not list, such as
// "secret:telegram_token", match it by family), a
// severity, keywords, a pattern and a check, plus its own true- and
// false-positive samples. A case-insensitive Aho-Corasick pass over the text
// finds the keywords; only the rules whose keywords occur run their regular
// expression, and only on a window around each hit, so text without any
// keyword costs one table lookup per byte.
//
// Severity: real credentials are High; private keys and live payment keys
// Critical. Documented examples and stand-ins (AKIAIOSFODNN7EXAMPLE,
// "ghp_xxxx…", "xoxb-your-token-here", "sk-...", ${VAR}, "<password>",
// tokens made of one repeated or sequential character run) are reported at
// Info, so they never block; so are tokens cut short the way documentation
// does ("eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>"). The generic
// assignment rule ("password = …") reports Medium unless the value is
// strong evidence of a credential. A value whose name sits in a sibling
// field ("- name: DB_PASSWORD\n  value: …", {"Name": …, "Value": …}) is
// judged as NAME="value" would be (rule named-value), and "Basic
// base64(user:password)" is decoded wherever it stands.
//
// Work is linear in the text: each keyword hit runs one anchored match on a
// bounded window, and a per-scan budget stops a text packed with
// near-matches, reporting that (Medium, rule "scan-budget") instead.
//
// A finding's Start and End bound the secret itself (for a connection
// string, its password; for a private key, the whole PEM block), so callers
// can redact exactly those bytes. Explanations never contain a full secret:
// they show a known prefix and a few characters.
package secrets
