package config

import (
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// The Go types the decoder treats specially; every other field is decoded by
// its kind: struct (a mapping of its yaml tags), string (any scalar, with
// ${VAR} expansion), int (an integer), int64 (a byte size, see ParseSize),
// []string (a list) and map[string]string-like (a mapping).
var (
	durationType = reflect.TypeFor[time.Duration]()
	timeType     = reflect.TypeFor[time.Time]()
	levelType    = reflect.TypeFor[slog.Level]()
	serversType  = reflect.TypeFor[[]*Server]()
)

// decoder decodes a YAML node tree into a Config, collecting every problem.
type decoder struct {
	file   string
	getenv func(string) (string, bool)
	check  *checker // its pos and bad maps are filled while decoding
}

func (d *decoder) at(n *yaml.Node) position { return position{d.file, n.Line, n.Column} }

// errorf reports a problem at p.
func (d *decoder) errorf(p position, path, format string, args ...any) {
	d.check.errs = append(d.check.errs, p.error(path, fmt.Sprintf(format, args...)))
}

// invalid reports that the value at path could not be decoded, and keeps
// validation from reporting it again.
func (d *decoder) invalid(p position, path, format string, args ...any) {
	d.errorf(p, path, format, args...)
	d.check.bad[path] = true
}

// deref follows aliases to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 64; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names the kind of a node for messages: "a list", "an integer".
func describe(n *yaml.Node) string {
	n = deref(n)
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return "null"
		case "!!bool":
			return "a boolean"
		case "!!int":
			return "an integer"
		case "!!float":
			return "a number"
		case "!!str":
			return "a string"
		}
		return "a " + strings.TrimPrefix(n.ShortTag(), "!!")
	}
	return "an unsupported YAML node"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// pairs calls f for each key and value of the mapping n, checking that n is a
// mapping and its keys are unique strings. p and path name n in messages.
func (d *decoder) pairs(n *yaml.Node, p position, path string, f func(key string, k, v *yaml.Node)) {
	n = deref(n)
	if n.Kind != yaml.MappingNode {
		d.invalid(p, path, "must be a mapping, not %s", describe(n))
		return
	}
	seen := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kp := d.at(k)
		rk := deref(k)
		if rk.Kind != yaml.ScalarNode {
			d.errorf(kp, path, "keys must be strings, not %s", describe(rk))
			continue
		}
		if rk.ShortTag() == "!!merge" {
			d.errorf(kp, path, "merge keys (<<) are not supported")
			continue
		}
		if line, dup := seen[rk.Value]; dup {
			d.errorf(kp, join(path, rk.Value), "duplicate key %q (first at line %d)", rk.Value, line)
			continue
		}
		seen[rk.Value] = k.Line
		f(rk.Value, k, v)
	}
}

// value decodes n into v. p is where the value's key (or list item) is.
func (d *decoder) value(n *yaml.Node, v reflect.Value, p position, path string) {
	switch v.Type() {
	case durationType:
		if s, ok := d.text(n, p, path, "a duration such as 30s or 10m"); ok {
			dur, err := time.ParseDuration(s)
			if err != nil {
				d.invalid(p, path, "must be a duration such as 30s or 10m, not %q", s)
				return
			}
			v.SetInt(int64(dur))
		}
		return
	case timeType:
		if s, ok := d.text(n, p, path, "a date such as 2027-01-31 or an RFC 3339 time"); ok {
			t, err := parseTime(s)
			if err != nil {
				d.invalid(p, path, "must be a date such as 2027-01-31 or an RFC 3339 time such as 2027-01-31T18:00:00Z, not %q", s)
				return
			}
			v.Set(reflect.ValueOf(t))
		}
		return
	case levelType:
		if s, ok := d.text(n, p, path, "a log level"); ok {
			l, err := parseLevel(s)
			if err != nil {
				d.invalid(p, path, "%v", err)
				return
			}
			v.SetInt(int64(l))
		}
		return
	case serversType:
		d.servers(n, v, p, path)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.structure(n, v, p, path)
	case reflect.String:
		if s, ok := d.text(n, p, path, "a string"); ok {
			v.SetString(s)
		}
	case reflect.Int:
		if i, ok := d.integer(n, p, path); ok {
			v.SetInt(i)
		}
	case reflect.Int64:
		d.size(n, v, p, path)
	case reflect.Bool:
		d.boolean(n, v, p, path)
	case reflect.Float64:
		d.float(n, v, p, path)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Struct {
			d.structList(n, v, p, path)
			return
		}
		d.list(n, v, p, path)
	case reflect.Map:
		if v.Type().Elem().Kind() == reflect.Struct {
			d.structMap(n, v, p, path)
			return
		}
		d.dict(n, v, p, path)
	default:
		d.invalid(p, path, "internal error: no decoder for %s", v.Type())
	}
}

// structure decodes a mapping into the struct v, field by field.
func (d *decoder) structure(n *yaml.Node, v reflect.Value, p position, path string) {
	names, index := fieldsOf(v.Type())
	d.pairs(n, p, path, func(key string, k, val *yaml.Node) {
		kp := d.at(k)
		i, ok := index[key]
		if !ok {
			msg := fmt.Sprintf("unknown field %q", key)
			if s := suggest(key, names); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
				d.check.typo[join(path, s)] = true
			}
			d.errorf(kp, path, "%s", msg)
			return
		}
		fp := join(path, key)
		if isNull(val) {
			return // null leaves the default, as if the key were absent
		}
		d.check.pos[fp] = kp
		d.value(val, v.Field(i), kp, fp)
	})
}

// fieldsOf returns the yaml names of t's fields in order, and their indexes.
func fieldsOf(t reflect.Type) ([]string, map[string]int) {
	names := make([]string, 0, t.NumField())
	index := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		names = append(names, name)
		index[name] = i
	}
	return names, index
}

// servers decodes the mapping of server names to servers, keeping the order
// of the file, and fills in each server's defaults.
func (d *decoder) servers(n *yaml.Node, v reflect.Value, p position, path string) {
	var out []*Server
	d.pairs(n, p, path, func(name string, k, val *yaml.Node) {
		kp, spath := d.at(k), join(path, name)
		d.check.pos[spath] = kp
		s := &Server{Name: name}
		if !isNull(val) {
			d.structure(val, reflect.ValueOf(s).Elem(), kp, spath)
		}
		d.serverDefaults(s, spath)
		out = append(out, s)
	})
	v.Set(reflect.ValueOf(out))
}

// serverDefaults fills in what the file left out: the transport, and the
// session cap of a stdio server or the timeout of an HTTP one.
func (d *decoder) serverDefaults(s *Server, path string) {
	hasCommand := s.Command != "" || d.check.set(path+".command")
	hasURL := s.URL != "" || d.check.set(path+".url")
	if !d.check.set(path + ".transport") {
		switch {
		case hasCommand && !hasURL:
			s.Transport = TransportStdio
		case hasURL && !hasCommand:
			s.Transport = TransportStreamableHTTP
		}
	}
	if hasCommand && !d.check.set(path+".max_sessions") {
		s.MaxSessions = DefaultMaxSessions
	}
	if hasURL && !d.check.set(path+".timeout") {
		s.Timeout = DefaultTimeout
	}
}

// parseLevel parses the log levels the file accepts.
func parseLevel(s string) (slog.Level, error) {
	switch s {
	case "debug":
		return slog.LevelDebug, nil
	case "info":
		return slog.LevelInfo, nil
	case "warn":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("must be one of debug, info, warn, error, not %q", s)
}

// parseTime reads a date (midnight UTC) or an RFC 3339 time.
func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}
