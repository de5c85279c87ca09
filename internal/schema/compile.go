package schema

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// baseURL is the URL a schema is compiled under. Relative refs resolve
// against it, and are then refused like any other URL outside the document.
const baseURL = "mcpshield:///inputSchema"

// errRefused is returned by refuseLoader for every URL.
var errRefused = errors.New("a schema may only refer to itself or to a standard metaschema")

// refuseLoader is the compiler's URLLoader. The library serves the standard
// metaschemas from its embedded copies before asking a loader, and resolves
// refs inside the document without one, so every call here is a ref to
// somewhere else (a file, a URL, another document) and is refused.
type refuseLoader struct{}

func (refuseLoader) Load(string) (any, error) {
	return nil, errRefused
}

// formatNames are the formats the library knows. Unless formats are asserted,
// each is registered with a validator that accepts everything: draft-07 and
// older would otherwise assert them.
var formatNames = [...]string{
	"date", "date-time", "duration", "email", "hostname", "idn-email",
	"idn-hostname", "ipv4", "ipv6", "iri", "iri-reference", "json-pointer",
	"period", "relative-json-pointer", "semver", "time", "uri",
	"uri-reference", "uri-template", "uuid",
}

func acceptAny(any) error { return nil }

// compiled is one usable schema.
type compiled struct {
	sch  *jsonschema.Schema
	info graphInfo
}

// compile checks data against the limits and compiles it. Every error wraps
// ErrBadSchema.
func compile(data []byte, maxBytes int, assertFormat bool) (*compiled, error) {
	if len(data) > maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrBadSchema, len(data), maxBytes)
	}
	if d := depth(data); d > maxSchemaDepth {
		return nil, fmt.Errorf("%w: nested deeper than %d levels", ErrBadSchema, maxSchemaDepth)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: not JSON: %w", ErrBadSchema, err)
	}
	var sv survey
	if err := sv.check(doc); err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.UseLoader(refuseLoader{})
	c.UseRegexpEngine(compileRegexp)
	if assertFormat {
		c.AssertFormat()
	} else {
		for _, name := range formatNames {
			c.RegisterFormat(&jsonschema.Format{Name: name, Validate: acceptAny})
		}
	}
	if err := c.AddResource(baseURL, doc); err != nil {
		return nil, &compileError{err}
	}
	sch, err := c.Compile(baseURL)
	if err != nil {
		return nil, &compileError{err}
	}
	return &compiled{sch: sch, info: inspect(sch)}, nil
}

// depth returns the deepest nesting of arrays and objects in data, which
// need not be valid JSON.
func depth(data []byte) int {
	d, deepest := 0, 0
	inString, escaped := false, false
	for _, c := range data {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			d++
			deepest = max(deepest, d)
		case c == '}' || c == ']':
			d--
		}
	}
	return deepest
}

// compileError is the library's error from compiling a schema, on one line.
type compileError struct{ err error }

func (e *compileError) Unwrap() []error { return []error{ErrBadSchema, e.err} }

func (e *compileError) Error() string {
	var sve *jsonschema.SchemaValidationError
	var verr *jsonschema.ValidationError
	if errors.As(e.err, &sve) && errors.As(sve.Err, &verr) {
		if ps, err := problems(verr); err == nil && len(ps) > 0 {
			msg := make([]Problem, len(ps))
			for i, p := range ps {
				msg[i] = p.Problem
			}
			return ErrBadSchema.Error() + ": not a valid JSON Schema: " + render(msg, maxErrorBytes)
		}
	}
	return ErrBadSchema.Error() + ": " + truncate(strings.Join(strings.Fields(e.err.Error()), " "), maxErrorBytes)
}
