package cli

import (
	"os"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

// reload answers a reload signal: the audit log is reopened (log
// rotation), and for SIGHUP the config file is read again (reread reads it;
// nil when the shield runs without one) and its call rules (the policy
// rules, the argument guards of each tool, the call limits) and client
// tokens replace the ones in use, for live sessions too. A config that does
// not load or whose rules do not compile changes nothing: the error is
// logged and the shield goes on as it was. Every other setting applies at
// restart.
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
	rules, err := compileRules(cfg)
	if err != nil {
		logger.Error("config not reloaded: the shield goes on with the config it has", "error", err)
		return
	}
	tokens := tokenDigests(cfg)
	if auth != nil && len(tokens) == 0 {
		logger.Error("config not reloaded: http.auth.tokens is empty; restart to turn authentication off")
		return
	}
	g.rules.Store(rules)
	n, guards := rules.counts()
	for _, srv := range cfg.Servers {
		if !g.serves(srv.Name) {
			logger.Warn("server added to the config: it is served after a restart", "server", srv.Name)
		}
	}
	logger.Info("call rules reloaded: policy rules, argument guards and call limits apply to the next call", "policy_rules", n, "guards", guards)
	switch {
	case auth == nil && len(tokens) > 0:
		logger.Warn("client authentication was off at start: restart to turn it on")
		return
	case auth == nil:
		return
	}
	if err := auth.SetTokens(tokens); err != nil {
		logger.Error("client tokens not reloaded", "error", err) // not reached: tokens is not empty
		return
	}
	if h := cfg.HTTP.Auth.Header; h != g.cfg.HTTP.Auth.Header {
		logger.Warn("http.auth.header changed: it applies at restart; the new tokens are read from the old header", "header", g.cfg.HTTP.Auth.Header)
	}
	warnExpiry(cfg, time.Now(), logger)
	logger.Info("client tokens reloaded; other settings apply at restart", "tokens", len(tokens))
}

// serves reports whether the shield started with a server of that name.
func (g *gateway) serves(name string) bool {
	for _, s := range g.cfg.Servers {
		if s.Name == name {
			return true
		}
	}
	return false
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
