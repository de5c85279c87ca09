package store

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Limits on what a store accepts. A value past one is an error wrapping
// [ErrInvalid], never truncated: the shield compares what it stores, so a
// shortened name or definition would be a different one.
const (
	// MaxServerIDLen bounds a server identity. An identity is the configured
	// command line or URL; 8 KiB holds any sane one with room to spare.
	MaxServerIDLen = 8 << 10
	// MaxNameLen bounds a tool, prompt or resource template name. Names are
	// identifiers a model types; MCP suggests at most 128 characters.
	MaxNameLen = 1 << 10
	// MaxHashLen bounds a hash string: "sha256:" and 64 hex digits is 71
	// bytes, so 256 leaves room for longer algorithms, not for payloads.
	MaxHashLen = 256
	// MaxDefinitionLen bounds one canonical definition. Real tool
	// definitions are a few KiB; a larger one is an attack or a bug, and a
	// row is read whole.
	MaxDefinitionLen = 1 << 20
	// MaxDefs bounds the definitions in one Observe call: one transaction
	// holds its rows, and real servers list tens.
	MaxDefs = 10_000
	// MaxServerFieldLen bounds Server.Name, InfoName and InfoVersion: display
	// text, partly chosen by the server itself.
	MaxServerFieldLen = 1 << 10
)

// checkText reports whether s is usable as stored text: at most max bytes of
// valid UTF-8 without NUL (PostgreSQL text holds neither invalid UTF-8 nor
// NUL, and both stores must accept the same inputs).
func checkText(what, s string, max int) error {
	if len(s) > max {
		return fmt.Errorf("%w: %s is %d bytes, over the %d-byte limit", ErrInvalid, what, len(s), max)
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: %s is not valid UTF-8", ErrInvalid, what)
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return fmt.Errorf("%w: %s contains a NUL byte at %d", ErrInvalid, what, i)
		}
	}
	return nil
}

// CheckServerID reports whether id is a usable server identity: not empty,
// within [MaxServerIDLen].
func CheckServerID(id string) error {
	if id == "" {
		return fmt.Errorf("%w: server identity is empty", ErrInvalid)
	}
	return checkText("server identity", id, MaxServerIDLen)
}

// CheckServerFilter checks a server argument where "" means every server
// (Pins, Reset): "" or a valid identity.
func CheckServerFilter(id string) error {
	if id == "" {
		return nil
	}
	return CheckServerID(id)
}

// CheckNow reports whether now is usable as an observation or approval
// time: not zero (a zero time would read as "never").
func CheckNow(now time.Time) error {
	if now.IsZero() {
		return fmt.Errorf("%w: zero time", ErrInvalid)
	}
	return nil
}

// Check reports whether d can be stored: a valid kind, a name of 1 to
// [MaxNameLen] bytes, a hash of printable ASCII within [MaxHashLen], and a
// definition within [MaxDefinitionLen].
func (d Def) Check() error {
	if !d.Kind.Valid() {
		return fmt.Errorf("%w: definition %q: unknown kind %q", ErrInvalid, d.Name, d.Kind)
	}
	if d.Name == "" {
		return fmt.Errorf("%w: %s with an empty name", ErrInvalid, d.Kind)
	}
	if err := checkText(fmt.Sprintf("%s name", d.Kind), d.Name, MaxNameLen); err != nil {
		return err
	}
	what := fmt.Sprintf("%s %q", d.Kind, d.Name)
	if err := checkHash(what, d.Hash); err != nil {
		return err
	}
	if len(d.Definition) > MaxDefinitionLen {
		return fmt.Errorf("%w: %s: definition is %d bytes, over the %d-byte limit", ErrInvalid, what, len(d.Definition), MaxDefinitionLen)
	}
	return nil
}

func checkHash(what, h string) error {
	if h == "" {
		return fmt.Errorf("%w: %s: empty hash", ErrInvalid, what)
	}
	if len(h) > MaxHashLen {
		return fmt.Errorf("%w: %s: hash is %d bytes, over the %d-byte limit", ErrInvalid, what, len(h), MaxHashLen)
	}
	for i := 0; i < len(h); i++ {
		if h[i] <= ' ' || h[i] > '~' {
			return fmt.Errorf("%w: %s: hash has byte %#x at %d, want printable ASCII", ErrInvalid, what, h[i], i)
		}
	}
	return nil
}

type defKey struct {
	kind Kind
	name string
}

// CheckDefs checks the arguments of Observe: a valid server, at most
// [MaxDefs] valid definitions, each (Kind, Name) at most once (two
// definitions of one name in one listing leave no single answer to which one
// the server meant).
func CheckDefs(server string, defs []Def) error {
	if err := CheckServerID(server); err != nil {
		return err
	}
	if len(defs) > MaxDefs {
		return fmt.Errorf("%w: %d definitions, over the limit of %d per call", ErrInvalid, len(defs), MaxDefs)
	}
	seen := make(map[defKey]struct{}, len(defs))
	for i, d := range defs {
		if err := d.Check(); err != nil {
			return fmt.Errorf("defs[%d]: %w", i, err)
		}
		k := defKey{d.Kind, d.Name}
		if _, dup := seen[k]; dup {
			return fmt.Errorf("%w: defs[%d]: %s %q listed twice", ErrInvalid, i, d.Kind, d.Name)
		}
		seen[k] = struct{}{}
	}
	return nil
}

// CheckRow checks the arguments of Approve: a valid server, kind and name.
func CheckRow(server string, kind Kind, name string) error {
	if err := CheckServerID(server); err != nil {
		return err
	}
	if !kind.Valid() {
		return fmt.Errorf("%w: unknown kind %q", ErrInvalid, kind)
	}
	if name == "" {
		return fmt.Errorf("%w: %s with an empty name", ErrInvalid, kind)
	}
	return checkText(fmt.Sprintf("%s name", kind), name, MaxNameLen)
}

// CheckReset checks the filters of Reset: each "" (any) or valid.
func CheckReset(server string, kind Kind, name string) error {
	if err := CheckServerFilter(server); err != nil {
		return err
	}
	if kind != "" && !kind.Valid() {
		return fmt.Errorf("%w: unknown kind %q", ErrInvalid, kind)
	}
	return checkText("name", name, MaxNameLen)
}

// Check reports whether s can be stored: a valid ID, text fields within
// [MaxServerFieldLen], and a LastSeen.
func (s Server) Check() error {
	if err := CheckServerID(s.ID); err != nil {
		return err
	}
	fields := []struct{ what, v string }{
		{"server name", s.Name},
		{"server info name", s.InfoName},
		{"server info version", s.InfoVersion},
	}
	for _, f := range fields {
		if err := checkText(f.what, f.v, MaxServerFieldLen); err != nil {
			return fmt.Errorf("server %q: %w", s.ID, err)
		}
	}
	if s.LastSeen.IsZero() {
		return fmt.Errorf("%w: server %q: zero LastSeen", ErrInvalid, s.ID)
	}
	return nil
}
