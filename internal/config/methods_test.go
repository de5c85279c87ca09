package config

import "testing"

func TestMatchMethod(t *testing.T) {
	tests := []struct {
		pattern, method string
		want            bool
	}{
		{"tools/call", "tools/call", true},
		{"tools/call", "tools/list", false},
		{"tools/call", "tools/callx", false},
		{"tools/*", "tools/call", true},
		{"tools/*", "tools/", true},
		{"tools/*", "tools", false},
		{"notifications/*", "notifications/tools/list_changed", true},
		{"*", "anything/at/all", true},
		{"*", "", true},
		{"*/list", "tools/list", true},
		{"*/list", "tools/list_changed", false},
		{"*list*", "notifications/tools/list_changed", true},
		{"a*b*c", "aXbYbZc", true},
		{"a*b*c", "aXbYbZ", false},
		{"**", "x", true},
		{"", "", true},
		{"", "x", false},
		{"Tools/call", "tools/call", false},
	}
	for _, tt := range tests {
		if got := MatchMethod(tt.pattern, tt.method); got != tt.want {
			t.Errorf("MatchMethod(%q, %q) = %v; want %v", tt.pattern, tt.method, got, tt.want)
		}
	}
}

func TestMethodsPermits(t *testing.T) {
	tests := []struct {
		name   string
		m      Methods
		method string
		want   bool
	}{
		{"empty permits all", Methods{}, "tools/call", true},
		{"allowed", Methods{Allow: []string{"tools/*"}}, "tools/call", true},
		{"not allowed", Methods{Allow: []string{"tools/*"}}, "prompts/get", false},
		{"denied", Methods{Deny: []string{"sampling/*"}}, "sampling/createMessage", false},
		{"deny wins", Methods{Allow: []string{"*"}, Deny: []string{"tools/call"}}, "tools/call", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.Permits(tt.method); got != tt.want {
				t.Errorf("Permits(%q) = %v; want %v", tt.method, got, tt.want)
			}
		})
	}
}
