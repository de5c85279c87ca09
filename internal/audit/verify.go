package audit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Summary is what Verify found in an intact log.
type Summary struct {
	Records int    // lines read
	Last    string // the chain value of the last line: keep it elsewhere to detect a cut tail
	Seq     uint64 // the sequence number of the last whole record (0 if none, or unknown)
	// Cut are the lines that are not whole records but are in the chain
	// (the line after each holds its chain value): a writer stopped while
	// writing them, and the next append went on after them. The last line
	// is among them when it has no newline.
	Cut []int
}

// Problem is where a log stops being intact.
type Problem struct {
	Line int // 1-based
	Msg  string
}

func (p *Problem) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

// Verify reads a log and checks its chain: every line is a record whose
// prev is the chain value of the line before (the first line's is empty),
// under key if the log was written with one. It returns a *Problem for the
// first line that breaks the chain or is not a record. Removing lines from
// the end leaves an intact log: compare Summary.Last with a value kept
// elsewhere to detect that.
func Verify(r io.Reader, key []byte) (Summary, error) { return Continue(r, key, Summary{}) }

// Continue is Verify for a file that goes on from another: a log's next
// file after rotation (Log.Reopen), whose first line must continue the
// chain where before, the Summary of the file before, ends. A zero before
// is a log's first file; a before with Last but no Seq (a chain value
// kept elsewhere) checks the link but not the sequence number.
func Continue(r io.Reader, key []byte, before Summary) (Summary, error) {
	var s Summary
	br := bufio.NewReaderSize(r, 64<<10)
	prev, seq := before.Last, before.Seq
	s.Last, s.Seq = before.Last, before.Seq
	for {
		b, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			return s, &Problem{s.Records + 1, fmt.Sprintf("longer than %d bytes: not an audit record", MaxLine)}
		}
		if len(b) == 0 && err == io.EOF {
			return s, nil
		}
		if err != nil && err != io.EOF {
			return s, fmt.Errorf("reading the audit log: %w", err)
		}
		s.Records++
		n := s.Records
		if err == io.EOF {
			// A writer stopped in the middle of the last line.
			s.Cut = append(s.Cut, n)
			s.Last, s.Seq = chainValue(key, b), 0
			return s, nil
		}
		b = bytes.TrimSuffix(b, []byte("\n"))
		var rec struct {
			Seq  *uint64 `json:"seq"`
			Prev *string `json:"prev"`
		}
		if json.Unmarshal(b, &rec) != nil {
			// Cut short, if the next line's prev proves it was written so;
			// else the next line reports the break.
			s.Cut = append(s.Cut, n)
			prev = chainValue(key, b)
			s.Last, s.Seq = prev, 0
			seq = 0
			continue
		}
		switch {
		case rec.Prev == nil || rec.Seq == nil:
			return s, &Problem{n, "not an audit record: no seq or prev"}
		case *rec.Prev != prev && n == 1 && prev == "":
			return s, &Problem{n, fmt.Sprintf("the first line continues a chain (sequence number %d): lines before it were removed, or the file follows a rotated one (check the files together, in order)", *rec.Seq)}
		case *rec.Prev != prev && n == 1:
			return s, &Problem{n, "the first line does not continue the chain of the file before: the files are not in order, or lines between them were removed or changed"}
		case *rec.Prev != prev:
			return s, &Problem{n, "the chain is broken: the line before it was changed, removed or inserted, or the key is wrong"}
		case seq != 0 && *rec.Seq != seq+1:
			return s, &Problem{n, fmt.Sprintf("sequence number %d follows %d", *rec.Seq, seq)}
		}
		seq = *rec.Seq
		prev = chainValue(key, b)
		s.Last, s.Seq = prev, seq
	}
}
