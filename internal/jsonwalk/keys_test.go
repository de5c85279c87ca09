package jsonwalk

import (
	"slices"
	"testing"
)

func TestKeys(t *testing.T) {
	var got []string
	err := Keys([]byte(`{"a":"x","\u0062":{"c":[{"d":1}],"e":null},"f":["g"]}`), func(k string) bool {
		got = append(got, k)
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b", "c", "d", "e", "f"}; !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
	if err := Keys([]byte(`{"a":`), func(string) bool { return true }); err == nil {
		t.Error("invalid JSON accepted")
	}
}

// TestStringsAndKeys: one pass gives what Strings and Keys give apart.
func TestStringsAndKeys(t *testing.T) {
	for _, doc := range []string{
		`{"a":"x","\u0062":{"c\n":[{"d":1,"s":"y\u00e9"}],"e":null},"f":["g"]}`,
		`["no","keys"]`, `"x"`, `{}`, `{"a":`,
	} {
		upper := func(_ Path, s string) (string, bool) { return s + "!", true }
		var keys, want []string
		got, gotChanged, err := StringsAndKeys([]byte(doc), upper, func(k string) { keys = append(keys, k) })
		out, changed, werr := Strings([]byte(doc), upper)
		_ = Keys([]byte(doc), func(k string) bool { want = append(want, k); return true })
		if (err == nil) != (werr == nil) || string(got) != string(out) || gotChanged != changed {
			t.Errorf("StringsAndKeys(%s) = %s, %v, %v; Strings: %s, %v, %v", doc, got, gotChanged, err, out, changed, werr)
		}
		if err == nil && !slices.Equal(keys, want) {
			t.Errorf("StringsAndKeys(%s) keys %q; Keys: %q", doc, keys, want)
		}
	}
}
