package guard

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestArgsAsEncodingJSON: Args, built from the tree ArgsValue decodes, is
// what encoding/json makes of the arguments, errors included.
func TestArgsAsEncodingJSON(t *testing.T) {
	tests := []struct {
		name, args string
		wantErr    bool
	}{
		{"absent", ``, false},
		{"null", `null`, false},
		{"empty", `{}`, false},
		{"strings", `{"path":"/tmp/x","q":"caf\u00e9 \ud800"}`, false},
		{"numbers", `{"n":1,"f":-2.5e3,"z":-0,"nested":{"a":[1,"x",{"b":2}],"s":"t"},"keep":{"a":["x"]}}`, false},
		{"bool and null", `{"t":true,"f":false,"n":null,"a":[]}`, false},
		{"out of range", `{"big":1e400}`, true},
		{"array", `[1,2]`, true},
		{"string", `"x"`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			params := `{"name":"t"}`
			if tt.args != "" {
				params = `{"name":"t","arguments":` + tt.args + `}`
			}
			ev := &Event{Kind: KindToolCall, Msg: msg(t, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":`+params+`}`)}
			got, err := ev.Args()
			var want map[string]any
			var werr error
			if tt.args != "" && tt.args != "null" {
				werr = json.Unmarshal([]byte(tt.args), &want)
			}
			if (err != nil) != tt.wantErr || (werr != nil) != tt.wantErr {
				t.Fatalf("Args() error %v, encoding/json %v; want an error: %v", err, werr, tt.wantErr)
			}
			if err == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("Args() = %#v; want %#v", got, want)
			}
			if err != nil && werr != nil && err.Error() != "arguments are not a JSON object: "+werr.Error() {
				t.Errorf("Args() error %q; want it to wrap %q", err, werr)
			}
			again, _ := ev.Args()
			if reflect.ValueOf(again).Pointer() != reflect.ValueOf(got).Pointer() {
				t.Errorf("Args() decoded twice for one message")
			}
		})
	}
}

// TestArgsShareTree: arguments without numbers are decoded once for both
// forms, and a new message is decoded anew.
func TestArgsShareTree(t *testing.T) {
	ev := &Event{Kind: KindToolCall, Msg: msg(t, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":{"a":"x"}}}`)}
	v, err := ev.ArgsValue()
	if err != nil {
		t.Fatal(err)
	}
	args, err := ev.Args()
	if err != nil {
		t.Fatal(err)
	}
	if reflect.ValueOf(v).Pointer() != reflect.ValueOf(args).Pointer() {
		t.Errorf("Args() copied arguments that hold no number")
	}
	ev.Msg = msg(t, `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":{"a":"y"}}}`)
	if args, _ := ev.Args(); args["a"] != "y" {
		t.Errorf("Args() after a new message = %v; want a: y", args)
	}
}
