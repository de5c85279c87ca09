package audit

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"sync"
	"time"
)

// MaxLine bounds one line of the log; a record's free text is cut to fit
// well inside it.
const MaxLine = 64 << 10

// maxText bounds each free-text field of a record.
const maxText = 4 << 10

// Record is one entry: who did what, and what the shield decided.
type Record struct {
	Time      time.Time `json:"time"`
	Event     string    `json:"event"`               // "decision", "call", "auth"
	Server    string    `json:"server,omitempty"`    // the configured upstream
	Principal string    `json:"principal,omitempty"` // who the client is
	Client    string    `json:"client,omitempty"`    // clientInfo name and version
	Session   string    `json:"session,omitempty"`
	Dir       string    `json:"dir,omitempty"`    // to_server or to_client
	Kind      string    `json:"kind,omitempty"`   // the message's typed kind
	Method    string    `json:"method,omitempty"` // JSON-RPC method
	Tool      string    `json:"tool,omitempty"`
	Check     string    `json:"check,omitempty"`   // the check that decided
	Verdict   string    `json:"verdict,omitempty"` // allow, report, modify, deny
	Enforced  *bool     `json:"enforced,omitempty"`
	Code      int       `json:"code,omitempty"` // the JSON-RPC error code of a deny
	Reason    string    `json:"reason,omitempty"`
	Error     string    `json:"error,omitempty"`  // a check that failed
	Remote    string    `json:"remote,omitempty"` // the network address (auth)
}

// line is a record as written, with its place in the chain.
type line struct {
	Seq  uint64 `json:"seq"`
	Prev string `json:"prev"`
	*Record
}

// Log appends records to a file. It is safe for concurrent use, also by
// several processes appending to the same file.
type Log struct {
	mu   sync.Mutex
	f    *os.File
	path string
	key  []byte
	// syncEach flushes every record to stable storage (Options.Sync).
	syncEach bool
	// What this Log last wrote: the file's size after it, the chain value
	// and sequence number of its line. Another process's append changes
	// the size, and then the tail is read again.
	end     int64
	prev    string
	seq     uint64
	partial bool // the file's last line has no newline
	buf     bytes.Buffer
}

// Options are a Log's settings.
type Options struct {
	// Key, if not empty, makes the chain values HMACs under it.
	Key []byte
	// Sync flushes each record to stable storage before Append returns,
	// so a record survives a power loss, at the cost of a disk flush per
	// record. Without it a record is in the file once Append returns (it
	// survives the shield's crash) and is flushed by the system later.
	Sync bool
}

// Open opens (creating it, mode 0600) the log at path for appending (and
// for reading its last line back).
func Open(path string, opts Options) (*Log, error) {
	f, err := openFile(path)
	if err != nil {
		return nil, fmt.Errorf("opening the audit log: %w", err)
	}
	l := &Log{f: f, path: path, key: bytes.Clone(opts.Key), syncEach: opts.Sync, end: -1}
	// Check now that the file is a log this can continue, not at the first
	// record.
	if err := l.locked(l.checkTail); err != nil {
		f.Close()
		return nil, err
	}
	return l, nil
}

// checkTail refuses a file whose last whole line is not a record: the path
// names some other file, which appending would damage.
func (l *Log) checkTail() error {
	partial, err := l.sync()
	if err != nil || partial || l.end == 0 {
		return err
	}
	if l.seq == 0 {
		return fmt.Errorf("%s is not an audit log: its last line is not a record", l.path)
	}
	return nil
}

// Append writes rec as the next line. An error means the record is not in
// the log.
func (l *Log) Append(rec *Record) error {
	if rec.Time.IsZero() {
		rec.Time = time.Now().UTC()
	}
	rec.Reason = cut(rec.Reason)
	rec.Error = cut(rec.Error)
	return l.locked(func() error {
		partial, err := l.sync()
		if err != nil {
			return err
		}
		l.buf.Reset()
		if partial {
			// The last line was cut short (a crash while writing): end it,
			// so the chain goes on from its bytes and Verify can point at it.
			l.buf.WriteByte('\n')
		}
		start := l.buf.Len()
		enc := json.NewEncoder(&l.buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(line{Seq: l.seq + 1, Prev: l.prev, Record: rec}); err != nil {
			return fmt.Errorf("encoding an audit record: %w", err)
		}
		b := l.buf.Bytes()
		if len(b)-start > MaxLine {
			return fmt.Errorf("an audit record of %d bytes exceeds %d", len(b)-start, MaxLine)
		}
		if _, err := l.f.Write(b); err != nil {
			l.end = -1 // unknown now: read the tail again next time
			return fmt.Errorf("writing the audit log: %w", err)
		}
		l.end += int64(len(b))
		l.partial = false
		l.prev = chainValue(l.key, b[start:len(b)-1])
		l.seq++
		if l.syncEach {
			if err := l.f.Sync(); err != nil {
				return fmt.Errorf("flushing the audit log: %w", err)
			}
		}
		return nil
	})
}

// locked runs fn holding the mutex and the file lock.
func (l *Log) locked(fn func() error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return errClosed
	}
	return withFileLock(l.f, fn)
}

// errClosed is the error of a Log used after Close.
var errClosed = errors.New("the audit log is closed")

// withFileLock runs fn holding f's file lock.
func withFileLock(f *os.File, fn func() error) error {
	if err := lockFile(f); err != nil {
		return fmt.Errorf("locking the audit log: %w", err)
	}
	defer unlockFile(f)
	return fn()
}

// openFile opens the log file at path for appending and for reading its
// last line back, creating it (mode 0600) if need be.
func openFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o600)
}

// sync brings end, prev and seq up to the file as it is, reading its last
// line if the file is not as this Log left it. partial reports a last line
// without its newline.
func (l *Log) sync() (partial bool, err error) {
	fi, err := l.f.Stat()
	if err != nil {
		return false, fmt.Errorf("reading the audit log: %w", err)
	}
	size := fi.Size()
	if size == l.end {
		return l.partial, nil
	}
	l.end, l.prev, l.seq, l.partial = size, "", 0, false
	if size == 0 {
		return false, nil
	}
	// Read through the open file, not the path: after a rotation the path
	// names another file.
	n := min(size, MaxLine+1)
	tail := make([]byte, n)
	if _, err := l.f.ReadAt(tail, size-n); err != nil && !errors.Is(err, io.EOF) {
		return false, fmt.Errorf("reading the audit log: %w", err)
	}
	partial = tail[len(tail)-1] != '\n'
	body := bytes.TrimSuffix(tail, []byte("\n"))
	i := bytes.LastIndexByte(body, '\n')
	if i < 0 && n < size {
		return false, fmt.Errorf("%s: the last line is longer than %d bytes: not an audit log", l.path, MaxLine)
	}
	last := body[i+1:]
	l.prev = chainValue(l.key, last)
	var prior struct {
		Seq uint64 `json:"seq"`
	}
	if json.Unmarshal(last, &prior) == nil {
		l.seq = prior.Seq
	}
	l.partial = partial
	return partial, nil
}

// Close closes the file after flushing it to stable storage.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Sync()
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}

// Reopen closes the file and opens the path again, for log rotation: once
// the file was renamed away, the next record starts a new file at the
// path. The chain goes on from the old file: the new file's first line
// holds the chain value of the old file's last line and the next sequence
// number, so `Continue` (audit verify OLD NEW) checks the two as one log.
// If the new file cannot be opened, or is not an audit log, the Log keeps
// appending to the old one and the error says why.
func (l *Log) Reopen() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return errClosed
	}
	// Where the old file's chain ends, read under its lock: another
	// process may have appended since this Log last did.
	if err := withFileLock(l.f, func() error { _, err := l.sync(); return err }); err != nil {
		return err
	}
	prev, seq := l.prev, l.seq
	old, oldEnd, oldPartial := l.f, l.end, l.partial
	f, err := openFile(l.path)
	if err != nil {
		return fmt.Errorf("reopening the audit log: %w", err)
	}
	l.f, l.end = f, -1
	if err := withFileLock(f, l.checkTail); err != nil {
		f.Close()
		l.f, l.end, l.prev, l.seq, l.partial = old, oldEnd, prev, seq, oldPartial
		return fmt.Errorf("reopening the audit log: %w", err)
	}
	if l.end == 0 {
		l.prev, l.seq = prev, seq // a new file: the chain goes on
	}
	err = old.Sync()
	if cerr := old.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("closing the rotated audit log: %w", err)
	}
	return nil
}

// chainValue is the chain value of a line (without its newline).
func chainValue(key, b []byte) string {
	var h hash.Hash
	if len(key) > 0 {
		h = hmac.New(sha256.New, key)
	} else {
		h = sha256.New()
	}
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

func cut(s string) string {
	if len(s) <= maxText {
		return s
	}
	i := maxText
	for i > 0 && s[i]&0xC0 == 0x80 { // not inside a UTF-8 sequence
		i--
	}
	return s[:i] + "…"
}
