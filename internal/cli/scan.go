package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/mcpshield/mcpshield/internal/capture"
	"github.com/mcpshield/mcpshield/internal/clientcfg"
	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/detect/poisoning"
	"github.com/mcpshield/mcpshield/internal/guard"
	"github.com/mcpshield/mcpshield/internal/pin"
	"github.com/mcpshield/mcpshield/internal/scan"
	"github.com/mcpshield/mcpshield/internal/store"
)

const scanAbout = `
Audit the MCP servers your AI clients are configured with, before running
anything through them. Finds the configs of Claude Desktop, Claude Code,
Cursor, VS Code and Windsurf (and any FILE given), starts or connects to each
server with a timeout, lists its tools, prompts and resource templates
without calling any, and reports:

  poisoning and hidden text in definitions, cross-server shadowing,
  rug pulls against the shield's pins, unpinned servers, unsigned servers,
  and servers that fail to start (reported, not fatal).

Exit status 1 when a finding is at or above --fail-on (default high), so it
can gate CI:

  mcpshield scan
  mcpshield scan --sarif --fail-on medium .mcp.json > mcp.sarif`

type scanFlags struct {
	common
	json, sarif bool
	failOn      string
	timeout     time.Duration
	client      string
}

func scanCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("scan", "[flags] [FILE...]", scanAbout, io)
	var f scanFlags
	fs.StringVar(&f.configPath, "config", "", "shield config `file`: its pin store, and its servers' manifests and trusted keys")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON")
	fs.BoolVar(&f.sarif, "sarif", false, "print the report as SARIF 2.1.0 (for code scanning in CI)")
	fs.StringVar(&f.failOn, "fail-on", "high", "exit 1 on a finding at or above this `severity`: info, low, medium, high, critical, or none")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "how long one server gets to start and list its definitions")
	fs.StringVar(&f.client, "client", "", "only this client's configs: claude-desktop, claude-code, cursor, vscode, windsurf")
	files, err := parseInterleaved(fs, args, io)
	if err != nil {
		return err
	}
	if f.json && f.sarif {
		return errors.New("give --json or --sarif, not both")
	}
	var threshold detect.Severity
	if f.failOn != "none" {
		if threshold, err = scan.ParseSeverity(f.failOn); err != nil {
			return fmt.Errorf("--fail-on: %w", err)
		}
	}
	cfg, err := f.load(io)
	if err != nil {
		return err
	}
	locs, err := scanLocations(files, f.client)
	if err != nil {
		return err
	}
	rep := runScan(ctx, cfg, io, locs, f.timeout)
	switch {
	case f.json:
		err = scan.WriteJSON(io.Stdout, rep)
	case f.sarif:
		err = scan.WriteSARIF(io.Stdout, rep, version())
	default:
		err = scan.WriteTable(io.Stdout, rep)
	}
	if err != nil {
		return err
	}
	if f.failOn != "none" && scan.Exceeds(rep, threshold) {
		return fmt.Errorf("findings at or above %s", f.failOn)
	}
	return nil
}

// scanLocations are the files to scan: those given, else every client
// config found on this machine.
func scanLocations(files []string, client string) ([]clientcfg.Location, error) {
	if len(files) > 0 {
		var out []clientcfg.Location
		for _, f := range files {
			c := client
			if c == "" {
				c = clientcfg.ClientFile
			}
			out = append(out, clientcfg.Location{Client: c, Path: f, Exists: true})
		}
		return out, nil
	}
	env, err := clientcfg.OSEnv()
	if err != nil {
		return nil, fmt.Errorf("finding client configs: %w", err)
	}
	var out []clientcfg.Location
	for _, l := range clientcfg.Discover(env) {
		if l.Exists && (client == "" || l.Client == client) {
			out = append(out, l)
		}
	}
	return out, nil
}

// scanned is one server of one config, and what capturing it gave.
type scanned struct {
	loc   clientcfg.Location
	entry clientcfg.Entry
	srv   *config.Server
	snap  *capture.Snapshot
	err   error
}

func runScan(ctx context.Context, cfg *config.Config, io IO, locs []clientcfg.Location, timeout time.Duration) *scan.Report {
	rep := &scan.Report{}
	var servers []*scanned
	for _, loc := range locs {
		f, err := clientcfg.Load(loc.Path, loc.Client)
		if err != nil {
			rep.Servers = append(rep.Servers, scan.ServerResult{Client: loc.Client, Config: loc.Path, Status: scan.StatusFailed, Error: err.Error()})
			rep.Findings = append(rep.Findings, scan.Finding{Client: loc.Client, Config: loc.Path, Type: "config_unreadable",
				Severity: "medium", Message: err.Error()})
			continue
		}
		for _, e := range f.Entries {
			if e.Disabled {
				rep.Servers = append(rep.Servers, scan.ServerResult{Client: loc.Client, Config: loc.Path, Server: e.Name,
					Status: scan.StatusSkipped, Error: "disabled in the config"})
				continue
			}
			servers = append(servers, &scanned{loc: loc, entry: e, srv: entryServer(e)})
		}
	}
	// Capture a few servers at a time: each may be a process to start.
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for _, s := range servers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			s.snap, s.err = capture.Capture(cctx, dialer(cfg, s.srv, newLogger(quiet(cfg), io.Stderr)), capture.Options{Version: version()})
		}()
	}
	wg.Wait()

	var st store.Store // none: servers are reported as unpinned
	if storeExists(cfg, io) {
		if st, _ = openStore(ctx, cfg, io); st != nil {
			defer st.Close()
		}
	}
	det := poisoning.New(poisoning.Options{Threshold: cfg.Detection.Threshold, Disable: cfg.Detection.DisableRules})
	all := map[string][]poisoning.Tool{}
	tools := map[*scanned][]poisoning.Tool{}
	for _, s := range servers {
		res := scan.ServerResult{Client: s.loc.Client, Config: s.loc.Path, Server: s.entry.Name, Status: scan.StatusOK}
		if s.err != nil {
			res.Status, res.Error = scan.StatusFailed, s.err.Error()
			rep.Findings = append(rep.Findings, s.finding("", "start_failed", "", "medium", "the server did not start or list its tools: "+s.err.Error()))
		} else {
			res.Tools = len(s.snap.Tools)
			rep.Findings = append(rep.Findings, s.definitionFindings(det, tools)...)
			rep.Findings = append(rep.Findings, s.pinFindings(ctx, st)...)
			rep.Findings = append(rep.Findings, s.signatureFindings(cfg)...)
			all[s.key()] = tools[s]
		}
		rep.Servers = append(rep.Servers, res)
	}
	for _, s := range servers {
		for _, t := range tools[s] {
			for _, f := range guard.ShadowingOf(det, s.key(), t, all) {
				if f.Severity >= detect.Medium {
					rep.Findings = append(rep.Findings, s.finding(t.Name, "shadowing", f.Rule, f.Severity.String(), f.Explanation))
				}
			}
		}
	}
	return rep
}

// quiet is cfg with the log at warnings, so capture noise stays off the report.
func quiet(cfg *config.Config) *config.Config {
	c := *cfg
	c.Log.Level = slog.LevelWarn
	return &c
}

func (s *scanned) key() string { return s.loc.Client + ":" + s.entry.Name }

func (s *scanned) finding(tool, typ, rule, sev, msg string) scan.Finding {
	return scan.Finding{Client: s.loc.Client, Config: s.loc.Path, Server: s.entry.Name, Tool: tool,
		Type: typ, Rule: rule, Severity: sev, Message: msg}
}

// entryServer turns a client's entry into the server the shield would run:
// a wrapped entry is scanned as the server it wraps.
func entryServer(e clientcfg.Entry) *config.Server {
	if e.IsHTTP() {
		s := config.NewHTTPServer(e.Name, e.URL)
		if e.Type == "sse" {
			s.Transport = config.TransportSSE
		}
		s.Headers = map[string]config.Secret{}
		for k, v := range e.Headers {
			s.Headers[k] = config.Secret(v)
		}
		return s
	}
	argv := append([]string{e.Command}, e.Args...)
	if e.Wrapped {
		for i, a := range argv {
			if a == "--" {
				argv = argv[i+1:]
				break
			}
		}
	}
	s := config.NewStdioServer(e.Name, argv)
	s.Cwd = e.Cwd
	if len(e.Env) > 0 {
		s.Env = map[string]config.Secret{}
		for k, v := range e.Env {
			s.Env[k] = config.Secret(v)
		}
	}
	return s
}

func (s *scanned) definitionFindings(det *poisoning.Detector, tools map[*scanned][]poisoning.Tool) []scan.Finding {
	var out []scan.Finding
	lists := []struct {
		kind pin.Kind
		defs [][]byte
	}{{pin.KindTool, rawList(s.snap.Tools)}, {pin.KindPrompt, rawList(s.snap.Prompts)}, {pin.KindResourceTemplate, rawList(s.snap.ResourceTemplates)}}
	for _, l := range lists {
		for _, raw := range l.defs {
			fs, t := guard.ScanDefinition(det, l.kind, raw)
			if l.kind == pin.KindTool {
				tools[s] = append(tools[s], t)
			}
			name := t.Name
			if d, err := pin.Parse(l.kind, raw); err == nil {
				name = d.Name
			}
			for _, f := range fs {
				if f.Severity >= detect.Low {
					out = append(out, s.finding(name, f.Type, f.Rule, f.Severity.String(), f.Explanation))
				}
			}
		}
	}
	if s.snap.Instructions != "" {
		for _, f := range det.ScanInstructions(s.snap.Instructions) {
			if f.Severity >= detect.Medium {
				out = append(out, s.finding("", f.Type, f.Rule, f.Severity.String(), "server instructions: "+f.Explanation))
			}
		}
	}
	return out
}

func rawList[T ~[]byte](items []T) [][]byte {
	out := make([][]byte, len(items))
	for i, it := range items {
		out[i] = it
	}
	return out
}

// pinFindings compares the definitions with the shield's pins, without
// pinning anything.
func (s *scanned) pinFindings(ctx context.Context, st store.Store) []scan.Finding {
	if st == nil {
		return []scan.Finding{s.finding("", "unpinned", "", "low", "no pin store to compare with")}
	}
	pins, err := st.Pins(ctx, serverID(s.srv))
	if err != nil {
		return []scan.Finding{s.finding("", "unpinned", "", "low", "reading pins: "+err.Error())}
	}
	if len(pins) == 0 {
		return []scan.Finding{s.finding("", "unpinned", "", "low",
			"the shield has never pinned this server: wrap it (mcpshield wrap) so its definitions are pinned and rug pulls blocked")}
	}
	byKey := map[string]store.Pin{}
	for _, p := range pins {
		byKey[string(p.Kind)+"\x00"+p.Name] = p
	}
	var out []scan.Finding
	check := func(kind pin.Kind, raw []byte) {
		d, err := pin.Parse(kind, raw)
		if err != nil {
			return
		}
		p, ok := byKey[string(kind)+"\x00"+d.Name]
		switch {
		case !ok || p.Hash == "":
			out = append(out, s.finding(d.Name, "new_definition", "", "medium",
				fmt.Sprintf("%s %q is not pinned: the shield will withhold it until it is approved", kind, d.Name)))
		case p.Hash != d.Hash:
			out = append(out, s.finding(d.Name, "rugpull", "", "high",
				fmt.Sprintf("%s %q changed since it was pinned (%s); see mcpshield pins diff", kind, d.Name, strings.Join(pin.Changed(p.Definition, d.Canonical), ", "))))
		}
	}
	for _, raw := range s.snap.Tools {
		check(pin.KindTool, raw)
	}
	for _, raw := range s.snap.Prompts {
		check(pin.KindPrompt, raw)
	}
	for _, raw := range s.snap.ResourceTemplates {
		check(pin.KindResourceTemplate, raw)
	}
	return out
}

// signatureFindings checks the definitions against the manifests of the
// shield config's matching server, if it has any.
func (s *scanned) signatureFindings(cfg *config.Config) []scan.Finding {
	var match *config.Server
	for _, c := range cfg.Servers {
		if serverID(c) == serverID(s.srv) {
			match = c
		}
	}
	if match == nil || len(match.Manifests) == 0 {
		return []scan.Finding{s.finding("", "unsigned", "", "info", "no signed manifest is configured for this server")}
	}
	signed, err := loadManifests(match)
	if err != nil {
		return []scan.Finding{s.finding("", "unsigned", "bad-manifest", "high", err.Error())}
	}
	var out []scan.Finding
	for _, raw := range s.snap.Tools {
		d, err := pin.Parse(pin.KindTool, raw)
		if err == nil && !signed(pin.KindTool, d.Name, d.Hash) {
			out = append(out, s.finding(d.Name, "unsigned", "", "high",
				fmt.Sprintf("tool %q is not in a manifest signed by a trusted key (hash %s): tampered or new", d.Name, d.Hash)))
		}
	}
	return out
}

// storeExists reports whether there is a pin store to compare with; scan
// reads pins but never creates the store.
func storeExists(cfg *config.Config, io IO) bool {
	switch cfg.Pins.Store {
	case config.PinStoreOff:
		return false
	case config.PinStorePostgres:
		return true
	}
	p := cfg.Pins.Path
	if p == "" {
		home, err := config.HomeDir(cfg, io.Getenv)
		if err != nil {
			return false
		}
		p = filepath.Join(home, "pins.db")
	}
	_, err := os.Stat(p)
	return err == nil
}
