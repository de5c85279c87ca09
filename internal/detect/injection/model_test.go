package injection

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect/injection/linear"
)

// TestModelSignal checks the linear model's signal on the texts of a
// committed blind set: it appears on some, lies within the text, and
// goes when "model.linear" is disabled.
func TestModelSignal(t *testing.T) {
	f, err := os.Open("../../../testdata/blind/injection-4.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	on, off := New(Options{}), New(Options{Disabled: []string{"model.linear"}})
	seen := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c struct {
			Kind  string          `json:"kind"`
			Input json.RawMessage `json:"input"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		var text string
		if c.Kind == "prompt" {
			_ = json.Unmarshal(c.Input, &text)
		} else {
			var r struct{ Content []struct{ Text string } }
			_ = json.Unmarshal(c.Input, &r)
			for _, b := range r.Content {
				text += b.Text
			}
		}
		for _, s := range on.Analyze(text).Signals {
			if s.Rule != "model.linear" {
				continue
			}
			seen++
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End || s.Weight != modelWeight {
				t.Errorf("model signal %+v on a text of %d bytes", s, len(text))
			}
		}
		for _, s := range off.Analyze(text).Signals {
			if s.Rule == "model.linear" {
				t.Errorf("model signal with the model disabled: %q", text)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if seen == 0 {
		t.Error("the model reported on none of the set")
	}
}

func TestModelThresholdFor(t *testing.T) {
	tests := []struct {
		n    int
		want float64
	}{
		{0, modelThreshold},
		{4096, modelThreshold},
		{4097, 0.99 * 2 / (0.99*2 + 0.01)}, // two windows: odds 198
		{6144, 0.99 * 2 / (0.99*2 + 0.01)},
		{6145, 0.99 * 3 / (0.99*3 + 0.01)},
		{256 << 10, 0.99 * 127 / (0.99*127 + 0.01)},
	}
	for _, tt := range tests {
		if got := modelThresholdFor(tt.n); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("modelThresholdFor(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

// TestModelLongBenign bounds how often long generated texts over the
// gateway benchmark's vocabulary (word salad dense with request and payment
// words) reach the model's threshold for their length: at most one of 60
// salads of 256 KiB and of 4 KiB. A salad window's hundreds of word pairs
// were never seen in training, and each adds whatever weight its hash
// bucket holds: at 2^18 buckets that noise carried 0 to 22 of 60 over the
// threshold, varying with the training data; at 2^20 the seventh model
// reaches it on none (linear/README.md).
func TestModelLongBenign(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	var sc linear.Scratch
	for _, n := range []int{256 << 10, 4 << 10} {
		var reached []uint64
		for seed := uint64(1); seed <= 60; seed++ {
			s := gatewayText(seed, n)
			if p := m.Score(s, &sc); p >= modelThresholdFor(len(s)) {
				reached = append(reached, seed)
			}
		}
		if len(reached) > 1 {
			t.Errorf("%d of 60 salads of %d bytes reach the threshold (seeds %v); want at most 1", len(reached), n, reached)
		}
	}
}
