package capture

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"testing"
	"time"

	sdkjsonrpc "github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// The test binary doubles as the stdio servers the tests capture: with
// serverEnv set, TestMain runs that server instead of the tests.
const (
	serverEnv = "MCPSHIELD_CAPTURE_TEST_SERVER" // the mode: see serveMode
	pageEnv   = "MCPSHIELD_CAPTURE_TEST_PAGE"   // page size of the sdk modes
)

func TestMain(m *testing.M) {
	if mode, ok := os.LookupEnv(serverEnv); ok {
		os.Exit(serveMode(mode))
	}
	os.Exit(m.Run())
}

// serveMode runs the stdio test server named mode and returns its exit
// status.
func serveMode(mode string) int {
	ctx := context.Background()
	switch mode {
	case "silent": // reads everything, answers nothing, exits at EOF
		io.Copy(io.Discard, os.Stdin)
		return 0
	case "exit": // dies at once
		fmt.Fprintln(os.Stderr, "test server: cannot start")
		return 3
	}
	page, _ := strconv.Atoi(os.Getenv(pageEnv))
	srv := newTestServer(mode, page)
	if err := srv.Run(ctx, &mcp.StdioTransport{}); err != nil {
		fmt.Fprintln(os.Stderr, "test server:", err)
		return 1
	}
	return 0
}

// Tools, prompts and templates of the test server.
const (
	nTools     = 5
	nPrompts   = 2
	nTemplates = 1
)

// newTestServer builds an SDK server with nTools tools, and unless mode is
// "tools-only", nPrompts prompts and nTemplates resource templates.
//
// Before it answers tools/list it pings the client and asks it for roots:
// the ping must succeed and roots/list be refused with method not found,
// else tools/list fails. Modes: "sdk" (that), "tools-only", "fail-prompts"
// (prompts/list answers method not found), "loop" (tools/list hands out the
// same cursor for ever).
func newTestServer(mode string, page int) *mcp.Server {
	srv := mcp.NewServer(&mcp.Implementation{Name: "capture-test", Version: "1.2.3"},
		&mcp.ServerOptions{PageSize: page, Instructions: "Use the tools wisely."})
	type in struct {
		Text string `json:"text" jsonschema:"what to echo"`
	}
	for i := range nTools {
		mcp.AddTool(srv, &mcp.Tool{Name: fmt.Sprintf("tool%d", i), Description: fmt.Sprintf("Tool number %d.", i)},
			func(context.Context, *mcp.CallToolRequest, in) (*mcp.CallToolResult, any, error) {
				panic("a capture must call no tool")
			})
	}
	if mode != "tools-only" {
		for i := range nPrompts {
			srv.AddPrompt(&mcp.Prompt{Name: fmt.Sprintf("prompt%d", i), Description: "A prompt."},
				func(context.Context, *mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
					panic("a capture must get no prompt")
				})
		}
		srv.AddResourceTemplate(&mcp.ResourceTemplate{Name: "file", URITemplate: "file:///{path}"},
			func(context.Context, *mcp.ReadResourceRequest) (*mcp.ReadResourceResult, error) {
				panic("a capture must read no resource")
			})
	}
	srv.AddReceivingMiddleware(func(next mcp.MethodHandler) mcp.MethodHandler {
		return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
			switch {
			case method == "tools/list" && mode == "loop":
				return &mcp.ListToolsResult{Tools: []*mcp.Tool{}, NextCursor: "again"}, nil
			case method == "tools/list":
				if err := askClient(ctx, req.GetSession().(*mcp.ServerSession)); err != nil {
					return nil, err
				}
			case method == "prompts/list" && mode == "fail-prompts":
				return nil, &sdkjsonrpc.Error{Code: -32601, Message: "Method not found"}
			}
			return next(ctx, method, req)
		}
	})
	return srv
}

// askClient checks that the client answers ping and refuses roots/list.
func askClient(ctx context.Context, ss *mcp.ServerSession) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := ss.Ping(ctx, nil); err != nil {
		return fmt.Errorf("the client did not answer ping: %w", err)
	}
	//lint:ignore SA1019 any request the client does not serve will do; roots needs no capability of it
	_, err := ss.ListRoots(ctx, nil)
	var we *sdkjsonrpc.Error
	if !errors.As(err, &we) || we.Code != -32601 {
		return fmt.Errorf("roots/list: got %v; want error -32601", err)
	}
	return nil
}
