package bench

import (
	"encoding/json"
	"testing"
)

func TestCallResult(t *testing.T) {
	tests := []struct {
		name string
		size int
	}{
		{"tiny", 10},
		{"small", 100},
		{"4KiB", 4096},
		{"256KiB", 262144},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := callResult(tt.size)
			if err != nil {
				t.Fatal(err)
			}
			var r struct {
				Content []struct {
					Type string `json:"type"`
					Text string `json:"text"`
				} `json:"content"`
				IsError bool `json:"isError"`
			}
			if err := json.Unmarshal(b, &r); err != nil {
				t.Fatalf("result is not JSON: %v: %s", err, snippet(b))
			}
			if len(r.Content) != 1 || r.Content[0].Type != "text" || r.IsError {
				t.Fatalf("got %+v; want one text block, no error", r)
			}
			min := len(`{"content":[{"type":"text","text":""}],"isError":false}`)
			if want := max(tt.size, min); len(b) != want {
				t.Errorf("got %d bytes; want %d", len(b), want)
			}
			if tt.size >= 4096 {
				distinct := map[byte]bool{}
				for _, c := range []byte(r.Content[0].Text) {
					distinct[c] = true
				}
				if len(distinct) < 30 {
					t.Errorf("got %d distinct bytes in the text; want realistic text", len(distinct))
				}
			}
		})
	}
}

func TestCallTemplate(t *testing.T) {
	for _, size := range []int{4096, 262144} {
		tmpl, err := newCallTemplate(size, 1024)
		if err != nil {
			t.Fatal(err)
		}
		b := tmpl.appendCall(nil, 1234)
		if len(b) < 900 || len(b) > 1024 {
			t.Errorf("size %d: got a %d-byte request; want about 1 KiB", size, len(b))
		}
		var req struct {
			ID     int64  `json:"id"`
			Method string `json:"method"`
			Params struct {
				Name      string `json:"name"`
				Arguments struct {
					Size int `json:"size"`
				} `json:"arguments"`
			} `json:"params"`
		}
		if err := json.Unmarshal(b, &req); err != nil {
			t.Fatalf("request is not JSON: %v", err)
		}
		if req.ID != 1234 || req.Method != "tools/call" || req.Params.Name != toolName || req.Params.Arguments.Size != size {
			t.Errorf("got %+v; want id 1234, tools/call %s with size %d", req, toolName, size)
		}
	}
}
