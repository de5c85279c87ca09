package policy

import (
	"path"
	"strings"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/common/types/traits"

	"github.com/mcpshield/mcpshield/internal/detect/value"
)

// functions declares the policy functions with their implementations.
func functions() []cel.EnvOption {
	return []cel.EnvOption{
		predicate("isEVMAddress", "an EVM address: 0x and 40 hex digits, with a valid EIP-55 checksum if mixed case",
			func(s string) bool { _, err := value.EVMAddress(s); return err == nil }),
		predicate("isIBAN", "an IBAN with a registered country and length and a valid checksum; spaces allowed",
			func(s string) bool { _, err := value.IBAN(s); return err == nil }),
		predicate("isEmail", "a bare email address, no display name, a dotted domain",
			func(s string) bool { _, err := value.Email(s); return err == nil }),
		cel.Function("urlHost",
			cel.FunctionDocs(`the host a URL connects to, lowercase, "" if the string is not a network URL`),
			cel.Overload("urlHost_string", []*cel.Type{cel.StringType}, cel.StringType,
				cel.OverloadExamples(`urlHost("https://user@API.example.com:8443/x") // "api.example.com"`),
				cel.UnaryBinding(func(v ref.Val) ref.Val {
					s, ok := v.(types.String)
					if !ok {
						return types.MaybeNoSuchOverloadErr(v)
					}
					h, err := value.URLHost(string(s))
					if err != nil {
						return types.String("")
					}
					return types.String(h)
				}))),
		cel.Function("hostMatches",
			cel.FunctionDocs(`whether a host matches one of the patterns: a host exactly, or "*.example.com" for names strictly below example.com`),
			cel.Overload("hostMatches_string_list", []*cel.Type{cel.StringType, cel.ListType(cel.StringType)}, cel.BoolType,
				cel.OverloadExamples(`hostMatches("a.example.com", ["*.example.com"]) // true`),
				cel.BinaryBinding(hostMatches))),
		cel.Function("pathWithin",
			cel.FunctionDocs("whether an absolute path, once cleaned, is the directory dir or inside it"),
			cel.Overload("pathWithin_string_string", []*cel.Type{cel.StringType, cel.StringType}, cel.BoolType,
				cel.OverloadExamples(`pathWithin("/srv/data/../etc/passwd", "/srv/data") // false`),
				cel.BinaryBinding(func(p, d ref.Val) ref.Val {
					ps, ok1 := p.(types.String)
					ds, ok2 := d.(types.String)
					if !ok1 || !ok2 {
						return types.MaybeNoSuchOverloadErr(p)
					}
					return types.Bool(pathWithin(string(ps), string(ds)))
				}))),
	}
}

// predicate declares a string -> bool function.
func predicate(name, doc string, fn func(string) bool) cel.EnvOption {
	return cel.Function(name,
		cel.FunctionDocs("whether the string is "+doc),
		cel.Overload(name+"_string", []*cel.Type{cel.StringType}, cel.BoolType,
			cel.UnaryBinding(func(v ref.Val) ref.Val {
				s, ok := v.(types.String)
				if !ok {
					return types.MaybeNoSuchOverloadErr(v)
				}
				return types.Bool(fn(string(s)))
			})))
}

func hostMatches(h, l ref.Val) ref.Val {
	host, ok := h.(types.String)
	if !ok {
		return types.MaybeNoSuchOverloadErr(h)
	}
	list, ok := l.(traits.Lister)
	if !ok {
		return types.MaybeNoSuchOverloadErr(l)
	}
	for it := list.Iterator(); it.HasNext() == types.True; {
		e := it.Next()
		p, ok := e.(types.String)
		if !ok {
			return types.NewErr("hostMatches: pattern %v is not a string", e)
		}
		if value.HostMatches(string(host), []string{string(p)}) {
			return types.True
		}
	}
	return types.False
}

// pathWithin reports whether p is dir or inside it, comparing cleaned
// POSIX paths: "/srv/data/../etc" is /etc and not within /srv/data. Both
// must be absolute. Anything odd (a relative path, a NUL, a backslash, which
// a Windows server would read as a separator) gives false, so that
// `!pathWithin(p, dir)` denies it. Symbolic links are not resolved: the
// shield does not see the server's file system, so a link inside dir that
// points out of it is not caught here.
func pathWithin(p, dir string) bool {
	if !strings.HasPrefix(p, "/") || !strings.HasPrefix(dir, "/") ||
		strings.ContainsAny(p, "\x00\\") || strings.ContainsAny(dir, "\x00\\") {
		return false
	}
	p, dir = path.Clean(p), path.Clean(dir)
	if dir == "/" {
		return true
	}
	return p == dir || strings.HasPrefix(p, dir) && p[len(dir)] == '/'
}
