package schema

import (
	"fmt"
	"strconv"
)

// survey measures a decoded schema document against the limits of its
// compile cost, before the compiler sees it. It overcounts rather than
// guess which values are schemas: every object and boolean counts, and every
// string under "pattern" and key under "patternProperties" is sized.
type survey struct {
	objects  int // objects and booleans
	pointers int // total length of their JSON pointers
	patterns int // total estimated size of their regular expressions
}

// check walks doc and returns an error wrapping ErrBadSchema if it is too
// costly to compile.
func (s *survey) check(doc any) error {
	s.walk(doc, 0)
	switch {
	case s.objects > maxSchemaObjects:
		return fmt.Errorf("%w: more than %d objects", ErrBadSchema, maxSchemaObjects)
	case s.objects*s.pointers > maxPointerWork:
		return fmt.Errorf("%w: too many objects under long keys", ErrBadSchema)
	case s.patterns > maxPatternsSize:
		return fmt.Errorf("%w: regular expressions too large (limit %d instructions in all)", ErrBadSchema, maxPatternsSize)
	}
	return nil
}

// walk visits v, whose JSON pointer is ptrLen bytes long, and stops early
// once a limit is passed.
func (s *survey) walk(v any, ptrLen int) {
	if s.objects > maxSchemaObjects || s.patterns > maxPatternsSize {
		return
	}
	switch v := v.(type) {
	case bool:
		s.objects++
		s.pointers += ptrLen
	case map[string]any:
		s.objects++
		s.pointers += ptrLen
		for k, sub := range v {
			switch k {
			case "pattern":
				if p, ok := sub.(string); ok {
					s.pattern(p)
				}
			case "patternProperties":
				if m, ok := sub.(map[string]any); ok {
					for p := range m {
						s.pattern(p)
					}
				}
			}
			s.walk(sub, ptrLen+1+len(k))
		}
	case []any:
		for i, sub := range v {
			s.walk(sub, ptrLen+1+len(strconv.Itoa(i)))
		}
	}
}

// pattern adds the size of p; one that does not parse is left for the
// compiler to report.
func (s *survey) pattern(p string) {
	if n, err := regexpSize(p); err == nil {
		s.patterns += n
	}
}
