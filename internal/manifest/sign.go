package manifest

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/mcpshield/mcpshield/internal/pin"
)

// payloadPrefix separates manifest signatures from any other use of a key.
const payloadPrefix = "mcpshield-manifest-v1\n"

// Reasons a manifest does not verify; Verify's errors wrap one of them.
var (
	// ErrUnsigned: the manifest has no signature at all.
	ErrUnsigned = errors.New("the manifest is not signed")
	// ErrUntrusted: no signature is by a trusted key.
	ErrUntrusted = errors.New("no signature by a trusted key")
	// ErrBadSignature: a trusted key's signature does not match the
	// content: the manifest was changed after it was signed.
	ErrBadSignature = errors.New("bad signature (the manifest was changed after signing)")
)

// Payload returns the bytes a signature covers: payloadPrefix, then the
// canonical JSON (pin.CanonicalJSON) of the manifest without signatures,
// entries sorted by kind, then name.
func (m *Manifest) Payload() ([]byte, error) {
	c := *m
	c.Entries = slices.Clone(m.Entries)
	if err := c.check(); err != nil {
		return nil, err
	}
	if c.Entries == nil {
		c.Entries = []Entry{}
	}
	b, err := json.Marshal(file{Version: c.Version, Server: c.Server, Created: formatTime(c.Created), Entries: c.Entries})
	if err != nil {
		return nil, fmt.Errorf("encoding the payload: %w", err)
	}
	canon, err := pin.CanonicalJSON(b)
	if err != nil {
		return nil, fmt.Errorf("encoding the payload: %w", err)
	}
	return append([]byte(payloadPrefix), canon...), nil
}

// Sign adds k's signature to m, replacing an earlier one by the same key;
// other signers' signatures are kept (they stay valid only if the content
// did not change). It sorts m.Entries.
func Sign(m *Manifest, k PrivateKey) error {
	if !k.valid() {
		return errors.New("signing: no private key")
	}
	if err := m.check(); err != nil {
		return fmt.Errorf("signing: %w", err)
	}
	payload, err := m.Payload()
	if err != nil {
		return fmt.Errorf("signing: %w", err)
	}
	sig := Signature{
		KeyID: KeyID(k.Public()),
		Alg:   AlgEd25519,
		Sig:   base64.StdEncoding.EncodeToString(ed25519.Sign(k.key, payload)),
	}
	m.Signatures = slices.DeleteFunc(m.Signatures, func(s Signature) bool { return s.KeyID == sig.KeyID })
	if len(m.Signatures) >= MaxSignatures {
		return fmt.Errorf("signing: the manifest already has %d signatures", len(m.Signatures))
	}
	m.Signatures = append(m.Signatures, sig)
	return nil
}

// Verify parses a manifest file and checks its signatures against the
// trusted keys: it is valid when at least one signature by a trusted key
// verifies. The error says why not (it wraps ErrUnsigned, ErrUntrusted or
// ErrBadSignature, or is a parse error).
func Verify(data []byte, trusted []PublicKey) (*Manifest, error) {
	m, err := Parse(data)
	if err != nil {
		return nil, err
	}
	if err := m.verify(trusted); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Manifest) verify(trusted []PublicKey) error {
	if len(m.Signatures) == 0 {
		return ErrUnsigned
	}
	payload, err := m.Payload()
	if err != nil {
		return err
	}
	keys := make(map[string]PublicKey, len(trusted))
	for i, k := range trusted {
		if len(k.Key) != ed25519.PublicKeySize {
			return fmt.Errorf("trusted key %d is not an Ed25519 public key", i)
		}
		keys[KeyID(k)] = k
	}
	var bad, unknown []string
	for _, s := range m.Signatures {
		k, ok := keys[s.KeyID]
		if !ok {
			unknown = append(unknown, s.KeyID)
			continue
		}
		raw, err := base64.StdEncoding.Strict().DecodeString(s.Sig)
		if err == nil && ed25519.Verify(k.Key, payload, raw) {
			return nil
		}
		bad = append(bad, keyName(k))
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: by key %s", ErrBadSignature, strings.Join(bad, ", "))
	}
	ids := make([]string, 0, len(keys))
	for id := range keys {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return fmt.Errorf("%w: signed by key %s; trusted: %s", ErrUntrusted, strings.Join(unknown, ", "), orNone(ids))
}

// keyName is a key's id and, if it has one, its comment.
func keyName(k PublicKey) string {
	if k.Comment != "" {
		return fmt.Sprintf("%s (%s)", KeyID(k), k.Comment)
	}
	return KeyID(k)
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}
