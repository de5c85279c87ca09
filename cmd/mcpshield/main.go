// Command mcpshield is a security gateway for MCP (Model Context Protocol)
// clients and servers. See `mcpshield help`.
package main

import (
	"context"
	"os"

	"github.com/mcpshield/mcpshield/internal/cli"
)

func main() {
	os.Exit(cli.Main(context.Background(), os.Args[1:], cli.Stdio()))
}
