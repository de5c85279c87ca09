package clientcfg

import (
	"net/url"
	"strings"
)

// Entry is one MCP server in a client's config. Exactly one of Command
// (stdio) and URL (HTTP) is set.
type Entry struct {
	// Name is the server's key in the servers object.
	Name string
	// Scope is the project path for a server under "projects" in Claude
	// Code's ~/.claude.json, "" for every other server.
	Scope string
	// Field is the JSON path of the entry, e.g. mcpServers.github or
	// projects["/home/me/app"].mcpServers.db.
	Field string

	Command string
	Args    []string
	// Env holds the entry's environment as written; numbers and booleans
	// (VS Code allows them) as their JSON text, null values left out. Nil
	// when the entry has none.
	Env map[string]string
	Cwd string

	// URL is "url", or Windsurf's "serverUrl".
	URL string
	// Type is the transport as written ("stdio", "http", "sse", ...), ""
	// when the entry does not say.
	Type    string
	Headers map[string]string

	// Disabled is true for an entry that says "disabled": true.
	Disabled bool
	// Wrapped reports that the entry already runs through mcpshield: a
	// command named mcpshield (or the shield path given to Wrap or Unwrap)
	// whose first argument is "run", or a URL of the form
	// .../servers/NAME/mcp, the path of a gateway's server.
	Wrapped bool
}

// Ref names the entry for people: its name, and its project when it has one.
func (e Entry) Ref() string {
	if e.Scope == "" {
		return e.Name
	}
	return e.Name + " (project " + e.Scope + ")"
}

// IsHTTP reports whether the entry is a URL server.
func (e Entry) IsHTTP() bool { return e.URL != "" }

// entryRef is where an Entry's fields live in the source, for editing.
type entryRef struct {
	field                   fieldPath
	obj, command, args, url *node
	typ                     *node // nil if the entry has no "type"
}

// parseEntry reads one server object. Only the fields the shield reads or
// owns are checked; every other key is the client's business.
func (f *File) parseEntry(name, scope string, obj *node, field fieldPath) (Entry, entryRef, error) {
	e := Entry{Name: name, Scope: scope, Field: string(field)}
	r := entryRef{field: field, obj: obj}
	if obj.kind != kindObject {
		return e, r, f.errAt(obj, field, "want an object describing the server, got %s", obj.kind)
	}
	var err error
	if e.Command, r.command, err = f.stringField(obj, field, "command"); err != nil {
		return e, r, err
	}
	if e.Cwd, _, err = f.stringField(obj, field, "cwd"); err != nil {
		return e, r, err
	}
	if e.Type, r.typ, err = f.stringField(obj, field, "type"); err != nil {
		return e, r, err
	}
	u, un, err := f.stringField(obj, field, "url")
	if err != nil {
		return e, r, err
	}
	su, sun, err := f.stringField(obj, field, "serverUrl")
	if err != nil {
		return e, r, err
	}
	switch {
	case un != nil && sun != nil:
		return e, r, f.errAt(sun, field.key("serverUrl"), "the entry has both url and serverUrl; mcpshield cannot tell which the client uses")
	case un != nil:
		e.URL, r.url = u, un
	case sun != nil:
		e.URL, r.url = su, sun
	}
	switch {
	case r.command != nil && r.url != nil:
		return e, r, f.errAt(obj, field, "the entry has both command and url; mcpshield cannot tell which the client uses")
	case r.command == nil && r.url == nil:
		return e, r, f.errAt(obj, field, "the entry has neither command nor url")
	case r.command != nil && e.Command == "":
		return e, r, f.errAt(r.command, field.key("command"), "empty command")
	case r.url != nil && e.URL == "":
		return e, r, f.errAt(r.url, field.key(urlKey(sun)), "empty url")
	case r.url != nil && e.Type == "stdio":
		return e, r, f.errAt(r.typ, field.key("type"), "type is stdio but the entry has a url")
	case r.command != nil && e.Type != "" && e.Type != "stdio":
		return e, r, f.errAt(r.typ, field.key("type"), "type is %q but the entry has a command", e.Type)
	}
	if r.args, e.Args, err = f.argsField(obj, field); err != nil {
		return e, r, err
	}
	if r.args != nil && r.command == nil {
		return e, r, f.errAt(r.args, field.key("args"), "args without a command")
	}
	if e.Env, err = f.mapField(obj, field, "env", true); err != nil {
		return e, r, err
	}
	if e.Headers, err = f.mapField(obj, field, "headers", false); err != nil {
		return e, r, err
	}
	if d, dup := obj.lookup("disabled"); dup {
		return e, r, f.errAt(d, field.key("disabled"), "key appears twice")
	} else if d != nil && d.kind == kindBool {
		e.Disabled = d.boolean
	}
	if r.command != nil {
		e.Wrapped = isShieldCommand(e.Command, f.shield) && len(e.Args) > 0 && e.Args[0] == "run"
	} else {
		_, e.Wrapped = gatewayNameOf(e.URL)
	}
	return e, r, nil
}

func urlKey(serverURL *node) string {
	if serverURL != nil {
		return "serverUrl"
	}
	return "url"
}

// stringField returns the string at key, nil if absent.
func (f *File) stringField(obj *node, field fieldPath, key string) (string, *node, error) {
	v, dup := obj.lookup(key)
	if dup {
		return "", nil, f.errAt(v, field.key(key), "key appears twice")
	}
	if v == nil {
		return "", nil, nil
	}
	if v.kind != kindString {
		return "", nil, f.errAt(v, field.key(key), "want a string, got %s", v.kind)
	}
	return v.str, v, nil
}

func (f *File) argsField(obj *node, field fieldPath) (*node, []string, error) {
	v, dup := obj.lookup("args")
	if dup {
		return nil, nil, f.errAt(v, field.key("args"), "key appears twice")
	}
	if v == nil {
		return nil, nil, nil
	}
	if v.kind != kindArray {
		return nil, nil, f.errAt(v, field.key("args"), "want an array of strings, got %s", v.kind)
	}
	args := make([]string, len(v.elems))
	for i, a := range v.elems {
		if a.kind != kindString {
			return nil, nil, f.errAt(a, field.key("args").index(i), "want a string, got %s", a.kind)
		}
		args[i] = a.str
	}
	return v, args, nil
}

// mapField reads an object of strings. With scalars, numbers and booleans
// are taken as their JSON text and null values are left out, as VS Code
// allows them in env.
func (f *File) mapField(obj *node, field fieldPath, key string, scalars bool) (map[string]string, error) {
	v, dup := obj.lookup(key)
	if dup {
		return nil, f.errAt(v, field.key(key), "key appears twice")
	}
	if v == nil {
		return nil, nil
	}
	if v.kind != kindObject {
		return nil, f.errAt(v, field.key(key), "want an object of strings, got %s", v.kind)
	}
	m := make(map[string]string, len(v.members))
	for _, mb := range v.members {
		at := field.key(key).key(mb.key)
		if _, seen := m[mb.key]; seen {
			return nil, f.errAt(mb.val, at, "key appears twice")
		}
		switch k := mb.val.kind; {
		case k == kindString:
			m[mb.key] = mb.val.str
		case scalars && (k == kindNumber || k == kindBool):
			m[mb.key] = string(f.cur[mb.val.start:mb.val.end])
		case scalars && k == kindNull:
		default:
			return nil, f.errAt(mb.val, at, "want a string, got %s", k)
		}
	}
	return m, nil
}

// isShieldCommand reports whether command runs mcpshield: the shield path
// given to Wrap, or any program named mcpshield (mcpshield.exe on Windows).
func isShieldCommand(command, shield string) bool {
	if shield != "" && command == shield {
		return true
	}
	base := command[strings.LastIndexAny(command, `/\`)+1:]
	if len(base) > 4 && strings.EqualFold(base[len(base)-4:], ".exe") {
		base = base[:len(base)-4]
	}
	return base == "mcpshield"
}

// gatewayNameOf returns NAME when u ends in /servers/NAME/mcp with NAME a
// valid gateway server name: the shape of a URL that Wrap wrote.
func gatewayNameOf(u string) (string, bool) {
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return "", false
	}
	rest, ok := strings.CutSuffix(pu.Path, "/mcp")
	if !ok {
		return "", false
	}
	i := strings.LastIndexByte(rest, '/')
	if i < 0 || !strings.HasSuffix(rest[:i], "/servers") && rest[:i] != "servers" {
		return "", false
	}
	name := rest[i+1:]
	return name, validGatewayName(name)
}
