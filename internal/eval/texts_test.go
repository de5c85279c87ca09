package eval

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestTexts(t *testing.T) {
	tests := []struct {
		name, kind, input string
		want              []string
	}{
		{"prompt", KindPrompt, `"hello"`, []string{"hello"}},
		{"result", KindToolResult,
			`{"content":[{"type":"text","text":"a"},{"type":"resource","resource":{"uri":"u","text":"b"}},{"type":"image"}],"structuredContent":{"y":"d","x":["c",1]}}`,
			[]string{"a", "b", "c", "d"}},
		{"arguments with keys", KindToolArguments, `{"name":"t","arguments":{"b":{"k":"v"},"a":["x",""]}}`,
			[]string{"a", "x", "b", "k", "v"}},
		{"definition", KindToolDefinition,
			`{"name":"n","title":"T","description":"d","annotations":{"title":"not scanned"},
			  "inputSchema":{"type":"object","description":"sd","required":["p"],
			    "properties":{"q":{"type":"array","items":{"type":"string","enum":["e1","e2"]}},
			                  "p":{"type":"string","title":"pt","default":"pd","examples":[{"x":"ex"}],"const":"c"}},
			    "$defs":{"description":{"description":"dd"}}}}`,
			[]string{"n", "T", "d", "dd", "sd", "p", "c", "pd", "ex", "pt", "q", "e1", "e2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Texts(&Case{Kind: tt.kind, Input: json.RawMessage(tt.input)})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func TestTextsErrors(t *testing.T) {
	tests := []struct{ kind, input string }{
		{KindPrompt, `{"text":"x"}`},
		{KindToolResult, `"x"`},
		{KindToolArguments, `[1]`},
		{KindToolDefinition, `"x"`},
		{"other", `"x"`},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			if got, err := Texts(&Case{Kind: tt.kind, Input: json.RawMessage(tt.input)}); err == nil {
				t.Errorf("got %q, no error; want an error", got)
			}
		})
	}
}
