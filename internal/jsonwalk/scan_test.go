package jsonwalk

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// visits returns "path=string" for each string Scan reports in doc.
func visits(t *testing.T, doc string) []string {
	t.Helper()
	var got []string
	err := Scan([]byte(doc), func(p Path, s string) bool {
		got = append(got, p.String()+"="+s)
		return true
	})
	if err != nil {
		t.Fatalf("Scan(%q): %v", doc, err)
	}
	return got
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"top-level string", `"hi"`, []string{"=hi"}},
		{"no strings", ` [1, -2.5e+3, true, false, null, {}, []] `, nil},
		{"keys are not values", `{"a":1,"b":{"c":null}}`, nil},
		{"object", `{"a":"x","b":"y"}`, []string{"/a=x", "/b=y"}},
		{"array", `["x",1,"y"]`, []string{"/0=x", "/2=y"}},
		{
			"tool result",
			`{"content":[{"type":"text","text":"hello"}],"structuredContent":{"rows":[{"n":"a"}]}}`,
			[]string{"/content/0/type=text", "/content/0/text=hello", "/structuredContent/rows/0/n=a"},
		},
		{"escapes", `["a\"b\\c\/d\b\f\n\r\t"]`, []string{"/0=a\"b\\c/d\b\f\n\r\t"}},
		{"unicode escapes", `["\u00e9\u4e2d\uD83D\uDE00"]`, []string{"/0=é中😀"}},
		{"lone high surrogate", `["\ud800x"]`, []string{"/0=\ufffdx"}},
		{"lone low surrogate", `["\udc00"]`, []string{"/0=\ufffd"}},
		{"high then not low", `["\ud800\u0041"]`, []string{"/0=\ufffdA"}},
		{"two highs", `["\ud800\ud800\udc00"]`, []string{"/0=\ufffd𐀀"}},
		{"raw non-UTF-8 passes as is", "[\"a\xffb\"]", []string{"/0=a\xffb"}},
		{"escaped keys in path", `{"a\/b":{"c~d":"x"},"\u0065":"y"}`, []string{"/a~1b/c~0d=x", "/e=y"}},
		{"empty key", `{"":"x"}`, []string{"/=x"}},
		{"whitespace everywhere", " \t\r\n{ \"a\" : [ \"x\" , \"y\" ] } \n", []string{"/a/0=x", "/a/1=y"}},
		{"long plain string", `["` + strings.Repeat("abcdefgh", 100) + `"]`, []string{"/0=" + strings.Repeat("abcdefgh", 100)}},
		{"escape after a long run", `["` + strings.Repeat("x", 37) + `\n"]`, []string{"/0=" + strings.Repeat("x", 37) + "\n"}},
		{"nested arrays", `[[["x"]],["y"]]`, []string{"/0/0/0=x", "/1/0=y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := visits(t, tt.doc); !slices.Equal(got, tt.want) {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func TestScanStop(t *testing.T) {
	var got []string
	// The document is invalid after the stop: a stopped walk does not look.
	err := Scan([]byte(`["a","b","c" junk`), func(_ Path, s string) bool {
		got = append(got, s)
		return s != "b"
	})
	if err != nil {
		t.Fatalf("got error %v; want nil", err)
	}
	if want := []string{"a", "b"}; !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
}

func TestInvalid(t *testing.T) {
	tests := []struct {
		name   string
		doc    string
		offset int
	}{
		{"empty", ``, 0},
		{"space only", `  `, 2},
		{"bare word", `hello`, 0},
		{"trailing data", `{} {}`, 3},
		{"trailing comma in object", `{"a":1,}`, 7},
		{"trailing comma in array", `[1,]`, 3},
		{"unterminated string", `["abc`, 1},
		{"unterminated long string", `["` + strings.Repeat("a", 40), 1},
		{"unterminated after escape", `["ab\`, 1},
		{"bad escape", `["a\x"]`, 3},
		{"short \\u", `["\u12"]`, 2},
		{"bad hex", `["\u12g4"]`, 2},
		{"control character", "[\"a\tb\"]", 3},
		{"control in a long string", "[\"" + strings.Repeat("a", 20) + "\x01\"]", 22},
		{"single quotes", `['a']`, 1},
		{"missing colon", `{"a" 1}`, 5},
		{"missing value", `{"a":}`, 5},
		{"number key", `{1:2}`, 1},
		{"leading zero", `[01]`, 2},
		{"lone minus", `[-]`, 1},
		{"bare dot", `[1.]`, 1},
		{"bad exponent", `[1e]`, 1},
		{"plus sign", `[+1]`, 1},
		{"bad literal", `[tru]`, 1},
		{"unterminated array", `[1,2`, 4},
		{"unterminated object", `{"a":1`, 6},
		{"mismatched close", `[1}`, 2},
		{"missing comma", `["a" "b"]`, 5},
		{"NaN", `[NaN]`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Scan([]byte(tt.doc), func(Path, string) bool { return true })
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrSyntax) {
				t.Fatalf("Scan(%q): got %v; want an *Error wrapping ErrSyntax", tt.doc, err)
			}
			if e.Offset != tt.offset {
				t.Errorf("Scan(%q): got offset %d (%v); want %d", tt.doc, e.Offset, err, tt.offset)
			}
			out, changed, err := Strings([]byte(tt.doc), upper)
			if !errors.Is(err, ErrSyntax) || out != nil || changed {
				t.Errorf("Strings(%q) = %q, %v, %v; want nil, false, ErrSyntax", tt.doc, out, changed, err)
			}
		})
	}
}

func TestDepth(t *testing.T) {
	nest := func(n int, open, inner, close string) []byte {
		return []byte(strings.Repeat(open, n) + inner + strings.Repeat(close, n))
	}
	tests := []struct {
		name    string
		doc     []byte
		wantErr error
	}{
		{"512 arrays", nest(512, "[", `"x"`, "]"), nil},
		{"513 arrays", nest(513, "[", `"x"`, "]"), ErrTooDeep},
		{"512 objects", nest(512, `{"a":`, `"x"`, "}"), nil},
		{"513 objects", nest(513, `{"a":`, `"x"`, "}"), ErrTooDeep},
		{"100000 arrays", nest(100000, "[", "", "]"), ErrTooDeep},
		{"deep but sequential", []byte("[" + strings.Repeat(`[[["x"]]],`, 1000) + "1]"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n, depth int
			err := Scan(tt.doc, func(p Path, _ string) bool {
				n++
				depth = max(depth, p.Len())
				return true
			})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("got error %v; want %v", err, tt.wantErr)
			}
			if tt.wantErr == nil && n == 0 {
				t.Errorf("got no visits; want some")
			}
			if depth > maxDepth {
				t.Errorf("got a path of %d steps; want at most %d", depth, maxDepth)
			}
		})
	}
}

// TestScanStringsOutlive checks that strings visit keeps stay valid.
func TestScanStringsOutlive(t *testing.T) {
	doc := []byte(`["abc","d\ne"]`)
	var kept []string
	if err := Scan(doc, func(_ Path, s string) bool { kept = append(kept, s); return true }); err != nil {
		t.Fatal(err)
	}
	for i := range doc {
		doc[i] = 'X'
	}
	if want := []string{"abc", "d\ne"}; !slices.Equal(kept, want) {
		t.Errorf("got %q after changing doc; want %q", kept, want)
	}
}

// TestScanAllocs holds Scan to its allocation budget: the walker and the
// copy of the document, plus one per string that holds escapes.
func TestScanAllocs(t *testing.T) {
	tests := []struct {
		name string
		doc  []byte
		want float64
	}{
		{"plain strings", toolResult(4<<10, false), 2},
		// 80 levels: the path outgrows its first 16 steps three times.
		{"deep", []byte(strings.Repeat(`{"a":[`, 40) + `"x"` + strings.Repeat("]}", 40)), 5},
		{"escaped strings", []byte(`["a\nb","c\"d",{"e\/f":"g"}]`), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := testing.AllocsPerRun(20, func() {
				if err := Scan(tt.doc, func(Path, string) bool { return true }); err != nil {
					t.Fatal(err)
				}
			})
			if got > tt.want {
				t.Errorf("got %v allocations; want at most %v", got, tt.want)
			}
		})
	}
}
