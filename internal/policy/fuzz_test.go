package policy

import (
	"context"
	"strings"
	"testing"
	"time"
)

// FuzzCompile compiles arbitrary expressions: Compile must never panic, and
// whatever compiles must evaluate, under a small cost limit, without
// panicking either.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{
		`tool == "x"`,
		`has(arguments.path) && pathWithin(arguments.path, "/srv")`,
		`arguments.?mode.orValue("") == "force"`,
		`hostMatches(urlHost(arguments.url), ["*.example.com"])`,
		`arguments.exists(k, type(arguments[k]) == string && isEmail(arguments[k]))`,
		`arguments.xs.all(x, arguments.xs.all(y, x == y))`,
		`now.getHours() > 3 && client.name.lowerAscii() == "a"`,
		`"a".matches("(")`,
		`[1,2,3].map(x, x * 2).size() == 3`,
		`annotations.readOnlyHint`,
		`tool ==`,
		strings.Repeat("(", 300) + "true" + strings.Repeat(")", 300),
	} {
		f.Add(s)
	}
	in := &Input{
		Server: "fs", Tool: "write_file", Method: "tools/call",
		Arguments: map[string]any{
			"path": "/srv/a", "url": "https://a.example.com", "mode": "force",
			"xs": []any{1.0, "two", nil, map[string]any{"k": true}},
		},
		Annotations: map[string]any{"readOnlyHint": true},
		ClientName:  "A",
		Now:         time.Unix(1700000000, 0),
	}
	f.Fuzz(func(t *testing.T, expr string) {
		p, err := Compile([]Rule{{Name: "fuzz", When: expr, Action: Deny}}, Options{CostLimit: 10_000})
		if err != nil {
			if p != nil {
				t.Fatalf("Compile(%q) returned a policy and an error", expr)
			}
			return
		}
		res, err := p.Eval(context.Background(), in)
		if err == nil && res.Action != Allow && res.Action != Deny {
			t.Fatalf("Eval(%q) = %+v; want allow or deny", expr, res)
		}
	})
}

// FuzzPathWithin checks pathWithin against its definition: a path within
// dir, cleaned, is dir or starts with dir and a slash.
func FuzzPathWithin(f *testing.F) {
	f.Add("/srv/data/a", "/srv/data")
	f.Add("/srv/data/../etc", "/srv/data")
	f.Add("/srv/database", "/srv/data/")
	f.Fuzz(func(t *testing.T, p, dir string) {
		if !pathWithin(p, dir) {
			return
		}
		if strings.Contains(p, "\\") || !strings.HasPrefix(p, "/") {
			t.Fatalf("pathWithin(%q, %q) = true for an odd path", p, dir)
		}
		if !pathWithin(p, "/") {
			t.Fatalf("pathWithin(%q, /) = false", p)
		}
		// Anything within dir is within dir's parent too.
		if parent := dir + "/.."; !pathWithin(p, parent) {
			t.Fatalf("pathWithin(%q, %q) = true but not within %q", p, dir, parent)
		}
	})
}
