package schema

import "github.com/santhosh-tekuri/jsonschema/v6"

// graphInfo describes a compiled schema graph, for cost.go.
type graphInfo struct {
	// schemas counts the distinct schemas reachable from the root.
	schemas int
	// dynamic maps a $dynamicAnchor name to the schemas declaring it, and
	// recursive lists the schemas with "$recursiveAnchor": true: a
	// $dynamicRef or $recursiveRef may land on any of them at run time.
	dynamic   map[string][]*jsonschema.Schema
	recursive []*jsonschema.Schema
	// unevalProps and unevalItems say whether unevaluatedProperties or
	// unevaluatedItems occur; the validator then copies the keys or indexes
	// of a value for every schema applied to it.
	unevalProps, unevalItems bool
}

// inspect walks the graph reachable from root once.
func inspect(root *jsonschema.Schema) graphInfo {
	var info graphInfo
	seen := map[*jsonschema.Schema]bool{}
	todo := []*jsonschema.Schema{root}
	for len(todo) > 0 {
		s := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if s == nil || seen[s] {
			continue
		}
		seen[s] = true
		info.schemas++
		if s.DynamicAnchor != "" {
			if info.dynamic == nil {
				info.dynamic = map[string][]*jsonschema.Schema{}
			}
			info.dynamic[s.DynamicAnchor] = append(info.dynamic[s.DynamicAnchor], s)
		}
		if s.RecursiveAnchor {
			info.recursive = append(info.recursive, s)
		}
		info.unevalProps = info.unevalProps || s.UnevaluatedProperties != nil
		info.unevalItems = info.unevalItems || s.UnevaluatedItems != nil
		subschemas(s, func(sub *jsonschema.Schema) { todo = append(todo, sub) })
	}
	return info
}

// subschemas calls f with every schema s refers to, nil ones included.
func subschemas(s *jsonschema.Schema, f func(*jsonschema.Schema)) {
	f(s.Ref)
	f(s.RecursiveRef)
	if s.DynamicRef != nil {
		f(s.DynamicRef.Ref)
	}
	f(s.Not)
	for _, l := range [...][]*jsonschema.Schema{s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems} {
		for _, sub := range l {
			f(sub)
		}
	}
	f(s.If)
	f(s.Then)
	f(s.Else)
	f(s.PropertyNames)
	for _, sub := range s.Properties {
		f(sub)
	}
	for _, sub := range s.PatternProperties {
		f(sub)
	}
	if sub, ok := s.AdditionalProperties.(*jsonschema.Schema); ok {
		f(sub)
	}
	for _, d := range s.Dependencies {
		if sub, ok := d.(*jsonschema.Schema); ok {
			f(sub)
		}
	}
	for _, sub := range s.DependentSchemas {
		f(sub)
	}
	f(s.UnevaluatedProperties)
	f(s.Contains)
	switch items := s.Items.(type) {
	case *jsonschema.Schema:
		f(items)
	case []*jsonschema.Schema:
		for _, sub := range items {
			f(sub)
		}
	}
	if sub, ok := s.AdditionalItems.(*jsonschema.Schema); ok {
		f(sub)
	}
	f(s.Items2020)
	f(s.UnevaluatedItems)
	f(s.ContentSchema)
}
