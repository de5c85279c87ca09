package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/mcpshield/mcpshield/internal/jsonwalk"
)

// Options configure a Validator. The zero value is usable.
type Options struct {
	// MaxEntries is the number of compiled schemas cached; 0 means
	// DefaultMaxEntries.
	MaxEntries int
	// MaxSchemaBytes is the size limit of a schema; a larger one is refused
	// with ErrBadSchema. 0 means DefaultMaxSchemaBytes.
	MaxSchemaBytes int
	// AssertFormat makes the format keyword ("date-time", "email", "uri"...)
	// an assertion. By default it is an annotation, as draft 2020-12
	// specifies: clients rarely agree on the details of formats.
	AssertFormat bool
}

// A Validator checks tool arguments against tool schemas. It is safe for
// concurrent use; one Validator should serve the whole gateway, so that its
// cache does.
type Validator struct {
	cache *cache
	// compiles counts calls to compile, for tests.
	compiles atomic.Int64
}

// New returns a Validator configured by o.
func New(o Options) *Validator {
	if o.MaxEntries <= 0 {
		o.MaxEntries = DefaultMaxEntries
	}
	if o.MaxSchemaBytes <= 0 {
		o.MaxSchemaBytes = DefaultMaxSchemaBytes
	}
	v := &Validator{}
	v.cache = newCache(o.MaxEntries, func(data []byte) (*compiled, error) {
		v.compiles.Add(1)
		var c *compiled
		err := safely(func() (err error) {
			c, err = compile(data, o.MaxSchemaBytes, o.AssertFormat)
			return err
		})
		return c, err
	})
	return v
}

// Validate checks args (a JSON value; nil, empty or null means {}) against
// schema. A nil or empty schema, or true or {}, accepts anything.
//
// It returns nil; an *Error if the arguments do not match (a message for the
// model); an error wrapping ErrBadSchema if the schema itself cannot be used;
// or ctx's error. The args are expected to have passed the gateway's JSON
// checks (no duplicate keys); should a key repeat, the last value is checked.
func (v *Validator) Validate(ctx context.Context, schema, args json.RawMessage) error {
	return v.validate(ctx, schema, func() (any, error) {
		args = bytes.TrimSpace(args)
		if len(args) == 0 || string(args) == "null" {
			return map[string]any{}, nil
		}
		inst, err := jsonwalk.Value(args)
		if err != nil {
			// Value nests no deeper than 512 levels: the library decides.
			inst, err = jsonschema.UnmarshalJSON(bytes.NewReader(args))
		}
		return inst, err
	})
}

// ValidateValue is Validate for arguments already decoded, as
// jsonwalk.Value decodes them (numbers as json.Number); nil means {}. The
// validation does not modify args.
func (v *Validator) ValidateValue(ctx context.Context, schema json.RawMessage, args any) error {
	return v.validate(ctx, schema, func() (any, error) {
		if args == nil {
			return map[string]any{}, nil
		}
		return args, nil
	})
}

// validate checks the arguments decode returns against schema; decode is
// called once the schema is known to need them.
func (v *Validator) validate(ctx context.Context, schema json.RawMessage, decode func() (any, error)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	schema = bytes.TrimSpace(schema)
	if acceptsAll(schema) {
		return nil
	}
	c, err := v.cache.get(ctx, schema)
	if err != nil {
		return err
	}
	inst, err := decode()
	if err != nil {
		return &Error{Problems: []Problem{{Message: "arguments are not valid JSON"}}}
	}
	path, ok, nodes := screen(inst)
	if !ok {
		slices.Reverse(path)
		return &Error{Problems: []Problem{{Path: pointer(path), Message: fmt.Sprintf(
			"number too long or exponent too large (limits: %d characters, exponent ±%d)", maxNumberLen, maxNumberExp)}}}
	}
	e := estimator{info: &c.info}
	e.count(c.sch, inst)
	if e.over() {
		// Small arguments cannot be too large: the schema's work grows
		// faster than their size (nested anyOf, allOf of the same $ref).
		if nodes <= smallArgs {
			return fmt.Errorf("%w: checking arguments would take over %d steps", ErrBadSchema, maxSteps)
		}
		return &Error{Problems: []Problem{{Message: "arguments too large to check against this schema; send less data"}}}
	}
	err = safely(func() error { return c.sch.Validate(inst) })
	if err == nil {
		return nil
	}
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		return fmt.Errorf("%w: validating arguments: %w", ErrBadSchema, err)
	}
	ps, err := problems(verr)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadSchema, err)
	}
	if len(ps) == 0 {
		ps = append(ps, problem{Problem: Problem{Message: "does not match"}})
	}
	// The library visits properties in map order: sort for stable
	// messages, keeping its order among problems at one path.
	slices.SortStableFunc(ps, func(a, b problem) int { return strings.Compare(a.Path, b.Path) })
	out := &Error{Problems: make([]Problem, 0, min(len(ps), maxProblems))}
	for _, p := range ps[:min(len(ps), maxProblems)] {
		out.Problems = append(out.Problems, p.Problem)
	}
	return out
}

// errPanic marks a panic in the schema library, recovered by safely: the
// library handles untrusted input and one bad schema must not bring the
// gateway down.
var errPanic = errors.New("panic in the JSON Schema library")

func safely(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %w: %v", ErrBadSchema, errPanic, r)
		}
	}()
	return f()
}

// acceptsAll reports whether schema is absent, true or {}.
func acceptsAll(schema []byte) bool {
	s := string(schema)
	return s == "" || s == "true" || s == "{}"
}
