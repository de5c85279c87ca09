package injection

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestExternal measures the detector on corpora outside the repository:
// set INJECTION_EXTERNAL to a directory with ext_benign.jsonl and
// ext_malicious.jsonl, one {"src": "...", "text": "..."} per line (for
// example BIPIA's training attacks inserted into its email and code
// contexts, and paragraphs of README files). It logs recall and the
// false-positive rate per source; it asserts nothing.
func TestExternal(t *testing.T) {
	dir := os.Getenv("INJECTION_EXTERNAL")
	if dir == "" {
		t.Skip("INJECTION_EXTERNAL not set")
	}
	verbose := os.Getenv("INJECTION_DEV_VERBOSE") != ""
	for _, f := range []struct {
		name      string
		malicious bool
	}{{"ext_benign.jsonl", false}, {"ext_malicious.jsonl", true}, {"ext_prompts_benign.jsonl", false}, {"ext_prompts_malicious.jsonl", true}} {
		fh, err := os.Open(filepath.Join(dir, f.name))
		if err != nil {
			continue
		}
		type tally struct{ n, hit, medium int }
		by := map[string]*tally{}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var c struct{ Src, Text string }
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatal(err)
			}
			d := retrieved()
			if len(c.Src) > 6 && c.Src[:6] == "prompt" {
				d = prompt()
			}
			fs := d.Scan(c.Text)
			tl := by[c.Src]
			if tl == nil {
				tl = &tally{}
				by[c.Src] = tl
			}
			tl.n++
			blocked := len(fs) > 0 && fs[0].Blocking()
			if blocked {
				tl.hit++
			} else if len(fs) > 0 {
				tl.medium++
			}
			if verbose && blocked != f.malicious {
				txt := c.Text
				if len(txt) > 300 {
					txt = txt[:300]
				}
				t.Logf("%s %s %v\n   %q", map[bool]string{true: "MISS", false: "FP"}[f.malicious], c.Src, fs, txt)
			}
		}
		fh.Close()
		var keys []string
		for k := range by {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		tot, hit, med := 0, 0, 0
		for _, k := range keys {
			tl := by[k]
			tot += tl.n
			hit += tl.hit
			med += tl.medium
			t.Logf("%s %-50s blocked %3d/%3d  medium %3d", f.name, k, tl.hit, tl.n, tl.medium)
		}
		t.Logf("%s TOTAL blocked %d/%d (%.3f) medium %d", f.name, hit, tot, float64(hit)/float64(max(tot, 1)), med)
	}
}
