package sse

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// refParse is a literal, unoptimized transcription of the WHATWG event
// stream interpretation, with no size limit, against which the Reader is
// checked. It keeps id- and retry-only blocks, as Reader.KeepEmpty does.
func refParse(in []byte) []Event {
	s := strings.TrimPrefix(string(in), "\uFEFF")
	// Split into lines; the last piece has no terminator and is dropped.
	var lines []string
	for {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			break
		}
		lines = append(lines, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
	var (
		out                    []Event
		data                   []string
		name, id, retryVal     string
		hasData, hasID, hasRet bool
	)
	for _, line := range lines {
		if line == "" {
			if hasData || hasID || hasRet {
				e := Event{Name: name, ID: id, HasID: hasID}
				if hasData {
					e.Data = []byte(strings.Join(data, "\n"))
				}
				if hasRet {
					e.Retry, e.HasRetry = parseRetryRef(retryVal)
				}
				out = append(out, e)
			}
			data, name, id, retryVal = nil, "", "", ""
			hasData, hasID, hasRet = false, false, false
			continue
		}
		if line[0] == ':' {
			continue
		}
		field, value, found := strings.Cut(line, ":")
		if found {
			value = strings.TrimPrefix(value, " ")
		}
		switch field {
		case "data":
			data, hasData = append(data, value), true
		case "event":
			name = value
		case "id":
			if !strings.Contains(value, "\x00") {
				id, hasID = value, true
			}
		case "retry":
			if _, ok := parseRetryRef(value); ok {
				retryVal, hasRet = value, true
			}
		}
	}
	return out
}

func parseRetryRef(s string) (int, bool) {
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if n > (int(^uint(0)>>1)-int(c-'0'))/10 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// readFuzz reads every event of in with the given reader wrapper, returning
// the events (Data copied) and how many were too large. It fails the test on
// any other error or on a broken invariant.
func readFuzz(t *testing.T, rd io.Reader, max int, keepEmpty bool) ([]Event, int) {
	t.Helper()
	r := NewReader(rd, max)
	r.KeepEmpty = keepEmpty
	var out []Event
	tooLarge := 0
	for i := 0; ; i++ {
		if i > 1<<20 {
			t.Fatal("no EOF")
		}
		e, err := r.Next()
		if err == io.EOF {
			return out, tooLarge
		}
		if errors.Is(err, ErrEventTooLarge) {
			tooLarge++
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if len(e.Data) > max || strings.ContainsAny(e.ID, "\r\n\x00") || strings.ContainsAny(e.Name, "\r\n") ||
			bytes.IndexByte(e.Data, '\r') >= 0 || (e.Data == nil && !keepEmpty) {
			t.Fatalf("broken invariant in %s", fmtEvents([]Event{e}))
		}
		if e.Data != nil {
			e.Data = bytes.Clone(e.Data)
		}
		out = append(out, e)
	}
}

func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"data: hi\n\n",
		"\xEF\xBB\xBFid: 1\r\nevent: e\r\nretry: 10\r\ndata: a\r\ndata\r\n\r\n",
		"data: a\rdata: b\r\r: c\n\nid: x\x00\n\nid: 2\n\n",
		"event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		// 1. Against the reference, however the input is chunked.
		want := refParse(in)
		for _, rd := range []io.Reader{
			bytes.NewReader(in),
			iotest.OneByteReader(bytes.NewReader(in)),
			iotest.DataErrReader(iotest.HalfReader(bytes.NewReader(in))),
		} {
			got, tooLarge := readFuzz(t, rd, len(in)+1, true)
			if tooLarge > 0 || !reflect.DeepEqual(got, want) {
				t.Fatalf("input %q\ngot  %s (%d too large)\nwant %s", in, fmtEvents(got), tooLarge, fmtEvents(want))
			}
		}

		// 2. A small limit: every event returned is within it (readFuzz
		// checks), and they are some of the reference's, in order.
		var withData []Event
		for _, e := range want {
			if e.Data != nil {
				withData = append(withData, e)
			}
		}
		for _, max := range []int{1, 7, 64} {
			got, _ := readFuzz(t, iotest.HalfReader(bytes.NewReader(in)), max, false)
			if !isSubsequence(got, withData) {
				t.Fatalf("max %d: got %s\nnot a subsequence of %s", max, fmtEvents(got), fmtEvents(withData))
			}
		}

		// 3. Round trip: what the Reader read, written again, reads back the same.
		var b bytes.Buffer
		w := NewWriter(&b)
		for _, e := range want {
			if err := w.WriteEvent(e); err != nil {
				t.Fatalf("WriteEvent(%s): %v", fmtEvents([]Event{e}), err)
			}
		}
		if got, _ := readFuzz(t, &b, len(in)+1, true); !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip\ngot  %s\nwant %s", fmtEvents(got), fmtEvents(want))
		}

		// 4. Round trip of an arbitrary event cut from the input: the Writer
		// refuses it or it reads back with CR and CRLF turned into LF.
		id, rest, _ := bytes.Cut(in, []byte{'|'})
		name, data, _ := bytes.Cut(rest, []byte{'|'})
		e := Event{ID: string(id), HasID: len(id) > 0, Name: string(name), Data: data}
		if len(in)%2 == 0 {
			e.Retry, e.HasRetry = len(in), true
		}
		b.Reset()
		if err := w.WriteEvent(e); err != nil {
			if !errors.Is(err, ErrInvalidEvent) {
				t.Fatalf("WriteEvent: %v", err)
			}
			return
		}
		if e.Data == nil && !e.HasID && !e.HasRetry {
			e.Data = []byte{} // written as an empty data line
		}
		if len(e.Data) > 0 {
			e.Data = bytes.ReplaceAll(bytes.ReplaceAll(e.Data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
		}
		got, _ := readFuzz(t, &b, len(in)+100, true)
		if len(got) != 1 || !reflect.DeepEqual(got[0], e) {
			t.Fatalf("round trip of %s\ngot %s", fmtEvents([]Event{e}), fmtEvents(got))
		}
	})
}

// isSubsequence reports whether sub's events appear in all, in order.
func isSubsequence(sub, all []Event) bool {
	for _, e := range sub {
		for len(all) > 0 && !reflect.DeepEqual(all[0], e) {
			all = all[1:]
		}
		if len(all) == 0 {
			return false
		}
		all = all[1:]
	}
	return true
}
