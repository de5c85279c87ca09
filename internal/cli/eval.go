package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/mcpshield/mcpshield/internal/eval"
)

const evalAbout = `
Score the detectors on labelled cases (JSON Lines, the format of
shared/eval/FORMAT.md; a directory means every *.jsonl in it). Each case runs
through the detectors the gateway would run on that kind of message, with
default settings: a case is judged malicious when a finding would block.
Prints recall, precision, F1 and false-positive rate per category, and
overall; --verdicts writes one verdict per case.

  mcpshield eval --verdicts verdicts.jsonl ../shared/eval/dev`

func evalCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("eval", "[--verdicts OUT.jsonl] CASES.jsonl|DIR...", evalAbout, io)
	out := fs.String("verdicts", "", "write one verdict per case to `file` (JSON Lines)")
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(io.Stderr, "mcpshield eval: give at least one case file or directory")
		fs.Usage()
		return errUsage
	}
	cases, err := eval.Load(fs.Args())
	if err != nil {
		return err
	}
	verdicts, err := eval.Run(cases, defaultScanners())
	if err != nil {
		return err
	}
	if *out != "" {
		if err := writeVerdicts(*out, verdicts); err != nil {
			return err
		}
	}
	fmt.Fprintf(io.Stdout, "%d cases from %v\n\n", len(cases), fs.Args())
	eval.Score(cases, verdicts).Write(io.Stdout)
	return nil
}

func writeVerdicts(path string, verdicts []eval.Verdict) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing verdicts: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, v := range verdicts {
		if err := enc.Encode(v); err != nil {
			f.Close()
			return fmt.Errorf("writing verdicts: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing verdicts: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing verdicts: %w", err)
	}
	return nil
}
