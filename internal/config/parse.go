package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// maxErrors bounds the problems Parse reports: past that, a file is not a
// config with typos, and a list of thousands helps no one.
const maxErrors = 100

// maxFileBytes bounds a config file. Real ones are a few KiB; the bound
// keeps a hostile or mistaken file (a log, a binary) from costing much.
const maxFileBytes = 4 << 20

// Load reads and validates the config file at path. Problems in the file are
// reported all at once as Errors; a file that cannot be read gives an
// ordinary error. getenv looks up environment variables (os.LookupEnv in
// the CLI); nil means an empty environment.
func Load(path string, getenv func(string) (string, bool)) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading config %s: %w", path, err)
	}
	return Parse(path, data, getenv)
}

// Parse is Load on the contents of a file; name is used in messages. It
// decodes data over Default(), applies the environment overrides (see the
// package documentation) and validates the result.
func Parse(name string, data []byte, getenv func(string) (string, bool)) (*Config, error) {
	if len(data) > maxFileBytes {
		return nil, Errors{{File: name, Msg: fmt.Sprintf("file is larger than %d bytes", maxFileBytes)}}
	}
	root, err := parseYAML(name, data)
	if err != nil {
		return nil, Errors{err}
	}
	cfg := Default()
	cfg.Version = 0 // required in a file
	c := newChecker()
	d := &decoder{file: name, getenv: getenv, check: c}
	top := position{name, 1, 1}
	if root != nil {
		top = d.at(root)
		if !isNull(root) {
			d.structure(root, reflect.ValueOf(cfg).Elem(), top, "")
		}
	}
	c.pos[""] = top
	if c.bad[""] {
		return nil, c.errs // not a mapping: nothing else to say
	}
	if _, set := c.pos["version"]; !set {
		c.errs = append(c.errs, top.error("version", "required; write version: 1 at the top of the file"))
		c.bad["version"] = true
	}
	applyEnv(cfg, getenv, c)
	validate(cfg, c)
	if len(c.errs) == 0 {
		return cfg, nil
	}
	c.errs.sort()
	if n := len(c.errs); n > maxErrors {
		c.errs = append(c.errs[:maxErrors:maxErrors], &Error{File: name, Msg: fmt.Sprintf("%d more problems not shown", n-maxErrors)})
	}
	return nil, c.errs
}

// yamlLine matches the line yaml.v3 puts in its syntax errors.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseYAML parses the one YAML document in data. It returns the document's
// top node, or nil for an empty file.
func parseYAML(name string, data []byte) (*yaml.Node, *Error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, syntaxError(name, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, &Error{File: name, Line: next.Line, Column: next.Column, Msg: "a config file holds one YAML document, found a second"}
	case !errors.Is(err, io.EOF):
		return nil, syntaxError(name, err)
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		return doc.Content[0], nil
	}
	return nil, nil
}

func syntaxError(name string, err error) *Error {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: name, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	msg := err.Error()
	if len(msg) > 6 && msg[:6] == "yaml: " {
		msg = msg[6:]
	}
	return &Error{File: name, Msg: "invalid YAML: " + msg}
}
