package config

import (
	"fmt"
	"strings"
)

// checker collects problems, and knows where each field path was set (when
// the config came from a file) so that validation can name the line.
type checker struct {
	errs Errors
	pos  map[string]position // field path -> where it was set; "" is the file's top
	bad  map[string]bool     // paths already reported as undecodable
	typo map[string]bool     // paths an unknown key was probably meant for
}

func newChecker() *checker {
	return &checker{pos: make(map[string]position), bad: make(map[string]bool), typo: make(map[string]bool)}
}

// where returns the position of path, or of its nearest parent that has one.
func (c *checker) where(path string) position {
	for {
		if p, ok := c.pos[path]; ok {
			return p
		}
		if path == "" {
			return position{}
		}
		path = parent(path)
	}
}

// parent strips the last element of a path: a.b[2] -> a.b, a.b -> a, a -> "".
func parent(path string) string {
	if i := strings.LastIndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return ""
}

// set reports whether path was given in the file (even with a bad value).
func (c *checker) set(path string) bool {
	_, ok := c.pos[path]
	return ok || c.bad[path]
}

// errorf reports a problem with the value at path, unless decoding already
// reported one there.
func (c *checker) errorf(path, format string, args ...any) {
	if c.bad[path] {
		return
	}
	c.errs = append(c.errs, c.where(path).error(path, fmt.Sprintf(format, args...)))
}

// oneOf checks that v is one of the allowed values.
func oneOf[T ~string](c *checker, path string, v T, allowed ...T) {
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	quoted := make([]string, len(allowed))
	for i, a := range allowed {
		quoted[i] = string(a)
	}
	c.errorf(path, "must be one of %s, not %q", strings.Join(quoted, ", "), string(v))
}
