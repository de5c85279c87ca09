package sse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// ev builds an Event with data for the tables.
func ev(data string) Event { return Event{Data: []byte(data)} }

func withID(e Event, id string) Event { e.ID, e.HasID = id, true; return e }

func named(e Event, name string) Event { e.Name = name; return e }

func withRetry(e Event, n int) Event { e.Retry, e.HasRetry = n, true; return e }

// readAll reads every event of r up to EOF, copying Data. Errors other than
// EOF are recorded as events with Name "ERR:" + a short tag.
func readAll(t *testing.T, r *Reader) []Event {
	t.Helper()
	var out []Event
	for i := 0; ; i++ {
		if i > 10000 {
			t.Fatal("no EOF after 10000 events")
		}
		e, err := r.Next()
		if err == io.EOF {
			return out
		}
		if errors.Is(err, ErrEventTooLarge) {
			out = append(out, Event{Name: "ERR:too large"})
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if e.Data != nil {
			e.Data = bytes.Clone(e.Data)
		}
		out = append(out, e)
	}
}

// fmtEvents formats events for failure messages, Data as a quoted string.
func fmtEvents(es []Event) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "{ID:%q/%v Name:%q Data:%q/%v Retry:%d/%v} ",
			e.ID, e.HasID, e.Name, e.Data, e.Data != nil, e.Retry, e.HasRetry)
	}
	return b.String()
}

func TestReaderSpec(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		max       int
		keepEmpty bool
		want      []Event
	}{
		{name: "empty stream", in: "", want: nil},
		{name: "one event", in: "data: hi\n\n", want: []Event{ev("hi")}},
		{name: "CRLF", in: "data: a\r\ndata: b\r\n\r\n", want: []Event{ev("a\nb")}},
		{name: "CR", in: "data: a\rdata: b\r\r", want: []Event{ev("a\nb")}},
		{name: "mixed endings", in: "data: a\r\ndata: b\rdata: c\n\r\n", want: []Event{ev("a\nb\nc")}},
		{name: "CR then LF is one ending", in: "data: a\r\n\ndata: b\r\r\n", want: []Event{ev("a"), ev("b")}},
		{name: "multi-line data", in: "data: one\ndata: two\ndata: three\n\n", want: []Event{ev("one\ntwo\nthree")}},
		{name: "no space after colon", in: "data:hi\n\n", want: []Event{ev("hi")}},
		{name: "only one space removed", in: "data:  hi \n\n", want: []Event{ev(" hi ")}},
		{name: "tab kept", in: "data:\thi\n\n", want: []Event{ev("\thi")}},
		{name: "field without colon", in: "data\n\n", want: []Event{ev("")}},
		{name: "empty data lines", in: "data\ndata\n\n", want: []Event{ev("\n")}},
		{name: "trailing empty data line", in: "data: a\ndata:\n\n", want: []Event{ev("a\n")}},
		{name: "colon in value", in: "data: a: b:c\n\n", want: []Event{ev("a: b:c")}},
		{name: "comment ignored", in: ": ping\ndata: x\n: another\n\n", want: []Event{ev("x")}},
		{name: "comment-only stream", in: ":\n: keep-alive\n\n:\n\n", want: nil},
		{name: "no data, no event", in: "event: foo\n\n", want: nil},
		{name: "event name", in: "event: update\ndata: x\n\n", want: []Event{named(ev("x"), "update")}},
		{name: "explicit message kept", in: "event: message\ndata: x\n\n", want: []Event{named(ev("x"), "message")}},
		{name: "name resets between events", in: "event: a\ndata: 1\n\ndata: 2\n\n", want: []Event{named(ev("1"), "a"), ev("2")}},
		{name: "last field wins", in: "event: a\nevent: b\nid: 1\nid: 2\ndata: x\n\n", want: []Event{named(withID(ev("x"), "2"), "b")}},
		{name: "id", in: "id: 42\ndata: x\n\n", want: []Event{withID(ev("x"), "42")}},
		{name: "empty id", in: "id\ndata: x\n\n", want: []Event{withID(ev("x"), "")}},
		{name: "id with NUL ignored", in: "id: a\x00b\ndata: x\n\n", want: []Event{ev("x")}},
		{name: "retry", in: "retry: 3000\ndata: x\n\n", want: []Event{withRetry(ev("x"), 3000)}},
		{name: "retry not digits", in: "retry: 30s\ndata: x\n\n", want: []Event{ev("x")}},
		{name: "retry empty", in: "retry:\ndata: x\n\n", want: []Event{ev("x")}},
		{name: "retry signed", in: "retry: -1\ndata: x\n\n", want: []Event{ev("x")}},
		{name: "retry overflow", in: "retry: 99999999999999999999999\ndata: x\n\n", want: []Event{ev("x")}},
		{name: "unknown field", in: "foo: bar\ndata: x\n\n", want: []Event{ev("x")}},
		{name: "field names are case-sensitive", in: "Data: x\nDATA: y\ndata: z\n\n", want: []Event{ev("z")}},
		{name: "field name with space", in: "data : x\ndata: y\n\n", want: []Event{ev("y")}},
		{name: "BOM", in: "\xEF\xBB\xBFdata: x\n\n", want: []Event{ev("x")}},
		{name: "BOM only once", in: "\xEF\xBB\xBF\xEF\xBB\xBFdata: x\n\ndata: y\n\n", want: []Event{ev("y")}},
		{name: "BOM-like bytes later are data", in: "data: \xEF\xBB\xBFx\n\n", want: []Event{ev("\xEF\xBB\xBFx")}},
		{name: "partial BOM", in: "\xEF\xBBdata: x\n\ndata: y\n\n", want: []Event{ev("y")}},
		{name: "unterminated event discarded", in: "data: a\n\ndata: b\n", want: []Event{ev("a")}},
		{name: "unterminated line discarded", in: "data: a\n\ndata: b", want: []Event{ev("a")}},
		{name: "blank lines between events", in: "\n\n\ndata: a\n\n\n\ndata: b\n\n", want: []Event{ev("a"), ev("b")}},
		{name: "NUL and invalid UTF-8 in data", in: "data: \x00\xff\n\n", want: []Event{ev("\x00\xff")}},
		{
			name: "MCP priming event",
			in:   "id: 0_0\nretry: 1000\ndata: \n\n",
			want: []Event{withRetry(withID(ev(""), "0_0"), 1000)},
		},
		{name: "id-only block dropped", in: "id: 7\n\ndata: x\n\n", want: []Event{ev("x")}},
		{
			name:      "id-only block kept",
			in:        "id: 7\n\nretry: 5\n\nevent: e\n\ndata: x\n\n",
			keepEmpty: true,
			want:      []Event{withID(Event{}, "7"), withRetry(Event{}, 5), ev("x")},
		},
		{
			name: "too large by one line",
			in:   "data: 0123456789\n\ndata: ok\n\n",
			max:  10,
			want: []Event{{Name: "ERR:too large"}, ev("ok")},
		},
		{
			name: "too large by data lines",
			in:   "data: 01234\ndata: 56789\nid: skipped\n\nid: 2\ndata: ok\n\n",
			max:  10,
			want: []Event{{Name: "ERR:too large"}, withID(ev("ok"), "2")},
		},
		{
			name: "at the limit",
			in:   "data:0123456789\n\n",
			max:  15,
			want: []Event{ev("0123456789")},
		},
		{
			name: "too large then CR endings",
			in:   "data: " + strings.Repeat("x", 100) + "\r\rdata: ok\r\r",
			max:  10,
			want: []Event{{Name: "ERR:too large"}, ev("ok")},
		},
		{
			name: "too large, long lines skipped",
			in:   "data: " + strings.Repeat("x", 20000) + "\n" + strings.Repeat("y", 20000) + "\n\ndata: ok\n\n",
			max:  10,
			want: []Event{{Name: "ERR:too large"}, ev("ok")},
		},
		{
			name: "too large at EOF",
			in:   "data: ok\n\ndata: " + strings.Repeat("x", 100),
			max:  10,
			want: []Event{ev("ok"), {Name: "ERR:too large"}},
		},
		{
			name: "long comments do not count",
			in:   ":" + strings.Repeat("c", 8) + "\n:" + strings.Repeat("c", 8) + "\ndata: ok\n\n",
			max:  10,
			want: []Event{ev("ok")},
		},
	}
	readers := []struct {
		name string
		wrap func(io.Reader) io.Reader
	}{
		{"whole", func(r io.Reader) io.Reader { return r }},
		{"byte by byte", iotest.OneByteReader},
		{"half", iotest.HalfReader},
		{"data with EOF", iotest.DataErrReader},
	}
	for _, tt := range tests {
		for _, rd := range readers {
			t.Run(tt.name+"/"+rd.name, func(t *testing.T) {
				r := NewReader(rd.wrap(strings.NewReader(tt.in)), tt.max)
				r.KeepEmpty = tt.keepEmpty
				got := readAll(t, r)
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("got  %s\nwant %s", fmtEvents(got), fmtEvents(tt.want))
				}
			})
		}
	}
}

func TestReaderDataNonNil(t *testing.T) {
	r := NewReader(strings.NewReader("data\n\n"), 0)
	e, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if e.Data == nil || len(e.Data) != 0 {
		t.Errorf("Data = %#v; want empty, non-nil", e.Data)
	}
}

func TestReaderLastEventID(t *testing.T) {
	r := NewReader(strings.NewReader("id: 1\ndata: a\n\ndata: b\n\nid: 2\n\ndata: c\n\nid\ndata: d\n\n"), 0)
	want := []struct {
		data, last string
		hasID      bool
	}{
		{"a", "1", true},
		{"b", "1", false},
		{"c", "2", false}, // the id-only block still sets the last event ID
		{"d", "", true},
	}
	for _, w := range want {
		e, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if string(e.Data) != w.data || r.LastEventID() != w.last || e.HasID != w.hasID {
			t.Errorf("got data %q, LastEventID %q, HasID %v; want %q, %q, %v",
				e.Data, r.LastEventID(), e.HasID, w.data, w.last, w.hasID)
		}
	}
}

func TestReaderReadError(t *testing.T) {
	boom := errors.New("boom")
	r := NewReader(io.MultiReader(strings.NewReader("data: a\n\ndata: b\n"), iotest.ErrReader(boom)), 0)
	if e, err := r.Next(); err != nil || string(e.Data) != "a" {
		t.Fatalf("Next = %q, %v; want a, nil", e.Data, err)
	}
	for range 2 {
		if _, err := r.Next(); !errors.Is(err, boom) {
			t.Fatalf("Next error = %v; want %v", err, boom)
		}
	}
}

func TestReaderNoProgress(t *testing.T) {
	r := NewReader(zeroReader{}, 0)
	if _, err := r.Next(); !errors.Is(err, io.ErrNoProgress) {
		t.Fatalf("Next error = %v; want io.ErrNoProgress", err)
	}
}

type zeroReader struct{}

func (zeroReader) Read([]byte) (int, error) { return 0, nil }

// TestReaderMemoryFlat checks that the buffers shrink back after one large
// event.
func TestReaderMemoryFlat(t *testing.T) {
	var in bytes.Buffer
	in.WriteString("data: " + strings.Repeat("x", 4<<20) + "\n\n")
	in.WriteString("data: a\ndata: " + strings.Repeat("y", 1<<20) + "\n\n")
	for range 3 * shrinkWindow {
		in.WriteString("id: 1\ndata: small\n\n")
	}
	r := NewReader(&in, 0)
	var peak int
	for {
		_, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		peak = max(peak, cap(r.buf))
	}
	if peak < 4<<20 {
		t.Fatalf("peak buffer %d; the large event should have needed 4 MiB", peak)
	}
	if cap(r.buf) > 64<<10 || cap(r.dbuf) > 64<<10 {
		t.Errorf("after small events: buf %d, dbuf %d bytes; want <= 64 KiB", cap(r.buf), cap(r.dbuf))
	}
}

// TestReaderAllocs checks that a steady stream of one-line events with a
// repeated event name costs no allocation per event.
func TestReaderAllocs(t *testing.T) {
	const n = 100
	msg := "event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n"
	in := strings.NewReader(strings.Repeat(msg, n+1))
	r := NewReader(in, 0)
	if _, err := r.Next(); err != nil { // warm up: buffer and name
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(n-1, func() {
		if _, err := r.Next(); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 0 {
		t.Errorf("%v allocations per event; want 0", allocs)
	}
}
