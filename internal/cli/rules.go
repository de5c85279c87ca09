package cli

import (
	"fmt"
	"maps"
	"slices"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/detect/value"
	"github.com/mcpshield/mcpshield/internal/policy"
)

// callRules are the settings of the config that say what calls may do and
// that a reload (SIGHUP to serve) swaps under live sessions: the policy
// rules, the argument guards of each tool, and the call limits. Everything
// else in the config applies at restart.
type callRules struct {
	cfg     *config.Config
	policy  *policy.Policy                               // nil without rules
	guards  map[string]map[string][]*value.CompiledGuard // server → tool → guards
	servers map[string]*config.Server                    // by name
}

// compileRules compiles the rules of cfg: a rule or guard that does not
// compile is an error naming it, and nothing is swapped.
func compileRules(cfg *config.Config) (*callRules, error) {
	r := &callRules{cfg: cfg, guards: map[string]map[string][]*value.CompiledGuard{}, servers: map[string]*config.Server{}}
	if len(cfg.Policy.Rules) > 0 {
		rules := make([]policy.Rule, len(cfg.Policy.Rules))
		for i, pr := range cfg.Policy.Rules {
			rules[i] = policy.Rule{Name: pr.Name, When: pr.When, Action: policy.Action(pr.Action), Reason: pr.Reason, Line: pr.Line}
		}
		var err error
		if r.policy, err = policy.Compile(rules, policy.Options{}); err != nil {
			return nil, fmt.Errorf("policy: %w", err)
		}
	}
	for _, srv := range cfg.Servers {
		r.servers[srv.Name] = srv
		for _, name := range slices.Sorted(maps.Keys(srv.Tools)) {
			for i, gd := range srv.Tools[name].Guards {
				cg, err := value.Guard{Argument: gd.Argument, Type: value.Type(gd.Type), Allow: gd.Allow}.Compile()
				if err != nil {
					return nil, fmt.Errorf("servers.%s.tools.%s.guards[%d]: %w", srv.Name, name, i, err)
				}
				if r.guards[srv.Name] == nil {
					r.guards[srv.Name] = map[string][]*value.CompiledGuard{}
				}
				r.guards[srv.Name][name] = append(r.guards[srv.Name][name], cg)
			}
		}
	}
	return r, nil
}

// callsFor gives the call limits of a tool of srv under these rules. A
// server the rules' config does not name (the one server of serve's quick
// mode, or one added since start, which needs a restart) keeps the limits
// of its own settings.
func (r *callRules) callsFor(srv *config.Server, tool string) config.CallLimits {
	if s, ok := r.servers[srv.Name]; ok {
		srv = s
	}
	return r.cfg.CallsFor(srv, tool)
}

// counts summarises the rules for the reload's log line.
func (r *callRules) counts() (rules, guards int) {
	if r.policy != nil {
		rules = len(r.cfg.Policy.Rules)
	}
	for _, byTool := range r.guards {
		for _, gs := range byTool {
			guards += len(gs)
		}
	}
	return rules, guards
}
