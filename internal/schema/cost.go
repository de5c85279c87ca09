package schema

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The validator has no budget and no cancellation, and its work is not
// bounded by the sizes of schema and arguments: a chain of definitions each
// "anyOf": [{"$ref": next}, {"$ref": next}] makes it evaluate the last one
// 2^n times on the same value. estimator counts, before validating, an upper
// bound of that work: it walks schema and arguments as the validator does,
// but takes every branch (both then and else, every anyOf alternative, every
// candidate of a $dynamicRef) and stops once past maxSteps. Its own work is
// therefore bounded by maxSteps as well.
//
// A step is one schema applied to one value (about a microsecond), plus the
// per-keyword work the validator does there (enum members compared, keys
// copied for unevaluatedProperties, 64 byte-instructions of a regexp match,
// 256 bytes of a string counted, 64 schemas of the chain below).
type estimator struct {
	info  *graphInfo
	steps int
	// chain holds the schemas applied to the current value so far: the
	// validator walks it to detect $ref cycles, and stops at a repeat.
	chain []*jsonschema.Schema
}

// over reports whether the work exceeds maxSteps.
func (e *estimator) over() bool { return e.steps > maxSteps }

// count adds the work of applying s to v.
func (e *estimator) count(s *jsonschema.Schema, v any) {
	if s == nil || e.over() {
		return
	}
	for _, p := range e.chain {
		if p == s {
			e.steps++
			return
		}
	}
	// The validator's cycle check walks the chain: a pointer comparison
	// per schema, far cheaper than an evaluation.
	e.steps += 1 + len(e.chain)>>6
	if s.Bool != nil {
		return
	}
	e.chain = append(e.chain, s)
	e.inPlace(s, v)
	switch v := v.(type) {
	case map[string]any:
		e.object(s, v)
	case []any:
		e.array(s, v)
	case string:
		e.str(s, v)
	}
	if s.Enum != nil {
		e.steps += len(s.Enum.Values)
	}
	e.chain = e.chain[:len(e.chain)-1]
}

// inPlace counts the keywords that apply other schemas to v itself.
func (e *estimator) inPlace(s *jsonschema.Schema, v any) {
	e.count(s.Ref, v)
	if s.RecursiveRef != nil {
		e.count(s.RecursiveRef, v)
		for _, c := range e.info.recursive {
			if c != s.RecursiveRef {
				e.count(c, v)
			}
		}
	}
	if d := s.DynamicRef; d != nil {
		e.count(d.Ref, v)
		for _, c := range e.info.dynamic[d.Anchor] {
			if c != d.Ref {
				e.count(c, v)
			}
		}
	}
	e.count(s.Not, v)
	for _, l := range [...][]*jsonschema.Schema{s.AllOf, s.AnyOf, s.OneOf} {
		for _, sub := range l {
			e.count(sub, v)
		}
	}
	e.count(s.If, v)
	e.count(s.Then, v)
	e.count(s.Else, v)
}

// child counts s applied to a member of the current value: the validator's
// cycle check starts afresh there.
func (e *estimator) child(s *jsonschema.Schema, v any) {
	if s == nil {
		return
	}
	saved := e.chain
	e.chain = e.chain[len(e.chain):]
	e.count(s, v)
	e.chain = saved
}

func (e *estimator) object(s *jsonschema.Schema, obj map[string]any) {
	e.steps += len(s.Required) + len(s.Properties) + len(s.DependentRequired) + len(s.Dependencies)
	if e.info.unevalProps {
		e.steps += len(obj)
	}
	for k, d := range s.DependentSchemas {
		if _, ok := obj[k]; ok {
			e.count(d, obj)
		}
	}
	for k, d := range s.Dependencies {
		if sub, ok := d.(*jsonschema.Schema); ok {
			if _, ok := obj[k]; ok {
				e.count(sub, obj)
			}
		}
	}
	additional, _ := s.AdditionalProperties.(*jsonschema.Schema)
	for k, v := range obj {
		if e.over() {
			return
		}
		sub, matched := s.Properties[k]
		e.child(sub, v)
		for re, sub := range s.PatternProperties {
			e.steps += matchCost(re, len(k))
			if re.MatchString(k) {
				matched = true
				e.child(sub, v)
			}
		}
		if !matched {
			e.child(additional, v)
		}
		if s.PropertyNames != nil {
			e.child(s.PropertyNames, k)
		}
		e.child(s.UnevaluatedProperties, v)
	}
}

func (e *estimator) str(s *jsonschema.Schema, v string) {
	if s.Pattern != nil {
		e.steps += matchCost(s.Pattern, len(v))
	}
	if f := s.Format; f != nil {
		e.steps += len(v) >> 8
		if f.Name == "regex" {
			// Compiling v: its size is unknown until parsed, but
			// bounded by maxPatternSize and rarely above 64 per byte.
			e.steps += min(len(v)*64, maxPatternSize)
		}
	}
	if s.MinLength != nil || s.MaxLength != nil {
		e.steps += len(v) >> 8
	}
}

func (e *estimator) array(s *jsonschema.Schema, arr []any) {
	if s.UniqueItems || e.info.unevalItems {
		e.steps += len(arr)
	}
	var prefix []*jsonschema.Schema
	var rest *jsonschema.Schema
	switch items := s.Items.(type) {
	case *jsonschema.Schema:
		rest = items
	case []*jsonschema.Schema:
		prefix = items
		rest, _ = s.AdditionalItems.(*jsonschema.Schema)
	}
	if s.PrefixItems != nil {
		prefix = s.PrefixItems
	}
	if s.Items2020 != nil {
		rest = s.Items2020
	}
	for i, v := range arr {
		if e.over() {
			return
		}
		if i < len(prefix) {
			e.child(prefix[i], v)
		} else {
			e.child(rest, v)
		}
		e.child(s.Contains, v)
		e.child(s.UnevaluatedItems, v)
	}
}

// screen returns the path of the first number in v that is too long or has
// too large an exponent (see maxNumberLen), reversed, or ok; and the size of
// v in steps: one per value plus one per 256 bytes of string.
func screen(v any) (path []string, ok bool, nodes int) {
	nodes = 1
	switch v := v.(type) {
	case json.Number:
		return nil, numberOK(string(v)), 1
	case string:
		return nil, true, 1 + len(v)>>8
	case map[string]any:
		for k, m := range v {
			p, ok, n := screen(m)
			nodes += n
			if !ok {
				return append(p, k), false, nodes
			}
		}
	case []any:
		for i, m := range v {
			p, ok, n := screen(m)
			nodes += n
			if !ok {
				return append(p, strconv.Itoa(i)), false, nodes
			}
		}
	}
	return nil, true, nodes
}

func numberOK(s string) bool {
	if len(s) > maxNumberLen {
		return false
	}
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return true
	}
	exp, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
	return err == nil && exp >= -maxNumberExp && exp <= maxNumberExp
}
