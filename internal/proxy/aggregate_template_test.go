package proxy

import (
	"strings"
	"testing"
)

func TestAggCompileTemplate(t *testing.T) {
	for _, tt := range []struct {
		tmpl     string
		match    []string
		mismatch []string
	}{
		{"file:///{path}", []string{"file:///a", "file:///"}, []string{"file:///a/b", "file://x"}},
		{"file:///{+path}", []string{"file:///a/b/c"}, []string{"http:///a"}},
		{"db://{table}/{id}", []string{"db://users/1"}, []string{"db://users", "db://users/1/2"}},
		{"api://x{/seg*}", []string{"api://x", "api://x/a/b"}, []string{"api://xa"}},
		{"api://x{?q,n}", []string{"api://x", "api://x?q=1&n=2"}, []string{"api://x/y"}},
		{"a.b{.ext}", []string{"a.b", "a.b.txt"}, []string{"aXb"}},
		{"s://{x}{#f}", []string{"s://v#frag", "s://v"}, []string{"s://v/w"}},
	} {
		re, err := aggCompileTemplate(tt.tmpl)
		if err != nil {
			t.Errorf("%s: %v", tt.tmpl, err)
			continue
		}
		for _, u := range tt.match {
			if !re.MatchString(u) {
				t.Errorf("%s does not match %s", tt.tmpl, u)
			}
		}
		for _, u := range tt.mismatch {
			if re.MatchString(u) {
				t.Errorf("%s matches %s", tt.tmpl, u)
			}
		}
	}
	for _, bad := range []string{"a{", "a}", "a{}", "{a{b}}", strings.Repeat("x", aggMaxTemplate+1)} {
		if _, err := aggCompileTemplate(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// expandSimply expands each expression of t with the value "v".
func expandSimply(t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		j := strings.IndexByte(t[i:], '}')
		switch op := t[i+1]; op {
		case '/', '.', ';', '?', '&', '#':
			b.WriteByte(op)
		}
		b.WriteString("v")
		t = t[i+j+1:]
	}
}

func FuzzAggCompileTemplate(f *testing.F) {
	for _, s := range []string{"file:///{path}", "db://{t}/{+rest}{?q}", "a.b{.x}{#f}", "{", "x}y", "{/a,b}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tmpl string) {
		re, err := aggCompileTemplate(tmpl)
		if err != nil {
			return
		}
		if u := expandSimply(tmpl); !re.MatchString(u) {
			t.Fatalf("%q does not match its expansion %q (%s)", tmpl, u, re)
		}
	})
}
