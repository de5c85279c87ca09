package bench

import (
	"io"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		check   func(*config) bool
		wantErr []string // substrings, all in one error
	}{
		{"defaults", nil, func(c *config) bool {
			return c.duration == 2*time.Second && c.rounds == 3 && slices.Equal(c.concs, []int{1, 16}) &&
				slices.Equal(c.sizes, []int{4096, 262144}) && slices.Equal(c.transports, []string{"http", "stdio"}) &&
				slices.Equal(c.setups, []string{"direct", "floor", "shield"}) && c.slice() == 2*time.Second/3
		}, nil},
		{"only stdio", []string{"-only", "stdio"}, func(c *config) bool { return slices.Equal(c.transports, []string{"stdio"}) }, nil},
		{"only both", []string{"-only", "both"}, func(c *config) bool { return len(c.transports) == 2 }, nil},
		{"setups sorted and deduplicated", []string{"-setups", "floor,direct,floor"}, func(c *config) bool {
			return slices.Equal(c.setups, []string{"direct", "floor"})
		}, nil},
		{"shield args", []string{"-shield-args", " --config  s.yaml "}, func(c *config) bool {
			return slices.Equal(c.shieldArgs, []string{"--config", "s.yaml"})
		}, nil},
		{"all problems at once", []string{"-only", "tcp", "-conc", "0", "-setups", "proxy", "-rounds", "0"}, nil,
			[]string{"-only", "-conc", "-setups", "-rounds"}},
		{"not a number", []string{"-sizes", "4k"}, nil, []string{"-sizes"}},
		{"stray argument", []string{"extra"}, nil, []string{"unexpected"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseConfig(tt.args, io.Discard)
			if tt.wantErr != nil {
				if err == nil {
					t.Fatal("got nil; want an error")
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("got %v; want it to mention %s", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(c) {
				t.Errorf("got %+v", c)
			}
		})
	}
}
