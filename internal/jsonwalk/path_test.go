package jsonwalk

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// resolve evaluates a JSON pointer against a document decoded by
// encoding/json.
func resolve(v any, ptr string) (any, bool) {
	if ptr == "" {
		return v, true
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// TestPathResolves checks that the pointer of every visit leads, in the
// document as encoding/json decodes it, to the string visited.
func TestPathResolves(t *testing.T) {
	docs := map[string]string{
		"tool result": string(toolResult(4<<10, true)),
		"odd keys":    `{"a/b":{"~":["x",{"":"y"}]},"\u00e9\/":"z","~1":"w"}`,
		"string":      `"s"`,
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			var tree any
			if err := json.Unmarshal([]byte(doc), &tree); err != nil {
				t.Fatal(err)
			}
			err := Scan([]byte(doc), func(p Path, s string) bool {
				if got, ok := resolve(tree, p.String()); !ok || got != s {
					t.Errorf("pointer %q leads to %v (found %v); want %q", p, got, ok, s)
				}
				return true
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestPathSteps(t *testing.T) {
	doc := `{"content":[{"te\u0078t":"x"}]}`
	err := Scan([]byte(doc), func(p Path, s string) bool {
		if p.Len() != 3 {
			t.Fatalf("got Len %d; want 3", p.Len())
		}
		if k, ok := p.Key(0); !ok || k != "content" {
			t.Errorf("Key(0) = %q, %v; want content, true", k, ok)
		}
		if i, ok := p.Index(1); !ok || i != 0 {
			t.Errorf("Index(1) = %d, %v; want 0, true", i, ok)
		}
		if _, ok := p.Key(1); ok {
			t.Errorf("Key(1): got ok; want not ok for an array element")
		}
		if _, ok := p.Index(2); ok {
			t.Errorf("Index(2): got ok; want not ok for an object member")
		}
		if k, _ := p.Key(2); k != "text" {
			t.Errorf("Key(2) = %q; want the decoded key text", k)
		}
		if got := string(p.AppendPointer([]byte("#"))); got != "#/content/0/text" {
			t.Errorf("AppendPointer = %q; want #/content/0/text", got)
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	var zero Path
	if zero.Len() != 0 || zero.String() != "" {
		t.Errorf("zero Path: Len %d, String %q; want 0, empty", zero.Len(), zero.String())
	}
}

func TestSibling(t *testing.T) {
	doc := `{"env":[{"name":"DB_PASSWORD","value":"v1"},{"value":"v2","n":[1,{"x":"y"}],"Name":"T\u004bN"},{"value":"v3","name":7}],"value":"top"}`
	want := map[string]string{"/env/0/value": "DB_PASSWORD", "/env/1/value": "TKN"}
	got := map[string]string{}
	err := Scan([]byte(doc), func(p Path, s string) bool {
		if k, ok := p.Key(p.Len() - 1); !ok || k != "value" {
			return true
		}
		for _, key := range []string{"name", "Name"} {
			if v, ok := p.Sibling(key); ok {
				got[p.String()] = v
			}
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("siblings = %v; want %v", got, want)
	}
	// In an array, or at the root, there is no sibling.
	_ = Scan([]byte(`["a",{"k":["b"]}]`), func(p Path, s string) bool {
		if v, ok := p.Sibling("k"); ok {
			t.Errorf("%s: sibling %q", p, v)
		}
		return true
	})
	// A document invalid after the visited value gives no sibling.
	_ = Scan([]byte(`{"value":"x","name" 1}`), func(p Path, s string) bool {
		if v, ok := p.Sibling("name"); ok {
			t.Errorf("sibling %q in an invalid object", v)
		}
		return true
	})
}

func TestHeader(t *testing.T) {
	doc := `{"values":[["name","Phone \u004eumber",{"x":"y"}],["Ann","030 1",{"x":"z"}],["Bo","030 2","c"]],"flat":["a","b"],"odd":[{"k":"v"},["w","x"]],"t":[["h"],["v",["deep"]]]}`
	want := map[string]string{"/values/1/0": "name", "/values/1/1": "Phone Number", "/values/2/0": "name", "/values/2/1": "Phone Number", "/t/1/0": "h"}
	got := map[string]string{}
	err := Scan([]byte(doc), func(p Path, s string) bool {
		if h, ok := p.Header(); ok {
			got[p.String()] = h
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	// not the header row itself, not a column whose header is no string
	// ("c" under an object), not a flat array, not a first element that is
	// no array, not an array in a row ("deep")
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("headers = %v; want %v", got, want)
	}
}

func TestPathElement(t *testing.T) {
	doc := `{"a":["x","y",{"b":"z"}],"c":"w","d":[["u"]]}`
	type got struct {
		s            string
		array, index int
		ok           bool
	}
	var out []got
	if err := Scan([]byte(doc), func(p Path, s string) bool {
		a, i, ok := p.Element()
		out = append(out, got{s, a, i, ok})
		return true
	}); err != nil {
		t.Fatal(err)
	}
	outer, inner := strings.Index(doc, "["), strings.LastIndex(doc, "[")
	want := []got{{"x", outer, 0, true}, {"y", outer, 1, true}, {"z", 0, 0, false}, {"w", 0, 0, false}, {"u", inner, 0, true}}
	if len(out) != len(want) {
		t.Fatalf("got %v; want %v", out, want)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("string %q: Element() = %d, %d, %v; want %d, %d, %v", want[i].s, out[i].array, out[i].index, out[i].ok, want[i].array, want[i].index, want[i].ok)
		}
	}
}
