package audit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func continueFile(t *testing.T, path string, key []byte, before Summary) (Summary, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Continue(f, key, before)
}

func appendN(t *testing.T, l *Log, n int) {
	t.Helper()
	for range n {
		if err := l.Append(&Record{Event: "call", Tool: "t"}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReopenAfterRename: a log renamed away and reopened goes on in a new
// file at the path, and the two files verify as one chain, in order only.
func TestReopenAfterRename(t *testing.T) {
	dir := t.TempDir()
	path, old := filepath.Join(dir, "audit.jsonl"), filepath.Join(dir, "audit.jsonl.1")
	key := []byte("k")
	a, b := openT(t, path, key), openT(t, path, key) // two processes
	appendN(t, a, 3)
	appendN(t, b, 2)
	if err := os.Rename(path, old); err != nil {
		t.Fatal(err)
	}
	appendN(t, a, 1) // before the signal: still the old file
	if err := a.Reopen(); err != nil {
		t.Fatal(err)
	}
	appendN(t, a, 2)
	if err := b.Reopen(); err != nil { // the new file is not empty now: b reads its tail
		t.Fatal(err)
	}
	appendN(t, b, 2)

	s1, err := continueFile(t, old, key, Summary{})
	if err != nil || s1.Records != 6 || s1.Seq != 6 {
		t.Fatalf("old file: %+v, %v; want 6 intact records", s1, err)
	}
	s2, err := continueFile(t, path, key, s1)
	if err != nil || s2.Records != 4 || s2.Seq != 10 {
		t.Fatalf("new file after the old: %+v, %v; want 4 records ending at seq 10", s2, err)
	}
	// alone, the new file's first line continues a chain it cannot see
	var p *Problem
	if _, err := verifyFile(t, path, key); !errors.As(err, &p) || p.Line != 1 || !strings.Contains(p.Msg, "rotated") {
		t.Fatalf("new file alone: %v; want line 1 naming rotation", err)
	}
	// with only the kept chain value, the link is still checked
	if _, err := continueFile(t, path, key, Summary{Last: s1.Last}); err != nil {
		t.Fatalf("new file after the kept value: %v", err)
	}
	// out of order, or with a file between them missing
	if _, err := continueFile(t, old, key, s2); !errors.As(err, &p) || p.Line != 1 {
		t.Fatalf("files out of order: %v; want a problem at line 1", err)
	}
	short := s1
	short.Seq--
	if _, err := continueFile(t, path, key, short); !errors.As(err, &p) || p.Line != 1 || !strings.Contains(p.Msg, "sequence") {
		t.Fatalf("wrong sequence before the file: %v", err)
	}
}

// TestReopenSameFile: a reopen with no rotation goes on in the same file.
func TestReopenSameFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l := openT(t, path, nil)
	appendN(t, l, 2)
	if err := l.Reopen(); err != nil {
		t.Fatal(err)
	}
	appendN(t, l, 2)
	if s, err := verifyFile(t, path, nil); err != nil || s.Records != 4 {
		t.Fatalf("Verify = %+v, %v; want 4 intact records", s, err)
	}
}

// TestReopenRefusesForeignFile: when the path now names some other file,
// the log keeps appending to the one it had.
func TestReopenRefusesForeignFile(t *testing.T) {
	dir := t.TempDir()
	path, old := filepath.Join(dir, "audit.jsonl"), filepath.Join(dir, "audit.jsonl.1")
	l := openT(t, path, nil)
	appendN(t, l, 2)
	if err := os.Rename(path, old); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("not a log\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := l.Reopen(); err == nil {
		t.Fatal("Reopen onto a foreign file succeeded")
	}
	appendN(t, l, 1)
	if s, err := verifyFile(t, old, nil); err != nil || s.Records != 3 {
		t.Fatalf("old file: %+v, %v; want 3 intact records", s, err)
	}
	if b, _ := os.ReadFile(path); string(b) != "not a log\n" {
		t.Fatalf("the foreign file was written: %q", b)
	}
}

// TestSyncEach: with Options.Sync the appends (each followed by a flush,
// which a test cannot observe) still make one intact chain.
func TestSyncEach(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	l, err := Open(path, Options{Key: []byte("k"), Sync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	appendN(t, l, 3)
	if s, err := verifyFile(t, path, []byte("k")); err != nil || s.Records != 3 {
		t.Fatalf("Verify = %+v, %v; want 3 intact records", s, err)
	}
}
