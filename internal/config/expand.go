package config

import (
	"fmt"
	"strings"
)

// expand replaces each ${NAME} in s by the value of the environment variable
// NAME, and each $${ by a literal ${. It returns one message per problem (an
// unset variable, a bad name, an unclosed ${); the result is meaningful only
// when there is none. A nil getenv has every variable unset.
func expand(s string, getenv func(string) (string, bool)) (string, []string) {
	if !strings.Contains(s, "${") {
		return s, nil
	}
	var (
		b    strings.Builder
		errs []string
	)
	for {
		i := strings.IndexByte(s, '$')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "$${"):
			b.WriteString("${")
			s = s[3:]
		case strings.HasPrefix(s, "${"):
			end := strings.IndexByte(s, '}')
			if end < 0 {
				errs = append(errs, "unclosed ${ (write $${ for a literal ${)")
				return "", errs
			}
			name := s[2:end]
			s = s[end+1:]
			if !validEnvName(name) {
				errs = append(errs, fmt.Sprintf("invalid environment variable name %q in ${...} (write $${ for a literal ${)", name))
				continue
			}
			var (
				v  string
				ok bool
			)
			if getenv != nil {
				v, ok = getenv(name)
			}
			if !ok {
				errs = append(errs, fmt.Sprintf("environment variable %s is not set", name))
				continue
			}
			b.WriteString(v)
		default:
			b.WriteByte('$')
			s = s[1:]
		}
	}
	return b.String(), errs
}

// validEnvName reports whether name is [A-Za-z_][A-Za-z0-9_]*.
func validEnvName(name string) bool {
	if name == "" {
		return false
	}
	for i, c := range []byte(name) {
		switch {
		case c == '_', c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
