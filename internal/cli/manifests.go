package cli

import (
	"fmt"
	"os"
	"strings"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/manifest"
	"github.com/mcpshield/mcpshield/internal/pin"
)

// loadManifests reads the trusted keys and signed manifests of srv and
// returns the lookup the integrity check uses: a definition is signed when
// some verified manifest lists its kind, name and exact hash. A manifest
// that does not verify is an error: the server does not start on a
// tampered manifest.
func loadManifests(srv *config.Server) (func(kind pin.Kind, name, hash string) bool, error) {
	var keys []manifest.PublicKey
	for i, k := range srv.TrustedKeys {
		text := k
		if !strings.HasPrefix(strings.TrimSpace(k), "mcpshield-ed25519 ") {
			b, err := os.ReadFile(k)
			if err != nil {
				return nil, fmt.Errorf("trusted_keys[%d]: %w", i, err)
			}
			text = string(b)
		}
		pub, err := manifest.ParsePublicKey(strings.TrimSpace(text))
		if err != nil {
			return nil, fmt.Errorf("trusted_keys[%d]: %w", i, err)
		}
		keys = append(keys, pub)
	}
	var ms []*manifest.Manifest
	for i, p := range srv.Manifests {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("manifests[%d]: %w", i, err)
		}
		m, err := manifest.Verify(data, keys)
		if err != nil {
			return nil, fmt.Errorf("manifests[%d] (%s): %w", i, p, err)
		}
		ms = append(ms, m)
	}
	return func(kind pin.Kind, name, hash string) bool {
		for _, m := range ms {
			if h, ok := m.Lookup(kind, name); ok && h == hash {
				return true
			}
		}
		return false
	}, nil
}
