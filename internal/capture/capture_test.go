package capture

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mcpshield/mcpshield/internal/proxy"
)

// stdioServer returns a dialer for the test binary playing server mode,
// and the buffer that gets its stderr (read it only after Capture).
func stdioServer(t *testing.T, mode string, page int) (proxy.Dialer, *bytes.Buffer) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a child process")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := proxy.Command{
		Path: self,
		Env: []string{serverEnv + "=" + mode, fmt.Sprintf("%s=%d", pageEnv, page),
			// A race-enabled child would otherwise sleep a second at exit.
			"GORACE=" + strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0")},
		Stderr: &stderr,
	}
	return proxy.StdioDialer(cmd, 0, time.Second, nil), &stderr
}

// httpServer serves the test server over Streamable HTTP.
func httpServer(t *testing.T, mode string, page int) proxy.Dialer {
	t.Helper()
	srv := newTestServer(mode, page)
	ts := httptest.NewServer(mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return srv }, nil))
	t.Cleanup(ts.Close)
	return proxy.HTTPDialer(proxy.HTTPConnOptions{URL: ts.URL + "/mcp"})
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// names returns the "name" of every item.
func names(t *testing.T, items []json.RawMessage) []string {
	t.Helper()
	var out []string
	for _, it := range items {
		var v struct{ Name string }
		if err := json.Unmarshal(it, &v); err != nil {
			t.Fatalf("item %s: %v", it, err)
		}
		out = append(out, v.Name)
	}
	return out
}

func TestCapture(t *testing.T) {
	tests := []struct {
		name      string
		transport string
		mode      string
		page      int
		prompts   int
		templates int
	}{
		{"stdio", "stdio", "sdk", 0, nPrompts, nTemplates},
		{"stdio paginated", "stdio", "sdk", 2, nPrompts, nTemplates},
		{"stdio tools only", "stdio", "tools-only", 0, 0, 0},
		{"http", "http", "sdk", 0, nPrompts, nTemplates},
		{"http paginated", "http", "sdk", 1, nPrompts, nTemplates},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dial proxy.Dialer
			if tt.transport == "stdio" {
				dial, _ = stdioServer(t, tt.mode, tt.page)
			} else {
				dial = httpServer(t, tt.mode, tt.page)
			}
			snap, err := Capture(testContext(t), dial, Options{Version: "test"})
			if err != nil {
				t.Fatalf("Capture: %v", err)
			}
			if snap.ServerName != "capture-test" || snap.ServerVersion != "1.2.3" {
				t.Errorf("server = %q %q; want capture-test 1.2.3", snap.ServerName, snap.ServerVersion)
			}
			if snap.ProtocolVersion == "" || snap.Instructions != "Use the tools wisely." {
				t.Errorf("protocol %q, instructions %q", snap.ProtocolVersion, snap.Instructions)
			}
			want := "[tool0 tool1 tool2 tool3 tool4]"
			if got := fmt.Sprint(names(t, snap.Tools)); got != want {
				t.Errorf("tools = %s; want %s", got, want)
			}
			if got := len(snap.Prompts); got != tt.prompts {
				t.Errorf("%d prompts; want %d", got, tt.prompts)
			}
			if got := len(snap.ResourceTemplates); got != tt.templates {
				t.Errorf("%d resource templates; want %d", got, tt.templates)
			}
			if tt.templates > 0 && !strings.Contains(string(snap.ResourceTemplates[0]), `"uriTemplate":"file:///{path}"`) {
				t.Errorf("template = %s", snap.ResourceTemplates[0])
			}
			if !strings.Contains(string(snap.Tools[0]), `"inputSchema"`) {
				t.Errorf("tool0 = %s; want its inputSchema", snap.Tools[0])
			}
		})
	}
}

func TestCaptureErrors(t *testing.T) {
	tests := []struct {
		name    string
		mode    string
		page    int
		opts    Options
		timeout time.Duration
		want    string
	}{
		{"exits at once", "exit", 0, Options{}, 0, "initialize: the server closed the connection: upstream server"},
		{"never answers", "silent", 0, Options{}, 300 * time.Millisecond, "initialize: waiting for the answer: context deadline exceeded"},
		{"server error", "fail-prompts", 0, Options{}, 0, "prompts/list: server error -32601: "},
		{"too many pages", "sdk", 2, Options{MaxPages: 2}, 0, "tools/list: more than 2 pages"},
		{"too many items", "sdk", 2, Options{MaxItems: 4}, 0, "tools/list: more than 4 items"},
		{"cursor loop", "loop", 0, Options{}, 0, `tools/list: page 2: the server repeated the cursor "again"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dial, stderr := stdioServer(t, tt.mode, tt.page)
			ctx := testContext(t)
			if tt.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.timeout)
				defer cancel()
			}
			snap, err := Capture(ctx, dial, tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Capture = %v, %v; want error containing %q\nserver stderr: %s", snap, err, tt.want, stderr)
			}
			if tt.mode == "exit" && !strings.Contains(err.Error(), "exit status 3") {
				t.Errorf("error %q; want the exit status", err)
			}
		})
	}
}

func TestCaptureServerError(t *testing.T) {
	dial := httpServer(t, "fail-prompts", 0)
	_, err := Capture(testContext(t), dial, Options{})
	var se *ServerError
	if !errors.As(err, &se) || se.Code != -32601 {
		t.Fatalf("Capture = %v; want a *ServerError with code -32601", err)
	}
}

func TestCaptureDialError(t *testing.T) {
	dial := proxy.HTTPDialer(proxy.HTTPConnOptions{URL: "ftp://example.com"})
	_, err := Capture(testContext(t), dial, Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "connecting: ") {
		t.Fatalf("Capture = %v; want a connecting error", err)
	}
}
