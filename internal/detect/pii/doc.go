// Package pii finds personal data in text: email addresses, phone numbers,
// payment card numbers, US social security numbers, IBANs, and IP
// addresses.
//
// Every match is validated before it is reported, so that look-alikes stay
// quiet (shared/eval/FORMAT.md, labelling policy): card numbers must pass
// Luhn and carry a known issuer prefix, SSNs must sit in the issued ranges,
// IBANs must have their country's length and a valid mod-97 checksum, phone
// numbers need a known calling code, a North American shape or a phone word
// next to them, and emails need a domain with a real top-level-domain
// shape. Documented placeholders (example.com, processor test cards,
// example IBANs, fictional 555 numbers) and IP addresses are reported below
// High, so they never block under default settings.
//
// The scan is one pass over the bytes: only digits, '+', '(', '@' and ':'
// stop it, and the rules (rules.go, data plus matchers) run on the few
// candidates around them. Explanations never carry a full value.
package pii
