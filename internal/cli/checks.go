package cli

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/detect/injection"
	"github.com/mcpshield/mcpshield/internal/detect/pii"
	"github.com/mcpshield/mcpshield/internal/detect/secrets"
	"github.com/mcpshield/mcpshield/internal/detect/value"
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/policy"
)

// detectors are built once per command and shared by every upstream's
// checks (they are immutable and safe for concurrent use).
type detectors struct {
	secrets   *secrets.Detector
	pii       *pii.Detector
	injection *injection.Detector
	// injectionOff is the injection rules the shared detector leaves out
	// (the global disable_rules).
	injectionOff []string
}

func newDetectors(cfg *config.Config) (*detectors, error) {
	sec, err := secrets.New(secrets.Options{Disable: cfg.DLP.DisableRules})
	if err != nil {
		return nil, fmt.Errorf("dlp: %w", err)
	}
	var types []string
	for _, t := range cfg.DLP.PIITypes {
		types = append(types, "pii:"+t)
	}
	d := &detectors{secrets: sec, pii: pii.New(pii.Options{Types: types})}
	if cfg.Injection.Action != config.ActionOff {
		d.injection = injection.New(injection.Options{Disabled: cfg.Injection.DisableRules})
		d.injectionOff = cfg.Injection.DisableRules
		// Compile every rule now, in the background, not on the first
		// result that needs it.
		go injection.Warm()
	}
	return d, nil
}

// injectionFor returns the injection detector for settings in: the shared
// one, or one of its own when in leaves out other rules (a server's
// disable_rules) or turns on detection the global settings turn off; nil
// when in turns it off.
func (d *detectors) injectionFor(in config.Injection) *injection.Detector {
	if strings.EqualFold(in.Action, config.ActionOff) {
		return nil
	}
	if d.injection != nil && slices.Equal(in.DisableRules, d.injectionOff) {
		return d.injection
	}
	if d.injection == nil {
		go injection.Warm() // safe to call again
	}
	return injection.New(injection.Options{Disabled: in.DisableRules})
}

// dataAction maps a dlp setting to the check's action; "" is def.
func dataAction(v string, def guard.DataAction) guard.DataAction {
	switch v {
	case config.ActionDeny:
		return guard.DataDeny
	case config.ActionRedact:
		return guard.DataRedact
	case config.ActionReport:
		return guard.DataReport
	case config.ActionOff:
		return guard.DataOff
	}
	return def
}

// argumentOptions are the data-loss settings for tool arguments.
func (g *gateway) argumentOptions() *guard.ArgumentOptions {
	return &guard.ArgumentOptions{
		Secrets: g.dets.secrets.Scan, OnSecret: dataAction(g.cfg.DLP.SecretsInArguments, guard.DataDeny),
		PII: g.dets.pii.Scan, OnPII: dataAction(g.cfg.DLP.PIIInArguments, guard.DataReport),
	}
}

// contentOptions are the settings for what srv sends back.
func (g *gateway) contentOptions(srv *config.Server) *guard.ContentOptions {
	cfg := g.cfg
	in := cfg.InjectionFor(srv)
	o := &guard.ContentOptions{
		// Secrets and personal data are looked for as sent and under
		// base64, hex and URL encoding, as eval does (resultOptions).
		Secrets: g.dets.secrets.Scan, OnSecret: dataAction(cfg.DLP.SecretsInResults, guard.DataRedact),
		PII: g.dets.pii.Scan, OnPII: dataAction(cfg.DLP.PIIInResults, guard.DataRedact), Decode: true,
		Injection: g.dets.injectionFor(in),
		WrapAt:    cmp.Or(in.WrapAt, config.DefaultWrapAt), BlockAt: cmp.Or(in.BlockAt, config.DefaultBlockAt),
		Sanitize: cfg.Sanitize != config.ActionOff,
	}
	switch strings.ToLower(in.Action) {
	case config.ActionBlock:
		o.OnInjection = guard.InjectionBlock
	case config.ActionStrip:
		o.OnInjection = guard.InjectionStrip
	case config.ActionReport:
		o.OnInjection = guard.InjectionReport
	case config.ActionOff:
		o.OnInjection = guard.InjectionOff
	default:
		o.OnInjection = guard.InjectionWrap
	}
	return o
}

// callChecks fills in the checks on tools/call of srv: limits, schema,
// argument guards and policy.
func (g *gateway) callChecks(srv *config.Server, s *guard.Settings) {
	s.CallLimits = &guard.CallLimitOptions{For: func(tool string) guard.CallLimits {
		l := g.rules.Load().callsFor(srv, tool)
		return guard.CallLimits{PerMinute: l.PerMinute, Burst: l.Burst, PerSession: l.PerSession,
			MaxArgumentBytes: l.MaxArgumentBytes, MaxResultBytes: l.MaxResultBytes}
	}}
	if g.rates != nil {
		s.CallLimits.Limiter = g.rates.Limiter
		s.CallLimits.LimiterFailOpen = g.cfg.RateLimits.OnError == config.OnErrorAllow
	}
	switch g.cfg.SchemaValidationFor(srv) {
	case config.ActionOff:
	case config.ActionReport:
		s.Schema, s.SchemaReport = g.schemas, true
	default:
		s.Schema = g.schemas
	}
	// the guards and the policy are read on every call: a reload swaps them
	s.GuardsFrom = func() map[string][]*value.CompiledGuard { return g.rules.Load().guards[srv.Name] }
	redact := guard.NewArgumentCheck(guard.ArgumentOptions{
		Secrets: g.dets.secrets.Scan, OnSecret: guard.DataRedact, PII: g.dets.pii.Scan, OnPII: guard.DataRedact,
	})
	s.Policy = &guard.PolicyOptions{Current: func() *policy.Policy { return g.rules.Load().policy },
		Catalog: s.Integrity.Catalog, Redact: redact.Inspect}
}
