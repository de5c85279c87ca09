package config

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

// Pin stores and the values of pins.new_definitions and detection.on_finding.
const (
	PinStoreSQLite   = "sqlite"
	PinStorePostgres = "postgres"
	PinStoreOff      = "off"

	NewDefinitionsApprove = "approve"
	NewDefinitionsTrust   = "trust"

	OnFindingWithhold = "withhold"
	OnFindingStrip    = "strip"
	OnFindingReport   = "report"
)

func checkPins(c *checker, path string, p Pins) {
	if p.Store != "" {
		oneOf(c, path+".store", p.Store, PinStoreSQLite, PinStorePostgres, PinStoreOff)
	}
	if p.Store == PinStorePostgres && p.DSN.Reveal() == "" {
		c.errorf(path+".dsn", "must be set when store is postgres")
	}
	if p.Store != PinStorePostgres && p.DSN.Reveal() != "" {
		c.errorf(path+".dsn", "is only used with store: postgres")
	}
	if p.NewDefinitions != "" {
		oneOf(c, path+".new_definitions", p.NewDefinitions, NewDefinitionsApprove, NewDefinitionsTrust)
	}
}

func checkDetection(c *checker, path string, d Detection) {
	if d.OnFinding != "" {
		oneOf(c, path+".on_finding", d.OnFinding, OnFindingWithhold, OnFindingStrip, OnFindingReport)
	}
	if d.Threshold < 0 || d.Threshold > 100 {
		c.errorf(path+".threshold", "must be between 0 (the default) and 100, not %d", d.Threshold)
	}
	for i, r := range d.DisableRules {
		if r == "" {
			c.errorf(fmt.Sprintf("%s.disable_rules[%d]", path, i), "must not be empty")
		}
	}
}

func checkSignature(c *checker, path string, s *Server) {
	if !s.RequireSignature {
		return
	}
	if len(s.TrustedKeys) == 0 {
		c.errorf(path+".trusted_keys", "must list at least one key when require_signature is true")
	}
	if len(s.Manifests) == 0 {
		c.errorf(path+".manifests", "must list at least one signed manifest when require_signature is true")
	}
}

func checkVerify(c *checker, path string, s *Server, stdio bool) {
	v := s.Verify
	if v.SHA256 != "" {
		if b, err := hex.DecodeString(v.SHA256); err != nil || len(b) != 32 {
			c.errorf(path+".sha256", "must be 64 hex digits (the SHA-256 of the executable)")
		}
		if !stdio {
			c.errorf(path+".sha256", "only applies to a command server")
		}
	}
	if v.NPM != "" {
		if _, _, err := ParseNPMSpec(v.NPM, false); err != nil {
			c.errorf(path+".npm", "%v", err)
		}
		if !stdio {
			c.errorf(path+".npm", "only applies to a command server")
		}
	}
	for i, t := range v.TLS {
		if !validTLSPin(t) {
			c.errorf(fmt.Sprintf("%s.tls[%d]", path, i), "must be sha256/ followed by the base64 SHA-256 of the key (44 characters)")
		}
	}
	if len(v.TLS) > 0 && !strings.HasPrefix(s.URL, "https://") {
		c.errorf(path+".tls", "only applies to an https url")
	}
}

func validTLSPin(s string) bool {
	b64, ok := strings.CutPrefix(s, "sha256/")
	if !ok {
		return false
	}
	b, err := base64.StdEncoding.DecodeString(b64)
	return err == nil && len(b) == 32
}

// ParseNPMSpec splits an npm package spec "name@version" or
// "@scope/name@version". Unless loose is true, the version must be exact
// (1.2.3, with an optional pre-release): a tag such as latest, a range, or
// no version at all is an error, since it lets the registry decide what
// runs.
func ParseNPMSpec(spec string, loose bool) (name, version string, err error) {
	at := strings.LastIndexByte(spec, '@')
	if at <= 0 { // no version, or only the scope's @
		if loose {
			return spec, "", nil
		}
		return spec, "", fmt.Errorf("npm package %q has no version; pin an exact one (name@1.2.3)", spec)
	}
	name, version = spec[:at], spec[at+1:]
	if name == "" || strings.HasPrefix(name, "@") && !strings.Contains(name, "/") {
		return "", "", fmt.Errorf("npm package %q: malformed name", spec)
	}
	if !loose && !exactVersion(version) {
		return name, version, fmt.Errorf("npm package %q: %q is not an exact version (a tag or range lets the registry decide what runs)", spec, version)
	}
	return name, version, nil
}

// exactVersion reports whether v is MAJOR.MINOR.PATCH with an optional
// -prerelease and +build.
func exactVersion(v string) bool {
	core, _, _ := strings.Cut(v, "+")
	core, _, _ = strings.Cut(core, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
		for _, r := range p {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// Data-loss, injection and sanitising actions.
const (
	ActionDeny   = "deny"
	ActionRedact = "redact"
	ActionReport = "report"
	ActionOff    = "off"
	ActionWrap   = "wrap"
	ActionBlock  = "block"
	ActionStrip  = "strip"
)

// PIITypes are the names pii_types accepts.
var PIITypes = []string{"email", "phone", "credit_card", "ssn", "iban", "ip_address"}

func checkContent(c *checker, cfg *Config) {
	for _, f := range []struct{ path, v string }{
		{"dlp.secrets_in_arguments", cfg.DLP.SecretsInArguments}, {"dlp.pii_in_arguments", cfg.DLP.PIIInArguments},
		{"dlp.secrets_in_results", cfg.DLP.SecretsInResults}, {"dlp.pii_in_results", cfg.DLP.PIIInResults},
	} {
		if f.v != "" {
			oneOf(c, f.path, f.v, ActionDeny, ActionRedact, ActionReport, ActionOff)
		}
	}
	for i, t := range cfg.DLP.PIITypes {
		oneOf(c, fmt.Sprintf("dlp.pii_types[%d]", i), t, PIITypes...)
	}
	checkInjection(c, "injection", cfg.Injection, cfg.Injection.WrapAt, cfg.Injection.BlockAt)
	if cfg.Sanitize != "" {
		oneOf(c, "sanitize", cfg.Sanitize, ActionStrip, ActionOff)
	}
	if cfg.SchemaValidation != "" {
		oneOf(c, "schema_validation", cfg.SchemaValidation, ActionDeny, ActionReport, ActionOff)
	}
	checkRateLimits(c, "rate_limits", cfg.RateLimits)
	checkAudit(c, "audit", cfg.Audit)
}

// What audit.record keeps.
const (
	AuditCalls     = "calls"
	AuditDecisions = "decisions"
)

func checkAudit(c *checker, path string, a Audit) {
	if a.Record != "" {
		oneOf(c, path+".record", a.Record, AuditCalls, AuditDecisions)
	}
	if a.OnError != "" {
		oneOf(c, path+".on_error", a.OnError, OnErrorDeny, OnErrorAllow)
	}
	if a.Path == "" {
		for _, f := range []struct {
			name string
			set  bool
		}{{"key", a.Key != ""}, {"record", a.Record != ""}, {"on_error", a.OnError != ""}} {
			if f.set {
				c.errorf(path+"."+f.name, "has no effect without audit.path")
			}
		}
	}
	if k := a.Key.Reveal(); k != "" && len(k) < 16 {
		c.errorf(path+".key", "must be at least 16 characters")
	}
}

// Rate-limit stores and the values of rate_limits.on_error.
const (
	RateStoreMemory = "memory"
	RateStoreRedis  = "redis"

	OnErrorDeny  = "deny"
	OnErrorAllow = "allow"
)

func checkRateLimits(c *checker, path string, r RateLimits) {
	if r.Store != "" {
		oneOf(c, path+".store", r.Store, RateStoreMemory, RateStoreRedis)
	}
	url := r.URL.Reveal()
	switch {
	case r.Store == RateStoreRedis && url == "":
		c.errorf(path+".url", "must be set when store is redis")
	case r.Store != RateStoreRedis && url != "":
		c.errorf(path+".url", "is only used with store: redis")
	case url != "" && !strings.HasPrefix(url, "redis://") && !strings.HasPrefix(url, "rediss://") && !strings.HasPrefix(url, "unix://"):
		c.errorf(path+".url", "must start with redis://, rediss:// or unix://")
	}
	if r.OnError != "" {
		oneOf(c, path+".on_error", r.OnError, OnErrorDeny, OnErrorAllow)
	}
	if r.Timeout < 0 {
		c.errorf(path+".timeout", "must not be negative")
	}
}

// Policy actions.
var policyActions = []string{"allow", "deny", "redact", "monitor"}

// Guard types.
var guardTypes = []string{"evm_address", "iban", "email", "url", "host", "string"}

func checkPolicy(c *checker, path string, p Policy) {
	for i, r := range p.Rules {
		rp := fmt.Sprintf("%s.rules[%d]", path, i)
		if r.Name == "" {
			c.errorf(rp+".name", "must be set")
		}
		if strings.TrimSpace(r.When) == "" {
			c.errorf(rp+".when", "must be a CEL expression")
		}
		oneOf(c, rp+".action", r.Action, policyActions...)
	}
}

func checkCalls(c *checker, path string, l CallLimits) {
	for _, f := range []struct {
		name string
		v    int64
	}{{"per_minute", int64(l.PerMinute)}, {"burst", int64(l.Burst)}, {"per_session", int64(l.PerSession)},
		{"max_argument_bytes", l.MaxArgumentBytes}, {"max_result_bytes", l.MaxResultBytes}} {
		if f.v < 0 {
			c.errorf(path+"."+f.name, "must not be negative")
		}
	}
	if l.Burst != 0 && l.PerMinute == 0 {
		c.errorf(path+".burst", "only applies with per_minute")
	}
}

func checkTools(c *checker, path string, s *Server) {
	checkCalls(c, path+".calls", s.Calls)
	for _, name := range sortedKeys(s.Tools) {
		t := s.Tools[name]
		tp := path + ".tools." + name
		checkCalls(c, tp+".calls", t.Calls)
		for i, g := range t.Guards {
			gp := fmt.Sprintf("%s.guards[%d]", tp, i)
			if g.Argument == "" {
				c.errorf(gp+".argument", "must name an argument (a dotted path such as to or payment.iban)")
			}
			oneOf(c, gp+".type", g.Type, guardTypes...)
			if len(g.Allow) == 0 {
				c.errorf(gp+".allow", "must list at least one allowed value")
			}
		}
	}
}

// checkInjection checks injection settings at path: the global ones, or
// a server's own. wrapAt and blockAt are the thresholds in force there, to
// compare (0: not set).
func checkInjection(c *checker, path string, own Injection, wrapAt, blockAt float64) {
	if own.Action != "" {
		oneOf(c, path+".action", own.Action, ActionWrap, ActionStrip, ActionBlock, ActionReport, ActionOff)
	}
	for _, f := range []struct {
		key string
		v   float64
	}{{"wrap_at", own.WrapAt}, {"block_at", own.BlockAt}} {
		if f.v < 0 || f.v > 1 {
			c.errorf(path+"."+f.key, "must be a score between 0 and 1, not %g", f.v)
		}
	}
	for i, r := range own.DisableRules {
		if strings.TrimSpace(r) == "" {
			c.errorf(fmt.Sprintf("%s.disable_rules[%d]", path, i), "must not be empty")
		}
	}
	if wrapAt == 0 || blockAt == 0 || wrapAt <= blockAt || own.WrapAt == 0 && own.BlockAt == 0 {
		return
	}
	if own.BlockAt != 0 {
		c.errorf(path+".block_at", "must not be below wrap_at (%g)", wrapAt)
	} else {
		c.errorf(path+".wrap_at", "must not be above block_at (%g)", blockAt)
	}
}
