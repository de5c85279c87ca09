package evaltest

import (
	"strings"
	"testing"

	"github.com/mcpshield/mcpshield/internal/detect"
	"github.com/mcpshield/mcpshield/internal/eval"
)

func marker(mark string) func(string) []detect.Finding {
	return func(s string) []detect.Finding {
		if strings.Contains(s, mark) {
			return []detect.Finding{{Type: "secret:generic", Severity: detect.High, Rule: "marker"}}
		}
		return nil
	}
}

func TestCheck(t *testing.T) {
	cases := Load(t, Select([]string{eval.KindToolArguments, eval.KindToolDefinition}, nil), "../testdata")
	if len(cases) != 2 {
		t.Fatalf("selected %d cases; want 2", len(cases))
	}
	r := Check(t, cases, eval.Scanners{
		Arguments:  marker("SECRET"),
		Definition: EachToolText(t, marker("adds")),
	}, Floors{Recall: 1, PerKind: true})
	if r.Overall.TP != 2 || r.Overall.Malicious != 2 {
		t.Errorf("overall %+v; want 2 of 2 flagged", r.Overall)
	}
}

func TestSelect(t *testing.T) {
	c := &eval.Case{Kind: eval.KindPrompt, Category: "benign"}
	tests := []struct {
		name              string
		kinds, categories []string
		want              bool
	}{
		{"any", nil, nil, true},
		{"kind", []string{eval.KindPrompt}, nil, true},
		{"other kind", []string{eval.KindToolResult}, nil, false},
		{"category", nil, []string{"secret", "benign"}, true},
		{"other category", []string{eval.KindPrompt}, []string{"secret"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Select(tt.kinds, tt.categories)(c); got != tt.want {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
}
