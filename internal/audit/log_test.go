package audit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func openT(t *testing.T, path string, key []byte) *Log {
	t.Helper()
	l, err := Open(path, Options{Key: key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func verifyFile(t *testing.T, path string, key []byte) (Summary, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Verify(f, key)
}

// TestConcurrentWriters: two Logs on one file (as two processes would
// have) appending from many goroutines leave one intact chain.
func TestConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	key := []byte("k")
	logs := []*Log{openT(t, path, key), openT(t, path, key)}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				if err := logs[g%2].Append(&Record{Event: "call", Tool: fmt.Sprintf("t%d-%d", g, i)}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	s, err := verifyFile(t, path, key)
	if err != nil || s.Records != 400 || len(s.Cut) != 0 {
		t.Fatalf("Verify = %+v, %v; want 400 intact records", s, err)
	}
}

// TestTampering: each change to a written log is found, at the line after
// the change.
func TestTampering(t *testing.T) {
	key := []byte("secret")
	dir := t.TempDir()
	orig := filepath.Join(dir, "audit.jsonl")
	l := openT(t, orig, key)
	for i := range 5 {
		if err := l.Append(&Record{Event: "decision", Verdict: "deny", Reason: fmt.Sprintf("reason %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	data, err := os.ReadFile(orig)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	lines = lines[:len(lines)-1] // the empty string after the last newline
	join := func(ls ...string) string { return strings.Join(ls, "") }
	tests := []struct {
		name     string
		data     string
		key      []byte
		wantLine int // 0: intact
	}{
		{"intact", string(data), key, 0},
		{"edited reason", join(lines[0], lines[1], strings.Replace(lines[2], "reason 2", "reason X", 1), lines[3], lines[4]), key, 4},
		{"edited verdict", join(lines[0], strings.Replace(lines[1], "deny", "allow", 1), lines[2], lines[3], lines[4]), key, 3},
		{"line removed", join(lines[0], lines[1], lines[3], lines[4]), key, 3},
		{"first line removed", join(lines[1], lines[2], lines[3], lines[4]), key, 1},
		{"lines swapped", join(lines[0], lines[2], lines[1], lines[3], lines[4]), key, 2},
		{"line inserted", join(lines[0], lines[1], lines[1], lines[2], lines[3], lines[4]), key, 3},
		{"wrong key", string(data), []byte("guess"), 2},
		{"no key", string(data), nil, 2},
		{"garbage line", join(lines[0], "{oops\n", lines[2], lines[3], lines[4]), key, 3},
		{"not a record", join(lines[0], "{\"a\":1}\n", lines[2]), key, 2},
		{"tail removed (undetectable here)", join(lines[0], lines[1]), key, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Verify(strings.NewReader(tt.data), tt.key)
			var p *Problem
			switch {
			case tt.wantLine == 0 && err != nil:
				t.Fatalf("Verify: %v; want intact", err)
			case tt.wantLine == 0:
				if s.Records == 0 || s.Last == "" {
					t.Errorf("summary %+v", s)
				}
			case !errors.As(err, &p):
				t.Fatalf("Verify = %+v, %v; want a problem at line %d", s, err, tt.wantLine)
			case p.Line != tt.wantLine:
				t.Errorf("problem %v; want line %d", p, tt.wantLine)
			}
		})
	}
}

// TestCrashResume: a line cut short by a crash stays in the log; the next
// append ends it and chains from it, and Verify names it.
func TestCrashResume(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l := openT(t, path, nil)
	for range 3 {
		if err := l.Append(&Record{Event: "call"}); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()-10); err != nil { // the third line loses its end
		t.Fatal(err)
	}
	if s, err := verifyFile(t, path, nil); err != nil || len(s.Cut) != 1 || s.Cut[0] != 3 {
		t.Fatalf("after the crash: %+v, %v; want line 3 cut", s, err)
	}
	l = openT(t, path, nil)
	for range 2 {
		if err := l.Append(&Record{Event: "call"}); err != nil {
			t.Fatal(err)
		}
	}
	s, err := verifyFile(t, path, nil)
	if err != nil || s.Records != 5 || len(s.Cut) != 1 || s.Cut[0] != 3 {
		t.Fatalf("after resuming: %+v, %v; want 5 records, line 3 cut", s, err)
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("dear diary\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "not an audit log") {
		t.Fatalf("Open(a text file) = %v; want not an audit log", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "dear diary\n" {
		t.Errorf("the file was changed: %q", data)
	}
	long := filepath.Join(t.TempDir(), "blob")
	if err := os.WriteFile(long, bytes.Repeat([]byte("x"), MaxLine+10), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(long, Options{}); err == nil {
		t.Fatal("Open(a blob without newlines) succeeded")
	}
}

func TestLongTextIsCut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l := openT(t, path, nil)
	r := &Record{Event: "decision", Reason: strings.Repeat("é", maxText)}
	if err := l.Append(r); err != nil {
		t.Fatal(err)
	}
	if len(r.Reason) > maxText+len("…") || !utf8.ValidString(r.Reason) {
		t.Errorf("reason of %d bytes, valid UTF-8 %v", len(r.Reason), utf8.ValidString(r.Reason))
	}
	if _, err := verifyFile(t, path, nil); err != nil {
		t.Fatal(err)
	}
}

func FuzzVerify(f *testing.F) {
	f.Add([]byte(`{"seq":1,"prev":"","event":"call"}` + "\n"))
	f.Add([]byte("{oops\n{\"seq\":2,\"prev\":\"x\"}\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Verify(bytes.NewReader(data), nil)
		var p *Problem
		if err != nil && !errors.As(err, &p) {
			t.Fatalf("Verify returned a non-Problem error on in-memory input: %v", err)
		}
		if err == nil && s.Records > bytes.Count(data, []byte("\n"))+1 {
			t.Fatalf("%d records from %d lines", s.Records, bytes.Count(data, []byte("\n"))+1)
		}
	})
}
