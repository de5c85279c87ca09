package poisoning

import (
	"encoding/json"
	"testing"
)

// FuzzScanTool checks that ScanTool never panics on any definition and that
// its spans stay inside the field they name.
func FuzzScanTool(f *testing.F) {
	for _, r := range rules {
		for _, s := range append(r.tp, r.fp...) {
			f.Add("tool", s, `{"type":"object","properties":{"x":{"type":"string","description":"`+s+`"}}}`)
		}
	}
	f.Add("r\u0435ad_file", "Reads.\x1b[8mx", `{"type":"object","properties":{"a":{"enum":["QmFzZTY0IHBheWxvYWQgaGVyZQ=="]}}}`)
	f.Fuzz(func(t *testing.T, name, desc, schema string) {
		tool := Tool{Name: name, Description: desc, InputSchema: json.RawMessage(schema)}
		fields := map[string]string{}
		for _, fl := range toolFields(tool) {
			fields[fl.path] = fl.text
		}
		for _, l := range ScanToolLocated(tool) {
			text, ok := fields[l.Field]
			if !ok {
				t.Fatalf("finding about unknown field %q", l.Field)
			}
			if l.Start < 0 || l.End > len(text) || l.Start > l.End {
				t.Fatalf("span %d-%d outside %q (%d bytes): %v", l.Start, l.End, l.Field, len(text), l)
			}
		}
		Scan(desc)
	})
}
