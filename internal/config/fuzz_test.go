package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics, that it returns a config or
// Errors but not both, and that a config it accepts passes Validate.
// Seeds: the files of testdata/invalid, the example, testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/invalid/*.yaml")
	files = append(files, filepath.Join("..", "..", "examples", "shield.yaml"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"",
		"version: 1\n",
		"version: 1\nservers: {a: {command: x}, b: {url: 'http://h/mcp'}}\n",
		"a: &a [*a]\n",
		"version: 1\nlog: &l {level: *l}\n",
		"version: 1\nservers: &s {x: *s}\n",
		"version: 1\nlimits: {max_message_bytes: 99999999999999999999999KiB}\n",
		"version: 1\nhome: \"${TOKEN}$${x}${\"\n",
	} {
		f.Add([]byte(s))
	}
	env := testEnv(map[string]string{"REMOTE_TOKEN": "r"})
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("fuzz.yaml", data, env)
		if err == nil {
			if cfg == nil {
				t.Fatal("Parse returned neither config nor error")
			}
			if err := cfg.Validate(); err != nil {
				t.Fatalf("Parse accepted a config that Validate rejects: %v", err)
			}
			return
		}
		if cfg != nil {
			t.Fatal("Parse returned a config with its error")
		}
		var errs Errors
		if !errors.As(err, &errs) || len(errs) == 0 {
			t.Fatalf("error %T is not a non-empty Errors: %v", err, err)
		}
		last := 0
		for _, e := range errs {
			if e.Msg == "" {
				t.Fatalf("empty message in %v", err)
			}
			line := e.Line
			if line == 0 {
				line = 1 << 30
			}
			if line < last {
				t.Fatalf("errors not sorted by line:\n%v", err)
			}
			last = line
		}
	})
}
