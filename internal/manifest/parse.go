package manifest

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mcpshield/mcpshield/internal/pin"
)

// Parse reads a manifest file strictly: valid UTF-8 JSON without duplicate
// keys, version 1, no unknown member at any level, every member well
// formed, no entry listed twice. It does not verify signatures: see Verify.
func Parse(data []byte) (*Manifest, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("manifest: larger than %d bytes", MaxBytes)
	}
	// The canonical encoder is the strictest reader at hand: it refuses
	// duplicate keys, invalid UTF-8 and excess nesting, which
	// encoding/json lets through.
	if _, err := pin.CanonicalJSON(data); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return nil, errors.New("manifest: not a JSON object")
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	m, err := fromFile(top)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return m, nil
}

func fromFile(top map[string]json.RawMessage) (*Manifest, error) {
	raw, ok := top["mcpshield_manifest"]
	if !ok {
		return nil, errors.New(`not an mcpshield manifest (no "mcpshield_manifest" member)`)
	}
	m := &Manifest{}
	if err := json.Unmarshal(raw, &m.Version); err != nil || string(raw) == "null" {
		return nil, fmt.Errorf("mcpshield_manifest: want the format version, a whole number, not %s", raw)
	}
	if m.Version != Version {
		return nil, fmt.Errorf("unsupported manifest version %d (this mcpshield reads version %d)", m.Version, Version)
	}
	if err := knownKeys(top, "", "mcpshield_manifest", "server", "created", "entries", "signatures"); err != nil {
		return nil, err
	}
	var err error
	if m.Server, err = str(top, "", "server"); err != nil {
		return nil, err
	}
	created, err := str(top, "", "created")
	if err != nil {
		return nil, err
	}
	if m.Created, err = time.Parse(timeLayout, created); err != nil || formatTime(m.Created) != created {
		return nil, fmt.Errorf("created: want a UTC time like 2026-01-02T03:04:05Z, not %q", created)
	}
	entries, err := array(top, "entries", MaxEntries)
	if err != nil {
		return nil, err
	}
	m.Entries = make([]Entry, 0, len(entries))
	for i, raw := range entries {
		e, err := entryFrom(raw, fmt.Sprintf("entries[%d]", i))
		if err != nil {
			return nil, err
		}
		m.Entries = append(m.Entries, e)
	}
	if _, ok := top["signatures"]; ok {
		sigs, err := array(top, "signatures", MaxSignatures)
		if err != nil {
			return nil, err
		}
		for i, raw := range sigs {
			s, err := signatureFrom(raw, fmt.Sprintf("signatures[%d]", i))
			if err != nil {
				return nil, err
			}
			m.Signatures = append(m.Signatures, s)
		}
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

func entryFrom(raw json.RawMessage, path string) (Entry, error) {
	obj, err := object(raw, path, "kind", "name", "hash")
	if err != nil {
		return Entry{}, err
	}
	var e Entry
	var kind string
	if kind, err = str(obj, path, "kind"); err != nil {
		return Entry{}, err
	}
	e.Kind = pin.Kind(kind)
	if e.Name, err = str(obj, path, "name"); err != nil {
		return Entry{}, err
	}
	if e.Hash, err = str(obj, path, "hash"); err != nil {
		return Entry{}, err
	}
	if err := e.check(); err != nil {
		return Entry{}, fmt.Errorf("%s: %w", path, err)
	}
	return e, nil
}

func signatureFrom(raw json.RawMessage, path string) (Signature, error) {
	obj, err := object(raw, path, "key_id", "alg", "sig")
	if err != nil {
		return Signature{}, err
	}
	var s Signature
	if s.KeyID, err = str(obj, path, "key_id"); err != nil {
		return Signature{}, err
	}
	if s.Alg, err = str(obj, path, "alg"); err != nil {
		return Signature{}, err
	}
	if s.Sig, err = str(obj, path, "sig"); err != nil {
		return Signature{}, err
	}
	if err := s.check(); err != nil {
		return Signature{}, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func (s Signature) check() error {
	if s.Alg != AlgEd25519 {
		return fmt.Errorf("alg: unsupported algorithm %q (want %q)", s.Alg, AlgEd25519)
	}
	if !keyIDRE.MatchString(s.KeyID) {
		return fmt.Errorf("key_id: want 16 lowercase hex digits, not %q", s.KeyID)
	}
	if b, err := base64.StdEncoding.Strict().DecodeString(s.Sig); err != nil || len(b) != sigSize {
		return errors.New("sig: want the base64 of a 64-byte Ed25519 signature")
	}
	return nil
}

// object decodes raw as an object with exactly the members keys.
func object(raw json.RawMessage, path string, keys ...string) (map[string]json.RawMessage, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return nil, fmt.Errorf("%s: want an object", path)
	}
	if err := knownKeys(obj, path, keys...); err != nil {
		return nil, err
	}
	for _, k := range keys {
		if _, ok := obj[k]; !ok {
			return nil, fmt.Errorf("%s: missing %q", path, k)
		}
	}
	return obj, nil
}

// knownKeys reports the first member of obj (in key order) not in keys.
func knownKeys(obj map[string]json.RawMessage, path string, keys ...string) error {
	var unknown []string
	for k := range obj {
		if !slices.Contains(keys, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	slices.Sort(unknown)
	return fmt.Errorf("%sunknown field %q (want %s)", prefix(path), unknown[0], strings.Join(keys, ", "))
}

// str returns the string member key of obj.
func str(obj map[string]json.RawMessage, path, key string) (string, error) {
	raw, ok := obj[key]
	if !ok {
		return "", fmt.Errorf("%smissing %q", prefix(path), key)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil || string(raw) == "null" {
		return "", fmt.Errorf("%s%s: want a string", prefix(path), key)
	}
	return s, nil
}

// array returns the elements of the array member key of obj.
func array(obj map[string]json.RawMessage, key string, max int) ([]json.RawMessage, error) {
	raw, ok := obj[key]
	if !ok {
		return nil, fmt.Errorf("missing %q", key)
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(raw, &elems); err != nil || string(raw) == "null" {
		return nil, fmt.Errorf("%s: want an array", key)
	}
	if len(elems) > max {
		return nil, fmt.Errorf("%s: more than %d", key, max)
	}
	return elems, nil
}

func prefix(path string) string {
	if path == "" {
		return ""
	}
	return path + ": "
}
