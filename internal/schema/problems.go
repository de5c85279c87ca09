package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// errRefCycle is reported when validation meets a $ref cycle on one value:
// the schema, not the arguments, is at fault.
var errRefCycle = errors.New("$ref cycle: a schema refers to itself without descending into the value")

// problem is a Problem plus what alternatives() needs to merge type errors.
type problem struct {
	Problem
	typeGot  string
	typeWant []string
}

// problems flattens a validation error tree into the leaves a model can act
// on. It returns errRefCycle if the tree holds a $ref cycle.
func problems(e *jsonschema.ValidationError) ([]problem, error) {
	var out []problem
	var walk func(e *jsonschema.ValidationError) error
	walk = func(e *jsonschema.ValidationError) error {
		switch k := e.ErrorKind.(type) {
		case nil:
			return nil
		case *kind.RefCycle:
			return errRefCycle
		case *kind.Schema, *kind.Group, *kind.Reference, *kind.AllOf:
			for _, c := range e.Causes {
				if err := walk(c); err != nil {
					return err
				}
			}
			return nil
		case *kind.AnyOf:
			return alternatives(e, &out)
		case *kind.OneOf:
			if len(k.Subschemas) == 0 {
				return alternatives(e, &out)
			}
		}
		out = append(out, leaf(e))
		return nil
	}
	err := walk(e)
	return out, err
}

// alternatives reports an anyOf or oneOf that nothing matched. Alternatives
// that fail only because the value has another type are the wrong shape, not
// near misses: if that is all of them, it says which types would do; if one
// alternative remains, it reports that one's problems; otherwise it reports
// the closest (fewest problems) in a single line.
func alternatives(e *jsonschema.ValidationError, out *[]problem) error {
	path := pointer(e.InstanceLocation)
	var got string
	var want []string
	var near [][]problem
	for _, c := range e.Causes {
		ps, err := problems(c)
		if err != nil {
			return err
		}
		if len(ps) == 1 && ps[0].typeWant != nil && ps[0].Path == path {
			got = ps[0].typeGot
			for _, w := range ps[0].typeWant {
				if !slices.Contains(want, w) {
					want = append(want, w)
				}
			}
			continue
		}
		if len(ps) > 0 {
			near = append(near, ps)
		}
	}
	switch {
	case len(near) == 0 && want != nil:
		*out = append(*out, typeProblem(path, got, want))
	case len(near) == 0:
		*out = append(*out, problem{Problem: Problem{Path: path, Message: fmt.Sprintf(
			"matches none of the %d allowed forms", len(e.Causes))}})
	case len(near) == 1:
		*out = append(*out, near[0]...)
	default:
		closest := near[0]
		for _, ps := range near[1:] {
			if len(ps) < len(closest) {
				closest = ps
			}
		}
		*out = append(*out, problem{Problem: Problem{Path: path, Message: fmt.Sprintf(
			"matches none of the %d allowed forms; closest: %s", len(e.Causes), closest[0].String())}})
	}
	return nil
}

func typeProblem(path, got string, want []string) problem {
	return problem{
		Problem:  Problem{Path: path, Message: "got " + got + ", want " + strings.Join(want, " or ")},
		typeGot:  got,
		typeWant: want,
	}
}

// leaf renders one error whose causes, if any, are not worth showing.
func leaf(e *jsonschema.ValidationError) problem {
	path := pointer(e.InstanceLocation)
	p := problem{Problem: Problem{Path: path}}
	switch k := e.ErrorKind.(type) {
	case *kind.Type:
		return typeProblem(path, k.Got, k.Want)
	case *kind.Required:
		p.Message = "missing " + plural("property", "properties", len(k.Missing)) + " " + quoteList(k.Missing)
	case *kind.AdditionalProperties:
		p.Message = plural("property", "properties", len(k.Properties)) + " " + quoteList(k.Properties) + " not allowed"
	case *kind.Dependency:
		p.Message = fmt.Sprintf("property %s requires %s", quote(k.Prop), quoteList(k.Missing))
	case *kind.DependentRequired:
		p.Message = fmt.Sprintf("property %s requires %s", quote(k.Prop), quoteList(k.Missing))
	case *kind.PropertyNames:
		p.Message = fmt.Sprintf("property name %s not allowed", quote(k.Property))
		for _, c := range e.Causes {
			if ps, err := problems(c); err == nil && len(ps) > 0 {
				p.Message += ": " + ps[0].Message
				break
			}
		}
	case *kind.FalseSchema:
		p.Message = "no value allowed here"
	case *kind.Not:
		p.Message = "matches a form that is not allowed"
	case *kind.OneOf:
		p.Message = fmt.Sprintf("matches alternatives %d and %d; must match exactly one", k.Subschemas[0], k.Subschemas[1])
	case *kind.Enum:
		p.Message = "must be one of " + valueList(k.Want)
	case *kind.Const:
		p.Message = "must be " + value(k.Want)
	case *kind.Format:
		p.Message = "not a valid " + k.Want
		if k.Want == "regex" && k.Err != nil {
			// Go's regexp errors quote only the offending construct.
			p.Message += ": " + truncate(k.Err.Error(), 2*maxValueBytes)
		}
	case *kind.Pattern:
		p.Message = "does not match pattern " + quote(k.Want)
	case *kind.MinLength:
		p.Message = fmt.Sprintf("too short: %d characters, want at least %d", k.Got, k.Want)
	case *kind.MaxLength:
		p.Message = fmt.Sprintf("too long: %d characters, want at most %d", k.Got, k.Want)
	case *kind.Minimum:
		p.Message = "must be >= " + rat(k.Want)
	case *kind.Maximum:
		p.Message = "must be <= " + rat(k.Want)
	case *kind.ExclusiveMinimum:
		p.Message = "must be > " + rat(k.Want)
	case *kind.ExclusiveMaximum:
		p.Message = "must be < " + rat(k.Want)
	case *kind.MultipleOf:
		p.Message = "must be a multiple of " + rat(k.Want)
	case *kind.MinItems:
		p.Message = fmt.Sprintf("too few items: %d, want at least %d", k.Got, k.Want)
	case *kind.MaxItems:
		p.Message = fmt.Sprintf("too many items: %d, want at most %d", k.Got, k.Want)
	case *kind.AdditionalItems:
		p.Message = fmt.Sprintf("too many items: the last %d not allowed", k.Count)
	case *kind.UniqueItems:
		p.Message = fmt.Sprintf("items %d and %d are equal; items must be unique", k.Duplicates[0], k.Duplicates[1])
	case *kind.Contains:
		p.Message = "no item has the required form"
	case *kind.MinContains:
		p.Message = fmt.Sprintf("%d items have the required form, want at least %d", len(k.Got), k.Want)
	case *kind.MaxContains:
		p.Message = fmt.Sprintf("%d items have the required form, want at most %d", len(k.Got), k.Want)
	case *kind.MinProperties:
		p.Message = fmt.Sprintf("too few properties: %d, want at least %d", k.Got, k.Want)
	case *kind.MaxProperties:
		p.Message = fmt.Sprintf("too many properties: %d, want at most %d", k.Got, k.Want)
	default:
		p.Message = "fails " + strings.Join(e.ErrorKind.KeywordPath(), "/")
	}
	return p
}

func plural(one, many string, n int) string {
	if n == 1 {
		return one
	}
	return many
}

// quote renders a name from the schema or the arguments' keys as a short
// JSON string.
func quote(s string) string {
	return strconv.Quote(truncate(s, maxValueBytes))
}

func quoteList(l []string) string {
	q := make([]string, 0, len(l))
	for _, s := range l {
		q = append(q, quote(s))
	}
	return joinBounded(q)
}

// value renders a value from the schema (an enum member, a const) as short
// JSON.
func value(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "a value"
	}
	return truncate(string(b), maxValueBytes)
}

func valueList(l []any) string {
	q := make([]string, 0, len(l))
	for _, v := range l {
		q = append(q, value(v))
	}
	return joinBounded(q)
}

// joinBounded joins items with ", " within about maxErrorBytes/2.
func joinBounded(items []string) string {
	var b strings.Builder
	for i, s := range items {
		if i > 0 {
			if b.Len()+len(s) > maxErrorBytes/2 {
				fmt.Fprintf(&b, ", … (%d more)", len(items)-i)
				break
			}
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	return b.String()
}

func rat(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'g', -1, 64)
}
