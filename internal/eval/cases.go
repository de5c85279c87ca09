// Package eval runs the detectors on labelled cases (shared/eval/FORMAT.md)
// and scores their verdicts: precision, recall, F1 and false-positive rate
// per category and overall. It is what `mcpshield eval` runs; it never
// special-cases a case.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Kinds of case.
const (
	KindToolDefinition = "tool_definition"
	KindToolResult     = "tool_result"
	KindToolArguments  = "tool_arguments"
	KindPrompt         = "prompt"
)

// Case is one labelled case. Fields the format may add later are ignored.
type Case struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Input    json.RawMessage `json:"input"`
	Label    string          `json:"label"` // malicious or benign
	Category string          `json:"category"`
	Expect   []string        `json:"expect"`
	Note     string          `json:"note"` // free text for people
	// Where names the file and line, for messages.
	Where string `json:"-"`
}

// Malicious reports whether the case is labelled malicious.
func (c *Case) Malicious() bool { return c.Label == "malicious" }

// Load reads every case from the given files and directories (a directory
// means every *.jsonl in it, recursively). Every problem is reported, with
// file and line.
func Load(paths []string) ([]*Case, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("reading cases: %w", err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".jsonl") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("reading cases: %w", err)
		}
	}
	sort.Strings(files)
	var cases []*Case
	var problems []error
	seen := map[string]string{}
	for _, f := range files {
		cs, errs := loadFile(f)
		problems = append(problems, errs...)
		for _, c := range cs {
			if prev, dup := seen[c.ID]; dup {
				problems = append(problems, fmt.Errorf("%s: id %q already used at %s", c.Where, c.ID, prev))
				continue
			}
			seen[c.ID] = c.Where
			cases = append(cases, c)
		}
	}
	if len(problems) > 0 {
		return cases, errors.Join(problems...)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("no cases in %s", strings.Join(paths, ", "))
	}
	return cases, nil
}

func loadFile(path string) ([]*Case, []error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []error{fmt.Errorf("reading cases: %w", err)}
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	var cases []*Case
	var errs []error
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n)
		c := &Case{Where: where}
		if err := json.Unmarshal(line, c); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
			continue
		}
		if err := c.validate(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
			continue
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", path, err))
	}
	return cases, errs
}

func (c *Case) validate() error {
	switch {
	case c.ID == "":
		return errors.New(`missing "id"`)
	case len(c.Input) == 0:
		return fmt.Errorf("case %s: missing \"input\"", c.ID)
	case c.Label != "malicious" && c.Label != "benign":
		return fmt.Errorf("case %s: label %q is not malicious or benign", c.ID, c.Label)
	case c.Category == "":
		return fmt.Errorf("case %s: missing \"category\"", c.ID)
	}
	switch c.Kind {
	case KindToolDefinition, KindToolResult, KindToolArguments, KindPrompt:
		return nil
	}
	return fmt.Errorf("case %s: unknown kind %q", c.ID, c.Kind)
}
