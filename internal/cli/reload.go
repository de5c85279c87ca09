package cli

import (
	"os"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

// reload answers a reload signal: the audit log is reopened (log
// rotation), and for SIGHUP the client tokens are read again from the
// config file (reread reads it; nil when the shield runs without one). A
// config that does not load changes nothing: the error is logged and the
// shield goes on as it was. Every other setting applies at restart.
func (g *gateway) reload(sig os.Signal, auth *proxy.ClientAuth, reread func() (*config.Config, error)) {
	g.reopenAudit()
	if reopenOnly(sig) {
		return
	}
	logger := g.logger.With("signal", sig.String())
	if reread == nil {
		logger.Info("no config file to reload: only the audit log was reopened")
		return
	}
	cfg, err := reread()
	if err != nil {
		logger.Error("config not reloaded: the shield goes on with the config it has", "error", err)
		return
	}
	tokens := tokenDigests(cfg)
	switch {
	case auth == nil && len(tokens) > 0:
		logger.Warn("config reloaded, but client authentication was off at start: restart to turn it on")
		return
	case auth == nil:
		logger.Info("config reloaded: no client tokens before or now; other settings apply at restart")
		return
	}
	if err := auth.SetTokens(tokens); err != nil {
		logger.Error("client tokens not reloaded: http.auth.tokens is empty; restart to turn authentication off", "error", err)
		return
	}
	if h := cfg.HTTP.Auth.Header; h != g.cfg.HTTP.Auth.Header {
		logger.Warn("http.auth.header changed: it applies at restart; the new tokens are read from the old header", "header", g.cfg.HTTP.Auth.Header)
	}
	warnExpiry(cfg, time.Now(), logger)
	logger.Info("client tokens reloaded; other settings apply at restart", "tokens", len(tokens))
}

// reopenAudit reopens the audit log, if there is one, after a rotation.
func (g *gateway) reopenAudit() {
	if g.audit == nil {
		return
	}
	if err := g.audit.Reopen(); err != nil {
		g.logger.Error("audit log not reopened: records go on to the file it had open", "error", err)
		return
	}
	g.logger.Info("audit log reopened", "path", g.cfg.Audit.Path)
}
