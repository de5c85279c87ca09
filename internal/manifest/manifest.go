package manifest

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/mcpshield/mcpshield/internal/pin"
)

// Version is the manifest format version this package reads and writes.
const Version = 1

// Manifest is a signed list of definitions. Entries are kept sorted by
// kind, then name (Parse, FromSnapshot and Sign sort them; Lookup relies
// on it).
type Manifest struct {
	// Version is the format version, 1.
	Version int
	// Server labels the server the manifest describes (free text, not
	// empty), e.g. its name in the shield's config.
	Server string
	// Created is when the manifest was made, in UTC, to the second.
	Created time.Time
	// Entries are the expected definitions.
	Entries []Entry
	// Signatures are the signers' signatures over the payload; nil for an
	// unsigned manifest.
	Signatures []Signature
}

// Entry is one expected definition.
type Entry struct {
	Kind pin.Kind `json:"kind"`
	Name string   `json:"name"`
	// Hash is the definition's pin hash, "sha256:" and 64 hex digits.
	Hash string `json:"hash"`
}

// Signature is one signer's signature over the manifest's payload.
type Signature struct {
	// KeyID names the signer's key: see KeyID.
	KeyID string `json:"key_id"`
	// Alg is the algorithm, always "ed25519" in version 1.
	Alg string `json:"alg"`
	// Sig is the base64 (standard, padded) Ed25519 signature.
	Sig string `json:"sig"`
}

// AlgEd25519 is the only signature algorithm of version 1.
const AlgEd25519 = "ed25519"

var (
	hashRE  = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)
	keyIDRE = regexp.MustCompile(`^[0-9a-f]{16}$`)
)

// Lookup returns the hash the manifest expects for the definition kind and
// name.
func (m *Manifest) Lookup(kind pin.Kind, name string) (hash string, ok bool) {
	i, found := slices.BinarySearchFunc(m.Entries, Entry{Kind: kind, Name: name}, compareEntries)
	if !found {
		return "", false
	}
	return m.Entries[i].Hash, true
}

func compareEntries(a, b Entry) int {
	return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name))
}

// sortEntries sorts the entries and reports the first duplicate.
func (m *Manifest) sortEntries() error {
	slices.SortStableFunc(m.Entries, compareEntries)
	for i := 1; i < len(m.Entries); i++ {
		if compareEntries(m.Entries[i-1], m.Entries[i]) == 0 {
			return fmt.Errorf("entries: %s %q is listed twice", m.Entries[i].Kind, m.Entries[i].Name)
		}
	}
	return nil
}

// check validates everything but the signatures, and sorts the entries.
func (m *Manifest) check() error {
	if m.Version != Version {
		return fmt.Errorf("unsupported manifest version %d (this mcpshield reads version %d)", m.Version, Version)
	}
	if m.Server == "" || !utf8.ValidString(m.Server) {
		return errors.New("server: want a non-empty UTF-8 label")
	}
	if m.Created.IsZero() {
		return errors.New("created: missing")
	}
	if len(m.Entries) > MaxEntries {
		return fmt.Errorf("entries: more than %d", MaxEntries)
	}
	for i, e := range m.Entries {
		if err := e.check(); err != nil {
			return fmt.Errorf("entries[%d]: %w", i, err)
		}
	}
	return m.sortEntries()
}

func (e Entry) check() error {
	switch e.Kind {
	case pin.KindTool, pin.KindPrompt, pin.KindResourceTemplate:
	default:
		return fmt.Errorf("kind: want tool, prompt or resource_template, not %q", e.Kind)
	}
	if e.Name == "" || !utf8.ValidString(e.Name) {
		return errors.New("name: want a non-empty UTF-8 string")
	}
	if !hashRE.MatchString(e.Hash) {
		return fmt.Errorf("hash: want \"sha256:\" and 64 lowercase hex digits, not %q", e.Hash)
	}
	return nil
}

// Marshal encodes m as a manifest file: indented JSON, entries sorted,
// ending in a newline.
func (m *Manifest) Marshal() ([]byte, error) {
	c := *m
	c.Entries = slices.Clone(m.Entries)
	if err := c.check(); err != nil {
		return nil, err
	}
	f := file{
		Version:    c.Version,
		Server:     c.Server,
		Created:    formatTime(c.Created),
		Entries:    c.Entries,
		Signatures: c.Signatures,
	}
	if f.Entries == nil {
		f.Entries = []Entry{}
	}
	b, err := json.MarshalIndent(&f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding the manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// file is the JSON form of a Manifest.
type file struct {
	Version    int         `json:"mcpshield_manifest"`
	Server     string      `json:"server"`
	Created    string      `json:"created"`
	Entries    []Entry     `json:"entries"`
	Signatures []Signature `json:"signatures,omitempty"`
}

// timeLayout is the one form of "created": RFC 3339, UTC, whole seconds.
const timeLayout = "2006-01-02T15:04:05Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }
