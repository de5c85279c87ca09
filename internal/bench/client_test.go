package bench

import (
	"errors"
	"net/http"
	"testing"
)

func TestParseResponse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantID  int64
		wantErr bool
		notResp bool
	}{
		{"fast path", `{"jsonrpc":"2.0","id":42,"result":{"x":1}}`, 42, false, false},
		{"keys reordered", `{"result":{},"id":7,"jsonrpc":"2.0"}`, 7, false, false},
		{"spaces", `{ "jsonrpc": "2.0", "id": 9, "result": {} }`, 9, false, false},
		{"error", `{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"no"}}`, 3, true, false},
		{"neither", `{"jsonrpc":"2.0","id":3}`, 3, true, false},
		{"notification", `{"jsonrpc":"2.0","method":"notifications/progress","params":{}}`, 0, true, true},
		{"server request", `{"jsonrpc":"2.0","id":1,"method":"sampling/createMessage","params":{}}`, 0, true, true},
		{"string id", `{"jsonrpc":"2.0","id":"a","result":{}}`, 0, true, false},
		{"garbage", `nope`, 0, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := parseResponse([]byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("got error %v; want error %v", err, tt.wantErr)
			}
			if errors.Is(err, errNotResponse) != tt.notResp {
				t.Fatalf("got %v; want not-a-response %v", err, tt.notResp)
			}
			if !tt.notResp && id != tt.wantID {
				t.Errorf("got id %d; want %d", id, tt.wantID)
			}
		})
	}
}

func TestCheckResponse(t *testing.T) {
	ok := `{"jsonrpc":"2.0","id":5,"result":{"content":[]}}`
	if err := checkResponse([]byte(ok), 5, 10); err != nil {
		t.Errorf("got %v; want nil", err)
	}
	if err := checkResponse([]byte(ok), 6, 10); err == nil {
		t.Error("wrong id: got nil; want an error")
	}
	if err := checkResponse([]byte(ok), 5, 1000); err == nil {
		t.Error("short result: got nil; want an error")
	}
}

func TestSSEResponse(t *testing.T) {
	body := "event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\"}\n\n" +
		"id: 2\ndata: {\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}\n\n"
	hdr := http.Header{"Content-Type": {"text/event-stream"}}
	got, err := responseBody(hdr, []byte(body), 4)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"jsonrpc":"2.0","id":4,"result":{}}`; string(got) != want {
		t.Errorf("got %s; want %s", got, want)
	}
	if _, err := responseBody(hdr, []byte(body), 5); err == nil {
		t.Error("id not in the stream: got nil; want an error")
	}
	if _, err := responseBody(http.Header{"Content-Type": {"text/plain"}}, []byte("x"), 4); err == nil {
		t.Error("text/plain: got nil; want an error")
	}
}
