package cli

import (
	"context"
	"fmt"
	"runtime/debug"
)

// version is the release version; builds from source report the module's.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	rev := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = "devel-" + s.Value[:12]
			}
		}
	}
	return rev
}

func versionCmd(_ context.Context, args []string, io IO) error {
	fs := newFlagSet("version", "", "Print the version of mcpshield.", io)
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	fmt.Fprintf(io.Stdout, "mcpshield %s\n", version())
	return nil
}
