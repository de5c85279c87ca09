package config

import (
	"fmt"
	"math"
	"testing"
	"time"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"1048576", 1 << 20, true},
		{"16MiB", 16 << 20, true},
		{"64KiB", 64 << 10, true},
		{"1MB", 1000000, true},
		{"1 kb", 1000, true},
		{"2GiB", 2 << 30, true},
		{"3TB", 3e12, true},
		{"1tib", 1 << 40, true},
		{"10B", 10, true},
		{" 5 MiB ", 5 << 20, true},
		{"9223372036854775807", math.MaxInt64, true},
		{"9223372036854775808", 0, false},
		{"8388608TiB", 0, false}, // 2^63 bytes overflows
		{"", 0, false},
		{"MiB", 0, false},
		{"-1", 0, false},
		{"1.5MiB", 0, false},
		{"16M", 0, false},
		{"16 MiBs", 0, false},
		{"0x10", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSize(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseSize(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

// TestSizeField checks sizes as YAML integers and strings.
func TestSizeField(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"1024", 1024},
		{"0x400", 1024},
		{"1_024", 1024}, // yaml.v3 still reads YAML 1.1 underscores
		{"\"2048\"", 2048},
		{"4KiB", 4096},
		{`"${SIZE}"`, 8 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			yaml := fmt.Sprintf("version: 1\nlimits: {max_request_bytes: %s}\n", tt.in)
			cfg, err := Parse("t.yaml", []byte(yaml), testEnv(map[string]string{"SIZE": "8MiB"}))
			if tt.want == 0 {
				if err == nil {
					t.Errorf("Parse succeeded with %d; want an error", cfg.Limits.MaxRequestBytes)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Limits.MaxRequestBytes; got != tt.want {
				t.Errorf("max_request_bytes = %d; want %d", got, tt.want)
			}
		})
	}
}

func TestDurationField(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration // 0: an error
	}{
		{"10m", 10 * time.Minute},
		{"1h30m", 90 * time.Minute},
		{"250ms", 250 * time.Millisecond},
		{"\"45s\"", 45 * time.Second},
		{`"${IDLE}"`, 2 * time.Minute},
		{"10", 0},
		{"0s", 0},
		{"-1m", 0},
		{"ten minutes", 0},
		{"true", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			yaml := fmt.Sprintf("version: 1\nhttp: {session_idle_timeout: %s}\n", tt.in)
			cfg, err := Parse("t.yaml", []byte(yaml), testEnv(map[string]string{"IDLE": "2m"}))
			if tt.want == 0 {
				if err == nil {
					t.Errorf("Parse succeeded with %v; want an error", cfg.HTTP.SessionIdleTimeout)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.HTTP.SessionIdleTimeout; got != tt.want {
				t.Errorf("session_idle_timeout = %v; want %v", got, tt.want)
			}
		})
	}
}
