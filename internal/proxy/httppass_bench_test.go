package proxy

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/guard"
)

// BenchmarkPassthrough compares the shield's HTTP passthrough with a bare
// httputil.ReverseProxy in one process: the same upstream, client and
// result sizes. Run with -cpuprofile to see where the shield spends.
func BenchmarkPassthrough(b *testing.B) {
	for _, size := range []int{4 << 10, 256 << 10} {
		text := strings.Repeat("The quick brown fox jumps over the lazy dog. ", size/45+1)[:size]
		result := []byte(`{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"` + text + `"}]}}`)
		up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			io.Copy(io.Discard, r.Body)
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", fmt.Sprint(len(result)))
			w.Write(result)
		}))
		u, _ := url.Parse(up.URL + "/mcp")
		chain := guard.NewChain(guard.Build(guard.Settings{MaxRequestBytes: 16 << 20, MaxResponseBytes: 16 << 20,
			MethodLists: []guard.MethodList{{Deny: []string{"sampling/createMessage"}}}}), guard.Options{})
		shield := NewPassProxy(PassOptions{URL: u, Chain: chain})
		rp := httputil.NewSingleHostReverseProxy(u)
		rp.Transport = NewUpstreamTransport()
		// Full duplex, as the bench's floor: without it Go's HTTP/1 server
		// may close a request body the proxy's transport still reads
		// (golang/go#15527) and cut the response short.
		floor := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_ = http.NewResponseController(w).EnableFullDuplex()
			rp.ServeHTTP(w, r)
		})
		req := []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"` + strings.Repeat("x", 900) + `"}}}`)
		for _, setup := range []struct {
			name string
			h    http.Handler
		}{{"floor", floor}, {"shield", shield}} {
			front := httptest.NewServer(setup.h)
			client := &http.Client{Transport: NewUpstreamTransport()}
			b.Run(fmt.Sprintf("%s/%dKiB", setup.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(req) + len(result)))
				b.ReportAllocs()
				for b.Loop() {
					hr, _ := http.NewRequest(http.MethodPost, front.URL+"/mcp", bytes.NewReader(req))
					hr.Header.Set("Content-Type", "application/json")
					hr.Header.Set("Accept", "application/json, text/event-stream")
					resp, err := client.Do(hr)
					if err != nil {
						b.Fatal(err)
					}
					n, _ := io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if n != int64(len(result)) {
						b.Fatalf("got %d bytes; want %d", n, len(result))
					}
				}
			})
			front.Close()
		}
		shield.Close()
		up.Close()
	}
}
