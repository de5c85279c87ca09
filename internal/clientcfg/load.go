package clientcfg

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Clients, the values of Location.Client and of Load's client argument.
const (
	ClientClaudeDesktop = "claude-desktop"
	ClientClaudeCode    = "claude-code"
	ClientCursor        = "cursor"
	ClientVSCode        = "vscode"
	ClientWindsurf      = "windsurf"
	// ClientFile is a file the user named: its shape is detected.
	ClientFile = "file"
)

// shape is where a file keeps its servers.
type shape uint8

const (
	shapeNone       shape = iota
	shapeMCPServers       // {"mcpServers": {...}}: Claude Desktop, Cursor, Windsurf, .mcp.json
	shapeClaudeCode       // mcpServers, and projects[PATH].mcpServers: ~/.claude.json
	shapeServers          // {"servers": {...}}: VS Code mcp.json
	shapeSettings         // {"mcp": {"servers": {...}}}: VS Code settings.json
)

// File is a loaded client config. Wrap and Unwrap edit it in memory; Save
// writes it. A File is not safe for concurrent use.
type File struct {
	Path   string
	Client string
	// Entries are the servers in file order (for Claude Code, the top-level
	// servers, then each project's).
	Entries []Entry
	// JSONC reports that the file has comments or trailing commas. They are
	// kept by every rewrite.
	JSONC bool

	shape     shape
	refs      []entryRef // parallel to Entries
	orig      []byte     // the bytes as read
	cur       []byte     // the bytes after the edits so far
	wrapped   bool       // Wrap changed the file: Save writes the backup first
	unwrapped bool       // Unwrap changed the file: Save drops the backup once nothing is wrapped
	shield    string     // the shield path given to Wrap or Unwrap, also recognized as wrapped
}

// Load reads the config file at path. client is one of the Client
// constants; for ClientFile or an unknown client the shape is detected from
// the keys (mcpServers, servers, mcp.servers).
func Load(path, client string) (*File, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path, client)
}

// Parse is Load for bytes already read; path is used in messages and by
// Save.
func Parse(data []byte, path, client string) (*File, error) {
	f := &File{Path: path, Client: client, orig: data}
	if err := f.reparse(data); err != nil {
		return nil, err
	}
	return f, nil
}

func readFile(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading client config: %w", err)
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading client config %s: %w", path, err)
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("reading client config %s: larger than %d MiB", path, maxFileSize>>20)
	}
	return data, nil
}

// reparse parses data as the file's current content and refreshes Entries.
// On error the File is unchanged.
func (f *File) reparse(data []byte) error {
	g := &File{Path: f.Path, Client: f.Client, cur: data, shield: f.shield}
	root, jsonc, err := parseJSONC(data)
	if err != nil {
		var se *syntaxError
		if errors.As(err, &se) {
			line, col := position(data, se.off)
			return &Error{Path: f.Path, Line: line, Col: col, Msg: se.msg}
		}
		return err
	}
	if root.kind != kindObject {
		return g.errAt(root, "", "want an object at the top level, got %s", root.kind)
	}
	g.shape, err = g.detect(root)
	if err != nil {
		return err
	}
	if err := g.collect(root); err != nil {
		return err
	}
	f.cur, f.JSONC, f.shape, f.Entries, f.refs = data, jsonc, g.shape, g.Entries, g.refs
	return nil
}

// detect picks the shape for the client, or from the keys for ClientFile.
func (f *File) detect(root *node) (shape, error) {
	switch f.Client {
	case ClientClaudeDesktop, ClientCursor, ClientWindsurf:
		return shapeMCPServers, nil
	case ClientClaudeCode:
		return shapeClaudeCode, nil
	case ClientVSCode:
		if v, _ := root.lookup("servers"); v != nil {
			return shapeServers, nil
		}
		return shapeSettings, nil
	}
	has := func(k string) bool { v, _ := root.lookup(k); return v != nil }
	switch {
	case has("projects") && has("mcpServers"), has("projects") && projectsHaveServers(root):
		return shapeClaudeCode, nil
	case has("mcpServers"):
		return shapeMCPServers, nil
	case has("servers"):
		return shapeServers, nil
	case has("mcp"):
		return shapeSettings, nil
	}
	return shapeNone, f.errAt(root, "", `no MCP servers: want a "mcpServers", "servers" or "mcp.servers" object`)
}

func projectsHaveServers(root *node) bool {
	p, _ := root.lookup("projects")
	if p == nil || p.kind != kindObject {
		return false
	}
	for _, m := range p.members {
		if m.val.kind == kindObject {
			if v, _ := m.val.lookup("mcpServers"); v != nil {
				return true
			}
		}
	}
	return false
}

// collect reads the servers of the file's shape.
func (f *File) collect(root *node) error {
	switch f.shape {
	case shapeMCPServers:
		return f.servers(root, "", "mcpServers", "")
	case shapeServers:
		return f.servers(root, "", "servers", "")
	case shapeSettings:
		mcp, err := f.objectField(root, "", "mcp")
		if mcp == nil || err != nil {
			return err
		}
		return f.servers(mcp, "mcp", "servers", "")
	case shapeClaudeCode:
		if err := f.servers(root, "", "mcpServers", ""); err != nil {
			return err
		}
		projects, err := f.objectField(root, "", "projects")
		if projects == nil || err != nil {
			return err
		}
		seen := make(map[string]bool, len(projects.members))
		for _, m := range projects.members {
			at := fieldPath("projects").key(m.key)
			if seen[m.key] {
				return f.errAt(m.val, at, "project appears twice")
			}
			seen[m.key] = true
			if m.val.kind != kindObject {
				return f.errAt(m.val, at, "want an object, got %s", m.val.kind)
			}
			if err := f.servers(m.val, at, "mcpServers", m.key); err != nil {
				return err
			}
		}
	}
	return nil
}

// objectField returns the object at key, nil if absent.
func (f *File) objectField(obj *node, field fieldPath, key string) (*node, error) {
	v, dup := obj.lookup(key)
	if dup {
		return nil, f.errAt(v, field.key(key), "key appears twice")
	}
	if v != nil && v.kind != kindObject {
		return nil, f.errAt(v, field.key(key), "want an object, got %s", v.kind)
	}
	return v, nil
}

// servers reads the servers object at parent[key].
func (f *File) servers(parent *node, field fieldPath, key, scope string) error {
	obj, err := f.objectField(parent, field, key)
	if obj == nil || err != nil {
		return err
	}
	at := field.key(key)
	seen := make(map[string]bool, len(obj.members))
	for _, m := range obj.members {
		if seen[m.key] {
			return f.errAt(m.val, at.key(m.key), "server name appears twice")
		}
		seen[m.key] = true
		e, r, err := f.parseEntry(m.key, scope, m.val, at.key(m.key))
		if err != nil {
			return err
		}
		f.Entries = append(f.Entries, e)
		f.refs = append(f.refs, r)
	}
	return nil
}

// errAt is an *Error at n's position.
func (f *File) errAt(n *node, field fieldPath, format string, args ...any) error {
	e := &Error{Path: f.Path, Field: string(field), Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = position(f.cur, n.start)
	}
	return e
}
