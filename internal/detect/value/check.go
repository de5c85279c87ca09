package value

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Check checks the guarded argument in args, a tool call's decoded JSON
// arguments. It returns nil when every value at the path is allowed, and
// also when the path is absent or null: whether an argument is required is
// the schema check's business, not the allowlist's. Otherwise it returns
// one error per offending value, joined, each naming the argument, e.g.
//
//	to: not a valid EVM address: mixed-case address with a wrong EIP-55 checksum (...)
//	to: 0x52908400098527886E0F7030069857D2E4169EE7 is not an allowed recipient for this tool
//
// Errors match ErrInvalid or ErrNotAllowed. A value of the wrong JSON kind
// (a number where an address belongs, a string where the path needs an
// object) is invalid: the call is not what the guard was written for.
func (c *CompiledGuard) Check(args map[string]any) error {
	var errs []error
	c.walk(args, 0, c.path[0], &errs)
	return errors.Join(errs...)
}

// walk follows c.path from segment i, looking it up in obj, the object
// that should hold it; at names the location for messages.
func (c *CompiledGuard) walk(obj map[string]any, i int, at string, errs *[]error) {
	v, ok := obj[c.path[i]]
	if !ok {
		return
	}
	c.visit(v, i, at, errs)
}

// visit handles the value v found at segment i.
func (c *CompiledGuard) visit(v any, i int, at string, errs *[]error) {
	switch v := v.(type) {
	case nil:
		return
	case []any:
		for k, e := range v {
			c.visit(e, i, at+"["+strconv.Itoa(k)+"]", errs)
		}
		return
	case []string:
		for k, e := range v {
			c.visit(e, i, at+"["+strconv.Itoa(k)+"]", errs)
		}
		return
	}
	if i+1 < len(c.path) {
		obj, ok := v.(map[string]any)
		if !ok {
			*errs = append(*errs, &checkError{at, "want an object, got " + kind(v), ErrInvalid})
			return
		}
		c.walk(obj, i+1, at+"."+c.path[i+1], errs)
		return
	}
	s, ok := v.(string)
	if !ok {
		*errs = append(*errs, &checkError{at, "want a string, got " + kind(v), ErrInvalid})
		return
	}
	if err := c.checkValue(s); err != nil {
		*errs = append(*errs, &checkError{at, err.Error(), err})
	}
}

// checkValue validates one string and looks it up.
func (c *CompiledGuard) checkValue(s string) error {
	switch c.typ {
	case TypeURL, TypeHost:
		var h string
		var err error
		if c.typ == TypeURL {
			h, err = URLHost(s)
		} else {
			h, err = Host(s)
		}
		if err != nil {
			return invalidAs(c.typ, err)
		}
		if !HostMatches(h, c.hosts) {
			return notAllowed("host " + h + " is not an allowed destination for this tool")
		}
		return nil
	case TypeString:
		if !c.exact[s] {
			return notAllowed(show(s) + " is not an allowed value for this tool")
		}
		return nil
	}
	norm, _ := normalizer(c.typ)
	n, err := norm(s)
	if err != nil {
		return invalidAs(c.typ, err)
	}
	if !c.exact[n] {
		if c.typ == TypeEVMAddress {
			n = EIP55(n)
		}
		return notAllowed(n + " is not an allowed recipient for this tool")
	}
	return nil
}

var typeNames = map[Type]string{
	TypeEVMAddress: "EVM address",
	TypeIBAN:       "IBAN",
	TypeEmail:      "email address",
	TypeURL:        "URL",
	TypeHost:       "host",
}

func invalidAs(t Type, err error) error {
	return fmt.Errorf("not a valid %s: %w", typeNames[t], err)
}

type notAllowed string

func (e notAllowed) Error() string        { return string(e) }
func (e notAllowed) Is(target error) bool { return target == ErrNotAllowed }

// checkError is one offending value: where it is and what is wrong.
type checkError struct {
	at, msg string
	err     error
}

func (e *checkError) Error() string { return e.at + ": " + e.msg }
func (e *checkError) Unwrap() error { return e.err }

// kind names the JSON kind of a decoded value.
func kind(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case float64, int, int64, uint64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
