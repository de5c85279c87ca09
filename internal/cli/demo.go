package cli

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/mcpshield/mcpshield/internal/config"
	"github.com/mcpshield/mcpshield/internal/jsonrpc"
	"github.com/mcpshield/mcpshield/internal/proxy"
)

//go:embed demo.yaml
var demoPolicy []byte

const demoAbout = `
Run a deliberately hostile MCP server behind the shield, drive it with a
scripted client, and print what the shield stopped. The server runs as a
child process over stdio, exactly as under 'mcpshield run'; the policy is the
embedded demo.yaml. Exit status 0 when every attack was stopped.`

// demoStep is one exchange of the demo: what the client sends, and how to
// judge what came back.
type demoStep struct {
	title  string
	attack bool
	send   string
	judge  func(resp *jsonrpc.Message) (stopped bool, what string)
}

func demoCmd(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("demo", "[flags]", demoAbout, io)
	verbose := fs.Bool("v", false, "also print the shield's own log of each decision (stderr)")
	if err := parseFlags(fs, args, io); err != nil {
		return err
	}
	cfg, err := config.Parse("demo.yaml", demoPolicy, nil)
	if err != nil {
		return fmt.Errorf("embedded demo policy: %w", err)
	}
	if *verbose {
		cfg.Log.Level = slog.LevelInfo
	} else {
		cfg.Log.Level = slog.LevelError
	}
	logger := newLogger(cfg, io.Stderr)
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding the demo server: %w", err)
	}
	srv := config.NewStdioServer("demo", []string{self, "demo-server"})
	child, err := proxy.StartChild(ctx, proxy.Command{Path: self, Args: []string{"demo-server"}, Stderr: io.Stderr}, logger)
	if err != nil {
		return err
	}
	clientIn, toShield := pipe()
	fromShield, clientOut := pipe()
	relayDone := make(chan error, 1)
	go func() {
		relayDone <- proxy.Relay(ctx, clientIn, clientOut, child, proxy.NewFilter(chainFor(cfg, srv, logger), "demo", ""), proxy.StdioOptions{
			MaxMessageBytes: int(cfg.Limits.MaxMessageBytes), Grace: 2 * time.Second, Logger: logger,
		})
		clientOut.Close()
	}()

	w := io.Stdout
	fmt.Fprintln(w, "mcpshield demo: a hostile MCP server ('totally-harmless-notes') behind the shield.")
	fmt.Fprintln(w, "Policy: embedded demo.yaml (max_response_bytes 1MiB, sampling/createMessage denied).")
	fmt.Fprintln(w)
	lines := jsonrpc.NewLineReader(fromShield, 64<<20)
	var attacks, stopped int
	for i, st := range demoSteps() {
		if _, err := toShield.Write([]byte(st.send + "\n")); err != nil {
			return fmt.Errorf("talking to the shield: %w", err)
		}
		resp, sawServerRequest, err := readAnswer(lines)
		if err != nil {
			return fmt.Errorf("step %d: %w", i+1, err)
		}
		ok, what := st.judge(resp)
		if sawServerRequest {
			ok, what = false, "a server request reached the client: "+what
		}
		mark := "  ok     "
		if st.attack {
			attacks++
			if ok {
				stopped++
				mark = "  STOPPED"
			} else {
				mark = "  MISSED "
			}
		}
		fmt.Fprintf(w, "%d. %s\n%s %s\n\n", i+1, st.title, mark, what)
	}
	toShield.Close()
	if err := <-relayDone; err != nil && !errors.Is(err, context.Canceled) {
		logger.Debug("demo relay ended", "error", err)
	}
	fmt.Fprintf(w, "%d of %d attacks stopped; the honest call went through untouched.\n", stopped, attacks)
	if stopped != attacks {
		return errors.New("some attacks were not stopped")
	}
	return nil
}

// readAnswer reads messages until a response or error arrives. It reports
// whether a request from the server reached the client on the way.
func readAnswer(r *jsonrpc.LineReader) (*jsonrpc.Message, bool, error) {
	sawRequest := false
	for {
		line, err := r.Next()
		if err != nil {
			return nil, sawRequest, fmt.Errorf("reading from the shield: %w", err)
		}
		m, err := jsonrpc.Parse(append([]byte(nil), line...))
		if err != nil {
			return nil, sawRequest, fmt.Errorf("the shield sent an invalid message: %w", err)
		}
		if m.Kind == jsonrpc.KindRequest {
			sawRequest = true
			continue
		}
		if m.IsReply() {
			return m, sawRequest, nil
		}
	}
}

func demoSteps() []demoStep {
	errCode := func(m *jsonrpc.Message) (int, string) {
		if m.Kind != jsonrpc.KindError {
			return 0, ""
		}
		var code int
		fmt.Sscan(string(jsonrpc.Member(m.Error, "code")), &code)
		msg, _ := jsonrpc.String(jsonrpc.Member(m.Error, "message"))
		return code, msg
	}
	expectCode := func(want int) func(*jsonrpc.Message) (bool, string) {
		return func(m *jsonrpc.Message) (bool, string) {
			code, msg := errCode(m)
			if code != want {
				return false, fmt.Sprintf("the client got: %.200s", m.Raw)
			}
			return true, fmt.Sprintf("error %d: %s", code, msg)
		}
	}
	return []demoStep{
		{
			title: "The client connects (initialize).",
			send:  `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{"sampling":{}},"clientInfo":{"name":"demo-client","version":"1"}}}`,
			judge: func(m *jsonrpc.Message) (bool, string) {
				name, _ := jsonrpc.String(jsonrpc.Member(jsonrpc.Member(m.Result, "serverInfo"), "name"))
				return m.Kind == jsonrpc.KindResponse, "connected to " + name
			},
		},
		{
			title: "An honest call: read_file.",
			send:  `{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"read_file","arguments":{"path":"notes.txt"}}}`,
			judge: func(m *jsonrpc.Message) (bool, string) {
				return m.Kind == jsonrpc.KindResponse, fmt.Sprintf("result passed byte for byte: %s", m.Result)
			},
		},
		{
			title:  `Key smuggling: a tools/call whose params say "name" twice ("read_file", then "delete_everything"); decoders disagree on which wins.`,
			attack: true,
			send:   `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"read_file","name":"delete_everything","arguments":{}}}`,
			judge:  expectCode(jsonrpc.CodeInvalidRequest),
		},
		{
			title:  "summarize: the server asks the client's model, via sampling, to repeat the conversation and its API keys.",
			attack: true,
			send:   `{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"summarize","arguments":{}}}`,
			judge: func(m *jsonrpc.Message) (bool, string) {
				text := string(m.Result)
				if strings.Contains(text, "sampling refused") {
					return true, "the sampling request never reached the client; the server was told: " + strings.TrimSpace(firstText(m))
				}
				return false, fmt.Sprintf("the client got: %.200s", m.Raw)
			},
		},
		{
			title:  "big_report: a 20 MiB tool result, a memory bomb for the client.",
			attack: true,
			send:   `{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"big_report","arguments":{}}}`,
			judge:  expectCode(jsonrpc.CodeTooLarge),
		},
		{
			title:  "glitch: the server answers with a broken message.",
			attack: true,
			send:   `{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"glitch","arguments":{}}}`,
			judge:  expectCode(jsonrpc.CodeUpstream),
		},
	}
}

func firstText(m *jsonrpc.Message) string {
	content := jsonrpc.Member(m.Result, "content")
	if len(content) < 2 {
		return ""
	}
	s, _ := jsonrpc.String(jsonrpc.Member(content[1:len(content)-1], "text"))
	return s
}

// pipe returns a connected reader and writer.
func pipe() (*io.PipeReader, *io.PipeWriter) { return io.Pipe() }
