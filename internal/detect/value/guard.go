package value

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Type names what kind of value a guarded argument holds; it picks the
// validator for both the argument and the Allow entries.
type Type string

const (
	TypeEVMAddress Type = "evm_address" // EVMAddress; Allow holds addresses
	TypeIBAN       Type = "iban"        // IBAN; Allow holds IBANs
	TypeEmail      Type = "email"       // Email; Allow holds addresses
	TypeURL        Type = "url"         // URLHost; Allow holds host patterns (see HostMatches)
	TypeHost       Type = "host"        // Host; Allow holds host patterns (see HostMatches)
	TypeString     Type = "string"      // any string; Allow holds exact, case-sensitive strings
)

// Guard restricts one argument of a tool to a list of allowed recipients:
// the accounts a payment tool may pay, the addresses a mail tool may write
// to, the hosts a fetch tool may reach. It is plain data for the config
// package to decode; Compile it before use.
type Guard struct {
	// Argument is a dotted path into the call's arguments: "to",
	// "payment.iban". Where the path meets an array, every element is
	// followed, so "transfers.to" checks the "to" of each transfer. Keys
	// containing dots cannot be named.
	Argument string
	// Type says what the argument holds and how Allow entries are read.
	Type Type
	// Allow lists the allowed values. For TypeURL and TypeHost the entries
	// are host patterns ("api.example.com", "*.example.com"); for the other
	// types, values of that type, compared after normalization. It must not
	// be empty: a tool that may pay nobody is denied by policy, not here.
	Allow []string
}

// CompiledGuard is a Guard whose Allow entries have been validated and
// normalized; only Compile makes one. It is immutable and safe for
// concurrent use.
type CompiledGuard struct {
	path     []string
	argument string
	typ      Type
	exact    map[string]bool // every type but TypeURL and TypeHost
	hosts    []string        // TypeURL and TypeHost
}

// Compile validates g and normalizes its Allow entries. It reports every
// problem at once, one line each, naming a bad entry by index and value:
//
//	guard on "to": allow[1] 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD: mixed-case address with a wrong EIP-55 checksum (...)
func (g Guard) Compile() (*CompiledGuard, error) {
	var errs []error
	c := &CompiledGuard{argument: g.Argument, typ: g.Type}
	if g.Argument == "" {
		errs = append(errs, errors.New("argument: empty (want a dotted path such as \"to\" or \"payment.iban\")"))
	} else {
		c.path = strings.Split(g.Argument, ".")
		for _, seg := range c.path {
			if seg == "" {
				errs = append(errs, fmt.Errorf("argument %q: empty path segment", g.Argument))
				break
			}
		}
	}
	norm, ok := normalizer(g.Type)
	if !ok {
		errs = append(errs, fmt.Errorf("type %q: want one of evm_address, iban, email, url, host, string", g.Type))
	}
	if len(g.Allow) == 0 {
		errs = append(errs, errors.New("allow: empty (list at least one allowed value)"))
	}
	if ok {
		hosts := g.Type == TypeURL || g.Type == TypeHost
		if !hosts {
			c.exact = make(map[string]bool, len(g.Allow))
		}
		for i, a := range g.Allow {
			n, err := norm(a)
			if err != nil {
				errs = append(errs, fmt.Errorf("allow[%d] %s: %w", i, show(a), err))
				continue
			}
			if hosts {
				c.hosts = append(c.hosts, n)
			} else {
				c.exact[n] = true
			}
		}
	}
	if len(errs) > 0 {
		for i, err := range errs {
			errs[i] = fmt.Errorf("guard on %q: %w", g.Argument, err)
		}
		return nil, errors.Join(errs...)
	}
	return c, nil
}

// Argument returns the guarded argument's dotted path.
func (c *CompiledGuard) Argument() string { return c.argument }

// normalizer returns the function that validates and normalizes one
// Allow entry of type t.
func normalizer(t Type) (func(string) (string, error), bool) {
	switch t {
	case TypeEVMAddress:
		return EVMAddress, true
	case TypeIBAN:
		return IBAN, true
	case TypeEmail:
		return Email, true
	case TypeURL, TypeHost:
		return hostPattern, true
	case TypeString:
		return nonEmpty, true
	}
	return nil, false
}

func nonEmpty(s string) (string, error) {
	if s == "" {
		return "", invalid("empty string")
	}
	return s, nil
}

// hostPattern validates an allowlist host pattern: a host (no port) or "*."
// and a domain name.
func hostPattern(p string) (string, error) {
	if strings.Contains(p, "://") {
		return "", invalid("want a host pattern such as api.example.com or *.example.com, not a URL")
	}
	rest, wild := strings.CutPrefix(p, "*.")
	if rest == "" || strings.Contains(rest, "*") {
		return "", invalid(`a wildcard must be "*." followed by a domain, as in *.example.com`)
	}
	if rest[0] != '[' && strings.Count(rest, ":") == 1 {
		return "", invalid("a host pattern has no port")
	}
	h, err := Host(rest)
	if err != nil {
		return "", err
	}
	if rest[0] == '[' && !strings.HasSuffix(rest, "]") {
		return "", invalid("a host pattern has no port")
	}
	if wild {
		if endsInNumber(h) || strings.IndexByte(h, ':') >= 0 {
			return "", invalid("a wildcard needs a domain name, not an IP address")
		}
		return "*." + h, nil
	}
	return h, nil
}

// show renders a value for an error message: as is when short and
// printable ASCII, otherwise quoted and cut to a readable length.
func show(s string) string {
	const max = 80
	plain := len(s) <= max
	for i := 0; plain && i < len(s); i++ {
		plain = s[i] > ' ' && s[i] < 0x7f
	}
	if plain && s != "" {
		return s
	}
	if len(s) > max {
		return strconv.QuoteToASCII(s[:max]) + "..."
	}
	return strconv.QuoteToASCII(s)
}
