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
