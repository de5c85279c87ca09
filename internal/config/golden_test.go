package config

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/invalid")

// testEnv is the environment of the golden tests: TOKEN and EMPTY are set.
func testEnv(extra map[string]string) func(string) (string, bool) {
	env := map[string]string{"TOKEN": "t0k3n", "EMPTY": ""}
	for k, v := range extra {
		env[k] = v
	}
	return func(name string) (string, bool) {
		v, ok := env[name]
		return v, ok
	}
}

// fileEnv reads the "# env: NAME=value" lines a test file starts with.
func fileEnv(data []byte) map[string]string {
	env := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "# env: ")
		if !ok {
			break
		}
		k, v, _ := strings.Cut(line, "=")
		env[k] = v
	}
	return env
}

// TestInvalidGolden parses each testdata/invalid/NAME.yaml and compares the
// error text with NAME.golden. Run with -update to rewrite the golden files.
func TestInvalidGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := Parse(filepath.Base(file), data, testEnv(fileEnv(data)))
			if err == nil {
				t.Fatalf("Parse succeeded, want errors; config %+v", cfg)
			}
			if cfg != nil {
				t.Errorf("Parse returned a config with its errors")
			}
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("error %T is not Errors: %v", err, err)
			}
			got := err.Error() + "\n"
			golden := strings.TrimSuffix(file, ".yaml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("errors differ from %s (run go test -update to accept)\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}
