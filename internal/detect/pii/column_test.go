package pii

import (
	"fmt"
	"strings"
	"testing"
)

func TestCell(t *testing.T) {
	tests := []struct {
		line string
		d    byte
		k    int
		want string
	}{
		{"a,b,c", ',', 0, "a"},
		{"a,b,c", ',', 2, "c"},
		{"a,b,c", ',', 3, ""},
		{`"Reddy, V",phone`, ',', 1, "phone"},
		{"| name | phone |", '|', 2, " phone "},
	}
	for _, tt := range tests {
		if got := cell(tt.line, tt.d, tt.k); got != tt.want {
			t.Errorf("cell(%q, %q, %d) = %q, want %q", tt.line, tt.d, tt.k, got, tt.want)
		}
	}
}

// TestLongTable checks the header found for every row of long tables,
// read in one scan: a header named for phones and one named for orders,
// one after the other, so that the cached block must end where the
// second starts.
func TestLongTable(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,phone\n")
	for i := range 300 {
		fmt.Fprintf(&b, "person %c,030 2847%04d\n", 'a'+i%26, i)
	}
	b.WriteString("\nname,order\n")
	for i := range 300 {
		fmt.Fprintf(&b, "person %c,030 2847%04d\n", 'a'+i%26, i)
	}
	got := 0
	for _, f := range Scan(b.String()) {
		if f.Blocking() && f.Type == TypePhone {
			if f.Start > len(b.String())/2 {
				t.Fatalf("a phone reported in the orders table at %d", f.Start)
			}
			got++
		}
	}
	if got != 300 {
		t.Errorf("%d phones reported in the phones table, want 300", got)
	}
}
