package poisoning

import "testing"

func TestAssignsValue(t *testing.T) {
	for _, tc := range []struct {
		chunk string
		want  bool
	}{
		{"profile='prod-admin'.", true},
		{"region=eu-west-1,", true},
		{`(bcc="audit")`, true},
		{"retries=3", true},
		{"a=b=c", false},
		{"=value", false},
		{"key=", false},
		{"x==y", false},
		{"https://a.test/?q=1", false},
		{"2+2=4", false},
	} {
		if got := assignsValue(tc.chunk); got != tc.want {
			t.Errorf("assignsValue(%q) = %v, want %v", tc.chunk, got, tc.want)
		}
	}
}
