package clientcfg

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// WrapOptions say how to route a file's servers through the shield.
type WrapOptions struct {
	// Shield is the path of the mcpshield binary, written as the command of
	// every stdio server. Required; an absolute path, since clients start
	// servers with their own PATH.
	Shield string
	// Gateway is the base URL of a running `mcpshield serve --config`
	// gateway (e.g. http://127.0.0.1:7070). HTTP servers are pointed at
	// Gateway/servers/NAME/mcp and listed in Result.GatewayServers. Empty
	// leaves HTTP servers alone and reports them in Result.Skipped.
	Gateway string
	// Existing are the gateway servers already listed (in shield.yaml, or
	// by files wrapped earlier in the same run): an HTTP server with the
	// same upstream reuses its name, and new names avoid theirs.
	Existing []GatewayServer
}

// Result says what Wrap or Unwrap did to a file.
type Result struct {
	// Changed names the entries rewritten (Entry.Ref).
	Changed []string `json:"changed"`
	// Skipped are entries left alone that need a person's attention.
	// Entries already in the wanted state are in neither list.
	Skipped []Skip `json:"skipped,omitempty"`
	// GatewayServers (Wrap with a Gateway) are what the gateway's
	// shield.yaml must list: the HTTP servers wrapped now, and those
	// wrapped before whose original URL is in the backup. Those in
	// WrapOptions.Existing with the same upstream are not repeated.
	GatewayServers []GatewayServer `json:"gateway_servers,omitempty"`
}

// Skip is an entry left alone, and why.
type Skip struct {
	Entry  string `json:"entry"` // Entry.Ref
	Reason string `json:"reason"`
}

// httpTypes are the entry types the gateway can front. Anything else with a
// URL (a websocket, say) is skipped.
var httpTypes = map[string]string{
	"":                "",
	"http":            "",
	"streamable-http": "",
	"streamableHttp":  "",
	"sse":             "sse",
}

// Wrap rewrites the file in memory so that every server runs through the
// shield; Save writes it. Entries already wrapped are left alone, so
// wrapping twice changes nothing the second time. On error nothing is
// changed.
func (f *File) Wrap(opts WrapOptions) (*Result, error) {
	if opts.Shield == "" {
		return nil, errors.New("wrapping: the path of the mcpshield binary is required")
	}
	gw, err := gatewayBase(opts.Gateway)
	if err != nil {
		return nil, err
	}
	if err := f.recognize(opts.Shield); err != nil {
		return nil, err
	}
	names := newNamer(opts.Existing)
	backup := lazyBackup{f: f}
	res := &Result{}
	var edits []edit
	for i, e := range f.Entries {
		r := f.refs[i]
		switch {
		case !e.IsHTTP() && e.Wrapped:
			// already wrapped
		case !e.IsHTTP():
			edits = append(edits, f.wrapStdio(e, r, opts.Shield)...)
			res.Changed = append(res.Changed, e.Ref())
		case e.Wrapped:
			if gw == "" {
				break
			}
			if !strings.HasPrefix(e.URL, gw+"/") {
				res.Skipped = append(res.Skipped, Skip{e.Ref(), "already points at another gateway: " + e.URL})
				break
			}
			name, _ := gatewayNameOf(e.URL)
			if orig, ok := backup.original(e); ok {
				g := GatewayServer{Name: name, URL: orig.URL, Transport: transportOf(orig.Entry), Headers: orig.Headers}
				switch prev, taken := names.taken[name]; {
				case !taken:
					names.taken[name] = g
					res.GatewayServers = append(res.GatewayServers, g)
				case !prev.same(g):
					res.Skipped = append(res.Skipped, Skip{e.Ref(), "gateway server " + name + " is already listed with another upstream: " + prev.URL})
				}
			}
		case gw == "":
			res.Skipped = append(res.Skipped, Skip{e.Ref(), "HTTP server: to route it through the shield, run `mcpshield serve` and give its URL as the gateway"})
		case e.URL == gw || strings.HasPrefix(e.URL, gw+"/"):
			res.Skipped = append(res.Skipped, Skip{e.Ref(), "already points at the gateway: " + e.URL})
		default:
			if _, ok := httpTypes[e.Type]; !ok {
				res.Skipped = append(res.Skipped, Skip{e.Ref(), fmt.Sprintf("type %q: the gateway fronts Streamable HTTP and SSE servers only", e.Type)})
				break
			}
			g := GatewayServer{URL: e.URL, Transport: transportOf(e), Headers: e.Headers}
			name, isNew := names.claim(e.Name, g)
			if isNew {
				g.Name = name
				res.GatewayServers = append(res.GatewayServers, g)
			}
			edits = append(edits, edit{r.url.start, r.url.end, quote(gw + "/servers/" + name + "/mcp")})
			if e.Type == "sse" {
				edits = append(edits, edit{r.typ.start, r.typ.end, `"http"`})
			}
			res.Changed = append(res.Changed, e.Ref())
		}
	}
	if err := f.commit(edits); err != nil {
		return nil, fmt.Errorf("wrapping %s: %w", f.Path, err)
	}
	if len(edits) > 0 {
		f.wrapped = true
	}
	return res, nil
}

// transportOf is the GatewayServer.Transport of an HTTP entry.
func transportOf(e Entry) string {
	if e.Type == "" {
		if u, err := url.Parse(e.URL); err == nil && strings.HasSuffix(u.Path, "/sse") {
			return "sse"
		}
	}
	return httpTypes[e.Type]
}

// gatewayBase checks a gateway URL and drops its trailing slashes.
func gatewayBase(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("wrapping: gateway %q: want an http or https URL such as http://127.0.0.1:7070", s)
	}
	return strings.TrimRight(s, "/"), nil
}

// wrapStdio turns {"command": C, "args": A} into {"command": SHIELD,
// "args": ["run", "--name", NAME, "--", C, A...]}. The original command and
// arguments keep their source text, and the new arguments follow the
// layout of the old array (one line, or one element per line).
func (f *File) wrapStdio(e Entry, r entryRef, shield string) []edit {
	prefix := []string{quote("run"), quote("--name"), quote(e.Name), quote("--"), f.raw(r.command)}
	edits := []edit{{r.command.start, r.command.end, quote(shield)}}
	switch {
	case r.args == nil:
		at := r.command.end
		edits = append(edits, edit{at, at, "," + f.memberSep(r.obj) + `"args": ` + jsonArray(prefix)})
	case len(r.args.elems) == 0 && onlySpace(string(f.cur[r.args.start+1:r.args.end-1])):
		edits = append(edits, edit{r.args.start, r.args.end, jsonArray(prefix)})
	case len(r.args.elems) == 0:
		// An empty array holding a comment: keep the comment.
		at := r.args.start + 1
		edits = append(edits, edit{at, at, strings.Join(prefix, ", ")})
	default:
		sep := "," + f.elemSep(r.args)
		at := r.args.elems[0].start
		edits = append(edits, edit{at, at, strings.Join(prefix, sep) + sep})
	}
	return edits
}

// recognize makes shield count as the shield's command in Entry.Wrapped
// from now on.
func (f *File) recognize(shield string) error {
	if shield == "" || shield == f.shield {
		return nil
	}
	old := f.shield
	f.shield = shield
	if err := f.reparse(f.cur); err != nil {
		f.shield = old
		return err
	}
	return nil
}

// commit applies edits and re-parses the result, which also proves the
// output is a config Load accepts. On error the File is unchanged.
func (f *File) commit(edits []edit) error {
	if len(edits) == 0 {
		return nil
	}
	out, err := apply(f.cur, edits)
	if err != nil {
		return err
	}
	if err := f.reparse(out); err != nil {
		return fmt.Errorf("internal error: the rewritten file does not parse: %w", err)
	}
	return nil
}

// lazyBackup reads the file's backup the first time it is needed.
type lazyBackup struct {
	f    *File
	done bool
	b    *File
	err  error
}

// original is the backup's entry for e (same scope and name), if it is an
// HTTP entry that is not itself wrapped, with the source text of its url
// and type ("" if it has none).
type original struct {
	Entry
	rawURL, rawType string
}

func (l *lazyBackup) original(e Entry) (original, bool) {
	b, err := l.get()
	if b == nil || err != nil {
		return original{}, false
	}
	for i, o := range b.Entries {
		if o.Scope == e.Scope && o.Name == e.Name && o.IsHTTP() && !o.Wrapped {
			r := b.refs[i]
			orig := original{Entry: o, rawURL: b.raw(r.url)}
			if r.typ != nil {
				orig.rawType = b.raw(r.typ)
			}
			return orig, true
		}
	}
	return original{}, false
}

func (l *lazyBackup) get() (*File, error) {
	if !l.done {
		l.done = true
		l.b, l.err = loadBackup(l.f)
	}
	return l.b, l.err
}
