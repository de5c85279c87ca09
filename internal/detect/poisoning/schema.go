package poisoning

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
)

// toolFields lists every string of a definition the detectors read: name,
// description, and in the input schema every description, title, default,
// example, enum and const value and every property name, at any depth.
func toolFields(t Tool) []field {
	fs := []field{{path: "name", text: t.Name, kind: fieldName}}
	if t.Description != "" {
		fs = append(fs, field{path: "description", text: t.Description, kind: fieldText})
	}
	if len(t.InputSchema) == 0 {
		return fs
	}
	var schema any
	if err := json.Unmarshal(t.InputSchema, &schema); err != nil {
		return append(fs, field{path: "inputSchema", text: string(t.InputSchema), kind: fieldText})
	}
	walkSchema(schema, "inputSchema", false, &fs)
	return fs
}

// walkSchema collects the strings of a schema node; inProperty says the
// node is a parameter's schema.
func walkSchema(v any, path string, inProperty bool, out *[]field) {
	switch v := v.(type) {
	case map[string]any:
		// A boolean or a number carries no text: its description says
		// what the flag does ("Include dot-files such as .env"), not what
		// to put in it.
		carries := inProperty && !dataless(v)
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			x := v[k]
			p := path + "." + k
			switch k {
			case "properties", "patternProperties", "$defs", "definitions":
				props, ok := x.(map[string]any)
				if !ok {
					continue
				}
				names := make([]string, 0, len(props))
				for n := range props {
					names = append(names, n)
				}
				sort.Strings(names)
				for _, n := range names {
					if k == "properties" {
						*out = append(*out, field{path: p + "." + n, text: n, kind: fieldPropertyKey})
					}
					walkSchema(props[n], p+"."+n, k == "properties", out)
				}
			case "description", "title":
				if s, ok := x.(string); ok {
					*out = append(*out, field{path: p, text: s, kind: fieldText, param: carries})
				}
			case "default", "examples", "enum", "const":
				leaves(x, p, out)
			default:
				if s, ok := x.(string); ok {
					// the model reads the whole schema: a "$comment", an
					// "x-instructions" or an "errorMessage" carries text
					// as well as a description does
					if !structuralKeys[k] {
						*out = append(*out, field{path: p, text: s, kind: fieldText, param: inProperty})
					}
					continue
				}
				if list, ok := x.([]any); ok && strings.HasPrefix(k, "x-") {
					for i, e := range list {
						if s, ok := e.(string); ok {
							*out = append(*out, field{path: p + "[" + strconv.Itoa(i) + "]", text: s, kind: fieldText, param: inProperty})
						}
					}
					continue
				}
				walkSchema(x, p, inProperty && (k == "items" || k == "anyOf" || k == "oneOf" || k == "allOf"), out)
			}
		}
	case []any:
		for i, x := range v {
			walkSchema(x, path+"["+strconv.Itoa(i)+"]", inProperty, out)
		}
	}
}

// structuralKeys are the schema keywords whose strings are syntax (a type,
// a format, a pattern, a reference), not text for a reader.
var structuralKeys = map[string]bool{
	"type": true, "format": true, "pattern": true, "$ref": true, "$schema": true, "$id": true, "$anchor": true,
	"$dynamicRef": true, "$dynamicAnchor": true, "$recursiveRef": true, "contentEncoding": true,
	"contentMediaType": true, "required": true, "id": true,
}

// leaves collects the strings of a default, example, enum or const value.
func leaves(v any, path string, out *[]field) {
	switch v := v.(type) {
	case string:
		*out = append(*out, field{path: path, text: v, kind: fieldValue})
	case []any:
		for i, x := range v {
			leaves(x, path+"["+strconv.Itoa(i)+"]", out)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys) // the same order on every scan
		for _, k := range keys {
			leaves(v[k], path+"."+k, out)
		}
	}
}

// ownNames returns the lowercased names a tool may use without naming
// another tool: its name, its parameters, its identifier-like values.
func ownNames(name string, fs []field) map[string]bool {
	own := map[string]bool{strings.ToLower(name): true, ownKey(name): true}
	for _, f := range fs {
		switch f.kind {
		case fieldPropertyKey:
			own[strings.ToLower(f.text)] = true
			own[ownKey(f.text)] = true
		case fieldValue:
			if isIdentifier(f.text) {
				own[strings.ToLower(f.text)] = true
				own[ownKey(f.text)] = true
			}
		}
	}
	return own
}

// dataless reports whether a parameter's schema admits only booleans and
// numbers, which cannot carry a file, a secret or a message.
func dataless(node map[string]any) bool {
	switch t := node["type"].(type) {
	case string:
		return t == "boolean" || t == "integer" || t == "number"
	case []any:
		for _, e := range t {
			if s, _ := e.(string); s != "boolean" && s != "integer" && s != "number" && s != "null" {
				return false
			}
		}
		return len(t) > 0
	}
	return false
}
