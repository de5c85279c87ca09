package config

import (
	"fmt"
	"math"
	"reflect"

	"gopkg.in/yaml.v3"
)

// lineField is set, on structs that have it, to the line of the item:
// messages about the item (a policy rule) can then name it.
const lineField = "Line"

// structList decodes a sequence of mappings into a slice of structs.
func (d *decoder) structList(n *yaml.Node, v reflect.Value, p position, path string) {
	r := deref(n)
	if r.Kind != yaml.SequenceNode {
		d.invalid(p, path, "must be a list, not %s", describe(r))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(r.Content), len(r.Content))
	for i, item := range r.Content {
		ip, ipath := d.at(item), fmt.Sprintf("%s[%d]", path, i)
		d.check.pos[ipath] = ip
		e := out.Index(i)
		if f := e.FieldByName(lineField); f.IsValid() && f.Kind() == reflect.Int {
			f.SetInt(int64(item.Line))
		}
		d.structure(item, e, ip, ipath)
	}
	v.Set(out)
}

// structMap decodes a mapping of names to mappings into a map of structs.
func (d *decoder) structMap(n *yaml.Node, v reflect.Value, p position, path string) {
	out := reflect.MakeMap(v.Type())
	d.pairs(n, p, path, func(key string, k, val *yaml.Node) {
		kp, kpath := d.at(k), join(path, key)
		d.check.pos[kpath] = kp
		e := reflect.New(v.Type().Elem()).Elem()
		if !isNull(val) {
			d.structure(val, e, kp, kpath)
		}
		out.SetMapIndex(reflect.ValueOf(key), e)
	})
	v.Set(out)
}

// float decodes a number.
func (d *decoder) float(n *yaml.Node, v reflect.Value, p position, path string) {
	r := deref(n)
	var f float64
	tag := r.ShortTag()
	if r.Kind != yaml.ScalarNode || (tag != "!!int" && tag != "!!float") || r.Decode(&f) != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		d.invalid(p, path, "must be a number, not %s", describe(r))
		return
	}
	v.SetFloat(f)
}
