package store

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestCheckDefs(t *testing.T) {
	ok := Def{Kind: KindTool, Name: "a", Hash: "sha256:00"}
	with := func(f func(*Def)) []Def { d := ok; f(&d); return []Def{d} }
	tests := []struct {
		name   string
		server string
		defs   []Def
		want   string // in the error; "" for no error
	}{
		{"valid", "s", []Def{ok, {Kind: KindPrompt, Name: "a", Hash: "sha256:00"}}, ""},
		{"none", "s", nil, ""},
		{"name at limit", "s", with(func(d *Def) { d.Name = strings.Repeat("n", MaxNameLen) }), ""},
		{"definition at limit", "s", with(func(d *Def) { d.Definition = make([]byte, MaxDefinitionLen) }), ""},
		{"empty server", "", nil, "server identity is empty"},
		{"long server", strings.Repeat("s", MaxServerIDLen+1), nil, "server identity is 8193 bytes, over the 8192-byte limit"},
		{"unknown kind", "s", with(func(d *Def) { d.Kind = "tools" }), `unknown kind "tools"`},
		{"empty name", "s", with(func(d *Def) { d.Name = "" }), "tool with an empty name"},
		{"long name", "s", with(func(d *Def) { d.Name = strings.Repeat("n", MaxNameLen+1) }), "tool name is 1025 bytes"},
		{"NUL in name", "s", with(func(d *Def) { d.Name = "a\x00" }), "NUL byte at 1"},
		{"bad UTF-8", "s", with(func(d *Def) { d.Name = "\xff" }), "not valid UTF-8"},
		{"empty hash", "s", with(func(d *Def) { d.Hash = "" }), `tool "a": empty hash`},
		{"control in hash", "s", with(func(d *Def) { d.Hash = "sha256:\n" }), "hash has byte 0xa at 7"},
		{"huge definition", "s", with(func(d *Def) { d.Definition = make([]byte, MaxDefinitionLen+1) }), `tool "a": definition is 1048577 bytes, over the 1048576-byte limit`},
		{"duplicate", "s", []Def{ok, ok}, `defs[1]: tool "a" listed twice`},
		{"too many", "s", make([]Def, MaxDefs+1), "10001 definitions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckDefs(tt.server, tt.defs)
			if tt.want == "" {
				if err != nil {
					t.Errorf("got %v; want no error", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want ErrInvalid containing %q", err, tt.want)
			}
		})
	}
}

func TestServerCheck(t *testing.T) {
	now := time.Now()
	tests := []struct {
		name string
		s    Server
		want string
	}{
		{"valid", Server{ID: "s", LastSeen: now}, ""},
		{"empty ID", Server{LastSeen: now}, "server identity is empty"},
		{"long info name", Server{ID: "s", InfoName: strings.Repeat("x", MaxServerFieldLen+1), LastSeen: now}, "server info name is 1025 bytes"},
		{"zero LastSeen", Server{ID: "s"}, "zero LastSeen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.s.Check()
			if tt.want == "" {
				if err != nil {
					t.Errorf("got %v; want no error", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want ErrInvalid containing %q", err, tt.want)
			}
		})
	}
}

func TestCheckReset(t *testing.T) {
	tests := []struct {
		server string
		kind   Kind
		name   string
		ok     bool
	}{
		{"", "", "", true},
		{"s", KindPrompt, "", true},
		{"", "", "a", true},
		{"", "prompts", "", false},
		{"", "", strings.Repeat("n", MaxNameLen+1), false},
	}
	for _, tt := range tests {
		err := CheckReset(tt.server, tt.kind, tt.name)
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrInvalid)) {
			t.Errorf("CheckReset(%q, %q, %d-byte name) = %v; want ok=%v", tt.server, tt.kind, len(tt.name), err, tt.ok)
		}
	}
}
