package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/mcpshield/mcpshield/internal/pin"
	"github.com/mcpshield/mcpshield/internal/store"
)

const pinsAbout = `
Show and manage the pinned definitions of your servers. The shield pins every
tool, prompt and resource template a server lists the first time it sees the
server (trust on first use); a definition that changes later, or appears
later, is withheld from the client until you approve it.

  mcpshield pins list [SERVER]          every pin, with its state
  mcpshield pins diff SERVER [NAME]     what changed, as a line diff
  mcpshield pins reset SERVER [NAME]    forget pins (the next listing pins anew)
  mcpshield pins reset --all            forget every pin of every server

SERVER is the name shown by pins list (the config name, or the package or
program the server runs), or its full identity (stdio:[...] or url:...).`

const approveAbout = `
Approve a definition the shield withheld: a changed one (after you read
mcpshield pins diff), a new one, or one a detector flagged that you reviewed.
The approval is for that exact definition: if it changes again, it is
withheld again.

  mcpshield approve SERVER NAME [NAME...]
  mcpshield approve --hash H SERVER NAME   only if it is still the definition
                                           pins diff showed (hash prefix H)
  mcpshield approve SERVER --all        every pending definition of SERVER`

// pinsFlags are the flags of pins and approve.
type pinsFlags struct {
	common
	kind string
	all  bool
	hash string
}

func (p *pinsFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.configPath, "config", "", "config `file` naming the pin store (default: pins.db in the state directory)")
	fs.StringVar(&p.kind, "kind", "", "only definitions of this `kind`: tool, prompt or resource_template")
	fs.BoolVar(&p.all, "all", false, "every definition (approve: every pending one; reset: every server)")
	fs.StringVar(&p.hash, "hash", "", "approve only if the definition awaiting approval has this hash (a prefix, as pins diff prints): what you reviewed is what you approve")
}

// openPins loads the config and opens its store.
func (p *pinsFlags) openPins(ctx context.Context, io IO) (store.Store, error) {
	cfg, err := p.load(io)
	if err != nil {
		return nil, err
	}
	st, err := openStore(ctx, cfg, io)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return nil, errors.New("pins are off in this config (pins.store: off)")
	}
	return st, nil
}

func pinsCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("pins", "list|diff|reset [flags] [SERVER [NAME]]", pinsAbout, io)
	var p pinsFlags
	p.register(fs)
	rest, err := parseInterleaved(fs, args, io)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		fs.Usage()
		return errUsage
	}
	sub, rest := rest[0], rest[1:]
	if p.kind != "" && !store.Kind(p.kind).Valid() {
		return fmt.Errorf("--kind: %q is not tool, prompt or resource_template", p.kind)
	}
	st, err := p.openPins(ctx, io)
	if err != nil {
		return err
	}
	defer st.Close()
	switch sub {
	case "list":
		if len(rest) > 1 {
			fs.Usage()
			return errUsage
		}
		return pinsList(ctx, st, rest, p.kind, io)
	case "diff":
		if len(rest) < 1 || len(rest) > 2 {
			fs.Usage()
			return errUsage
		}
		return pinsDiff(ctx, st, rest, p.kind, io)
	case "reset":
		return pinsReset(ctx, st, rest, p, io)
	}
	fmt.Fprintf(io.Stderr, "mcpshield pins: unknown subcommand %q\n", sub)
	fs.Usage()
	return errUsage
}

// resolveServer finds the server a person named: by its display name or
// its identity.
func resolveServer(ctx context.Context, st store.Store, name string) (store.Server, error) {
	servers, err := st.Servers(ctx)
	if err != nil {
		return store.Server{}, fmt.Errorf("reading server records: %w", err)
	}
	var matches []store.Server
	for _, s := range servers {
		if s.ID == name {
			return s, nil
		}
		if s.Name == name {
			matches = append(matches, s)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		var known []string
		for _, s := range servers {
			known = append(known, s.Name)
		}
		if len(known) == 0 {
			return store.Server{}, fmt.Errorf("no server %q: nothing is pinned yet", name)
		}
		return store.Server{}, fmt.Errorf("no server %q; known: %s", name, strings.Join(known, ", "))
	}
	var ids []string
	for _, s := range matches {
		ids = append(ids, s.ID)
	}
	return store.Server{}, fmt.Errorf("several servers are named %q; give one's identity instead: %s", name, strings.Join(ids, " | "))
}

// pinState says where a pin stands, for people.
func pinState(p store.Pin) string {
	switch {
	case p.Hash == "":
		return "new (withheld until approved)"
	case p.PendingHash != "":
		return "CHANGED (withheld until approved)"
	case p.Approved:
		return "approved"
	}
	return "pinned"
}

func pinsList(ctx context.Context, st store.Store, rest []string, kind string, io IO) error {
	servers, err := st.Servers(ctx)
	if err != nil {
		return fmt.Errorf("reading server records: %w", err)
	}
	if len(rest) == 1 {
		s, err := resolveServer(ctx, st, rest[0])
		if err != nil {
			return err
		}
		servers = []store.Server{s}
	}
	tw := tabwriter.NewWriter(io.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SERVER\tKIND\tNAME\tSTATE\tHASH\tPINNED")
	n := 0
	for _, s := range servers {
		pins, err := st.Pins(ctx, s.ID)
		if err != nil {
			return fmt.Errorf("reading pins of %s: %w", s.Name, err)
		}
		for _, p := range pins {
			if kind != "" && string(p.Kind) != kind {
				continue
			}
			n++
			when := ""
			if !p.PinnedAt.IsZero() {
				when = p.PinnedAt.Local().Format(time.DateTime)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", s.Name, p.Kind, p.Name, pinState(p), shortHash(p.Hash), when)
		}
	}
	tw.Flush()
	if n == 0 {
		fmt.Fprintln(io.Stdout, "(nothing pinned)")
	}
	return nil
}

func shortHash(h string) string {
	h = strings.TrimPrefix(h, "sha256:")
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

func pinsDiff(ctx context.Context, st store.Store, rest []string, kind string, io IO) error {
	s, err := resolveServer(ctx, st, rest[0])
	if err != nil {
		return err
	}
	pins, err := st.Pins(ctx, s.ID)
	if err != nil {
		return fmt.Errorf("reading pins of %s: %w", s.Name, err)
	}
	shown := 0
	for _, p := range pins {
		if len(rest) == 2 && p.Name != rest[1] || kind != "" && string(p.Kind) != kind {
			continue
		}
		if p.PendingHash == "" {
			if len(rest) == 2 {
				fmt.Fprintf(io.Stdout, "%s %q of %s: no change awaiting approval (%s)\n", p.Kind, p.Name, s.Name, pinState(p))
				shown++
			}
			continue
		}
		shown++
		what := "changed"
		if p.Hash == "" {
			what = "new"
		}
		fmt.Fprintf(io.Stdout, "=== %s %s %q of %s (%s; pending since %s)\n", what, p.Kind, p.Name, s.Name,
			strings.Join(pin.Changed(p.Definition, p.PendingDefinition), ", "), p.PendingSince.Local().Format(time.DateTime))
		fmt.Fprint(io.Stdout, pin.Diff(p.Definition, p.PendingDefinition))
		fmt.Fprintf(io.Stdout, "approve exactly this definition with: mcpshield approve --hash %s %s %s\n\n", shortHash(p.PendingHash), s.Name, p.Name)
	}
	if shown == 0 {
		if len(rest) == 2 {
			return fmt.Errorf("%s has no pinned definition named %q", s.Name, rest[1])
		}
		fmt.Fprintf(io.Stdout, "%s: no change awaiting approval\n", s.Name)
	}
	return nil
}

func pinsReset(ctx context.Context, st store.Store, rest []string, p pinsFlags, io IO) error {
	var id, name string
	switch {
	case p.all && len(rest) == 0:
	case !p.all && (len(rest) == 1 || len(rest) == 2):
		s, err := resolveServer(ctx, st, rest[0])
		if err != nil {
			return err
		}
		id = s.ID
		if len(rest) == 2 {
			name = rest[1]
			if p.kind == "" {
				p.kind = string(store.KindTool)
			}
		}
	default:
		return errors.New("pins reset: give SERVER [NAME], or --all for every server")
	}
	n, err := st.Reset(ctx, id, store.Kind(p.kind), name)
	if err != nil {
		return fmt.Errorf("resetting pins: %w", err)
	}
	fmt.Fprintf(io.Stdout, "forgot %d pins; the next listing pins anew\n", n)
	return nil
}

func approveCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("approve", "[flags] SERVER NAME... | SERVER --all", approveAbout, io)
	var p pinsFlags
	p.register(fs)
	rest, err := parseInterleaved(fs, args, io)
	if err != nil {
		return err
	}
	if len(rest) == 0 || (len(rest) == 1) != p.all {
		fs.Usage()
		return errUsage
	}
	kind := store.KindTool
	if p.kind != "" {
		if kind = store.Kind(p.kind); !kind.Valid() {
			return fmt.Errorf("--kind: %q is not tool, prompt or resource_template", p.kind)
		}
	}
	st, err := p.openPins(ctx, io)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := resolveServer(ctx, st, rest[0])
	if err != nil {
		return err
	}
	type target struct {
		kind store.Kind
		name string
	}
	var targets []target
	if p.all {
		pins, err := st.Pins(ctx, s.ID)
		if err != nil {
			return fmt.Errorf("reading pins of %s: %w", s.Name, err)
		}
		for _, pn := range pins {
			if pn.PendingHash != "" && (p.kind == "" || pn.Kind == kind) {
				targets = append(targets, target{pn.Kind, pn.Name})
			}
		}
		if len(targets) == 0 {
			fmt.Fprintf(io.Stdout, "%s: nothing awaits approval\n", s.Name)
			return nil
		}
	} else {
		for _, n := range rest[1:] {
			targets = append(targets, target{kind, n})
		}
	}
	if p.hash != "" {
		if len(targets) != 1 || p.all {
			return errors.New("--hash approves one definition: give SERVER NAME")
		}
		if err := checkHash(ctx, st, s, targets[0].kind, targets[0].name, p.hash); err != nil {
			return err
		}
	}
	var failed []string
	for _, t := range targets {
		pn, err := st.Approve(ctx, s.ID, t.kind, t.name, time.Now())
		if errors.Is(err, store.ErrNotFound) {
			failed = append(failed, fmt.Sprintf("%s has no %s named %q (see mcpshield pins list %s)", s.Name, t.kind, t.name, s.Name))
			continue
		}
		if err != nil {
			return fmt.Errorf("approving %s %q: %w", t.kind, t.name, err)
		}
		fmt.Fprintf(io.Stdout, "approved %s %q of %s (%s)\n", pn.Kind, pn.Name, s.Name, shortHash(pn.Hash))
	}
	if len(failed) > 0 {
		return errors.New(strings.Join(failed, "; "))
	}
	return nil
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, and returns the positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string, io IO) ([]string, error) {
	var rest []string
	for {
		if err := parseFlags(fs, args, io); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// checkHash refuses an approval when the definition awaiting it is not the
// one the person reviewed (the server changed it again meanwhile).
func checkHash(ctx context.Context, st store.Store, s store.Server, kind store.Kind, name, want string) error {
	pins, err := st.Pins(ctx, s.ID)
	if err != nil {
		return fmt.Errorf("reading pins of %s: %w", s.Name, err)
	}
	want = strings.TrimPrefix(want, "sha256:")
	for _, p := range pins {
		if p.Kind != kind || p.Name != name {
			continue
		}
		h := p.PendingHash
		if h == "" {
			h = p.Hash
		}
		if len(want) < 8 || !strings.HasPrefix(strings.TrimPrefix(h, "sha256:"), want) {
			return fmt.Errorf("%s %q of %s is now %s, not %s: it changed since you reviewed it; run mcpshield pins diff again", kind, name, s.Name, shortHash(h), want)
		}
		return nil
	}
	return fmt.Errorf("%s has no %s named %q", s.Name, kind, name)
}
