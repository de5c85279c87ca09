package config

import (
	"fmt"
	"math"
	"reflect"

	"gopkg.in/yaml.v3"
)

// text returns the text of a scalar, with ${VAR} expanded. Integers and
// booleans are taken as written, so args: [--port, 8080] works.
func (d *decoder) text(n *yaml.Node, p position, path, want string) (string, bool) {
	r := deref(n)
	if r.Kind != yaml.ScalarNode || isNull(r) {
		d.invalid(p, path, "must be %s, not %s", want, describe(r))
		return "", false
	}
	s, problems := expand(r.Value, d.getenv)
	for _, m := range problems {
		d.invalid(p, path, "%s", m)
	}
	return s, len(problems) == 0
}

func (d *decoder) integer(n *yaml.Node, p position, path string) (int64, bool) {
	r := deref(n)
	var i int64
	if r.Kind != yaml.ScalarNode || r.ShortTag() != "!!int" || r.Decode(&i) != nil {
		d.invalid(p, path, "must be an integer, not %s", describe(r))
		return 0, false
	}
	if i < math.MinInt32 || i > math.MaxInt32 {
		d.invalid(p, path, "integer %d is out of range", i)
		return 0, false
	}
	return i, true
}

// boolean decodes true or false (YAML 1.2 spellings only: yes/no are
// strings, and so an error here).
func (d *decoder) boolean(n *yaml.Node, v reflect.Value, p position, path string) {
	r := deref(n)
	if r.Kind != yaml.ScalarNode || r.ShortTag() != "!!bool" || (r.Value != "true" && r.Value != "false") {
		d.invalid(p, path, "must be true or false, not %s", describe(r))
		return
	}
	v.SetBool(r.Value == "true")
}

// size decodes a byte size: an integer, or a string such as "16MiB".
func (d *decoder) size(n *yaml.Node, v reflect.Value, p position, path string) {
	r := deref(n)
	if r.Kind == yaml.ScalarNode && r.ShortTag() == "!!int" {
		var i int64
		if err := r.Decode(&i); err != nil {
			d.invalid(p, path, "byte size is too large")
			return
		}
		if i < 0 {
			d.invalid(p, path, "must not be negative")
			return
		}
		v.SetInt(i)
		return
	}
	s, ok := d.text(n, p, path, sizeHint)
	if !ok {
		return
	}
	i, err := ParseSize(s)
	if err != nil {
		d.invalid(p, path, "%v, not %q", err, s)
		return
	}
	v.SetInt(i)
}

// list decodes a sequence of strings. An item that cannot be decoded keeps
// its index (as "") so that later messages name the right item.
func (d *decoder) list(n *yaml.Node, v reflect.Value, p position, path string) {
	r := deref(n)
	if r.Kind != yaml.SequenceNode {
		d.invalid(p, path, "must be a list, not %s", describe(r))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(r.Content), len(r.Content))
	for i, item := range r.Content {
		ip, ipath := d.at(item), fmt.Sprintf("%s[%d]", path, i)
		d.check.pos[ipath] = ip
		if s, ok := d.text(item, ip, ipath, "a string"); ok {
			out.Index(i).SetString(s)
		}
	}
	v.Set(out)
}

// dict decodes a mapping of strings to strings (env, headers).
func (d *decoder) dict(n *yaml.Node, v reflect.Value, p position, path string) {
	out := reflect.MakeMap(v.Type())
	d.pairs(n, p, path, func(key string, k, val *yaml.Node) {
		kp, kpath := d.at(k), join(path, key)
		d.check.pos[kpath] = kp
		if s, ok := d.text(val, kp, kpath, "a string"); ok {
			out.SetMapIndex(reflect.ValueOf(key), reflect.ValueOf(s).Convert(v.Type().Elem()))
		}
	})
	v.Set(out)
}
