package sse

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestWriteEvent(t *testing.T) {
	big := strings.Repeat("x", directWrite)
	tests := []struct {
		name string
		e    Event
		want string
	}{
		{name: "data", e: ev("hi"), want: "data: hi\n\n"},
		{name: "empty data", e: Event{}, want: "data: \n\n"},
		{name: "all fields", e: withRetry(named(withID(ev("x"), "7"), "update"), 1500), want: "id: 7\nevent: update\nretry: 1500\ndata: x\n\n"},
		{name: "empty id", e: withID(ev("x"), ""), want: "id: \ndata: x\n\n"},
		{name: "id without HasID", e: Event{ID: "3", Data: []byte("x")}, want: "id: 3\ndata: x\n\n"},
		{name: "multi-line", e: ev("a\nb\n"), want: "data: a\ndata: b\ndata: \n\n"},
		{name: "CR and CRLF", e: ev("a\rb\r\nc\n\rd"), want: "data: a\ndata: b\ndata: c\ndata: \ndata: d\n\n"},
		{name: "leading space kept", e: ev(" a"), want: "data:  a\n\n"},
		{name: "id only", e: withID(Event{}, "9"), want: "id: 9\n\n"},
		{name: "retry only", e: withRetry(Event{}, 0), want: "retry: 0\n\n"},
		{name: "name only writes data", e: Event{Name: "ping"}, want: "event: ping\ndata: \n\n"},
		{name: "large one-line data", e: withID(ev(big), "1"), want: "id: 1\ndata: " + big + "\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := NewWriter(&b).WriteEvent(tt.e); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("wrote %q; want %q", got, tt.want)
			}
		})
	}
}

func TestWriteEventInvalid(t *testing.T) {
	tests := []struct {
		name string
		e    Event
	}{
		{"id with LF", withID(ev("x"), "a\nb")},
		{"id with CR", withID(ev("x"), "a\rb")},
		{"id with NUL", withID(ev("x"), "a\x00b")},
		{"name with LF", named(ev("x"), "a\nb")},
		{"name with CR", named(ev("x"), "a\r")},
		{"negative retry", Event{Retry: -1, HasRetry: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := NewWriter(&b).WriteEvent(tt.e)
			if !errors.Is(err, ErrInvalidEvent) {
				t.Errorf("error %v; want ErrInvalidEvent", err)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %q; want nothing", b.String())
			}
		})
	}
}

func TestWriteComment(t *testing.T) {
	tests := []struct{ text, want string }{
		{"", ":\n"},
		{"ping", ": ping\n"},
		{"a\nb\r\nc\rd", ": a\n: b\n: c\n: d\n"},
		{"a\n", ": a\n:\n"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var b bytes.Buffer
			w := NewWriter(&b)
			if err := w.WriteComment(tt.text); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("wrote %q; want %q", b.String(), tt.want)
			}
			// A comment between events changes nothing for a reader.
			if err := w.WriteEvent(ev("x")); err != nil {
				t.Fatal(err)
			}
			got := readAll(t, NewReader(&b, 0))
			if !reflect.DeepEqual(got, []Event{ev("x")}) {
				t.Errorf("read back %s", fmtEvents(got))
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	events := []Event{
		ev(`{"jsonrpc":"2.0","id":1,"result":{}}`),
		withID(ev(""), "0_0"),
		withRetry(withID(ev(""), "prime"), 1000),
		named(ev("line one\nline two\n\nline four"), "update"),
		withID(Event{}, "id-only"),
		withRetry(Event{}, 250),
		ev(" leading and trailing space "),
		ev(":not a comment"),
		ev("\n"),
		named(withID(ev(strings.Repeat("y", 3*directWrite)), "big"), "message"),
		withID(ev("unicode é ✓ and \x00"), "ïd with spaces "),
	}
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, e := range events {
		if err := w.WriteEvent(e); err != nil {
			t.Fatal(err)
		}
		if err := w.WriteComment("keep-alive"); err != nil {
			t.Fatal(err)
		}
	}
	r := NewReader(&b, 0)
	r.KeepEmpty = true
	got := readAll(t, r)
	if !reflect.DeepEqual(got, events) {
		t.Errorf("got  %s\nwant %s", fmtEvents(got), fmtEvents(events))
	}
}

// TestWriterFlush checks flushing through an http.ResponseWriter: the event
// reaches the client while the handler is still running.
func TestWriterFlush(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, req *http.Request) {
		rw.Header().Set("Content-Type", "text/event-stream")
		w := NewWriter(rw)
		if err := w.WriteEvent(withID(ev("first"), "1")); err != nil {
			t.Error(err)
		}
		<-release
		if err := w.WriteEvent(ev("second")); err != nil {
			t.Error(err)
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() {
		select {
		case <-release:
		default:
			close(release)
		}
	})
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	r := NewReader(resp.Body, 0)
	e, err := r.Next() // would block forever without the flush
	if err != nil || string(e.Data) != "first" || e.ID != "1" {
		t.Fatalf("Next = %+v, %v", e, err)
	}
	close(release)
	if e, err = r.Next(); err != nil || string(e.Data) != "second" {
		t.Fatalf("Next = %+v, %v", e, err)
	}
	if _, err = r.Next(); err != io.EOF {
		t.Fatalf("Next error %v; want EOF", err)
	}
}

func TestWriterFlushFuncs(t *testing.T) {
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	if err := NewWriter(bw).WriteEvent(ev("x")); err != nil {
		t.Fatal(err)
	}
	if b.String() != "data: x\n\n" {
		t.Errorf("after WriteEvent on a bufio.Writer, underlying got %q", b.String())
	}

	calls := 0
	w := NewWriterFlush(io.Discard, func() error { calls++; return nil })
	_ = w.WriteEvent(ev("x"))
	_ = w.WriteComment("y")
	_ = w.Flush()
	if calls != 3 {
		t.Errorf("flush called %d times; want 3", calls)
	}
	boom := errors.New("boom")
	w = NewWriterFlush(io.Discard, func() error { return boom })
	if err := w.WriteEvent(ev("x")); !errors.Is(err, boom) {
		t.Errorf("WriteEvent error %v; want %v", err, boom)
	}
}

// TestWriterConcurrent checks that events written from several goroutines
// never interleave.
func TestWriterConcurrent(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	const goroutines, each = 8, 50
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			data := []byte(strings.Repeat(string(rune('a'+g)), 100) + "\n" + strings.Repeat("z", directWrite))
			for range each {
				if err := w.WriteEvent(ev(string(data))); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	got := readAll(t, NewReader(&b, 0))
	if len(got) != goroutines*each {
		t.Fatalf("read %d events; want %d", len(got), goroutines*each)
	}
	for _, e := range got {
		first, rest, _ := bytes.Cut(e.Data, []byte("\n"))
		if len(first) != 100 || bytes.Count(first, first[:1]) != 100 || len(rest) != directWrite {
			t.Fatalf("interleaved event: %.200q", e.Data)
		}
	}
}
