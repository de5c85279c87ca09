// Command mcpshield-bench measures what mcpshield costs an MCP client: calls direct to a
// server, through a bare proxy with no checks (the floor) and through the shield,
// interleaved in one run, over stdio and Streamable HTTP. See internal/bench.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/mcpshield/mcpshield/internal/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := bench.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
