package clientcfg

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// UnwrapOptions help Unwrap find what Wrap replaced.
type UnwrapOptions struct {
	// Shield is also recognized as the shield's command, besides any
	// program named mcpshield. Empty: only those.
	Shield string
	// GatewayServers give the upstream of a wrapped HTTP entry by gateway
	// name (the servers of the gateway's shield.yaml), for entries whose
	// original the backup lacks: added after the backup was made, or with
	// the backup gone. The backup wins when it has the entry, since it also
	// keeps the URL's exact spelling.
	GatewayServers []GatewayServer
}

// runValueFlags are the flags of `mcpshield run` that take a value as the
// next argument, so that a value of "--" is not taken for the end of the
// flags.
var runValueFlags = map[string]bool{
	"name": true, "config": true, "grace": true, "log-level": true,
	"log-format": true, "mode": true, "cpuprofile": true,
}

// Unwrap undoes Wrap in memory, from the entries themselves: a stdio entry
// `mcpshield run [flags] -- C A...` gets back command C and args A, an HTTP
// entry gets back the URL the backup (or opts.GatewayServers) has for it.
// Entries that are not wrapped, servers added after wrapping among them,
// are left as they are. Save writes the result and, once nothing in the
// file is wrapped any more, removes the backup.
func (f *File) Unwrap(opts UnwrapOptions) (*Result, error) {
	if err := f.recognize(opts.Shield); err != nil {
		return nil, err
	}
	backup := lazyBackup{f: f}
	byName := make(map[string]GatewayServer, len(opts.GatewayServers))
	for _, g := range opts.GatewayServers {
		byName[g.Name] = g
	}
	res := &Result{}
	var edits []edit
	for i, e := range f.Entries {
		r := f.refs[i]
		var ed []edit
		var reason string
		switch {
		case !e.IsHTTP() && e.Wrapped:
			ed, reason = f.unwrapStdio(e, r)
		case e.IsHTTP() && e.Wrapped:
			ed, reason = f.unwrapHTTP(e, r, &backup, byName)
		default:
			continue
		}
		if reason != "" {
			res.Skipped = append(res.Skipped, Skip{e.Ref(), reason})
			continue
		}
		edits = append(edits, ed...)
		res.Changed = append(res.Changed, e.Ref())
	}
	if err := f.commit(edits); err != nil {
		return nil, fmt.Errorf("unwrapping %s: %w", f.Path, err)
	}
	if len(edits) > 0 {
		f.unwrapped = true
	}
	return res, nil
}

// unwrapStdio returns the edits that restore a wrapped stdio entry, or why
// it cannot.
func (f *File) unwrapStdio(e Entry, r entryRef) ([]edit, string) {
	args := e.Args
	dash := -1
	for i := 1; i < len(args); i++ {
		if args[i] == "--" {
			dash = i
			break
		}
		flag := strings.TrimLeft(args[i], "-")
		if strings.HasPrefix(args[i], "-") && !strings.Contains(flag, "=") && runValueFlags[flag] {
			i++ // skip the value
		}
	}
	if dash < 0 || dash+1 >= len(args) {
		return nil, "wrapped without `-- COMMAND`: restore its command by hand"
	}
	if args[dash+1] == "" {
		return nil, "wrapped with an empty command after `--`: restore its command by hand"
	}
	elems := r.args.elems
	edits := []edit{{r.command.start, r.command.end, f.raw(elems[dash+1])}}
	if dash+2 < len(elems) {
		// Delete the shield's part of the array, up to the first original
		// argument, which keeps the user's layout of the rest.
		for k := 0; k < dash+2; k++ {
			if !onlySeparators(string(f.cur[elems[k].end:elems[k+1].start])) {
				return nil, "a comment among the shield's arguments: unwrap it by hand"
			}
		}
		edits = append(edits, edit{elems[0].start, elems[dash+2].start, ""})
		return edits, ""
	}
	// No original arguments: delete all of them, keeping whatever
	// surrounds them (an empty array's comment, say).
	for k := 0; k+1 < len(elems); k++ {
		if !onlySeparators(string(f.cur[elems[k].end:elems[k+1].start])) {
			return nil, "a comment among the shield's arguments: unwrap it by hand"
		}
	}
	return append(edits, edit{elems[0].start, elems[len(elems)-1].end, ""}), ""
}

// unwrapHTTP returns the edits that restore a wrapped HTTP entry, or why it
// cannot.
func (f *File) unwrapHTTP(e Entry, r entryRef, backup *lazyBackup, byName map[string]GatewayServer) ([]edit, string) {
	if orig, ok := backup.original(e); ok {
		edits := []edit{{r.url.start, r.url.end, orig.rawURL}}
		if r.typ != nil && orig.rawType != "" && orig.Type != e.Type {
			edits = append(edits, edit{r.typ.start, r.typ.end, orig.rawType})
		}
		return edits, ""
	}
	name, _ := gatewayNameOf(e.URL)
	if g, ok := byName[name]; ok {
		edits := []edit{{r.url.start, r.url.end, quote(g.URL)}}
		if r.typ != nil && g.Transport == "sse" && e.Type != "sse" {
			edits = append(edits, edit{r.typ.start, r.typ.end, `"sse"`})
		}
		return edits, ""
	}
	why := "there is no backup"
	if b, err := backup.get(); err != nil {
		why = "the backup does not load: " + err.Error()
	} else if b != nil {
		why = "the backup does not have it"
	}
	return nil, fmt.Sprintf("original URL unknown (%s): take it from servers.%s.url in the gateway's shield.yaml", why, name)
}

// loadBackup loads the file's backup, nil if there is none.
func loadBackup(f *File) (*File, error) {
	b, err := Load(f.Path+BackupSuffix, f.Client)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}
