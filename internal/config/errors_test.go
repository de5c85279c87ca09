package config

import (
	"errors"
	"testing"
)

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "shield.yaml", Line: 12, Column: 5, Path: "servers.fs.command", Msg: "must not be empty"},
			"shield.yaml:12:5: servers.fs.command: must not be empty"},
		{Error{File: "shield.yaml", Line: 3, Msg: "invalid YAML: x"}, "shield.yaml:3: invalid YAML: x"},
		{Error{File: "env MCPSHIELD_MODE", Path: "mode", Msg: "bad"}, "env MCPSHIELD_MODE: mode: bad"},
		{Error{Path: "listen", Msg: "bad"}, "listen: bad"},
		{Error{Msg: "bad"}, "bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q; want %q", got, tt.want)
		}
	}
}

func TestErrorsSortedAndUnwrapped(t *testing.T) {
	es := Errors{
		{File: "f", Line: 0, Msg: "env"},
		{File: "f", Line: 9, Column: 1, Msg: "c"},
		{File: "f", Line: 2, Column: 7, Msg: "b"},
		{File: "f", Line: 2, Column: 3, Msg: "a"},
		{File: "f", Line: 2, Column: 3, Msg: "a2"},
	}
	err := es.err()
	want := "f:2:3: a\nf:2:3: a2\nf:2:7: b\nf:9:1: c\nf: env"
	if err.Error() != want {
		t.Errorf("Error() = %q; want %q", err.Error(), want)
	}
	var one *Error
	if !errors.As(err, &one) || one.Msg != "a" {
		t.Errorf("errors.As(*Error) = %v", one)
	}
	if Errors(nil).err() != nil {
		t.Error("empty Errors is a non-nil error")
	}
}
