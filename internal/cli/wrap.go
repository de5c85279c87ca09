package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/mcpshield/mcpshield/internal/clientcfg"
)

const wrapAbout = `
Route every MCP server of your AI clients through the shield, with no other
change: a stdio server's command becomes "mcpshield run --name NAME -- ..."
and, with --gateway, an HTTP server's URL becomes the gateway's
/servers/NAME/mcp (the shield.yaml lines the gateway needs are printed).

The first wrap of a file keeps a backup next to it (FILE.mcpshield-backup).
Wrapping again changes nothing; servers added later are wrapped next time.
A file the shield does not fully understand is refused and left untouched.
Undo with mcpshield unwrap.

  mcpshield wrap                       every client config found
  mcpshield wrap --client cursor
  mcpshield wrap --gateway http://127.0.0.1:8080 ~/.cursor/mcp.json`

const unwrapAbout = `
Undo mcpshield wrap: every wrapped server runs directly again. Servers added
or edited since wrapping are kept. With --restore, the backup made by the
first wrap is copied back instead (later edits are lost).

  mcpshield unwrap
  mcpshield unwrap --restore ~/.cursor/mcp.json`

type wrapFlags struct {
	client, gateway, shield string
	dryRun, restore         bool
}

func wrapCmd(ctx context.Context, args []string, io IO) error {
	return wrapOrUnwrap(ctx, args, io, true)
}

func unwrapCmd(ctx context.Context, args []string, io IO) error {
	return wrapOrUnwrap(ctx, args, io, false)
}

func wrapOrUnwrap(_ context.Context, args []string, io IO, wrap bool) error {
	name, about := "wrap", wrapAbout
	if !wrap {
		name, about = "unwrap", unwrapAbout
	}
	fs := newFlagSet(name, "[flags] [FILE...]", about, io)
	var f wrapFlags
	fs.StringVar(&f.client, "client", "", "only this client's configs: claude-desktop, claude-code, cursor, vscode, windsurf")
	fs.StringVar(&f.shield, "shield", "", "`path` of the mcpshield binary written into configs (default: this binary)")
	fs.BoolVar(&f.dryRun, "dry-run", false, "say what would change, write nothing")
	if wrap {
		fs.StringVar(&f.gateway, "gateway", "", "base `URL` of a running mcpshield serve --config gateway, for HTTP servers")
	} else {
		fs.BoolVar(&f.restore, "restore", false, "copy the backup of the first wrap back instead of unwrapping entry by entry")
	}
	files, err := parseInterleaved(fs, args, io)
	if err != nil {
		return err
	}
	if f.shield == "" {
		exe, err := os.Executable()
		if err != nil {
			return fmt.Errorf("finding this binary (give --shield): %w", err)
		}
		if f.shield, err = filepath.EvalSymlinks(exe); err != nil {
			return fmt.Errorf("finding this binary (give --shield): %w", err)
		}
	}
	locs, err := scanLocations(files, f.client)
	if err != nil {
		return err
	}
	if len(locs) == 0 {
		fmt.Fprintln(io.Stdout, "no MCP client config found (give the file's path)")
		return nil
	}
	var failed []string
	var gateway []clientcfg.GatewayServer
	for _, loc := range locs {
		if f.restore {
			if f.dryRun {
				fmt.Fprintf(io.Stdout, "%s: would restore %s%s\n", loc.Path, loc.Path, clientcfg.BackupSuffix)
				continue
			}
			if err := clientcfg.Restore(loc.Path); err != nil {
				failed = append(failed, fmt.Sprintf("%s: %v", loc.Path, err))
				continue
			}
			fmt.Fprintf(io.Stdout, "%s: restored from its backup\n", loc.Path)
			continue
		}
		file, err := clientcfg.Load(loc.Path, loc.Client)
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", loc.Path, err))
			continue
		}
		var res *clientcfg.Result
		if wrap {
			res, err = file.Wrap(clientcfg.WrapOptions{Shield: f.shield, Gateway: f.gateway, Existing: gateway})
		} else {
			res, err = file.Unwrap(clientcfg.UnwrapOptions{Shield: f.shield})
		}
		if err != nil {
			failed = append(failed, fmt.Sprintf("%s: %v", loc.Path, err))
			continue
		}
		gateway = append(gateway, res.GatewayServers...)
		verb := name + "ped"
		switch {
		case len(res.Changed) == 0:
			fmt.Fprintf(io.Stdout, "%s: nothing to %s\n", loc.Path, name)
		case f.dryRun:
			fmt.Fprintf(io.Stdout, "%s: would %s %s\n", loc.Path, name, strings.Join(res.Changed, ", "))
		default:
			if err := file.Save(); err != nil {
				failed = append(failed, fmt.Sprintf("%s: %v", loc.Path, err))
				continue
			}
			fmt.Fprintf(io.Stdout, "%s: %s %s\n", loc.Path, verb, strings.Join(res.Changed, ", "))
		}
		for _, s := range res.Skipped {
			fmt.Fprintf(io.Stdout, "%s: left %s alone: %s\n", loc.Path, s.Entry, s.Reason)
		}
	}
	if len(gateway) > 0 {
		fmt.Fprintln(io.Stdout, "\nAdd these servers to the gateway's shield.yaml (mcpshield serve --config):\n\nservers:")
		for _, g := range gateway {
			fmt.Fprintf(io.Stdout, "  %s:\n    url: %s\n", g.Name, g.URL)
			if g.Transport != "" {
				fmt.Fprintf(io.Stdout, "    transport: %s\n", g.Transport)
			}
			if len(g.Headers) > 0 {
				fmt.Fprintln(io.Stdout, "    headers: # move the values into environment variables: ${VAR}")
				for k := range g.Headers {
					fmt.Fprintf(io.Stdout, "      %s: \"${%s}\"\n", k, envName(g.Name, k))
				}
			}
		}
	}
	if len(failed) > 0 {
		return errors.New(strings.Join(failed, "\n"))
	}
	return nil
}

// envName suggests an environment variable for a header's value.
func envName(server, header string) string {
	up := strings.ToUpper(server + "_" + header)
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, up)
}
