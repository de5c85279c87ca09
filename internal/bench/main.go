package bench

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
)

// Main runs mcpshield-bench with args (without the program name) and returns the exit
// code: 0 when the report was written, 1 when the run failed or direct or the floor could
// not be measured cleanly, 2 for bad flags. The shield's failures are reported, not fatal:
// the figures of the other setups still stand.
//
// The first argument may name a hidden subcommand, which is how the bench runs its own
// parts as separate processes: server, floor-proxy, floor-relay.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		var err error
		switch args[0] {
		case "server":
			err = runServer(ctx, args[1:], stdin, stdout, stderr)
		case "floor-proxy":
			err = runFloorProxy(ctx, args[1:], stdout, stderr)
		case "floor-relay":
			err = runFloorRelay(ctx, args[1:], stdin, stdout, stderr)
		default:
			return bench(ctx, args, stdout, stderr)
		}
		if err != nil {
			fmt.Fprintf(stderr, "mcpshield-bench %s: %v\n", args[0], err)
			return 1
		}
		return 0
	}
	return bench(ctx, args, stdout, stderr)
}

func bench(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg, err := parseConfig(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "mcpshield-bench: %v\n", err)
		return 2
	}
	if cfg.self, err = os.Executable(); err != nil {
		fmt.Fprintf(stderr, "mcpshield-bench: finding its own binary: %v\n", err)
		return 1
	}
	log := slog.New(slog.DiscardHandler)
	if !cfg.quiet {
		log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{
			ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
				if a.Key == slog.TimeKey {
					return slog.Attr{}
				}
				return a
			},
		}))
	}
	res, err := run(ctx, cfg, log)
	if err != nil {
		fmt.Fprintf(stderr, "mcpshield-bench: %v\n", err)
		return 1
	}
	r := newReport(res)
	if err := writeMarkdown(stdout, r); err != nil {
		fmt.Fprintf(stderr, "mcpshield-bench: writing the table: %v\n", err)
		return 1
	}
	if cfg.jsonPath != "" {
		if err := writeJSON(cfg.jsonPath, r); err != nil {
			fmt.Fprintf(stderr, "mcpshield-bench: %v\n", err)
			return 1
		}
	}
	code := 0
	for _, c := range r.Cells {
		if c.Setup != setupShield && (c.Calls == 0 || c.Errors > 0) {
			fmt.Fprintf(stderr, "mcpshield-bench: %s %s conc %d size %d: not measured cleanly\n", c.Transport, c.Setup, c.Concurrency, c.ResultBytes)
			code = 1
		}
	}
	return code
}

func writeJSON(path string, r *report) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding the JSON report: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing the JSON report: %w", err)
	}
	return nil
}
