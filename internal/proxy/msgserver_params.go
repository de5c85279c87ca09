package proxy

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/mcpshield/mcpshield/internal/jsonrpc"
)

// SEP-2243 lets a tool annotate input-schema properties with x-mcp-header: a
// client then mirrors the argument's value in an Mcp-Param-NAME header, and
// the server must check the mirror against the body. The shield learns the
// annotations from the tools/list results it forwards.

// msParamBinding ties an argument (a property path in the input schema) to
// the header that mirrors it.
type msParamBinding struct {
	path   []string
	header string
}

// msToolHeaders holds the x-mcp-header bindings of the tools an upstream
// listed. It is safe for concurrent use.
type msToolHeaders struct {
	mu    sync.Mutex
	tools map[string][]msParamBinding
}

// maxToolHeaderTools bounds how many annotated tools are remembered.
const maxToolHeaderTools = 4096

func (t *msToolHeaders) lookup(name string) ([]msParamBinding, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	b, ok := t.tools[name]
	return b, ok
}

// learn records the bindings of the tools in a tools/list result.
func (t *msToolHeaders) learn(result []byte) {
	t.mu.Lock()
	empty := len(t.tools) == 0
	t.mu.Unlock()
	if empty && !bytes.Contains(result, []byte("x-mcp-header")) {
		return
	}
	var tools []json.RawMessage
	if json.Unmarshal(jsonrpc.Member(result, "tools"), &tools) != nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, tool := range tools {
		name, ok := jsonrpc.String(jsonrpc.Member(tool, "name"))
		if !ok {
			continue
		}
		props := jsonrpc.Member(jsonrpc.Member(tool, "inputSchema"), "properties")
		b := msCollectBindings(props, nil, nil)
		if len(b) == 0 {
			delete(t.tools, name)
			continue
		}
		if t.tools == nil {
			t.tools = make(map[string][]msParamBinding)
		}
		if _, known := t.tools[name]; known || len(t.tools) < maxToolHeaderTools {
			t.tools[name] = b
		}
	}
}

func msCollectBindings(props []byte, prefix []string, out []msParamBinding) []msParamBinding {
	var m map[string]json.RawMessage
	if len(props) == 0 || json.Unmarshal(props, &m) != nil {
		return out
	}
	for name, prop := range m {
		path := append(append([]string(nil), prefix...), name)
		if h, ok := jsonrpc.String(jsonrpc.Member(prop, "x-mcp-header")); ok && h != "" {
			out = append(out, msParamBinding{path: path, header: h})
		}
		if nested := jsonrpc.Member(prop, "properties"); nested != nil {
			out = msCollectBindings(nested, path, out)
		}
	}
	return out
}

// msCheckParamHeaders checks the Mcp-Param-* headers of a tools/call against
// its arguments, as the Go SDK's validateParamHeaders does.
func msCheckParamHeaders(h http.Header, params []byte, bindings []msParamBinding) error {
	args := jsonrpc.Member(params, "arguments")
	if args != nil && args[0] != '{' && string(args) != "null" {
		return nil
	}
	for _, b := range bindings {
		full := msHeaderParamPrefix + b.header
		hv := h.Get(full)
		arg := msLookupArgument(args, b.path)
		dotted := strings.Join(b.path, ".")
		if arg == nil || string(arg) == "null" {
			if hv != "" {
				return fmt.Errorf("header mismatch: unexpected %s header for absent or null parameter %q", full, dotted)
			}
			continue
		}
		if hv == "" {
			return fmt.Errorf("header mismatch: missing %s header for parameter %q", full, dotted)
		}
		decoded, ok := msDecodeHeaderValue(hv)
		if !ok {
			return fmt.Errorf("header mismatch: %s header contains invalid Base64 encoding", full)
		}
		v := msPrimitive(arg)
		if v == nil {
			return fmt.Errorf("header mismatch: %s header present but body parameter %q is not a primitive type", full, dotted)
		}
		if !msPrimitiveEqual(decoded, v) {
			return fmt.Errorf("header mismatch: %s header value '%s' does not match body value", full, hv)
		}
	}
	return nil
}

func msLookupArgument(args []byte, path []string) []byte {
	cur := args
	for _, p := range path {
		if len(cur) == 0 || cur[0] != '{' {
			return nil
		}
		cur = jsonrpc.Member(cur, p)
	}
	return cur
}

// Integers a JSON number can carry exactly as an IEEE-754 double.
const (
	msMaxSafeInteger = 1<<53 - 1
	msMinSafeInteger = -(1<<53 - 1)
)

// msPrimitive decodes a header-mirrorable value: a string, a boolean or an
// integer within the safe range; nil for anything else.
func msPrimitive(raw []byte) any {
	switch {
	case raw[0] == '"':
		s, _ := jsonrpc.String(raw)
		return s
	case string(raw) == "true":
		return true
	case string(raw) == "false":
		return false
	case raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9'):
		f, err := strconv.ParseFloat(string(raw), 64)
		if err != nil || f != math.Trunc(f) || f < msMinSafeInteger || f > msMaxSafeInteger {
			return nil
		}
		return int64(f)
	}
	return nil
}

func msPrimitiveEqual(header string, v any) bool {
	switch v := v.(type) {
	case int64:
		f, err := strconv.ParseFloat(header, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) || f < msMinSafeInteger || f > msMaxSafeInteger {
			return false
		}
		return int64(f) == v
	case bool:
		return header == strconv.FormatBool(v)
	case string:
		return header == v
	}
	return false
}

// msDecodeHeaderValue decodes a "=?base64?...?=" header value; other values
// are literal.
func msDecodeHeaderValue(v string) (string, bool) {
	if enc, ok := strings.CutPrefix(v, "=?base64?"); ok {
		if enc, ok = strings.CutSuffix(enc, "?="); ok {
			b, err := base64.StdEncoding.DecodeString(enc)
			if err != nil {
				return "", false
			}
			return string(b), true
		}
	}
	return v, true
}
