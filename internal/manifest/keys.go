package manifest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
)

const (
	// publicKeyType starts the one-line form of a public key.
	publicKeyType = "mcpshield-ed25519"
	// privateKeyType is the PEM type of a private key file.
	privateKeyType = "MCPSHIELD PRIVATE KEY"
	// maxKeyFile bounds a key file read.
	maxKeyFile = 64 << 10
	sigSize    = ed25519.SignatureSize
)

// PublicKey is a signer's Ed25519 public key, with an optional comment
// (who it is; not covered by anything, for people only).
type PublicKey struct {
	Key     ed25519.PublicKey
	Comment string
}

// PrivateKey is a signer's Ed25519 private key. It redacts itself in
// formatted output and logs.
type PrivateKey struct {
	key ed25519.PrivateKey
}

// GenerateKey makes a key pair from rand (crypto/rand.Reader when nil).
func GenerateKey(rand io.Reader) (PublicKey, PrivateKey, error) {
	pub, priv, err := ed25519.GenerateKey(rand)
	if err != nil {
		return PublicKey{}, PrivateKey{}, fmt.Errorf("generating a key: %w", err)
	}
	return PublicKey{Key: pub}, PrivateKey{key: priv}, nil
}

// KeyID names a public key in signatures: the first 16 hex digits of the
// SHA-256 of its 32 bytes.
func KeyID(pub PublicKey) string {
	sum := sha256.Sum256(pub.Key)
	return hex.EncodeToString(sum[:8])
}

// String returns the key's one-line form, "mcpshield-ed25519 BASE64" and
// the comment if any: the content of a .pub file, and what a config may
// hold inline.
func (k PublicKey) String() string {
	s := publicKeyType + " " + base64.StdEncoding.EncodeToString(k.Key)
	if k.Comment != "" {
		s += " " + k.Comment
	}
	return s
}

// ParsePublicKey reads the one-line form of a public key (surrounding
// white space ignored).
func ParsePublicKey(s string) (PublicKey, error) {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\r\n") {
		return PublicKey{}, errors.New("public key: want one line")
	}
	typ, rest, _ := strings.Cut(s, " ")
	if typ != publicKeyType {
		return PublicKey{}, fmt.Errorf("public key: want %q followed by the key in base64", publicKeyType+" ")
	}
	b64, comment, _ := strings.Cut(strings.TrimLeft(rest, " \t"), " ")
	key, err := base64.StdEncoding.Strict().DecodeString(b64)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return PublicKey{}, errors.New("public key: want the base64 of a 32-byte Ed25519 key")
	}
	return PublicKey{Key: ed25519.PublicKey(key), Comment: strings.TrimSpace(comment)}, nil
}

// Public returns the public half of k (a zero PublicKey for the zero
// PrivateKey).
func (k PrivateKey) Public() PublicKey {
	if !k.valid() {
		return PublicKey{}
	}
	return PublicKey{Key: k.key.Public().(ed25519.PublicKey)}
}

// valid reports whether k holds a key (the zero PrivateKey does not).
func (k PrivateKey) valid() bool { return len(k.key) == ed25519.PrivateKeySize }

// String hides the key.
func (k PrivateKey) String() string { return "manifest.PrivateKey(REDACTED)" }

// GoString hides the key from %#v.
func (k PrivateKey) GoString() string { return k.String() }

// LogValue hides the key from slog.
func (k PrivateKey) LogValue() slog.Value { return slog.StringValue("REDACTED") }

// MarshalPrivateKey encodes k as a key file: a PEM block of type
// "MCPSHIELD PRIVATE KEY" holding the 32-byte seed.
func MarshalPrivateKey(k PrivateKey) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: privateKeyType, Bytes: k.key.Seed()})
}

// ParsePrivateKey reads a key file's content (see MarshalPrivateKey).
func ParsePrivateKey(data []byte) (PrivateKey, error) {
	block, rest := pem.Decode(data)
	switch {
	case block == nil || block.Type != privateKeyType:
		return PrivateKey{}, fmt.Errorf("private key: want a %q PEM block", privateKeyType)
	case len(block.Headers) > 0:
		return PrivateKey{}, errors.New("private key: unexpected PEM headers")
	case len(block.Bytes) != ed25519.SeedSize:
		return PrivateKey{}, fmt.Errorf("private key: want a %d-byte seed, not %d bytes", ed25519.SeedSize, len(block.Bytes))
	case len(bytes.TrimSpace(rest)) > 0:
		return PrivateKey{}, errors.New("private key: data after the key")
	}
	return PrivateKey{key: ed25519.NewKeyFromSeed(block.Bytes)}, nil
}

// LoadPrivateKey reads a private key file, refusing one that its group or
// others may read or write (on Unix): a key others can read is no longer
// the signer's alone.
func LoadPrivateKey(path string) (PrivateKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return PrivateKey{}, fmt.Errorf("loading the private key: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat() // the opened file, not the path again
	if err != nil {
		return PrivateKey{}, fmt.Errorf("loading the private key: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return PrivateKey{}, fmt.Errorf("loading the private key: %s is not a regular file", path)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 && runtime.GOOS != "windows" {
		return PrivateKey{}, fmt.Errorf("loading the private key: %s is accessible to group or others (mode %04o); run: chmod 600 %s", path, perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFile))
	if err != nil {
		return PrivateKey{}, fmt.Errorf("loading the private key: %w", err)
	}
	k, err := ParsePrivateKey(data)
	if err != nil {
		return PrivateKey{}, fmt.Errorf("loading %s: %w", path, err)
	}
	return k, nil
}

// WritePrivateKey writes k to a new file at path with mode 0600; it fails
// if the file exists.
func WritePrivateKey(path string, k PrivateKey) error {
	return writeNew(path, MarshalPrivateKey(k), 0o600)
}

// WritePublicKey writes the one-line form of k to a new file at path with
// mode 0644; it fails if the file exists.
func WritePublicKey(path string, k PublicKey) error {
	return writeNew(path, []byte(k.String()+"\n"), 0o644)
}

// LoadPublicKey reads a .pub file.
func LoadPublicKey(path string) (PublicKey, error) {
	f, err := os.Open(path)
	if err != nil {
		return PublicKey{}, fmt.Errorf("loading the public key: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFile))
	if err != nil {
		return PublicKey{}, fmt.Errorf("loading the public key: %w", err)
	}
	k, err := ParsePublicKey(string(data))
	if err != nil {
		return PublicKey{}, fmt.Errorf("loading %s: %w", path, err)
	}
	return k, nil
}

// writeNew creates path exclusively and writes data; on failure it
// removes what it created.
func writeNew(path string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
