package cli

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/manifest"
)

const keygenAbout = `
Make an Ed25519 key pair for signing tool manifests: PREFIX.key, the private
key (mode 0600; keep it secret), and PREFIX.pub, the public key as one line
("mcpshield-ed25519 BASE64 [comment]") to give to whoever verifies, or to
paste into a config's trusted_keys. Existing files are never overwritten.

  mcpshield keygen
  mcpshield keygen --out ./release --comment "release signing 2026"`

func keygenCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("keygen", "[--out PREFIX] [--comment TEXT]", keygenAbout, io)
	out := fs.String("out", "", "write `PREFIX`.key and PREFIX.pub (default $MCPSHIELD_HOME/keys/signing)")
	comment := fs.String("comment", "", "`text` after the public key, saying whose it is")
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(io.Stderr, "mcpshield keygen: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	prefix := *out
	if prefix == "" {
		home, err := config.HomeDir(nil, io.Getenv)
		if err != nil {
			return err
		}
		dir := filepath.Join(home, "keys")
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("creating the key directory: %w", err)
		}
		prefix = filepath.Join(dir, "signing")
	}
	keyPath, pubPath := prefix+".key", prefix+".pub"
	for _, p := range []string{keyPath, pubPath} {
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s exists; not overwriting it (choose another --out)", p)
		} else if !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	pub, priv, err := manifest.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	pub.Comment = *comment
	if err := manifest.WritePrivateKey(keyPath, priv); err != nil {
		return err
	}
	if err := manifest.WritePublicKey(pubPath, pub); err != nil {
		os.Remove(keyPath)
		return err
	}
	fmt.Fprintf(io.Stdout, "private key: %s (keep it secret)\npublic key:  %s\nkey id:      %s\n\n%s\n",
		keyPath, pubPath, manifest.KeyID(pub), pub)
	return nil
}
