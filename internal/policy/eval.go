package policy

import (
	"context"
	"fmt"
	"time"

	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/interpreter"
)

// Eval runs the rules against in, in order. The first matching rule whose
// action is allow, deny or redact decides; matching monitor rules are
// listed in Result.Monitored and do not stop evaluation. With no deciding
// rule the result is Allow with an empty Rule.
//
// A rule whose evaluation fails (a missing argument key, a type mismatch at
// run time, the cost limit, ctx done) stops evaluation: Eval returns the
// error, naming the rule, and a Result whose Action is "". The caller must
// then fail closed. Monitor rules fail the same way, so promoting one to
// deny never changes which requests error. A nil in is an empty Input.
func (p *Policy) Eval(ctx context.Context, in *Input) (Result, error) {
	var res Result
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("evaluating policy: %w", err)
	}
	if in == nil {
		in = &Input{}
	}
	act := &activation{in: in}
	for i := range p.rules {
		r := &p.rules[i]
		var out ref.Val
		var err error
		if r.loops && ctx.Done() != nil {
			out, _, err = r.prg.ContextEval(ctx, act)
		} else {
			// Only comprehensions check for interrupts, so a rule without
			// one skips the context plumbing; its cost is bounded anyway.
			out, _, err = r.prg.Eval(act)
		}
		if err != nil {
			res.Rule = r.name
			return res, fmt.Errorf("evaluating policy rule %q: %w", r.name, err)
		}
		match, ok := out.(types.Bool)
		if !ok {
			res.Rule = r.name
			return res, fmt.Errorf("evaluating policy rule %q: result is %s, not bool", r.name, out.Type())
		}
		if !match {
			continue
		}
		if r.action == Monitor {
			res.Monitored = append(res.Monitored, r.name)
			continue
		}
		res.Action, res.Rule, res.Reason = r.action, r.name, r.reason
		return res, nil
	}
	res.Action = Allow
	return res, nil
}

// activation resolves the policy variables for one request. Each value is
// converted on first use and cached for the remaining rules, so a policy
// pays only for the variables it reads. It belongs to one Eval call and is
// not safe for concurrent use.
type activation struct {
	in                                            *Input
	server, tool, method, principal, session, now ref.Val
	arguments, annotations, client                ref.Val
}

var _ interpreter.Activation = (*activation)(nil)

// ResolveName implements interpreter.Activation.
func (a *activation) ResolveName(name string) (any, bool) {
	var slot *ref.Val
	switch name {
	case varServer:
		slot = &a.server
	case varTool:
		slot = &a.tool
	case varMethod:
		slot = &a.method
	case varPrincipal:
		slot = &a.principal
	case varSession:
		slot = &a.session
	case varNow:
		slot = &a.now
	case varArguments:
		slot = &a.arguments
	case varAnnotations:
		slot = &a.annotations
	case varClient:
		slot = &a.client
	default:
		return nil, false
	}
	if *slot == nil {
		*slot = a.convert(name)
	}
	return *slot, true
}

// convert builds the CEL value of a variable from the input.
func (a *activation) convert(name string) ref.Val {
	in := a.in
	switch name {
	case varServer:
		return types.String(in.Server)
	case varTool:
		return types.String(in.Tool)
	case varMethod:
		return types.String(in.Method)
	case varPrincipal:
		return types.String(in.Principal)
	case varSession:
		return types.String(in.Session)
	case varNow:
		if in.Now.IsZero() {
			return types.Timestamp{Time: time.Now()}
		}
		return types.Timestamp{Time: in.Now}
	case varArguments:
		// A nil map reads as empty, so has(arguments.x) is false.
		return types.NewStringInterfaceMap(types.DefaultTypeAdapter, in.Arguments)
	case varAnnotations:
		return types.NewStringInterfaceMap(types.DefaultTypeAdapter, hints(in.Annotations))
	case varClient:
		return types.NewStringStringMap(types.DefaultTypeAdapter,
			map[string]string{"name": in.ClientName, "version": in.ClientVersion})
	}
	return types.NewErr("unknown variable %s", name)
}

// hints keeps the annotations rules may see: the four boolean hints. It
// returns nil, which reads as empty, when there are none.
func hints(ann map[string]any) map[string]any {
	var h map[string]any
	for k, v := range ann {
		b, ok := v.(bool)
		if !ok {
			continue
		}
		switch k {
		case "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint":
			if h == nil {
				h = make(map[string]any, 4)
			}
			h[k] = b
		}
	}
	return h
}

// Parent implements interpreter.Activation.
func (a *activation) Parent() interpreter.Activation { return nil }
