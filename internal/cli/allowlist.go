package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

// allowed refuses a server the config does not list when it requires an
// allowlist. listed says whether srv came from the config's servers.
func allowed(cfg *config.Config, srv *config.Server, listed bool) error {
	if !cfg.RequireAllowlist || listed {
		return nil
	}
	what := srv.URL
	if what == "" {
		what = strings.Join(append([]string{srv.Command}, srv.Args...), " ")
	}
	return fmt.Errorf("%s is not listed under servers, and require_allowlist is true: add it to the config (exact command and args, or URL) to run it", what)
}

// checkNPM refuses a server whose npm package is not the one pinned by
// verify.npm, and, under require_allowlist, an npx server whose package
// has no exact version (the registry would decide what runs).
func checkNPM(cfg *config.Config, srv *config.Server) error {
	if srv.Verify.NPM != "" {
		for _, a := range srv.Args {
			if a == srv.Verify.NPM || a == "--package="+srv.Verify.NPM {
				return nil
			}
		}
		return fmt.Errorf("servers.%s: its args do not run the pinned npm package %s (verify.npm)", srv.Name, srv.Verify.NPM)
	}
	if !cfg.RequireAllowlist || filepath.Base(srv.Command) != "npx" {
		return nil
	}
	for _, a := range srv.Args {
		if strings.HasPrefix(a, "-") {
			continue
		}
		if _, _, err := config.ParseNPMSpec(a, false); err != nil {
			return fmt.Errorf("servers.%s: %w (require_allowlist refuses unpinned npx packages)", srv.Name, err)
		}
		return nil
	}
	return nil
}

// exeVerifier checks the SHA-256 of a stdio server's executable before
// each start (verify.sha256), hashing again only when the file changed.
type exeVerifier struct {
	srv  *config.Server
	mu   sync.Mutex
	path string
	size int64
	mod  time.Time
	ok   bool
}

func (v *exeVerifier) check() error {
	if v.srv.Verify.SHA256 == "" {
		return nil
	}
	path, err := exec.LookPath(v.srv.Command)
	if err != nil {
		return fmt.Errorf("servers.%s.verify.sha256: %w", v.srv.Name, err)
	}
	path, err = filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("servers.%s.verify.sha256: %w", v.srv.Name, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("servers.%s.verify.sha256: %w", v.srv.Name, err)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.ok && v.path == path && v.size == fi.Size() && v.mod.Equal(fi.ModTime()) {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("servers.%s.verify.sha256: %w", v.srv.Name, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("servers.%s.verify.sha256: reading %s: %w", v.srv.Name, path, err)
	}
	got := hex.EncodeToString(h.Sum(nil))
	if !strings.EqualFold(got, v.srv.Verify.SHA256) {
		v.ok = false
		return fmt.Errorf("servers.%s: %s has SHA-256 %s, not the pinned %s (verify.sha256): refusing to run it", v.srv.Name, path, got, strings.ToLower(v.srv.Verify.SHA256))
	}
	v.path, v.size, v.mod, v.ok = path, fi.Size(), fi.ModTime(), true
	return nil
}

// verifyServer runs the checks of srv's verify settings that apply before
// it starts.
func verifyServer(cfg *config.Config, srv *config.Server) (*exeVerifier, error) {
	if err := checkNPM(cfg, srv); err != nil {
		return nil, err
	}
	v := &exeVerifier{srv: srv}
	return v, v.check()
}

// verifiedDialer checks the executable before every start.
func verifiedDialer(v *exeVerifier, dial proxy.Dialer) proxy.Dialer {
	if v == nil || v.srv.Verify.SHA256 == "" {
		return dial
	}
	return func(ctx context.Context) (proxy.MsgConn, error) {
		if err := v.check(); err != nil {
			return nil, err
		}
		return dial(ctx)
	}
}
