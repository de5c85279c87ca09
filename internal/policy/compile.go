package policy

import (
	"errors"
	"fmt"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common"
	"cel.dev/cel-go/common/ast"
)

// interruptCheckFrequency is how many comprehension iterations run between
// checks of the context: often enough to stop a long loop promptly, rarely
// enough to cost nothing.
const interruptCheckFrequency = 100

// Policy is a compiled list of rules. It is immutable and safe for
// concurrent use.
type Policy struct {
	rules []compiledRule
}

type compiledRule struct {
	name   string
	action Action
	reason string
	prg    cel.Program
	loops  bool // has a comprehension, the only place CEL checks ctx
}

// Compile parses and type-checks every rule and prepares it for evaluation.
// It reports every bad rule at once (errors.Join), each error naming the
// rule by index, name and line, with CEL's message and a caret under the
// problem:
//
//	rules[2] "no-rm" (line 14): ERROR: when:1:9: undeclared reference to 'argumnts' (in container '')
//	 | tool == argumnts.command
//	 | ........^
//
// An empty rule list compiles to a policy that allows everything.
func Compile(rules []Rule, opts Options) (*Policy, error) {
	env, err := newEnv()
	if err != nil {
		return nil, fmt.Errorf("building the policy environment: %w", err)
	}
	limit := opts.CostLimit
	if limit == 0 {
		limit = DefaultCostLimit
	}
	p := &Policy{rules: make([]compiledRule, 0, len(rules))}
	var errs []error
	seen := make(map[string]int, len(rules))
	for i, r := range rules {
		prg, loops, problems := compileRule(env, r, limit)
		if j, dup := seen[r.Name]; dup && r.Name != "" {
			problems = append(problems, fmt.Errorf("name %q already used by rules[%d]", r.Name, j))
		} else {
			seen[r.Name] = i
		}
		for _, err := range problems {
			errs = append(errs, fmt.Errorf("%s: %w", ruleRef(i, r), err))
		}
		if len(problems) > 0 {
			continue
		}
		p.rules = append(p.rules, compiledRule{name: r.Name, action: r.Action, reason: r.Reason, prg: prg, loops: loops})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return p, nil
}

// ruleRef names rule i for an error message.
func ruleRef(i int, r Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "rules[%d]", i)
	if r.Name != "" {
		fmt.Fprintf(&b, " %q", r.Name)
	}
	if r.Line > 0 {
		fmt.Fprintf(&b, " (line %d)", r.Line)
	}
	return b.String()
}

// compileRule checks one rule and builds its program, returning every
// problem found with the rule's fields and its expression, and whether the
// expression loops.
func compileRule(env *cel.Env, r Rule, limit uint64) (prg cel.Program, loops bool, errs []error) {
	if r.Name == "" {
		errs = append(errs, errors.New("name: empty"))
	}
	if !r.Action.valid() {
		errs = append(errs, fmt.Errorf("action %q: want allow, deny, redact or monitor", r.Action))
	}
	if strings.TrimSpace(r.When) == "" {
		return nil, false, append(errs, errors.New(`when: empty (write "true" to match every request)`))
	}
	checked, iss := env.CompileSource(common.NewStringSource(r.When, "when"))
	if iss.Err() != nil {
		return nil, false, append(errs, errors.New(iss.String()))
	}
	if t := checked.OutputType(); !t.IsExactType(cel.BoolType) {
		return nil, false, append(errs, fmt.Errorf("when: has type %s; want bool (compare it, as in `arguments.force == true`)", t))
	}
	if len(errs) > 0 {
		return nil, false, errs
	}
	prg, err := env.Program(checked,
		cel.CostLimit(limit),
		cel.InterruptCheckFrequency(interruptCheckFrequency),
		cel.EvalOptions(cel.OptOptimize),
	)
	if err != nil {
		return nil, false, []error{fmt.Errorf("when: %w", err)}
	}
	return prg, hasComprehension(checked.NativeRep().Expr()), nil
}

// hasComprehension reports whether e contains a comprehension (all, exists,
// map, filter, ...).
func hasComprehension(e ast.Expr) bool {
	found := false
	ast.PostOrderVisit(e, ast.NewExprVisitor(func(e ast.Expr) {
		if e.Kind() == ast.ComprehensionKind {
			found = true
		}
	}))
	return found
}
